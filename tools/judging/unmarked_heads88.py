"""Round 88 (heads88): where a programme head (工程, 行动, 计划, 平台, 模式, 方案) stands in a readable text and the build reports
nothing over it, and how often the opened sets' golds code a name ending there (counts only).

    python3 tools/judging/unmarked_heads88.py CLI.dll

Reads only corpus_files' readable texts (opened unseen sets, readable reports, national gwr and congress texts) and the opened
sets' golds (formulas-unseen26{,b,c,d,f,h,i,j,k,l}-*.tsv, named set by set); sub-documents (doc#k) are placed on their file by
the offset that puts most of their surfaces on the text. A place counts when at least two characters of a clause stand before
the head; it is coded when a gold row of that text ends at the head with a name of three characters or more.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon"))
import corpus_files  # noqa: E402

HEADS = ["工程", "行动", "计划", "平台", "模式", "方案"]
GOLD = os.path.join(corpus_files.REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")


def texts():
    out = {os.path.splitext(os.path.basename(p))[0]: (p, True) for p in corpus_files.opened_unseen()}
    for rel in corpus_files.readable_reports() + [r for r, _ in corpus_files.national()]:
        out.setdefault(os.path.splitext(os.path.basename(rel))[0], (corpus_files.path(rel), False))
    return {d: (open(p, encoding="utf-8").read(), g) for d, (p, g) in out.items()}


def golds():
    coded = collections.defaultdict(set)
    for s in ("", "b", "c", "d", "f", "h", "i", "j", "k", "l"):
        for f in sorted(glob.glob(os.path.join(GOLD, f"formulas-unseen26{s}-*.tsv"))):
            for line in open(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if line.startswith(("#", "file\t")) or len(p) < 3:
                    continue
                doc = os.path.splitext(os.path.basename(p[0]))[0]
                coded[doc].update(a.strip().replace("“", "").replace("”", "") for a in p[2].split(" | "))
    return coded


def mentions(cli, corpus):
    paths = [p for p in corpus_files.opened_unseen()] + [corpus_files.path(r) for r in corpus_files.readable_reports()] \
        + [corpus_files.path(r) for r, _ in corpus_files.national()]
    run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", "--context", "0", *paths], check=True, capture_output=True, text=True)
    by = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        m = json.loads(line)
        by[m["doc"]].append(m)
    placed = collections.defaultdict(list)
    for doc, ms in by.items():
        base = doc.split("#")[0]
        if base not in corpus:
            continue
        text = corpus[base][0]
        shift = 0
        if "#" in doc:
            votes = collections.Counter(o.start() - m["start"] for m in ms[:30] for o in re.finditer(re.escape(m["surface"]), text))
            shift = votes.most_common(1)[0][0]
        placed[base] += [(m["start"] + shift, m["end"] + shift) for m in ms]
    return placed


def main():
    corpus = texts()
    coded = golds()
    spans = mentions(sys.argv[1], corpus)
    counts = collections.Counter()
    for doc, (text, has_gold) in corpus.items():
        for head in HEADS:
            for m in re.finditer(head, text):
                if any(s < m.end() and e > m.start() for s, e in spans[doc]):
                    continue
                s = m.start()
                while s > 0 and re.match(r"[\u4e00-\u9fff0-9A-Za-z]", text[s - 1]) and m.start() - s < 30:
                    s -= 1
                clause = text[s:m.end()]
                if len(clause) - len(head) < 2:
                    continue
                hit = has_gold and any(g.endswith(head) and len(g) > len(head) + 1 and clause.endswith(g) for g in coded[doc])
                counts[(head, "opened sets" if has_gold else "other readable", hit)] += 1
    for head in HEADS:
        places = counts[(head, "opened sets", False)] + counts[(head, "opened sets", True)]
        print(f"{head}\tunreported places in the opened sets {places}, coded {counts[(head, 'opened sets', True)]};"
              f" other readable texts {counts[(head, 'other readable', False)]}")


if __name__ == "__main__":
    main()
