"""Draws a blind sample of mentions for judging precision by hand: runs one build of the CLI over the texts named, keeps up to
PER_KIND mentions of each kind at random (all of a kind that has fewer), and writes the judge's file without verdicts.

    python3 tools/judging/draw_sample.py CLI.dll SEED PER_KIND OUT.tsv LABEL=PATH [LABEL=PATH ...]
    python3 tools/judging/draw_sample.py --below P MAP.tsv CLI.dll SEED PER_KIND OUT.tsv LABEL=PATH [LABEL=PATH ...]

LABEL is how the file is named in the judged file (the path the tests resolve: `provincial/hainan_2026.txt` under the shared
corpus, `unseen/gd-15th-fyp-proposal.txt` under tests/PolicyLens.Tests/Data); PATH is where the text is read. OUT has the
columns of the judged files (Gold/mentions-*.tsv) up to the context: id, file, start, end, kind, subtype, surface, canonical,
context; the context marks the mention 【thus】 inside 80 characters either side, newlines shown as ⏎. The judge adds verdict
and reason (tools/judging/JUDGE.md). Issue 13: the per-kind precision figures on text the rules were not written from.

With --below P, every mention whose confidence (the mention confidence model's column) is under P is drawn as well, mixed in
with the random ones so the judges cannot tell them apart; MAP.tsv (for the lead, never for the judges) says of each row id
whether it was drawn at random, for its confidence, or both, and gives its confidence. The random rows give the per-kind
precision as before; the low-confidence rows, all judged, say how right the mentions a threshold at P would remove are.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402


def main(cli, seed, per_kind, out, pairs, below=None, map_path=None):
    labels, paths, texts = blind.read_texts(pairs)
    by_kind = {}
    for m in blind.extract(cli, paths):
        by_kind.setdefault(m["kind"], []).append(m)
    rng = random.Random(seed)
    rows, why = [], {}
    for kind in sorted(by_kind):
        found = by_kind[kind]
        picked = found if len(found) <= per_kind else rng.sample(found, per_kind)
        for m in picked:
            why[id(m)] = "random"
        low = [m for m in found if below is not None and m["confidence"] < below]
        for m in low:
            why[id(m)] = "both" if id(m) in why else "confidence"
        chosen = picked + [m for m in low if why[id(m)] == "confidence"]
        print(f"{kind}: {len(found)} reported, {len(picked)} drawn" + (f", {len(low)} under {below}" if below is not None else ""), file=sys.stderr)
        rows += sorted(chosen, key=lambda m: (blind.label_of(labels, m["doc"]), m["start"]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(blind.HEADER)
        for i, m in enumerate(rows, 1):
            label = blind.label_of(labels, m["doc"])
            f.write(blind.row(i, label, texts[label], m))
    if map_path:
        with open(map_path, "w", encoding="utf-8") as f:
            f.write("id\tkind\tdrawn\tconfidence\n")
            for i, m in enumerate(rows, 1):
                f.write(f"{i}\t{m['kind']}\t{why[id(m)]}\t{m['confidence']}\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    below = map_path = None
    if args[:1] == ["--below"]:
        below, map_path, args = float(args[1]), args[2], args[3:]
    if len(args) < 5:
        sys.exit(__doc__)
    main(args[0], int(args[1]), int(args[2]), args[3], args[4:], below, map_path)
