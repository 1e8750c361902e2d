"""Candidate spellings of the lexicon's formulas by general rules of Chinese, counted in the development texts.

Round variants16 (issue 13): on two freshly coded development reports (Gold/formulas-dev-recall16.tsv) almost half of what
the finders missed were lexicon formulas written in another spelling than the lexicon lists (正确的政绩观 for 正确政绩观).
For every spelling of every entry of src/PolicyLens/Extraction/Slogans/lexicon.tsv this script generates candidates by
five rules and counts each where it stands in the development texts and the national corpus and no lexicon spelling
covers it (so the canonical itself does not stand there):

    de-insert    的 inserted between two Han characters (a modifier and its head): 正确政绩观 -> 正确的政绩观
    de-drop      an inner 的 dropped: 党的建设 -> 党建设
    conj         a coordinator (和 与 及 、) swapped for another or dropped: 发展和安全 -> 发展与安全
    conj-insert  和/与/、 inserted between two parts of at least two characters
    qual-drop    a leading qualifier (全面 深入 坚持 推进 加快 加强 大力 积极) dropped, the rest at least 4 characters
    qual-insert  全面/深入/加快 inserted inside, between parts of at least two characters: 乡村振兴 -> 乡村全面振兴
    head-drop    a trailing generic head (发展, 建设) dropped, the rest at least 4 characters: 城乡融合发展 -> 城乡融合

Traditional characters are folded by the matcher, quote marks and 、/， between parts are matched already, so no
candidate is made for them. Every candidate that occurs is printed with its counts and contexts, for a reader to decide
whether it is the same formula (a variant, written into tools/lexicon/curated/variants16-2026.txt) or another phrase
(rejected with its reason in the same file's comments). The texts read are an explicit allow-list of development texts
(never a held-out or set-aside report).

    python3 tools/lexicon/variants.py [--contexts N] [--lexicon TABLE] > candidates.txt
"""
import argparse
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
LEXICON = os.path.join(ROOT, "src", "PolicyLens", "Extraction", "Slogans", "lexicon.tsv")

# The development texts this round may read (an allow-list, never a folder listing).
PROVINCES = ("anhui beijing chongqing fujian gansu guizhou hebei heilongjiang henan hubei jiangsu jiangxi jilin liaoning "
             "qinghai shaanxi sichuan xinjiang").split()
DEV = [f"provincial/{p}_2026.txt" for p in PROVINCES] + \
      [f"provincial/guangdong_{y}.txt" for y in (2023, 2024, 2026)] + \
      [f"municipal/zhumadian_{y}.txt" for y in (2009, 2010, 2011, 2014, 2017, 2018, 2020, 2023, 2024, 2025, 2026)]

HAN = re.compile(r"[\u4e00-\u9fff]")
COORDINATORS = ["和", "与", "及", "、"]
LEADING_QUALIFIERS = ["全面", "深入", "坚持", "推进", "加快", "加强", "大力", "积极"]
INNER_QUALIFIERS = ["全面", "深入", "加快"]
TRAILING_HEADS = ["发展", "建设"]


