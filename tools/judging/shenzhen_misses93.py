"""Round 93 (shenzhen93): what the tool misses outright ("nothing") in the readable Shenzhen reports, classed by the shape of
the coded form, and a survey of one shape over every readable text (counts only by default).

    python3 tools/judging/shenzhen_misses93.py CLI.dll classes              the Shenzhen "nothing" misses by shape
    python3 tools/judging/shenzhen_misses93.py CLI.dll survey REGEX [N]     every readable place of REGEX (group 1 = the form)

Reads only readable text: the golds of the opened sets unseen26j, unseen26k and unseen26l (named one by one: their twelve texts
are the Shenzhen and district reports), their texts through corpus_files.opened_unseen(), and for `survey` every text
readable_survey.readable_files() lists with the readable golds (overlap_misses.load()). `classes` runs `evaluate recall
--missed` over the three sets and classes each occurrence missed with cause "nothing" twice: by how the text writes it
(quoted exactly, a quoted label inside the form, unquoted verbatim, not verbatim) and by the form's shape (a 、 chain, a head
of an institution or policy, a unit or site, a level-led designation, a programme head, a district brand …: a first-match
list of patterns, a rough guide, not a codebook class). `survey` counts a shape's places, documents, places in gold-covered
documents and how many the gold there codes as the matched form, all of them and those the build reports nothing over, and
prints N unreported places at random with their context.

Round 93's start build (main after round 92): 12 Shenzhen reports, 4,660 coded occurrences, 79.4 % found; 714 missed with
cause "nothing" (586 forms): 460 unquoted verbatim, 180 quoted exactly (150 of them refused by QuotedFinder's shape test),
74 with a quoted label inside the form. No shape a general rule could reach had its places coded by the golds in most
covered documents and read right: see the record's round-93 paragraph.
"""
import collections
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lexicon"))
sys.path.insert(0, HERE)
import corpus_files  # noqa: E402
import overlap_misses  # noqa: E402
import readable_survey as survey  # noqa: E402

GOLD = os.path.join(corpus_files.REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
# The golds of the three opened sets of Shenzhen reports, named one by one (never a glob over Gold/).
SHENZHEN_GOLDS = [f"formulas-unseen26j-j{i}.tsv" for i in (1, 2, 3)] + [f"formulas-unseen26k-k{i}.tsv" for i in (1, 2, 3, 4)] \
    + [f"formulas-unseen26l-l{i}.tsv" for i in (1, 2, 3, 4)]

# The form's shape, the first that matches (a rough guide for choosing what to survey).
SHAPES = [
    ("chain (、 or ，)", lambda f: "、" in f or "，" in f),
    ("institution or policy head", lambda f: re.search("(制度|机制|体系|办法|规划|政策|规定|条例|措施|清单|制)$", f)),
    ("unit or site", lambda f: re.search("(企业|工厂|园区|机构|幼儿园|基地|街区|商圈|社区|小区|专科)$", f)),
    ("level-led designation", lambda f: re.match("(国家级|国家|全国|省级|市级|省|国际)", f)),
    ("programme head", lambda f: re.search("(工程|行动|计划|品牌|改造|攻坚|平台|项目)$", f)),
    ("district or city goal (城区/城市/之城)", lambda f: re.search("(城区|城市|之城|科学城)$", f)),
    ("pilot or zone (试点/试验区/示范区)", lambda f: re.search("(试点|试验区|示范区)$", f)),
    ("centre goal (…中心)", lambda f: f.endswith("中心")),
    ("count or + label", lambda f: re.search("[0-9一二三四五六七八九十百千]+(大|个|项|条)", f) or "+" in f),
    ("X经济", lambda f: f.endswith("经济")),
]


def shenzhen_misses(cli):
    """[(text, form, occurrences)] missed with cause "nothing" over the Shenzhen sets."""
    golds = [os.path.join(GOLD, g) for g in SHENZHEN_GOLDS]
    data = os.path.join(corpus_files.REPOSITORY, "tests", "PolicyLens.Tests", "Data")
    out = subprocess.run(["dotnet", cli, "evaluate", "recall", *golds, "--texts", corpus_files.path(""), data, "--missed"],
                         check=True, capture_output=True, text=True).stdout
    rows = [line.split("\t") for line in out.splitlines() if line.count("\t") == 3]
    return [(t, f, int(n)) for t, f, n, cause in rows if cause == "nothing"]


def classes(cli):
    paths = {"unseen/" + os.path.basename(p): p for p in corpus_files.opened_unseen()}
    misses = shenzhen_misses(cli)
    written, shaped = collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    for t, f, n in misses:
        text = open(paths[t], encoding="utf-8").read()
        if "“" + f + "”" in text:
            w = "quoted exactly"
        elif f not in text and re.sub("[“”]", "", text).find(f) >= 0:
            w = "quoted label inside the form"
        else:
            w = "unquoted verbatim" if f in text else "not verbatim"
        written[w] += n
        shape = next((name for name, test in SHAPES if test(f)), "other (a term or short label)")
        shaped[shape] += n
        examples[shape].append(f)
    print(f"# {sum(n for _, _, n in misses)} occurrences missed with cause nothing ({len(misses)} formulas)")
    for w, n in written.most_common():
        print(f"written\t{w}\t{n}")
    for s, n in shaped.most_common():
        print(f"shape\t{s}\t{n}\t{' '.join(examples[s][:8])}")


def survey_shape(cli, pattern, show):
    gold = collections.defaultdict(set)
    for _, r in overlap_misses.load():
        gold[r["file"]].update(overlap_misses.norm(c) for c in r["canonical"].split("|"))
    files, seen = [], set()
    for rel, _ in survey.readable_files():
        if rel not in seen:
            seen.add(rel)
            files.append(rel)
    reported = overlap_misses.extract(cli, files)
    rx = re.compile(pattern)
    places = []
    for rel in files:
        text = open(overlap_misses.fullpath(rel), encoding="utf-8").read()
        for m in rx.finditer(text):
            a, b = m.span(1)
            over = any(not x.get("lost") and x["start"] < b and x["end"] > a for x in reported.get(rel, []))
            coded = rel in gold and overlap_misses.norm(m.group(1)) in gold[rel]
            places.append((rel, m.group(1), rel in gold, coded, over, text[max(0, a - 20):b + 12].replace("\n", " ")))
    for name, rows in (("all", places), ("unreported", [p for p in places if not p[4]])):
        covered = [p for p in rows if p[2]]
        print(f"{name}\tplaces {len(rows)}\tdocuments {len({p[0] for p in rows})}\tgold-covered {len(covered)}"
              f"\tcoded {sum(p[3] for p in covered)}")
    rows = [p for p in places if not p[4]]
    random.Random(93).shuffle(rows)
    for rel, form, covered, coded, _, ctx in rows[:show]:
        print(f"{os.path.basename(rel)}\t{form}\t{'coded' if coded else ('uncoded' if covered else '-')}\t{ctx}")


def main():
    cli = sys.argv[1]
    if len(sys.argv) > 3 and sys.argv[2] == "survey":
        survey_shape(cli, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    else:
        classes(cli)


if __name__ == "__main__":
    main()
