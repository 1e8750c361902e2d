"""How the readable golds code a lexicon formula written right before an institutional head (round 40, headed40).

    python3 tools/judging/headed_formula_heads.py BUILD/PolicyLens.Cli.dll [HEAD,HEAD,...] [detail]

For every outermost lexicon mention a build reports in a readable gold document (the dev rows of formulas.tsv,
formulas-dev-recall*.tsv and the OPENED unseen sets named one by one: overlap_misses.py's load(), never unseen26e) and
that a head follows (制度, 试点, 体系, 机制, 政策, 改革 …), says whether the document's gold codes the formula with the head
only ('longer'), the bare formula only ('bare'), both ('both': as alternatives of one row when the two counts are equal,
else in two rows), or neither. Prints per head: occurrences, longer, bare, both (one row / two rows), neither, documents;
`detail` prints every place. Used to decide which heads HeadedFormula may take as part of the item."""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from overlap_misses import extract, fullpath, load, norm  # noqa: E402

DEFAULT_HEADS = ["制度", "试点", "体系", "机制", "政策", "改革", "专项行动", "工程", "示范区", "战略"]


def main():
    cli = sys.argv[1]
    heads = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] != "detail" else DEFAULT_HEADS
    detail = sys.argv[-1] == "detail"
    gold = load()
    count = defaultdict(int)
    for _, r in gold:
        for a in r["canonical"].split("|"):
            if norm(a):
                count[(r["file"], norm(a))] += int(r["count"])
    files = sorted({r["file"] for _, r in gold})
    found = extract(cli, files)
    table = defaultdict(lambda: defaultdict(int))
    docs = defaultdict(set)
    for f in files:
        text = open(fullpath(f), encoding="utf-8").read()
        ms = [m for m in found.get(f, []) if not m.get("lost")]
        for m in ms:
            if m["kind"].lower() != "lexicon":
                continue
            if any(o is not m and o["start"] <= m["start"] and o["end"] >= m["end"] and o["end"] - o["start"] > m["end"] - m["start"] for o in ms):
                continue
            head = next((h for h in heads if text.startswith(h, m["end"])), None)
            if head is None:
                continue
            forms = {norm(m["surface"]), norm(m["canonical"])}
            longer = max(count[(f, x + head)] for x in forms)
            bare = max(count[(f, x)] for x in forms)
            cls = "neither" if not (longer or bare) else "longer" if not bare else "bare" if not longer else "both-one-row" if longer == bare else "both-two-rows"
            table[head][cls] += 1
            table[head]["occurrences"] += 1
            docs[head].add(f)
            if detail:
                print(f"{head}\t{cls}\t{f}\t{m['surface']}{head}\t| {m['canonical']}\t{text[max(0, m['start'] - 15):m['end'] + 10]}")
    print("head\toccurrences\tlonger\tbare\tboth-one-row\tboth-two-rows\tneither\tdocuments")
    for h in heads:
        t = table[h]
        print(f"{h}\t{t['occurrences']}\t{t['longer']}\t{t['bare']}\t{t['both-one-row']}\t{t['both-two-rows']}\t{t['neither']}\t{len(docs[h])}")


main()
