"""The recurring units of verb-object parallel slogans, for ParallelFinder.RecurringUnits (issue 13, precision round 5).

A chain of three-character verb-object units with nothing shared (稳增长、调结构、防风险) is a slogan when its units are
the recurring building blocks of national formulas, and a sentence's working steps when they are coined for the sentence
(解难题、激活力、提质量). This lists every three-character unit that opens with a slogan verb (ParallelFinder.FrameCharacters)
and stands in such a chain of three or more units in at least MIN_DOCUMENTS documents of the national corpus and the
development reports, leaving out the reports set aside for unseen checks (EXCLUDED) and, by corpus_files, the held-out ones.

    python3 tools/lexicon/parallel_units.py
"""
import collections
import re

from corpus_files import development, national, path

MIN_DOCUMENTS = 4

# Development reports kept unread as the unseen checks of the finders' rounds (README, "Accuracy of the finders").
EXCLUDED = {
    "provincial/hunan_2026.txt", "provincial/zhejiang_2026.txt", "municipal/zhumadian_2015.txt",
    "provincial/anhui_2026.txt", "provincial/shaanxi_2026.txt",
}

FRAME = ("稳促调惠防保强增拓优扩抓建提降补去兴壮护治控减节破立求讲树守学用育引聚汇凝改转严真早快战抗迎克知懂练延想做谋思察"
         "出搭添利塑应打推勇爱说干放融巩畅投上通联复分争向可边以宜有无不敢能敬尊扶助救济管带富亲安招留走进创清惩查办解盯压督成反善存举固激")

# Heads that make a unit a description or a shared-head family handled by other rules (有理想, 不作为, 无党派, 知情权), and
# endings of nouns and adjectives (安全感, 融合化, 创新型, 战略性).
NOT_VERB_OBJECT = "有无不知进可"
NOUN_ENDINGS = "感化性型"


def main():
    documents = collections.defaultdict(set)
    chain = re.compile(r"[\u4e00-\u9fff]{3}(?:、[\u4e00-\u9fff]{3}){2,}")
    for rel, _ in national() + development():
        if rel in EXCLUDED:
            continue
        with open(path(rel), encoding="utf-8") as f:
            text = f.read()
        for m in chain.finditer(text):
            for unit in m.group(0).split("、"):
                if unit[0] in FRAME and unit[0] not in NOT_VERB_OBJECT and unit[-1] not in NOUN_ENDINGS:
                    documents[unit].add(rel)
    units = sorted((u for u, d in documents.items() if len(d) >= MIN_DOCUMENTS), key=lambda u: (-len(documents[u]), u))
    for u in units:
        print(u, len(documents[u]))


if __name__ == "__main__":
    main()