def national():
    out = []
    for sub in ("gwr", "cpc-congress", "cpc-congress/early", "central"):
        folder = os.path.join(SHARED, sub)
        out += [f"{sub}/{n}" for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
    return out


def texts():
    docs = []
    for rel in DEV + national():
        with open(os.path.join(SHARED, rel), encoding="utf-8") as f:
            docs.append((rel, f.read()))
    return docs


def spellings(path=LEXICON):
    """(entry canonical, spelling) for every spelling of the lexicon, quote marks removed."""
    out = []
    with open(path, encoding="utf-8") as f:
        rows = csv.reader((l for l in f if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        ci, vi = header.index("canonical"), header.index("variants")
        for r in rows:
            for s in [r[ci], *[v for v in r[vi].split("|") if v]]:
                out.append((r[ci], s.replace("“", "").replace("”", "")))
    return out


def han(c):
    return bool(HAN.match(c))


def candidates(s):
    """(rule, candidate) pairs for one spelling."""
    out = set()
    n = len(s)
    for i in range(1, n):
        left, right = s[:i], s[i:]
        if han(s[i - 1]) and han(s[i]) and s[i - 1] != "的" and s[i] != "的" and len(left) >= 2 and len(right) >= 1:
            out.add(("de-insert", left + "的" + right))
        if len(left) >= 2 and len(right) >= 2 and han(s[i - 1]) and han(s[i]) and s[i - 1] not in COORDINATORS \
                and s[i] not in COORDINATORS:
            for c in ("和", "与", "、"):
                out.add(("conj-insert", left + c + right))
            for q in INNER_QUALIFIERS:
                if q not in s:
                    out.add(("qual-insert", left + q + right))
    for i, c in enumerate(s):
        if 0 < i < n - 1 and c == "的":
            out.add(("de-drop", s[:i] + s[i + 1:]))
        if 0 < i < n - 1 and c in COORDINATORS and not (c == "和" and s[i - 1:i + 1] in ("平和", "和谐") or s[i:i + 2] == "和谐"):
            for other in COORDINATORS + [""]:
                if other != c:
                    out.add(("conj", s[:i] + other + s[i + 1:]))
    for q in LEADING_QUALIFIERS:
        if s.startswith(q) and len(s) - len(q) >= 4:
            out.add(("qual-drop", s[len(q):]))
    for h in TRAILING_HEADS:
        if s.endswith(h) and len(s) - len(h) >= 4:
            out.add(("head-drop", s[:-len(h)]))
    return out


def occurrences(text, needle):
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def stands(text, a, b, spellings_of_entry):
    """Whether a spelling of the entry occurs overlapping text[a:b]."""
    lo = max(0, a - 30)
    window = text[lo:b + 30]
    return any(lo + x < b and a < lo + x + len(s) for s in spellings_of_entry for x in occurrences(window, s))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contexts", type=int, default=4)
    parser.add_argument("--lexicon", default=LEXICON, help="the lexicon table to read (default: the built-in one)")
    args = parser.parse_args()
    docs = texts()
    known = spellings(args.lexicon)
    spelling_set = {s for _, s in known} | {s.replace("、", "，") for _, s in known}
    # Intervals each document's lexicon spellings cover: a candidate inside one is already matched as something.
    grams = set()
    for _, t in docs:
        grams.update(t[i:i + 3] for i in range(len(t) - 2))
    covered = {}
    for rel, t in docs:
        spans = []
        for s in spelling_set:
            if len(s) >= 2 and s[:3] in grams:
                spans += [(a, a + len(s)) for a in occurrences(t, s)]
        covered[rel] = spans
    by_entry = defaultdict(set)
    for canonical, s in known:
        by_entry[canonical].update({s, s.replace("、", "，")})
    generated = defaultdict(set)  # candidate -> {(rule, canonical)}
    for canonical, s in known:
        if len(s) < 4:
            continue
        for rule, c in candidates(s):
            if c not in spelling_set:
                generated[c].add((rule, canonical))
    by_rule_generated, by_rule_occurring = defaultdict(int), defaultdict(int)
    for c, origins in generated.items():
        for rule in {r for r, _ in origins}:
            by_rule_generated[rule] += 1
    found = []
    for c, origins in sorted(generated.items()):
        if c[:3] not in grams or c[-3:] not in grams:
            continue
        hits = []
        for rel, t in docs:
            for a in occurrences(t, c):
                b = a + len(c)
                if any(x <= a and b <= y for x, y in covered[rel]):
                    continue  # inside a lexicon spelling: already matched as that
                if stands(t, a, b, {x for _, o in origins for x in by_entry[o]}):
                    continue  # a spelling of the same entry stands in or across it: the canonical stands there
                hits.append((rel, a, t[max(0, a - 15):a] + "[" + c + "]" + t[b:b + 15]))
        if hits:
            found.append((c, origins, hits))
            for rule in {r for r, _ in origins}:
                by_rule_occurring[rule] += 1
    for c, origins, hits in found:
        docs_with = sorted({rel for rel, _, _ in hits})
        dev = sum(1 for d in docs_with if d.startswith(("provincial/", "municipal/")))
        print(f"== {c}\t{'; '.join(sorted(f'{r}:{o}' for r, o in origins))}\tmentions={len(hits)} dev_docs={dev} "
              f"nat_docs={len(docs_with) - dev}\t{' '.join(d.split('/')[-1][:-4] for d in docs_with)}")
        for rel, a, ctx in hits[:args.contexts]:
            print(f"   {rel.split('/')[-1][:-4]}@{a}: {ctx.replace(chr(10), ' ')}")
    print(f"# generated: {len(generated)} candidates; occurring: {len(found)}", file=sys.stderr)
    for rule in sorted(by_rule_generated):
        print(f"# {rule}: generated {by_rule_generated[rule]}, occurring {by_rule_occurring[rule]}", file=sys.stderr)


if __name__ == "__main__":
    main()
