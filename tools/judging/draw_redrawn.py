"""Lists, for blind judging, the mentions a new build reports OVER judged held-out mentions it no longer reports at the same
offsets and kind (a redrawn boundary or kind): the rows JudgedMentionTests' guard needs a verdict for in
Gold/mentions-heldout-rejudged.tsv, or it counts the first verdict as lost.

    python3 tools/judging/draw_redrawn.py NEW.dll BLIND.tsv MAP.tsv [OLD.dll]

Reads the HeldOut list of tests/PolicyLens.Tests/Extraction/Slogans/JudgedMentionTests.cs, runs the build at NEW.dll over the
texts those files judge (../shared/corpus/… or tests/PolicyLens.Tests/Data/unseen/…), and for every judged row the build no
longer reports at its (file, start, end, kind) writes each mention now overlapping it that the rejudged file does not hold
yet. BLIND.tsv has the judge's columns (as draw_sample.py writes them) and says nothing of the first verdict; MAP.tsv (id,
first judged file, first verdict, first surface) is for the lead, who copies the judged rows into a new block of the
rejudged file. With OLD.dll (the round's start build), only the judged rows OLD still reports are read: the redraws of this
round, not the losses earlier rounds already counted. Issue 13 (tools/judging/README.md).
"""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SLOGANS = os.path.join(ROOT, "tests", "PolicyLens.Tests", "Extraction", "Slogans")
GOLD = os.path.join(SLOGANS, "Gold")
REJUDGED = "mentions-heldout-rejudged.tsv"


def held_out_files():
    """The judged files the held-out guard reads, in the test's order, less the rejudged file itself."""
    source = open(os.path.join(SLOGANS, "JudgedMentionTests.cs"), encoding="utf-8").read()
    listed = re.search(r"string\[\] HeldOut = \[(.*?)\];", source, re.S).group(1)
    return re.findall(r'"(mentions-[^"]+\.tsv)"', listed)


def judged_rows(name):
    with open(os.path.join(GOLD, name), encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def text_path(label):
    """Where the tests read a judged file's text (SharedData.CorpusFile)."""
    if label.startswith("unseen/"):
        return os.path.join(ROOT, "tests", "PolicyLens.Tests", "Data", label)
    return os.path.join(ROOT, "..", "shared", "corpus", label)


def main(new_cli, blind_path, mapping, old_cli=None):
    judged = [(name, row) for name in held_out_files() for row in judged_rows(name)]
    again = {(r["file"], int(r["start"]), int(r["end"]), r["kind"]) for r in judged_rows(REJUDGED)}
    files = sorted({row["file"] for _, row in judged})
    labels, paths, texts = blind.read_texts([f"{label}={text_path(label)}" for label in files])
    mentions = {}
    for m in blind.extract(new_cli, paths):
        mentions.setdefault(blind.label_of(labels, m["doc"]), []).append(m)
    reported = {(label, m["start"], m["end"], m["kind"]) for label, ms in mentions.items() for m in ms}
    before = None if old_cli is None else {(blind.label_of(labels, m["doc"]), m["start"], m["end"], m["kind"]) for m in blind.extract(old_cli, paths)}
    drawn = {}
    for name, row in judged:
        label, start, end = row["file"], int(row["start"]), int(row["end"])
        if (label, start, end, row["kind"]) in reported or (before is not None and (label, start, end, row["kind"]) not in before):
            continue
        for m in mentions.get(label, []):
            key = (label, m["start"], m["end"], m["kind"])
            if m["start"] < end and m["end"] > start and key not in again and key not in drawn:
                drawn[key] = (m, name, row)
    blind.write_drawn(blind_path, mapping, drawn, texts, "surface")
    print(f"{len(drawn)} mentions drawn over judged mentions no longer reported", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(*sys.argv[1:])
