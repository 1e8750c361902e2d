"""Precision of the parallel finder per acceptance path over the DEVELOPMENT judged chains (issue 13, parallel round 16).

    POLICYLENS_PARALLEL_PATHS=/tmp/paths.tsv dotnet test tests/PolicyLens.Tests -c Release --no-build --filter "FullyQualifiedName~ParallelPathTests"
    python3 tools/lexicon/parallel_path_precision.py /tmp/paths.tsv

The paths file (doc, start, end, surface, "frame mark [marked]") is the development allow-list's trace written by
ParallelPathTests. Each chain takes the verdicts of the `parallel` rows of the development judged files only
(Gold/mentions-dev-*.tsv, named by that pattern; no held-out or set-aside file is read): `right` counts right, `wrong` and
`wrong-open` wrong, the majority decides, a tie is counted apart as split. Prints precision overall, per frame (and
whether the text quotes, counts or frames the chain), per mark, then the wrong, split and unjudged chains.
"""
import collections
import glob
import os
import sys

GOLD = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")


def verdicts():
    found = collections.defaultdict(list)
    for name in sorted(glob.glob(os.path.join(GOLD, "mentions-dev-*.tsv"))):
        with open(name, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if line.startswith("#") or cells[0] == "file" or len(cells) < 6 or cells[3] != "parallel":
                    continue
                found[(cells[0], int(cells[1]), int(cells[2]))].append(cells[5] == "right")
    return found


def main():
    judged = verdicts()
    right, seen = collections.Counter(), collections.Counter()
    wrong, split, unjudged = [], [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            doc, start, end, surface, path = line.rstrip("\n").split("\t")
            votes = judged.get((doc, int(start), int(end)))
            if not votes:
                unjudged.append((path, doc, surface))
                continue
            if votes.count(True) * 2 == len(votes):
                split.append((path, doc, surface))
                continue
            ok = votes.count(True) * 2 > len(votes)
            words = path.split()
            frame, marked = words[0], "marked" in words
            mark = " ".join(w for w in words[1:] if w != "marked") or "(none)"
            for key in ("all", "frame " + frame, "frame " + frame + (" quoted/counted/framed" if marked else " unmarked"), "mark " + mark):
                seen[key] += 1
                right[key] += ok
            if not ok:
                wrong.append((path, doc, surface))
    for key in sorted(seen, key=lambda k: (k != "all", k.split()[0], -seen[k])):
        print(f"{key}\t{right[key]}/{seen[key]}\t{100 * right[key] / seen[key]:.1f} %")
    for label, rows in (("wrong", wrong), ("split", split), ("unjudged", unjudged)):
        for row in rows:
            print(label, *row, sep="\t")


if __name__ == "__main__":
    main()
