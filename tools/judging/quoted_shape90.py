"""Round 90 (quotedshape90): the quoted spans QuotedFinder's `shape` test turns away over the readable texts, divided by what
stands inside the marks or right after them, and by the step of QuotedFinder.IsFormulaLike that said no (counts only).

    python3 tools/judging/quoted_shape90.py CLI.dll [sample SUBSET [N]]

Reads only what quoted_drops89.py reads (corpus_files' readable texts, the readable golds, the readable judged files named
one by one) and takes its places: spans covered by no mention that the build's drop trace names `quoted:shape`. A place is
refused by `shape` when IsFormulaLike says no and no label cue (IsAdoptedOrInstitutionLabel's QuotedLabelShape partials)
nor a reported sibling lets it through; the cue partials all answer no, so what differs between places is the step of
IsFormulaLike that refused, re-read here in Python from QuotedFinder.cs (an approximation of the C#: it gives the step for
counting, not the verdict):
  brand-line      a · or 第 inside, or 十大/百大 without 工程/行动 (HasFormulaShape's first test: a brand line, an ordinal);
  counted-chain   numbers joined by + before the industries, zones or bodies they count (IsNumberChain, CountsThingsAfter);
  few-han         fewer than two Han characters (“5G+AI”, “IT+BT”, “301”);
  long-comma      a comma inside a label of more than ten characters (reported speech);
  no-shape        none of HasFormulaShape's shapes (no count character, no + — 、，, no policy ending, no ABAC rhythm);
  common-word     a formula's shape, but one dictionary token of ordinary frequency (a scare quote).
Subsets (a place may fall in several): plus, digit, dot, space, before-brand (品牌 right after the mark), before-gong-cheng
(工 or 成 right after), before-work-head (工作 + 格局/框架/方案/法/部署/作风), four-han, verb-object (3–6 Han opening on a
verb of action), all. Per subset: places, documents, places in gold-covered documents, coded as the span, judged right /
wrong, and the count by step. `sample SUBSET N` prints N places of a subset (readable text only).

Round 90's start build (main after round 89), subset: places / documents / in covered documents / coded / judged right-wrong:
all 2,588/176/1,997/554/52-160 (no-shape 2,326, common-word 129, brand-line 73, few-han 46, counted-chain 8, long-comma 6);
plus 15/10/15/10/11-3 (counted-chain 8: “1+3”重点功能区, “4+N”园区, “1+5”联盟, counts of zones and bodies refused on purpose
since round 24; few-han 7: “5G+AI”, “IT+BT”, “AI+车”, “1+1>2”): about 5 of 15 right; digit 83/39/80/29 (storms and
disasters “9·7”, products “青薯9号”, “4050” workers, ratings “3A”): about 10 right; dot 49/32/47/14 (brand-line: tourism and
event brands): about 8 right; space 12/8/10/6: about 5 right; before-brand 49/35/41/24 (44 no-shape): 30 place brands
(投资X, X制造, X服务, 留学X: the codebook's open question 1, left alone), about 12 product or region brands, one designation;
before-gong-cheng 29/26/23/16: scare quotes (“半拉子”工程, “胡子”工程), epithets and mottos before 成为, about 6 right;
four-han 687/119/550/200, verb-object 91/53/81/32: 20 at random each read about 5 and 6 right. before-work-head 6/5/6/6: four
right, a bare number and a style of work aside, taken in by QuotedLabelShape.WayOfWorking.cs (readable +4, all right).
"""
import collections
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import quoted_drops89 as drops  # noqa: E402
from overlap_misses import norm  # noqa: E402

COUNT = "一二两三四五六七八九十百千万双"
ENDINGS = ["工程", "行动", "计划", "战略", "改革", "政策", "试点", "制", "经济", "模式", "机制", "体系", "理念", "精神", "经验",
           "攻坚", "战", "年", "之治", "之制", "之理", "革命", "建设", "通办", "合一", "联动", "融合", "办", "清零", "倍增", "字方针"]
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀黔滇陇秦"
FLOW = re.compile(f"^(?:[\u4e00-\u9fff]{{1,3}}[入援][{PROVINCES}]|[{PROVINCES}][\u4e00-\u9fff]{{1,2}}出海|[{PROVINCES}]字号)$")
CHAIN = re.compile(r"^(?:[0-9]{1,3}|[NMX])(?:[+＋](?:[0-9]{1,3}|[NMX]))+$")
COUNTED = ["产业", "集群", "园区", "功能区", "平台", "链", "联盟"]
VERBS = "推促抓强稳保建引助惠送进办兴育聚招帮扶暖护治清降减提优拓畅扩筑塑留"
WORK_HEADS = ["格局", "框架", "主框架", "方案", "法", "部署", "作风"]


