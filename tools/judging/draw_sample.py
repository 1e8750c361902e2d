"""Draws a blind sample of mentions for judging precision by hand: runs one build of the CLI over the texts named, keeps up to
PER_KIND mentions of each kind at random (all of a kind that has fewer), and writes the judge's file without verdicts.

    python3 tools/judging/draw_sample.py CLI.dll SEED PER_KIND OUT.tsv LABEL=PATH [LABEL=PATH ...]

LABEL is how the file is named in the judged file (the path the tests resolve: `provincial/hainan_2026.txt` under the shared
corpus, `unseen/gd-15th-fyp-proposal.txt` under tests/PolicyLens.Tests/Data); PATH is where the text is read. OUT has the
columns of the judged files (Gold/mentions-*.tsv) up to the context: id, file, start, end, kind, subtype, surface, canonical,
context; the context marks the mention 【thus】 inside 80 characters either side, newlines shown as ⏎. The judge adds verdict
and reason (tools/judging/JUDGE.md). Issue 13: the per-kind precision figures on text the rules were not written from.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402


def main(cli, seed, per_kind, out, pairs):
    labels, paths, texts = blind.read_texts(pairs)
    by_kind = {}
    for m in blind.extract(cli, paths):
        by_kind.setdefault(m["kind"], []).append(m)
    rng = random.Random(seed)
    rows = []
    for kind in sorted(by_kind):
        found = by_kind[kind]
        picked = found if len(found) <= per_kind else rng.sample(found, per_kind)
        print(f"{kind}: {len(found)} reported, {len(picked)} drawn", file=sys.stderr)
        rows += sorted(picked, key=lambda m: (blind.label_of(labels, m["doc"]), m["start"]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(blind.HEADER)
        for i, m in enumerate(rows, 1):
            label = blind.label_of(labels, m["doc"])
            f.write(blind.row(i, label, texts[label], m))


if __name__ == "__main__":
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:])
