"""The heads the readable golds close their label + phrase items on (round 50, np50): for every row of the development and
opened unseen golds (formulas.tsv dev rows, formulas-dev-recall*.tsv, formulas-<opened set>-*.tsv and the opened sets' second
codings), every place in its text where an alternative is a quoted label written right before the rest (“1+10”政策体系 for
1+10政策体系); the rest's last two characters, where jieba's dictionary (jieba.NET's Resources/dict.txt) tags them a noun
(n), counted by the different labels they close. QuotedLabelShape.CodedNounPhraseHeads reads the heads of a policy's kind
that close two or more labels' items. Never reads a held-out, set-aside or unread set's gold or text.

    python3 tools/lexicon/noun_phrase_heads.py [MIN_LABELS]
"""
import collections
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files as cf  # noqa: E402

GOLD = os.path.join(cf.REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
UNSEEN = os.path.join(cf.REPOSITORY, "tests", "PolicyLens.Tests", "Data", "unseen")
DICT = os.path.expanduser("~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt")


def gold_files():
    files = [os.path.join(GOLD, "formulas.tsv")] + sorted(glob.glob(os.path.join(GOLD, "formulas-dev-recall*.tsv")))
    for s in cf.OPENED_UNSEEN_SETS:
        files += sorted(glob.glob(os.path.join(GOLD, f"formulas-{s}-*.tsv")))
        files += glob.glob(os.path.join(GOLD, "codings-unseen26", f"formulas-{s}-second.tsv"))
    return files


def text_path(rel, readable, opened):
    if rel.startswith("unseen/"):
        return os.path.join(UNSEEN, rel[7:]) if rel[7:] in opened else None
    return cf.path(rel) if rel in readable else None


def main():
    minimum = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    readable = set(cf.readable_reports()) | {r for r, _ in cf.national()}
    opened = {os.path.basename(p) for p in cf.opened_unseen()}
    tags = {}
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    texts, places = {}, set()
    labels, examples = collections.defaultdict(set), collections.defaultdict(set)
    for gold in gold_files():
        with open(gold, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if line.startswith("#") or cells[0] == "file" or len(cells) < 3:
                    continue
                if os.path.basename(gold) == "formulas.tsv" and cells[1] != "dev":
                    continue
                path = text_path(cells[0], readable, opened)
                if not path or not os.path.exists(path):
                    continue
                if path not in texts:
                    with open(path, encoding="utf-8") as t:
                        texts[path] = t.read()
                text = texts[path]
                for alternative in (a.strip() for a in cells[2].split("|")):
                    for m in re.finditer(r"“([^”“]{1,20})”", text):
                        label = m.group(1)
                        rest = alternative[len(label):]
                        if (alternative.startswith(label) and len(rest) >= 2 and text.startswith(rest, m.end())
                                and (path, m.start(), rest) not in places and tags.get(rest[-2:]) == "n"):
                            places.add((path, m.start(), rest))
                            labels[rest[-2:]].add(label)
                            examples[rest[-2:]].add(f"“{label}”{rest}")
    for head in sorted(labels, key=lambda h: (-len(labels[h]), h)):
        if len(labels[head]) >= minimum:
            print(f"{head}\t{len(labels[head])}\t{'、'.join(sorted(examples[head])[:4])}")


if __name__ == "__main__":
    main()
