"""How the readable golds code a lexicon formula written before a programme, pilot or zone head (round 42, programme42).

    python3 tools/judging/programme_heads42.py BUILD/PolicyLens.Cli.dll [detail]

For every lexicon mention a build reports in a readable gold document (the dev rows of formulas.tsv, formulas-dev-recall*.tsv
and the OPENED unseen sets named one by one: overlap_misses.py's load(), never unseen26e) that a programme head follows,
directly or after a short modifier (碳达峰专项行动, 高质量发展3年行动, 数字经济创新发展试验区, 新型城镇化建设试点), says what the
document's gold codes at that place: the whole name with the head ('whole': a coded form spans the formula and the head, a field
before the formula or not), the formula without the head ('formula': a coded form spans the formula and stops before the
head), or nothing ('uncoded'). Prints per head and per modifier shape: places, documents, whole, formula, uncoded; `detail`
prints every place. Used to decide which programme heads the policy finder may take after a lexicon formula (round 40's
headed_formula_heads.py measured the institutional heads, formula + head only)."""
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from overlap_misses import extract, fullpath, load, norm  # noqa: E402

# Longest first: a head is read as the longest that fits.
HEADS = ["专项行动", "攻坚行动", "行动计划", "行动", "工程", "计划", "试点", "示范区", "试验区", "先行区"]
# What may stand between the formula and the head: at most six characters, Han or digits, no punctuation.


def spans(text, form):
    pat = "[“‘《]?" + "".join(re.escape(ch) + "[“”‘’《》\\s]*" for ch in form)
    return [(m.start(), m.end()) for m in re.finditer(pat.replace("、", "[、，]"), text)]


def main():
    cli = sys.argv[1]
    detail = sys.argv[-1] == "detail"
    gold = load()
    coded = defaultdict(list)  # (split, file) -> forms
    for split, r in gold:
        coded[(split, r["file"])] += [(norm(a), r["canonical"]) for a in r["canonical"].split("|") if norm(a)]
    files = sorted({r["file"] for _, r in gold})
    # Nested: every lexicon formula, also inside a longer mention the build reports (a policy or designation over it).
    found = extract(cli, files, ("--nested",))
    table = defaultdict(lambda: defaultdict(int))
    docs = defaultdict(set)
    for (split, f), forms in sorted(coded.items()):
        text = open(fullpath(f), encoding="utf-8").read()
        goldspans = [(a, b, canon) for form, canon in forms for a, b in spans(text, form)]
        lexicon = [m for m in found.get(f, []) if not m.get("lost") and m["kind"].lower() == "lexicon"]
        places = {}
        for m in lexicon:
            s, e = m["start"], m["end"]
            hit = None
            rest = text[e:e + 12]
            for k in range(0, 7):
                mid = rest[:k]
                if not all("\u4e00" <= c <= "\u9fff" or c.isdigit() for c in mid):
                    break
                h = next((h for h in HEADS if rest.startswith(h, k)), None)
                if h is not None:
                    hit = (mid, h)
                    break
            if hit is None:
                continue
            mid, head = hit
            hend = e + len(mid) + len(head)
            # One place per head: the formula closest to it, the longest of those.
            if hend in places and (len(places[hend][1]), -(places[hend][0]["end"] - places[hend][0]["start"])) <= (len(mid), -(e - s)):
                continue
            places[hend] = (m, mid, head)
        for hend, (m, mid, head) in sorted(places.items()):
            s, e = m["start"], m["end"]
            # A lexicon entry that already holds the head (碳达峰行动, 全民参保计划) is no place of this shape.
            if any(o["start"] <= s and o["end"] >= hend for o in lexicon):
                continue
            whole = [g for g in goldspans if g[0] <= s + 1 and g[1] >= hend]
            bare = [g for g in goldspans if g[0] <= s + 1 and g[1] >= e and g[1] < hend and g[1] > s]
            cls = "whole" if whole else "formula" if bare else "uncoded"
            # What the build reports there (its outermost mentions): the name with the head, or not.
            outer = [o for o in found.get(f, []) if not o.get("lost") and not o.get("nested") and o["start"] < hend and o["end"] > s]
            built = "built-whole" if any(o["start"] <= s and o["end"] >= hend for o in outer) else "built-part"
            # 'joined': a conjunction or particle between them (国际大科学计划和大科学工程, 乡村振兴青春建功等行动).
            shape = "direct" if not mid else "joined" if any(c in mid for c in "和与及等的或") else "modifier"
            key = (head, shape)
            table[key][cls] += 1
            table[key]["places"] += 1
            if built == "built-part":
                table[key]["part"] += 1
                table[key]["part-" + cls] += 1
            docs[key].add(f)
            if detail:
                g = (whole or bare or [(0, 0, "")])[0][2]
                print(f"{head}\t{shape}\t{cls}\t{built}\t{split}\t{f}\t{m['surface']}|{mid}|{head}\tgold: {g}\t…{text[max(0, s - 14):hend + 6]}…".replace("\n", " "))
    print("head\tshape\tplaces\twhole\tformula\tuncoded\tdocuments\t| the build reports a part: places\twhole\tformula\tuncoded")
    for key in sorted(table, key=lambda k: (HEADS.index(k[0]), k[1])):
        t = table[key]
        print(f"{key[0]}\t{key[1]}\t{t['places']}\t{t['whole']}\t{t['formula']}\t{t['uncoded']}\t{len(docs[key])}\t| {t['part']}\t{t['part-whole']}\t{t['part-formula']}\t{t['part-uncoded']}")


main()
