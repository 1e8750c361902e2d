"""Turn a blind judge's verdicts on a round's changes into a Gold judged file, marked against a build (issue 13, step 4 of
tools/judging/README.md). A judge reads only right or wrong; the Gold file says, for the build named, whether each judged span is
still reported: right & reported -> right, right & not reported -> right-lost (REASON_LOST appended), wrong & reported ->
wrong-open, wrong & not reported -> wrong. So a round that is partly reverted after its judging (round 103) still records every
verdict, and the guards know which right mentions the build loses and which wrong ones it keeps.

    python3 tools/judging/mark_judged.py CLI.dll JUDGED.tsv LABELS.txt OUT.tsv HEADER.txt "REASON_LOST"

JUDGED.tsv is the judge's file (the blind columns id, file, start, end, kind, … and verdict, reason); LABELS.txt the LABEL=PATH
lines of the texts it names (labels.py); HEADER.txt the # comment lines the Gold file opens with (who judged, what was drawn,
the counts). Run from the repository root.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blind  # noqa: E402


def main(dll, judged, labels_file, out, header, lost):
    with open(labels_file, encoding="utf-8") as f:
        pairs = [line.strip() for line in f if line.strip()]
    labels, paths, _ = blind.read_texts(pairs)
    now = {(blind.label_of(labels, m["doc"]), m["start"], m["end"], m["kind"]) for m in blind.extract(dll, paths)}
    with open(judged, encoding="utf-8") as f:
        rows = f.read().splitlines()
    counts = {}
    with open(header, encoding="utf-8") as f:
        head = f.read()
    with open(out, "w", encoding="utf-8") as f:
        f.write(head)
        f.write(rows[0] + "\n")
        for row in rows[1:]:
            c = row.split("\t")
            verdict = c[-2]
            if verdict not in ("right", "wrong"):
                sys.exit(f"{judged}: row {c[0]} has verdict {verdict!r}, not right or wrong")
            reported = (c[1], int(c[2]), int(c[3]), c[4]) in now
            if verdict == "right" and not reported:
                c[-2] = "right-lost"
                c[-1] = (c[-1] + "; " if c[-1] else "") + lost
            elif verdict == "wrong" and reported:
                c[-2] = "wrong-open"
            counts[c[-2]] = counts.get(c[-2], 0) + 1
            f.write("\t".join(c) + "\n")
    print(out, counts)


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