def han(c):
    return "\u4e00" <= c <= "\u9fff"


def has_formula_shape(c):
    ranked = ("十大" in c or "百大" in c) and not (c.endswith("工程") or c.endswith("行动"))
    if "·" in c or "第" in c or ranked:
        return None
    for k, ch in enumerate(c):
        if ch in COUNT and not (ch == "一" and k + 1 < len(c) and c[k + 1] in "体些直起定样般切时"):
            return True
    if any(m in c for m in "+＋×—、，") or any(c.endswith(e) for e in ENDINGS) or FLOW.match(c):
        return True
    return len(c) == 4 and (c[0] == c[2] or c[1] == c[3])


def step(c, after):
    """The step of IsFormulaLike that refused the content (after: the text right after the closing mark)."""
    if CHAIN.match(c):
        return "counted-chain"
    if sum(map(han, c)) < 2:
        return "few-han"
    if "，" in c and len(c) > 10:
        return "long-comma"
    shape = has_formula_shape(c)
    return "brand-line" if shape is None else "no-shape" if not shape else "common-word"


SUBSETS = {
    "plus": lambda c, a: re.search("[+＋]", c) is not None,
    "digit": lambda c, a: re.search("[0-9０-９]", c) is not None,
    "dot": lambda c, a: re.search("[·・•]", c) is not None,
    "space": lambda c, a: re.search(r"[ \u3000]", c.strip()) is not None,
    "before-brand": lambda c, a: a.startswith("品牌"),
    "before-gong-cheng": lambda c, a: a[:1] in ("工", "成"),
    "before-work-head": lambda c, a: a.startswith("工作") and any(a[2:].startswith(h) for h in WORK_HEADS),
    "four-han": lambda c, a: len(c) == 4 and all(map(han, c)),
    "verb-object": lambda c, a: 3 <= len(c) <= 6 and c[0] in VERBS and all(map(han, c)),
    "all": lambda c, a: True,
}


def main():
    cli = sys.argv[1]
    corpus = drops.texts()
    spans, why = drops.run(cli, corpus)
    coded = drops.golds()
    verdicts = drops.judged()
    rows = []
    for stem, (_, text) in corpus.items():
        for m in drops.SPAN.finditer(text):
            a, b = m.start(1), m.end(1)
            if any(s < b and e > a for s, e in spans[stem]) or why.get((stem, a)) != "shape":
                continue
            rows.append((stem, a, m.group(1), text[b + 1:b + 13]))
    if len(sys.argv) > 3 and sys.argv[2] == "sample":
        pick = [r for r in rows if SUBSETS[sys.argv[3]](r[2], r[3])]
        random.Random(90).shuffle(pick)
        for stem, a, c, after in pick[: int(sys.argv[4]) if len(sys.argv) > 4 else 20]:
            text = corpus[stem][1]
            gold = "coded" if norm(c) in coded.get(stem, ()) else ("uncoded" if stem in coded else "-")
            print(f"{stem}\t{c}\t{gold}\t{step(c, after)}\t{text[max(0, a - 25):a + len(c) + 25]}".replace("\n", " "))
        return
    print("subset\tplaces\tdocuments\tin gold-covered docs\tcoded as the span\tjudged right\tjudged wrong\tsteps")
    for name, test in SUBSETS.items():
        pick = [r for r in rows if test(r[2], r[3])]
        covered = [r for r in pick if r[0] in coded]
        hit = sum(1 for r in covered if norm(r[2]) in coded[r[0]])
        right = sum(verdicts[(r[0], norm(r[2]))]["right"] for r in pick)
        wrong = sum(verdicts[(r[0], norm(r[2]))]["wrong"] for r in pick)
        steps = collections.Counter(step(r[2], r[3]) for r in pick)
        print(f"{name}\t{len(pick)}\t{len({r[0] for r in pick})}\t{len(covered)}\t{hit}\t{right}\t{wrong}\t"
              + ", ".join(f"{k} {v}" for k, v in steps.most_common()))


if __name__ == "__main__":
    main()
