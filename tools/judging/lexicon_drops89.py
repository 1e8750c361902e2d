"""Where a lexicon spelling is written in a readable text and nothing is reported there, and what dropped it (round 89,
lexguard89).

    python3 tools/judging/lexicon_drops89.py BUILD/PolicyLens.Cli.dll [sample CAUSE [N]]

Runs the build once over every readable text (corpus_files: readable_reports(), national() — gwr, cpc-congress and its
early folder — and opened_unseen(), listed by readable_survey.py since round 91; never a text of a set still measuring) with its drop trace on (POLICYLENS_TRACE=1,
DropTrace.cs), and takes every lexicon candidate the trace says was dropped at a place no reported mention of any kind
covers. Each such place (a span of the file; where several candidates share it, the one that went furthest names it) is put
under one cause:

  since                 the spelling's since year is after the text's year (LexiconMatcher: matcher:before-since);
  place                 a place's own entry in a text of another place (matcher:place);
  quoted-bare-only      a bare-only variant against a quote-only spelling (matcher:quoted-bare-only);
  guard:NAME            the first LexiconMatcher guard it fails (Refusal's order: CutsAWord, InsideALongerQuotedName …);
  token:NAME            its ends are not token boundaries (StartsInsideAWord / EndsInsideAWord): not written whole, so
                        counted apart and left out of the totals of places written whole;
  step:NAME             a later SloganExtractor step dropped the kept candidate (ProperNameWord …);
  resolve:crosses:KIND  overlap resolution let a mention of KIND that crosses the place win (a mention containing it would
                        cover it, and the place would not be counted);
  resolve:other         overlap resolution dropped it with no winner over its span.

For every cause: places, documents, inner places (inside another uncovered place), and where a readable gold covers the
document (the dev rows of formulas.tsv, formulas-dev-recall*.tsv and the opened unseen sets, read as overlap_misses.py reads
them): the places there, how many the gold codes as the item (an item of the document whose coded forms hold the spelling or
its canonical), how many of those the build reports fewer times in the document than the gold's count (places it would give
back to recall), how many lie inside a longer coded form written there, and the verdicts of the readable judged files
(mentions-dev-*.tsv and the opened sets' mentions files, named one by one) at the same span. Counts only, unless `sample
CAUSE N` asks for N places of one cause (a prefix: `guard:` takes every guard; `all` every cause) with their context, for reading
(each with its gold status: no-gold, gold, coded, coded-short — coded and reported fewer times —, inside-coded).
"""
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "lexicon"))
import readable_survey as survey  # noqa: E402
from overlap_misses import load, norm  # noqa: E402


def readable_files():
    """(relative path as the golds name it, full path) of every readable text (readable_survey.readable_files)."""
    return survey.readable_files()


def judged_rows():
    """{file: [(start, end, surface, verdict)]} of the readable judged files, named one by one (readable_survey.judged_paths:
    never a glob over Gold/ that takes in a file of a set still measuring)."""
    out = defaultdict(list)
    for p in survey.judged_paths():
        for r in survey.judged_file_rows(p):
            try:
                out[r["file"]].append((int(r["start"]), int(r["end"]), r["surface"], r["verdict"]))
            except (KeyError, TypeError, ValueError):
                continue
    return out


def run(cli, files):
    """The build's reported mentions and drop-trace lines, each placed in its file: ({file: [(start, end)]},
    [(file, start, end, surface, canonical, why, context)])."""
    mentions, trace = survey.traced_extract(cli, [p for _, p in files])
    stems = {os.path.splitext(os.path.basename(p))[0]: (rel, p) for rel, p in files}
    texts = {}

    def text_of(doc):
        rel, p = stems[survey.stem(doc)]
        if rel not in texts:
            with open(p, encoding="utf-8") as f:
                texts[rel] = f.read()
        return rel, texts[rel]

    def placed(doc, start, surface, ctx):
        rel, text = text_of(doc)
        return rel, survey.place(text, doc, start, surface, ctx)

    reported = defaultdict(list)
    for m in mentions:
        rel, at = placed(m["doc"], m["start"], m["surface"], m["context"])
        if at is not None:
            reported[rel].append((at, at + len(m["surface"]), norm(m["surface"]), norm(m["canonical"])))
    dropped = []
    for p in trace:
        if p[4] != "Lexicon":
            continue
        rel, at = placed(p[1], int(p[2]), p[5], p[8])
        if at is not None:
            dropped.append((rel, at, at + len(p[5]), p[5], p[6], p[7], p[8]))
    return reported, dropped, texts


