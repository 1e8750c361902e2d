"""The three steps the drop-survey tools share (round 91, loose91): list the readable texts, read the readable judged files,
and run a build over the texts with its drop trace on. lexicon_drops89.py, quoted_drops89.py and quoted_shape90.py (through
quoted_drops89) take them from here, so a set opened or a judged file added is named in one place.

    import readable_survey as survey
    files = survey.readable_files()                       # [(relative path as the golds name it, full path)]
    mentions, trace = survey.traced_extract(cli, [p for _, p in files])
    for path in survey.judged_paths(): rows = survey.judged_file_rows(path)

Readable means what common file's never-read list leaves: corpus_files' readable_reports(), its national() texts (gwr,
cpc-congress and its early folder) and opened_unseen(); the golds and judged files of the sets still measuring (unseen26e,
unseen26m, unseen26o, the held-out and set-aside texts; unseen26n until session 60, unseen26p in session 62) are never listed: judged files are named set by set from
overlap_misses.OPENED, never by a glob over Gold/ that would take them in.

A trace line (DropTrace.cs) is TRACE, document id, source start and end, kind, surface, canonical, why, context. Since round
91 every line names its document (the quoted finder's did not before: its document field was empty); place() puts a line or a
mention back on its file: the CLI splits a file into documents (`stem#2`), whose offsets are the document's, not the file's.
"""
import csv
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "lexicon"))
import corpus_files  # noqa: E402
from overlap_misses import GOLD, OPENED, place_in  # noqa: E402


def opened_files():
    """(relative path as the golds name it, full path) of the opened unseen sets' texts."""
    return [("unseen/" + os.path.basename(p), p) for p in corpus_files.opened_unseen()]


def report_files():
    """(relative path, full path) of the readable provincial and municipal reports."""
    return [(rel, corpus_files.path(rel)) for rel in corpus_files.readable_reports()]


def national_files():
    """(relative path, full path) of the national texts: gwr, cpc-congress and its early folder."""
    return [(rel, corpus_files.path(rel)) for rel, _ in corpus_files.national()]


def readable_files(opened_first=False):
    """(relative path, full path) of every readable text: the reports, the national texts and the opened sets, or with
    opened_first the opened sets first (the order quoted_drops89 has always read them in: where two files share a stem, the
    first is kept, and the CLI traces a paragraph written alike in two documents under the first)."""
    if opened_first:
        return opened_files() + report_files() + national_files()
    return report_files() + national_files() + opened_files()


def judged_paths():
    """The readable judged files, named set by set: mentions-dev-*.tsv, then each opened set's mentions-unseen26X-*.tsv."""
    paths = sorted(glob.glob(f"{GOLD}/mentions-dev-*.tsv"))
    for prefix in OPENED:
        paths += sorted(glob.glob(f"{GOLD}/mentions-{prefix}*.tsv"))
    return paths


def judged_file_rows(path):
    """The rows of one judged file (a dict per row by its header; comment lines left out)."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def traced_extract(cli, paths):
    """Runs the build once over the paths with POLICYLENS_TRACE=1: (its mentions, one dict a jsonl line; its TRACE lines,
    each split into its tab-separated fields, nine or more)."""
    done = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", *paths], capture_output=True, text=True,
                          env={**os.environ, "POLICYLENS_TRACE": "1"}, check=True)
    mentions = [json.loads(line) for line in done.stdout.splitlines()]
    trace = [f for f in (line.split("\t") for line in done.stderr.splitlines()) if len(f) >= 9 and f[0] == "TRACE"]
    return mentions, trace


def stem(document):
    """The file stem a document id names (`baoan-gwr-2024#2` → `baoan-gwr-2024`); empty for a line that names none."""
    return (document or "").split("#")[0]


# The full-width forms the CLI's normaliser writes half-width in a surface, a context and a trace line (TextNormalizer:
# letters, digits and symbols such as ＋ and ％; the hyphen and tilde too), one character for one, so offsets hold. Chinese
# punctuation stays full-width, as there (the CLI folds ． only as a decimal point; here it is always kept).
_KEPT_FULL_WIDTH = set("！＂＇（），：；？［］｛｝．")
_CLI_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in _KEPT_FULL_WIDTH}


def cli_fold(text):
    """The text with the full-width characters the CLI folds written half-width (“20＋8” → “20+8”), same length."""
    return text.translate(_CLI_FOLD)


def place(text, document, start, surface, context):
    """Where a traced or reported span stands in its file: at its own offset when the document is the file's first and the
    words are there, else where its context is found (overlap_misses.place_in); None when neither. A trace line writes the
    words half-width (cli_fold): the whole text is folded only when the words are not found as the file writes them."""
    surface, context = cli_fold(surface), cli_fold(context)
    if ("#" not in document or document.endswith("#1")) and cli_fold(text[start:start + len(surface)]) == surface:
        return start
    at = place_in(text, context, surface)
    return at if at is not None else place_in(cli_fold(text), context, surface)
