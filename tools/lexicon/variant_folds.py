"""Lexicon variants that may fold one item onto another (round 111, fold111): a variant is counted as its entry's canonical,
so a variant naming another item than the canonical is read wrong for it (round 110: 按劳分配 → 各尽所能、按劳分配).

    python3 tools/lexicon/variant_folds.py BUILD/PolicyLens.Cli.dll [--all]

Reads the built lexicon (src/PolicyLens/Extraction/Slogans/lexicon.tsv) and lists three classes of variants:

  (a) member   the canonical is a chain (holds 、 or ，) and the variant is one member of it, or a part of one member;
  (b) part     the variant is a proper part of the canonical and what the canonical adds is not a word that keeps the item
               (KEEPS_ITEM: X and X战略, X工程, 国家X, 党的X … name the same item; X示范区, X、Y do not): --all lists the
               proper parts whose addition keeps the item too;
  (c) distant  any other variant sharing under half of the canonical's characters (an abbreviation such as 双碳, or another
               item altogether).

For each: its readable places (every readable text, readable_survey.readable_files(): written = occurrences of the spelling,
reported = mentions with this canonical at this surface, guard = the build's lexicon trace dropped it there by a matcher
guard or a later step, inside = dropped because a longer mention covers it), and the verdicts of the readable judged files
(readable_survey.judged_paths(), named set by set) on spans whose surface is the spelling. Counts only.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "judging"))
import readable_survey as survey  # noqa: E402

LEXICON = os.path.join(HERE, "..", "..", "src", "PolicyLens", "Extraction", "Slogans", "lexicon.tsv")

# Words a canonical may add before or after a variant and still name the same item (its head or its owner).
KEEPS_ITEM = {"战略", "工程", "行动", "计划", "政策", "制度", "机制", "体系", "体制", "建设", "发展", "改革", "战", "方案",
              "活动", "原则", "精神", "理念", "社会", "国家", "全国", "党的", "我国", "中国", "地方政府", "的", "积极", "深入",
              "加快", "把", "让", "守住", "底线", "全面", "高水平", "现代", "县域", "驻村", "制造业", "上市公司", "药品",
              "药品集中", "集体", "农村", "家庭", "统分结合的", "股票发行", "增值税", "能耗", "长江", "耕地", "网络", "一揽子",
              "化", "来", "券", "户", "机关", "企业", "改造", "攻关", "融合", "增效", "现代化", "生态建设", "整治", "网",
              "运动", "产业", "工作机制", "一体发展", "融合发展", "深度融合", "相结合", "和产业变革", "新一轮", "18亿亩",
              "基本养老保险", "粤港澳", "21世纪", "深圳", "驻马店", "无产阶级", "农业", "反对", "独立自主的", "社会主义",
              "习近平", "中国特色", "中国共产党", "中国共产党领导的", "企业职工", "企业职工基本", "保持共产党员", "社会",
              "转换", "激发", "支持", "清除", "增产", "重点", "大规模", "粮油作物", "国家", "具有全球影响力的", "面向全球的",
              "培训行动", "三热爱", "沙", "市场工程", "省长负责制", "市长负责制", "致贫", "不发生", "教育", "价格", "公司",
              "以治病为中心转向", "在推进中国式现代化中", "发展战略", "我国"}


def rows():
    with open(LEXICON, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def members(canonical):
    return [m for m in re.split("[、，]", canonical) if m]


def classify(canonical, variant, show_all):
    """(class, note) of a variant, or None when it is none of the three."""
    if re.search("[、，]", canonical) and any(variant in m for m in members(canonical)) and variant not in ("",):
        if not re.search("[、，]", variant):
            return "a-member", ""
    if variant != canonical and variant in canonical:
        at = canonical.index(variant)
        added = [w for w in (canonical[:at], canonical[at + len(variant):]) if w]
        keeps = all(w.strip("“”、") in KEEPS_ITEM or w.startswith("、") for w in added)
        if not keeps or show_all:
            return ("b-part" if not keeps else "b-part-same"), "+".join(added)
        return None
    if len(set(variant) & set(canonical)) < len(set(canonical)) / 2:
        return "c-distant", ""
    return None


def main():
    cli = sys.argv[1]
    show_all = "--all" in sys.argv
    listed = []
    for row in rows():
        for variant in [v for v in row["variants"].split("|") if v]:
            found = classify(row["canonical"], variant, show_all)
            if found:
                listed.append((found[0], row["canonical"], variant, found[1]))
    files = survey.readable_files()
    texts = {rel: open(full, encoding="utf-8").read() for rel, full in files}
    mentions, trace = survey.traced_extract(cli, [full for _, full in files])
    wanted = {(c, v) for _, c, v, _ in listed}
    reported, guard, inside = collections.Counter(), collections.Counter(), collections.Counter()
    for m in mentions:
        if (m["canonical"], m["surface"]) in wanted:
            reported[(m["canonical"], m["surface"])] += 1
    for t in trace:
        key = (t[6], t[5])
        if t[4] != "Lexicon" or key not in wanted:
            continue
        if t[7].startswith("resolve:"):
            inside[key] += 1
        else:
            guard[key] += 1
    verdicts = collections.defaultdict(collections.Counter)
    spellings = {v for _, _, v, _ in listed}
    for path in survey.judged_paths():
        for r in survey.judged_file_rows(path):
            if r.get("surface") in spellings and r.get("kind") == "lexicon":
                verdicts[r["surface"]][r.get("verdict", "")] += 1
    by_class = collections.Counter(cls for cls, *_ in listed)
    print("# classes:", dict(by_class))
    print("class\tcanonical\tvariant\tadded\twritten\treported\tguard\tinside\tjudged")
    for cls, canonical, variant, added in sorted(listed):
        written = sum(t.count(variant) for t in texts.values())
        judged = ",".join(f"{k}:{n}" for k, n in sorted(verdicts[variant].items()))
        print(f"{cls}\t{canonical}\t{variant}\t{added}\t{written}\t{reported[(canonical, variant)]}\t"
              f"{guard[(canonical, variant)]}\t{inside[(canonical, variant)]}\t{judged}")


if __name__ == "__main__":
    main()
