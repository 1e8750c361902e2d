"""The corpus files lexicon curation may read: the national corpus and the DEVELOPMENT provincial/municipal reports.

Held-out reports (see /work/gold/FORMATS.md) are excluded by name here, so no curation script can read them.
"""
import os
import re

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus")
HELD_OUT = {f"provincial/{p}_2026.txt" for p in
            "shanxi tianjin hainan xizang yunnan ningxia guangxi shandong shanghai neimenggu".split()} | \
           {f"municipal/zhumadian_{y}.txt" for y in (2012, 2013, 2016, 2019, 2021, 2022)}
# Development reports set aside unread as the unseen check of lexicon round 4 (issue 13): curation does not read them.
SET_ASIDE = {"provincial/hunan_2026.txt", "provincial/zhejiang_2026.txt", "municipal/zhumadian_2015.txt"}
# Round 7 (issue 13): jiangxi_2026 and zhumadian_2026 set aside unread as this round's unseen check (recall7);
# xinjiang_2026 and zhumadian_2017 are another helper's set-aside of the same round.
# Curation does not read them (development()); the lexicon's recorded document counts (build_lexicon.py, counted by code,
# never printed per file) still span them, as before this round, so the counts do not move with each round's set-aside.
ROUND_SET_ASIDE = {"provincial/jiangxi_2026.txt", "municipal/zhumadian_2026.txt",
                   "provincial/xinjiang_2026.txt", "municipal/zhumadian_2017.txt",
                   # Round 8 (recall8): guangdong_2024 and zhumadian_2011, coded before the round's rules
                   # (Gold/formulas-set-aside-recall8.tsv).
                   "provincial/guangdong_2024.txt", "municipal/zhumadian_2011.txt",
                   # Round 11 (recall11): guangdong_2022 and zhumadian_2007 are this round's blind set-aside (an
                   # independent coder codes them; scored after the round); guangdong_2021 and zhumadian_2008 are another
                   # helper's set-aside of the same round.
                   "provincial/guangdong_2022.txt", "municipal/zhumadian_2007.txt",
                   "provincial/guangdong_2021.txt", "municipal/zhumadian_2008.txt"}


# The set-aside checks whose gold and judged samples still measure (formulas-check5.tsv, formulas-set-aside-recall11.tsv,
# mentions-set-aside-*): no rule writer reads them, so no tool that prints mentions may list them.
KEPT_OUT = {"provincial/guangdong_2021.txt", "provincial/guangdong_2022.txt", "provincial/hunan_2026.txt",
            "provincial/zhejiang_2026.txt", "municipal/zhumadian_2007.txt", "municipal/zhumadian_2008.txt",
            "municipal/zhumadian_2015.txt"}

REPOSITORY = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))


# The unseen sets (tests/PolicyLens.Tests/Data/unseen/SOURCES.md, one "## <set> (…)" section and table each) that are
# OPENED: measured once, then development text that rules may be written from. The others measure and are never listed by
# a tool that prints mentions (round 31 found mention_changes.py listing the whole folder, the set under measure with it).
OPENED_UNSEEN_SETS = ("unseen26", "unseen26b", "unseen26c", "unseen26d", "unseen26f", "unseen26h", "unseen26i", "unseen26j", "unseen26k", "unseen26l", "unseen26n", "unseen26p", "unseen26u", "unseen26w")


def unseen_sets():
    """{set name: [file names]} from the tables of SOURCES.md."""
    folder = os.path.join(REPOSITORY, "tests", "PolicyLens.Tests", "Data", "unseen")
    sets, current = {}, None
    with open(os.path.join(folder, "SOURCES.md"), encoding="utf-8") as f:
        for line in f:
            heading = re.match(r"## (\S+) \(", line)
            if heading:
                current = sets.setdefault(heading.group(1), [])
            elif current is not None:
                name = re.match(r"\| `?([^`|\s]+\.txt)`? \|", line)  # the file column, with or without backticks
                if name:
                    current.append(name.group(1))
    return sets


def opened_unseen():
    """The texts of the opened unseen sets (OPENED_UNSEEN_SETS), full paths; never a text of a set still measuring."""
    folder = os.path.join(REPOSITORY, "tests", "PolicyLens.Tests", "Data", "unseen")
    sets = unseen_sets()
    return [os.path.join(folder, n) for s in OPENED_UNSEEN_SETS for n in sorted(sets.get(s, []))]


def national():
    """gwr/<year>.txt and cpc-congress/<n>_<year>.txt (and early/), as (relative path, year)."""
    out = []
    for name in sorted(os.listdir(os.path.join(SHARED, "gwr"))):
        if name.endswith(".txt"):
            out.append((f"gwr/{name}", int(name[:4])))
    for sub in ("cpc-congress", "cpc-congress/early"):
        folder = os.path.join(SHARED, sub)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                year = int(re.search(r"(1[89]|20)\d\d", name).group(0))
                out.append((f"{sub}/{name}", year))
    return out


def development(counting=False):
    """Development provincial and municipal reports (never the held-out or set-aside ones), as (relative path, year).
    counting=True: also this round's set-aside (ROUND_SET_ASIDE), for the document counts build_lexicon.py records."""
    skip = SET_ASIDE if counting else SET_ASIDE | ROUND_SET_ASIDE
    out = []
    for sub in ("provincial", "municipal"):
        for name in sorted(os.listdir(os.path.join(SHARED, sub))):
            rel = f"{sub}/{name}"
            if name.endswith(".txt") and rel not in HELD_OUT and rel not in skip:
                out.append((rel, int(name.rsplit("_", 1)[-1][:4])))
    out.append(("central/" + sorted(os.listdir(os.path.join(SHARED, "central")))[0], 2025))
    return out



def readable_reports():
    """Every provincial and municipal report a rule writer may read, as relative paths: neither held out (HELD_OUT) nor kept
    out as a set-aside check whose gold and judged samples still measure (KEPT_OUT). Wider than development(), which also
    leaves out the older rounds' set-asides for curation counts."""
    out = []
    for sub in ("provincial", "municipal"):
        for name in sorted(os.listdir(os.path.join(SHARED, sub))):
            rel = f"{sub}/{name}"
            if name.endswith(".txt") and rel not in HELD_OUT and rel not in KEPT_OUT:
                out.append(rel)
    return out

def path(rel):
    return os.path.normpath(os.path.join(SHARED, rel))


if __name__ == "__main__":
    for rel, year in national() + development():
        print(path(rel))
