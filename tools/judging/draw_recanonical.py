"""Lists, for blind judging, the judged held-out mentions a build still reports at the same offsets and kind but under
ANOTHER canonical than the one judged: the judge read the item the canonical names (round 43 gave a quoted programme its whole
name as canonical — “三北”工程攻坚战 judged wrong under 三北 is now 三北工程攻坚战), so the first verdict may be stale. Their new
verdicts go in Gold/mentions-heldout-recanonical.tsv, which JudgedMentionTests reads in place of the first verdict; until a
row is there the test counts it with the first verdict and says how many are waiting.

    python3 tools/judging/draw_recanonical.py NEW.dll BLIND.tsv MAP.tsv [--count]

Reads the HeldOut list of tests/PolicyLens.Tests/Extraction/Slogans/JudgedMentionTests.cs, runs NEW.dll over their texts
and writes once each mention some file judged under another canonical and none under the one it has now (the test takes a
verdict given under the present canonical in any held-out file). BLIND.tsv has the judge's columns (draw_sample.py's) and says nothing of the first verdict; MAP.tsv (id, first
judged file, first verdict, first canonical) is for the lead. --count prints only the counts by kind and first verdict (no
text, no surface: safe on unread sets). Issue 13 (tools/judging/README.md).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402
from draw_redrawn import GOLD, held_out_files, judged_rows, text_path  # noqa: E402

RECANONICAL = "mentions-heldout-recanonical.tsv"


def main(new_cli, blind_path, mapping, count_only=False):
    latest, done = {}, set()
    names = [n for n in held_out_files() if n != RECANONICAL]
    if os.path.exists(os.path.join(GOLD, RECANONICAL)):
        names.append(RECANONICAL)
    for name in names:
        for row in judged_rows(name):
            if row.get("canonical"):
                key = (row["file"], int(row["start"]), int(row["end"]), row["kind"])
                latest.setdefault(key, []).append((name, row))
                done.add((*key, row["canonical"]))
    files = sorted({key[0] for key in latest})
    labels, paths, texts = blind.read_texts([f"{label}={text_path(label)}" for label in files])
    drawn = {}
    for m in blind.extract(new_cli, paths):
        key = (blind.label_of(labels, m["doc"]), m["start"], m["end"], m["kind"])
        judged = latest.get(key, [])
        stale = [(name, row) for name, row in judged if row["canonical"] != m["canonical"]]
        if stale and (*key, m["canonical"]) not in done:
            drawn[key] = (m, *stale[-1])
    if count_only:
        by = collections.Counter((key[3], row["verdict"]) for key, (_, _, row) in drawn.items())
        print(f"{len(drawn)} judged held-out mentions still reported under another canonical: "
              + ", ".join(f"{k} {v}: {n}" for (k, v), n in sorted(by.items())), file=sys.stderr)
        return
    blind.write_drawn(blind_path, mapping, drawn, texts, "canonical")
    print(f"{len(drawn)} judged held-out mentions drawn, still reported under another canonical", file=sys.stderr)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--count"]
    if len(args) != 3:
        sys.exit(__doc__)
    main(*args, count_only="--count" in sys.argv)
