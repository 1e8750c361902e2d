"""The readable judged mentions a build still reports that a judge read wrong: the rule writers' main input for precision
(issue 13; tools/judging/README.md, step 4).

    python3 tools/judging/readable_wrong.py CLI.dll OUT.tsv      (from the repository root, ../shared beside it)

Reads every Gold/mentions-*.tsv that judges readable text (not the held-out, set-aside, still-unread unseen sets or the
rejudged file, and never a row of a text in Gold/unread-texts.txt), runs the build at CLI.dll over the texts those rows name,
and writes each row whose verdict is not `right` (wrong, wrong-open, right-lost) and whose (file, start, end, kind) the build
still reports, with the judge's reason and the judged file. Prints the counts by kind. A row whose canonical the build now
writes otherwise (round 43 made a quoted programme's canonical its whole name: “三北”工程攻坚战 was judged wrong under 三北)
is marked `canonical changed` in the last column and counted apart: its verdict may be stale, and a judge reads it again.
"""
import collections
import glob
import json
import os
import subprocess
import sys

GOLD = "tests/PolicyLens.Tests/Extraction/Slogans/Gold/"
# Judged files of text no rule writer reads: the sets still measuring (keep in step with figures-round*.sh's UNSEEN_HIDDEN).
UNREAD_FILES = ("heldout", "set-aside", "unseen26e", "unseen26m", "unseen26o", "unseen26q", "unseen26r", "unseen26s", "unseen26t", "unseen26v", "rejudged")
# The coded unread sets recall is measured on (Gold/formulas-<set>-*.tsv), as unread_recall.sh pools them by default: the
# counting scripts (miss_shapes, coded_rate_ceiling, nothing_ceiling, judge_gold_conflict) read this one list.
UNREAD_CODED_SETS = ("heldout-r21adj", "heldout-r34", "heldout-r35", "unseen26e", "unseen26m", "unseen26o", "unseen26q", "unseen26r", "unseen26s", "unseen26t", "unseen26v")
RECANONICAL = "mentions-heldout-recanonical.tsv"
TEXT_FOLDERS = ("../shared/corpus/", "tests/PolicyLens.Tests/Data/")


def text_path(rel):
    """The file a judged row's text path names, or None when neither folder holds it."""
    for base in TEXT_FOLDERS:
        if os.path.exists(base + rel):
            return base + rel
    return None


def judged_rows(unread):
    """(file, start, end, kind) → (verdict, reason, surface, judged file) over the readable judged files; a span judged in
    several files keeps the last file's verdict, as JudgedMentionTests reads them."""
    rows = {}
    # The verdicts given again under a new canonical (draw_recanonical.py) come last: they stand in for the first ones.
    paths = sorted(glob.glob(GOLD + "mentions-*.tsv")) + [GOLD + RECANONICAL]
    for path in paths:
        name = os.path.basename(path)
        if name != RECANONICAL and any(s in name for s in UNREAD_FILES) or not os.path.exists(path):
            continue
        header = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    continue
                r = dict(zip(header, cols))
                if r.get("file") in unread:
                    continue
                try:
                    key = (r["file"], int(r["start"]), int(r["end"]), r["kind"])
                except (KeyError, ValueError):
                    continue
                rows[key] = (r.get("verdict", ""), r.get("reason", ""), r.get("surface", ""), name, r.get("canonical", ""))
    return rows


def reported(cli, files):
    """(file, start, end, kind) → canonical for every mention the build reports over FILES (relative paths); the CLI names a document by its file's
    base name (FILE#n for a page it splits into articles)."""
    by_base = collections.defaultdict(list)
    for t in files:
        by_base[os.path.splitext(os.path.basename(t))[0]].append(t)
    run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", "--context", "0", *[text_path(t) for t in files]],
                         capture_output=True, text=True, check=True)
    found = {}
    for line in run.stdout.splitlines():
        m = json.loads(line)
        for t in by_base.get(m["doc"].split("#", 1)[0], []):
            found[(t, m["start"], m["end"], m["kind"])] = m["canonical"]
    return found


def main(cli, out):
    with open(GOLD + "unread-texts.txt", encoding="utf-8") as f:
        unread = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    rows = judged_rows(unread)
    files = sorted({k[0] for k in rows if text_path(k[0])})
    found = reported(cli, files)
    wrong = [(k, v) for k, v in sorted(rows.items()) if v[0] != "right" and k in found]
    with open(out, "w", encoding="utf-8") as o:
        o.write("file\tstart\tend\tkind\tsurface\tverdict\treason\tjudged_in\tnow\n")
        for key, (verdict, reason, surface, name, canonical) in wrong:
            t, s, e, kind = key
            now = "" if not canonical or found[key] == canonical else f"canonical changed: {canonical} → {found[key]}"
            o.write(f"{t}\t{s}\t{e}\t{kind}\t{surface}\t{verdict}\t{reason}\t{name}\t{now}\n")
    stale = [k for k, v in wrong if v[4] and found[k] != v[4]]
    by_kind = collections.Counter(k[3] for k, _ in wrong)
    print(f"{len(wrong)} read wrong and still reported {dict(by_kind)}, of {len(rows)} readable judged rows over {len(files)} texts;"
          f" {len(stale)} of them now under another canonical {dict(collections.Counter(k[3] for k in stale))}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
