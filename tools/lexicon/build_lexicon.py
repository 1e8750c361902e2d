"""Builds the shipped lexicon, src/PolicyLens/Extraction/Slogans/lexicon.tsv, from the curated sources.

    python3 tools/lexicon/build_lexicon.py [FIRSTS.tsv]

Steps: read curated/*.txt (curated.py), drop rejected.txt, merge entries that share a canonical form (the
earlier file's metadata wins, files taken oldest round first — curated.curated_files —, an undated earlier line taking a
later line's date, venue and confidence; variants are united) and drop a variant another entry already claims; count in how many
national and development documents each entry occurs (any spelling, as a substring: the curator's evidence, written
to the `checked` column); and copy the national first appearances from FIRSTS.tsv, the output of

    policylens lexicon first ../shared/corpus/gwr ../shared/corpus/cpc-congress > /tmp/firsts.tsv

run against the lexicon built without them (first appearances are computed by PolicyLens itself, never by hand).

Columns after `checked` carry the curated marks (curated.py): `place` (@place blocks), `anywhere` (a trailing *), `bare`
(a trailing (bare)), `since` (a trailing (since YYYY)) and `name_only` (round 88: `yes` where the canonical form is written
with a trailing (name only): the entry's name, matched only through its variants and members; an entry merged from
several lines is name-only when any of them marks it).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402
import curated  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "PolicyLens", "Extraction", "Slogans", "lexicon.tsv")
VERSION = "2026.1"
COLUMNS = ["canonical", "kind", "theme", "variants", "members", "first_year", "first_document", "first_offset",
           "first_form", "coined", "venue", "confidence", "note", "checked", "place", "anywhere", "bare", "since", "name_only"]
HOW = {
    "builtin-2025.txt": "from shared/notes/slogans.md (2025.1 lexicon), dates as recorded there",
    "numbered.txt": "numbered formula read in context; members from the texts that spell them out",
    "national.txt": "known formula (literature), confirmed in the corpus",
    "policies.txt": "named policy known from the literature, confirmed in the corpus",
    "plans.txt": "plan or institution known from the literature",
    "candidates-2026.txt": "proposed by propose.py (extract, >=2 documents), read in context and accepted",
    "provincial-2026.txt": "read in development reports (round 2), cross-document frequency over them checked",
    "round3-2026.txt": "read in development reports (round 3: Zhumadian 2007-2026, Guangdong 2021-2024, provinces 2026), cross-document frequency checked (dev >= 2 or a national use)",
    "round4-2026.txt": "round 4: cross-document n-gram mining (dev >= 2 or a national use), read and decided by hand, kept only where the dev-gold reports code every occurrence",
    "round11-2026.txt": "round 11: dev-gold misses and quoted spans no finder reported, recurrence checked (dev >= 2 or a national use), every added mention over the development reports and gwr read and judged",
    "round13-lexicon-2026.txt": "round 13 (lexicon precision): longer written forms the sampled mentions were cut from, counted in dev and national texts, every changed mention over the development reports read and judged",
    "round13-2026.txt": "round 13: dev-gold misses and cross-document n-gram mining over the development reports (>= 3 reports), read in context and decided by hand, every added mention over the development reports and gwr judged",
    "round13b-2026.txt": "round 13b: variants reconciling spellings the previous round left unmatched or claimed by two entries, each written form read in its development-report contexts, every changed mention over the development reports and gwr judged",
    "round14-2026.txt": "round 14: cross-document candidates (n-grams in >= 2 development places or >= 2 national documents, a scholar's list of 2013-2025 national formulas, propose.py 2), read in context and decided by hand, dropped where the dev-gold reports leave an occurrence uncoded, every added mention over the development reports and gwr judged",
    "round15-2026.txt": "round 15: cross-document candidates (n-grams in >= 3 national documents or in a national document and >= 2 development places, a scholar's list of 2013-2025 formulas, propose.py 2), read in context and decided by hand, dropped where the dev-gold reports leave an occurrence uncoded, every added mention over the development reports and gwr judged",
    "variants16-2026.txt": "variant round 16: spellings generated from every entry by general rules (的 inserted or dropped, coordinators swapped, inserted or dropped, a leading qualifier dropped or one inside), counted in the development and national texts where the entry does not stand, each read in context and decided, every added mention over the development reports and gwr judged",
    "round18-parallel-2026.txt": "round 18 (parallel): established chains the parallel finder stopped reporting under the codebook's decision on task chains, read in context, every changed mention over the development reports and gwr judged",
    "round19-fresh19-2026.txt": "round 19 (fresh19): misses of a development report coded fresh before the extractor ran (gansu 2026), counted in dev and national texts (dev >= 2 places or a central document), read in context, every changed mention over the development reports and gwr judged",
    "round20-fresh20c.txt": "round 20 (fresh20c): misses of a development report coded fresh before the extractor ran (guangdong 2023), counted in dev and national texts (dev >= 2 places or a central document), read in context, every changed mention over the development reports and gwr judged",
    "round29-lexicon29.txt": "round 29 (lexicon29): wrong mentions a blind judge found on the opened unseen26 set and its recall misses, each change counted in every national, development and unseen26 occurrence (nat >= 2 documents or nat + a development place; no gold-coded development report leaving one uncoded), every changed mention over the development reports, gwr and unseen26 judged",
    "provincial-2026.txt:place": "local version of a national campaign (place template), pattern checked across the development reports",
}


def merged():
    rejected = curated.rejected()
    by_canonical, order, claimed = {}, [], {}
    for e in curated.entries():
        if e["canonical"] in rejected:
            continue
        key = e["canonical"]
        if key in by_canonical:
            kept = by_canonical[key]
            if e["coined"] and kept["coined"] and e["coined"] != kept["coined"]:
                # The first file's date is the one shipped; a later line's other date misleads a curator (session 55).
                print(f"coined {key}: {e['file']} says {e['coined']}, {kept['file']} (kept) says {kept['coined']}",
                      file=sys.stderr)
            if not kept["coined"] and e["coined"]:
                # The oldest line was a bare spelling list: a later round that dated and sourced the entry documents it.
                kept["coined"], kept["venue"], kept["confidence"] = e["coined"], e["venue"], e["confidence"]
            kept["variants"] += [v for v in e["variants"] if v not in kept["variants"]]
            kept["members"] = kept["members"] or e["members"]
            kept["anywhere"] = kept.get("anywhere", []) + [v for v in e.get("anywhere", []) if v not in kept.get("anywhere", [])]
            kept["bare"] = kept.get("bare", []) + [v for v in e.get("bare", []) if v not in kept.get("bare", [])]
            kept["since"] = {**e.get("since", {}), **kept.get("since", {})}
            kept["name_only"] = kept.get("name_only", False) or e.get("name_only", False)
            continue
        if key in claimed:
            # The canonical form is already another entry's variant: that entry keeps it, this one is a duplicate.
            print(f"drop {key} ({e['file']}): variant of {claimed[key]}", file=sys.stderr)
            continue
        by_canonical[key] = e
        order.append(key)
        claimed[key] = key
    taken_off = curated.unvariants()
    for key in order:
        e = by_canonical[key]
        e["variants"] = [v for v in e["variants"] if v not in taken_off.get(key, ())]
    for key in order:
        e = by_canonical[key]
        kept = []
        for v in e["variants"]:
            if v in claimed and claimed[v] != key:
                print(f"variant {v} of {key} dropped: claimed by {claimed.get(v)}", file=sys.stderr)
                continue
            claimed[v] = key
            kept.append(v)
        e["variants"] = kept
        e["anywhere"] = [v for v in e.get("anywhere", []) if v == key or v in kept]
        e["bare"] = [v for v in e.get("bare", []) if v in kept]
        e["since"] = {v: y for v, y in e.get("since", {}).items() if v == key or v in kept}
    return [by_canonical[k] for k in order]


def since_cell(e):
    """The since column: spelling=year pairs in the order of the entry's spellings (LexiconReader reads them back)."""
    order = [e["canonical"], *e["variants"]]
    return "|".join(f"{s}={e['since'][s]}" for s in order if s in e.get("since", {}))


