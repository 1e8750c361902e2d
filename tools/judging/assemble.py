"""Joins judges' verdict files into one judged file of the Gold folder, in id order, after checking each judge kept the
rows drawn (same ids, spans and kinds, a verdict on each, a reason on each wrong one); with --second, prints the agreement of
a second judge who judged a subset of the same rows.

    python3 tools/judging/assemble.py BLIND.tsv OUT.tsv HEADER.txt JUDGED.tsv [JUDGED.tsv ...] [--second SECOND.tsv]

HEADER.txt is the # comment the judged file opens with (what was drawn, from which build, by whom, the figures).
Prints per kind: judged, right, and the precision. Issue 13 (tools/judging/README.md).
"""
import collections
import sys


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        fields = line.split("\t")
        fields += [""] * (len(header) - len(fields))
        rows.append(dict(zip(header, fields)))
    return header, rows


def main(args):
    second = None
    if "--second" in args:
        i = args.index("--second")
        second = args[i + 1]
        args = args[:i] + args[i + 2:]
    blind, out, header_path, judged = args[0], args[1], args[2], args[3:]
    _, drawn = read(blind)
    verdicts = {}
    for path in judged:
        _, rows = read(path)
        for r in rows:
            verdicts[r["id"]] = r
    problems = []
    for d in drawn:
        v = verdicts.get(d["id"])
        if v is None:
            problems.append(f"no verdict for id {d['id']}")
            continue
        for col in ("file", "start", "end", "kind", "surface"):
            if v[col] != d[col]:
                problems.append(f"id {d['id']}: {col} changed ({d[col]} -> {v[col]})")
        if v["verdict"] not in ("right", "wrong"):
            problems.append(f"id {d['id']}: verdict {v['verdict']!r}")
        if v["verdict"] == "wrong" and not v["reason"].strip():
            problems.append(f"id {d['id']}: wrong without a reason")
    if problems:
        sys.exit("\n".join(problems))
    tally = collections.Counter()
    right = collections.Counter()
    with open(out, "w", encoding="utf-8") as f:
        f.write(open(header_path, encoding="utf-8").read().rstrip("\n") + "\n")
        f.write("id\tfile\tstart\tend\tkind\tsubtype\tsurface\tcanonical\tcontext\tverdict\treason\n")
        for d in drawn:
            v = verdicts[d["id"]]
            tally[d["kind"]] += 1
            right[d["kind"]] += v["verdict"] == "right"
            f.write("\t".join([d["id"], d["file"], d["start"], d["end"], d["kind"], d["subtype"], d["surface"], d["canonical"],
                               d["context"], v["verdict"], v["reason"].strip()]) + "\n")
    for kind in sorted(tally):
        print(f"{kind:9} {right[kind]}/{tally[kind]} = {100 * right[kind] / tally[kind]:.1f} %")
    if second:
        _, rows = read(second)
        agree = collections.Counter()
        seen = collections.Counter()
        for r in rows:
            seen[r["kind"]] += 1
            agree[r["kind"]] += r["verdict"] == verdicts[r["id"]]["verdict"]
        for kind in sorted(seen):
            print(f"second judge, {kind:9} agrees on {agree[kind]}/{seen[kind]}")
        print(f"second judge, all       agrees on {sum(agree.values())}/{sum(seen.values())}")


if __name__ == "__main__":
    main(sys.argv[1:])
