"""Can a learned span classifier find the formulas no finder reports? A feasibility probe (issue 13, round 23).

Half of the formulas the held-out gold misses are written in no other corpus text, so no lexicon can hold them; only a
model of report language could. This probe asks whether a plain one can: every span of 1-7 jieba tokens (3-16 characters)
inside a clause of a DEVELOPMENT report with hand-coded gold (Gold/formulas.tsv split=dev, Gold/formulas-dev-recall*.tsv)
is a candidate; it is positive when its text (quotation marks ignored) is a form the report's gold codes. Features: the
first and last tokens and characters, length, the tokens and characters either side, quotation, numerals, the span's count
in the report and the number of other development/national texts holding it. A logistic regression is trained and scored
leave-reports-out (GroupKFold, 5 folds by report). Among candidates that overlap no mention the current build reports,
the best-scoring non-overlapping ones are taken at each threshold and counted right when the gold codes them.

Result (2026-12-02, main 75a4f18, 29 development reports, 9,236 coded forms; the shared 2-core VM under load, about 40
minutes): at every threshold the new spans are mostly wrong: p >= 0.9: 36 right, 48 wrong (43 %); p >= 0.7: 95 right, 164
wrong (37 %); p >= 0.5: 168 right, 415 wrong (29 %). A finder has to be right nine times in ten; the misses a lexicon cannot
reach are not learnable from these surface features either. Kept as the record of that, and as the harness for a better
model (character embeddings, a sequence labeller) if one is ever tried.

    apt-get install python3-sklearn python3-jieba
    /usr/bin/python3 tools/lexicon/span_classifier_probe.py [path/to/PolicyLens.Cli.dll]

Reads only development and national text (corpus_files.py's exclusions, and the later rounds' check sets).
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

import jieba
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
GOLD = os.path.join(ROOT, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
CLI = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src", "PolicyLens.Cli", "bin", "Release", "net10.0", "PolicyLens.Cli.dll")
# The held-out reports and the check sets later rounds keep unread (the blind set-aside of round 11 and the check5 reports).
KEEP_OUT = corpus_files.HELD_OUT | corpus_files.SET_ASIDE | {
    "provincial/guangdong_2021.txt", "provincial/guangdong_2022.txt", "municipal/zhumadian_2007.txt", "municipal/zhumadian_2008.txt"}
STOP = set("的 和 与 及 等 了 在 是 对 为 把 将 以 从 到 并 而 也 都 又 要 更 着 之 其 让 使 向 由 被 于 就 还 或 同".split())
CLAUSE = re.compile(r"[^，。；：！？（）()\n《》〈〉「」]+")
BREAK = re.compile(r"[，。；：！？（）()\n“”《》〈〉「」—…%\s]")


def bare(s):
    return s.replace("“", "").replace("”", "").strip("《》")


def gold():
    coded = collections.defaultdict(set)
    for path in [os.path.join(GOLD, "formulas.tsv")] + sorted(glob.glob(os.path.join(GOLD, "formulas-dev-recall*.tsv"))):
        rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#")]
        header = rows[0]
        for row in rows[1:]:
            r = dict(zip(header, row))
            if r.get("split") == "dev" and r["file"] not in KEEP_OUT:
                coded[r["file"]].update(bare(a.strip()) for a in r["canonical"].split("|"))
    return coded


def reported(rel):
    out = subprocess.run(["dotnet", CLI, "extract", os.path.join(corpus_files.SHARED, rel), "--format", "jsonl"],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.startswith("{")]


def candidates(text):
    for clause in CLAUSE.finditer(text):
        tokens = list(jieba.tokenize(clause.group(0)))
        for i, first in enumerate(tokens):
            if first[0] in STOP or BREAK.match(first[0]) or first[0] in ("、", "·"):
                continue
            for j in range(i, min(i + 7, len(tokens))):
                word = tokens[j][0]
                if BREAK.search(word):
                    break
                start, end = clause.start() + first[1], clause.start() + tokens[j][2]
                if end - start > 16:
                    break
                if end - start >= 3 and word not in STOP and word not in ("、", "·"):
                    yield start, end, tokens, i, j


def features(text, start, end, tokens, i, j, count, documents):
    span = text[start:end]
    before = tokens[i - 1][0] if i > 0 else "<s>"
    after = tokens[j + 1][0] if j + 1 < len(tokens) else "</s>"
    spread = 0 if documents == 0 else 1 if documents == 1 else 2 if documents < 4 else 3 if documents < 10 else 4
    return {"first=" + tokens[i][0]: 1, "last=" + tokens[j][0]: 1, "lc=" + span[-1]: 1, "l2=" + span[-2:]: 1,
            "fc=" + span[0]: 1, "f2=" + span[:2]: 1, f"len={min(end - start, 12)}": 1, f"nt={j - i + 1}": 1,
            "pv=" + before: 1, "nx=" + after: 1, "pvnx=" + before + "|" + after: 1,
            "pc=" + (text[start - 1] if start else "^"): 1, "nc=" + (text[end] if end < len(text) else "$"): 1,
            f"cnt={min(count, 5)}": 1, f"docs={spread}": 1,
            "quoted": int(start > 0 and text[start - 1] == "“" and end < len(text) and text[end] == "”"),
            "num": int(bool(re.search(r"[一二三四五六七八九十两百千万\d]", span))), "chain": int("、" in span)}


def main():
    jieba.setLogLevel(60)
    coded = gold()
    others = {rel: open(os.path.join(corpus_files.SHARED, rel), encoding="utf-8").read()
              for rel, _ in corpus_files.national()}
    for rel, _ in corpus_files.development(counting=True):
        if rel not in KEEP_OUT:
            others.setdefault(rel, open(os.path.join(corpus_files.SHARED, rel), encoding="utf-8").read())
    rows, labels, groups, meta = [], [], [], []
    for rel in sorted(coded):
        text = open(os.path.join(corpus_files.SHARED, rel), encoding="utf-8").read()
        spans = [(m["start"], m["end"]) for m in reported(rel)]
        found = list(candidates(text))
        counts = collections.Counter(text[s:e] for s, e, *_ in found)
        spread = {}
        for start, end, tokens, i, j in found:
            span = text[start:end]
            if span not in spread:
                spread[span] = sum(1 for k, t in others.items() if k != rel and span in t)
            rows.append(features(text, start, end, tokens, i, j, counts[span], spread[span]))
            labels.append(int(bare(span) in coded[rel]))
            groups.append(rel)
            meta.append((rel, start, end, span, any(s < end and start < e for s, e in spans)))
        print(f"{rel}: {len(found)} candidates", file=sys.stderr)
    labels, groups = np.array(labels), np.array(groups)
    matrix = DictVectorizer().fit_transform(rows)
    score = np.zeros(len(labels))
    for train, test in GroupKFold(5).split(matrix, labels, groups):
        model = LogisticRegression(C=0.5, max_iter=2000).fit(matrix[train], labels[train])
        score[test] = model.predict_proba(matrix[test])[:, 1]
    print("coded forms:", sum(len(v) for v in coded.values()), "in", len(coded), "reports")
    for threshold in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        right = wrong = 0
        by_report = collections.defaultdict(list)
        for k in np.where(score >= threshold)[0]:
            rel, start, end, span, overlaps = meta[k]
            if not overlaps:
                by_report[rel].append((score[k], start, end, span))
        for rel, found in by_report.items():
            taken = []
            for _, start, end, span in sorted(found, reverse=True):
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                if bare(span) in coded[rel]:
                    right += 1
                else:
                    wrong += 1
        print(f"p >= {threshold:.1f}: new spans right {right}, wrong {wrong}, precision {right / max(1, right + wrong):.0%}")


if __name__ == "__main__":
    main()