def unquoted(s):
    return s.replace("“", "").replace("”", "")


def document_frequencies(entries):
    texts = {}
    for rel, _ in corpus_files.national() + corpus_files.development(counting=True):
        texts[rel] = open(corpus_files.path(rel), encoding="utf-8").read()
    out = {}
    for e in entries:
        spellings = {f for s in [e["canonical"], *e["variants"]] for f in (s, unquoted(s))}
        national = development = 0
        for rel, text in texts.items():
            if any(s in text for s in spellings):
                if rel.startswith(("gwr/", "cpc-congress/")):
                    national += 1
                else:
                    development += 1
        out[e["canonical"]] = (national, development)
    return out


def main():
    firsts = {}
    if len(sys.argv) > 1:
        for line in open(sys.argv[1], encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if fields[0] != "canonical":
                firsts[fields[0]] = fields[1:5]
    entries = merged()
    old = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(os.path.dirname(__file__), "lexicon-2025.1.txt"), encoding="utf-8")
               if l.strip() and not l.startswith("#"))
    for e in entries:
        e["theme"] = old.get(e["canonical"], e["theme"])
    frequencies = document_frequencies(entries)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# version: {VERSION}\n")
        out.write("# The built-in lexicon of PolicyLens: formulas (提法), slogans, strategies, named policies, campaigns, plans and\n")
        out.write("# institutions of Chinese official text. Generated by tools/lexicon/build_lexicon.py from tools/lexicon/curated;\n")
        out.write("# edit the curated sources, not this file. Columns: see LexiconReader.TableColumns and the README (Lexicon).\n")
        out.write("# first_*: the first occurrence in the national corpus (gwr + cpc-congress), computed by `policylens lexicon first`.\n")
        out.write("# coined/venue/confidence: the first official use as the sources record it (documented = named public source;\n")
        out.write("# common-knowledge = widely repeated, not re-checked; uncertain = unknown or disputed).\n")
        out.write("\t".join(COLUMNS) + "\n")
        for e in entries:
            first = firsts.get(e["canonical"], ["", "", "", ""])
            national, development = frequencies[e["canonical"]]
            source = e["file"].split(":")[0]
            how = HOW["builtin-2025.txt"] if e["canonical"] in old else HOW.get(source, source)
            if e["note"].startswith("local version of"):
                how = HOW["provincial-2026.txt:place"]
            checked = f"{how}; in {national} national and {development} development documents"
            row = [e["canonical"], e["kind"], e["theme"], "|".join(e["variants"]),
                   "|".join("/".join(m) for m in e["members"]), *first, e["coined"], e["venue"].replace("\t", " "),
                   e["confidence"], e["note"], checked, e.get("place", ""), "|".join(e.get("anywhere", [])),
                   "|".join(e.get("bare", [])), since_cell(e), "yes" if e.get("name_only") else ""]
            out.write("\t".join(row) + "\n")
    print(f"{len(entries)} entries -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