def cause(why):
    """The survey's cause of one trace line's reason."""
    if why.startswith("matcher:"):
        name = why[len("matcher:"):]
        if name == "before-since":
            return "since"
        if name in ("place", "quoted-bare-only"):
            return name
        first = name.split("+")[0]
        return ("token:" if first in ("StartsInsideAWord", "EndsInsideAWord") else "guard:") + first
    if why.startswith("step:"):
        return why
    if why.startswith("resolve:"):
        winners = [w for w in why[len("resolve:"):].split(" ; ") if w.endswith("|crosses")]
        return f"resolve:crosses:{winners[0].split(':')[0]}" if winners else "resolve:other"
    return "other"


# Which stage a cause is reached at: where several candidates share a place, the one that went furthest names it.
def stage(c):
    return 3 if c.startswith("resolve") else 2 if c.startswith("step") else 0 if c.startswith("token") else 1


def main():
    cli = sys.argv[1]
    files = readable_files()
    reported, dropped, texts = run(cli, files)
    places = {}
    for rel, a, b, surface, canonical, why, ctx in dropped:
        if any(x <= a and y >= b for x, y, _, _ in reported.get(rel, [])):
            continue
        c = cause(why)
        key = (rel, a, b)
        if key not in places or stage(c) > stage(places[key][0]):
            places[key] = (c, surface, canonical, why, ctx)

    gold = defaultdict(list)
    for _, r in load():
        gold[r["file"]].append(([norm(f) for f in r["canonical"].split("|") if norm(f)], int(r["count"])))
    judged = judged_rows()
    whole = [k for k, v in places.items() if not v[0].startswith("token")]
    by_file = defaultdict(list)
    for rel, a, b in whole:
        by_file[rel].append((a, b))

    status = {}
    rows = defaultdict(lambda: {"places": 0, "docs": set(), "inner": 0, "gold": 0, "coded": 0, "short": 0, "inside": 0, "verdicts": Counter()})
    for (rel, a, b), (c, surface, canonical, why, ctx) in places.items():
        t = rows[c]
        t["places"] += 1
        t["docs"].add(rel)
        status[(rel, a, b)] = "no-gold" if rel not in gold else "gold"
        if any(x <= a and y >= b and (x, y) != (a, b) for x, y in by_file[rel]):
            t["inner"] += 1
        if rel in gold:
            t["gold"] += 1
            forms = {norm(surface), norm(canonical)}
            items = [(item, n) for item, n in gold[rel] if forms & set(item)]
            if items:
                t["coded"] += 1
                status[(rel, a, b)] = "coded"
                item, n = items[0]
                if n > sum(1 for *_, s, k in reported[rel] if s in item or k in item):
                    t["short"] += 1
                    status[(rel, a, b)] = "coded-short"
            else:
                text = texts[rel]
                window = norm(text[max(0, a - 30):b + 30])
                longer = [f for item, _ in gold[rel] for f in item if len(f) > len(norm(surface)) and norm(surface) in f]
                if any(f in window for f in longer):
                    t["inside"] += 1
                    status[(rel, a, b)] = "inside-coded"
        for x, y, s, v in judged.get(rel, []):
            if x <= a and y >= b and (s == surface or (x, y) == (a, b)):
                t["verdicts"][v + ("" if (x, y) == (a, b) else "(longer)")] += 1

    if len(sys.argv) > 3 and sys.argv[2] == "sample":
        want = sys.argv[3]
        n = int(sys.argv[4]) if len(sys.argv) > 4 else 30
        chosen = [(k, v) for k, v in places.items() if want == "all" or v[0] == want or (want.endswith(":") and v[0].startswith(want))]
        random.Random(89).shuffle(chosen)
        for (rel, a, b), (c, surface, canonical, why, ctx) in chosen[:n]:
            print(f"{rel}\t{a}\t{status[(rel, a, b)]}\t{c}\t{surface}|{canonical}\t{why[:80]}\t{ctx}")
        print(f"{len(chosen)} places of {want}")
        return

    print("cause\tplaces\tdocuments\tinner\tin gold docs\tcoded as item\tcoded, reported fewer times\tinside longer coded\tjudged verdicts")
    order = sorted(rows, key=lambda c: (c.startswith("token"), -rows[c]["places"]))
    for c in order:
        t = rows[c]
        verdicts = ", ".join(f"{v} {n}" for v, n in t["verdicts"].most_common())
        print(f"{c}\t{t['places']}\t{len(t['docs'])}\t{t['inner']}\t{t['gold']}\t{t['coded']}\t{t['short']}\t{t['inside']}\t{verdicts}")
    print(f"{len(files)} readable texts; {len(whole)} uncovered places of a lexicon spelling written whole, "
          f"{len(places) - len(whole)} more not on token boundaries")


if __name__ == "__main__":
    main()
