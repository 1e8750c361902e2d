"""Recurring 、-chains across the readable texts: the candidates for established parallel chains as lexicon entries.

The codebook's round-18 decision lets ParallelFinder report a chain only when the text marks it or repeats it; a chain
that is an established formula of national or provincial discourse (the decision's second mark) is the lexicon's. What
tells an established chain from one coined for a sentence is that it recurs ACROSS documents. This counts, for every
chain of 2-6 units of 2-8 characters written with 、, the readable documents it occurs in (round 41, chains41):

- order-tolerant: a chain is its SET of units (马上办、网上办、就近办 and 网上办、马上办、就近办 are one chain);
- inside a longer chain: 老有所养、老有所为 counts in a document that writes 老有所养、老有所为、老有所乐;
- the first and last units run into the sentence (坚持稳就业、惠民生、防风险的原则), so a chain's edge units are tried at
  the lengths of its inner units (for a chain of two, at every length of 2-8 characters, the two of one length), and of
  two spellings one inside the other the longer is kept when it holds 80 % of the shorter's documents (best_spellings).

Readable texts only: the national corpus (gwr, cpc-congress), central, the provincial and municipal reports that are
neither held out nor kept out as set-aside checks (corpus_files.HELD_OUT, KEPT_OUT), and the opened unseen sets
(corpus_files.opened_unseen: never unseen26e). For each candidate it prints the documents, the places they belong to, the
readable golds coding a chain with the same units (Gold/formulas.tsv dev rows, formulas-dev-recall*.tsv and the opened
unseen sets' formulas files) and whether the shipped lexicon holds it.

    python3 tools/lexicon/recurring_chains.py [MIN_DOCUMENTS=3] > /tmp/chains.tsv

Columns: documents, places, golds, in_lexicon, chain (as most often written), documents list.
"""
import collections
import csv
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402

MIN_UNITS, MAX_UNITS = 2, 6
MIN_CHARS, MAX_CHARS = 2, 8
GOLD = os.path.join(corpus_files.REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
LEXICON = os.path.join(corpus_files.REPOSITORY, "src", "PolicyLens", "Extraction", "Slogans", "lexicon.tsv")
# The opened unseen sets' formulas files, named one by one (a glob formulas-unseen26*.tsv would also match the set that
# still measures).
OPENED_GOLDS = [f"formulas-{s}-" for s in corpus_files.OPENED_UNSEEN_SETS]

RUN = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def readable_texts():
    """(document name, place, text) for every readable text."""
    out = []
    for rel, _ in corpus_files.national():
        out.append((rel, "national"))
    for name in sorted(os.listdir(os.path.join(corpus_files.SHARED, "central"))):
        if name.endswith(".txt"):
            out.append((f"central/{name}", "national"))
    for rel in corpus_files.readable_reports():
        out.append((rel, os.path.basename(rel).rsplit("_", 1)[0]))
    texts = []
    for rel, place in out:
        with open(corpus_files.path(rel), encoding="utf-8") as f:
            texts.append((rel, place, f.read()))
    for full in corpus_files.opened_unseen():
        name = os.path.basename(full)
        # The unseen texts' names open with their issuer: cpc-… (national), gd-/guangdong-… (Guangdong), baoding-… ….
        issuer = name.split("-")[0]
        place = "national" if issuer == "cpc" else {"gd": "guangdong"}.get(issuer, issuer)
        with open(full, encoding="utf-8") as f:
            texts.append((f"unseen/{name}", place, f.read()))
    return texts


def edge_lengths(inner, text_length):
    """Lengths to try for an edge unit: those of the inner units (every length, for a chain of two, whose two units must
    then be of one length): established chains are built of units of one length, and an edge that runs into the sentence
    or is cut inside a word would otherwise count as a chain of its own (坚持稳就业、…; 优增量、盘活存量)."""
    lengths = set(inner) if inner else set(range(MIN_CHARS, MAX_CHARS + 1))
    return sorted(n for n in lengths if MIN_CHARS <= n <= min(MAX_CHARS, text_length))


def _variants(parts, open_start, open_end):
    inner = parts[1:-1]
    if any(not (MIN_CHARS <= len(u) <= MAX_CHARS) for u in inner):
        return
    lengths = [len(u) for u in inner]
    first, last = parts[0], parts[-1]
    firsts = [first[-n:] for n in edge_lengths(lengths, len(first))] if open_start else [first]
    lasts = [last[:n] for n in edge_lengths(lengths, len(last))] if open_end else [last]
    for a in firsts:
        for b in lasts:
            if not inner and len(a) != len(b):
                continue
            units = (a, *inner, b)
            # A unit written twice (产业、产业 of two sentences' lists) is no chain.
            if MIN_CHARS <= len(a) <= MAX_CHARS and MIN_CHARS <= len(b) <= MAX_CHARS and len(set(units)) == len(units):
                yield units


def gold_chains():
    """{frozenset of units: set of gold files coding a chain with those units}."""
    files = [os.path.join(GOLD, "formulas.tsv")] + sorted(glob.glob(os.path.join(GOLD, "formulas-dev-recall*.tsv")))
    for prefix in OPENED_GOLDS:
        files += sorted(glob.glob(os.path.join(GOLD, prefix + "*.tsv")))
    files += [os.path.join(GOLD, "codings-unseen26", f"formulas-{s}-second.tsv") for s in corpus_files.OPENED_UNSEEN_SETS]
    out = collections.defaultdict(set)
    for path in files:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            rows = csv.reader((l for l in f if not l.startswith("#")), delimiter="\t")
            header = next(rows, None)
            for row in rows:
                if len(row) < 3 or (os.path.basename(path) == "formulas.tsv" and row[1] != "dev"):
                    continue
                for alternative in row[2].split(" | "):
                    units = alternative.strip().split("、")
                    if len(units) >= 2:
                        out[frozenset(units)].add(f"{os.path.basename(path)}:{row[0]}")
    return out


def lexicon_chains():
    out = set()
    with open(LEXICON, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("canonical\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            for spelling in [cols[0]] + (cols[3].split("|") if len(cols) > 3 and cols[3] else []):
                units = spelling.strip().split("、")
                if len(units) >= 2:
                    out.add(frozenset(units))
    return out


def main():
    minimum = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = readable_texts()
    place_of = {name: place for name, place, _ in texts}
    # Every occurrence's unit set (edge variants united), indexed by unit, for the inside-a-longer-chain count.
    occurrence_units, occurrence_doc = [], []
    by_unit = collections.defaultdict(set)
    written = collections.defaultdict(collections.Counter)
    for name, _, text in texts:
        for variants in _grouped(text):
            index = len(occurrence_units)
            units = set().union(*variants)
            occurrence_units.append(units)
            occurrence_doc.append(name)
            for u in units:
                by_unit[u].add(index)
            for v in variants:
                written[frozenset(v)]["、".join(v)] += 1
    documents = {}
    for key in written:
        hits = set.intersection(*(by_unit[u] for u in key))
        docs = {occurrence_doc[i] for i in hits}
        if len(docs) >= minimum:
            documents[key] = docs
    kept = best_spellings(documents)
    golds, lexicon = gold_chains(), lexicon_chains()
    print("documents\tplaces\tgolds\tin_lexicon\tchain\tdocument_list")
    for key, docs in sorted(kept.items(), key=lambda kv: (-len({place_of[d] for d in kv[1]}), -len(kv[1]))):
        places = {place_of[d] for d in docs}
        coded = {g for units, files in golds.items() if key <= units for g in files}
        print(f"{len(docs)}\t{len(places)}\t{len(coded)}\t{'yes' if key in lexicon else 'no'}\t"
              f"{written[key].most_common(1)[0][0]}\t{','.join(sorted(docs))}")


def best_spellings(documents):
    """Of two candidates whose units are substrings of each other's (基础、全面 of 夯实基础、全面发力; 现代化夯实基础、全面发力的
    of it), keep one: the longer when it holds at least 80 % of the shorter's documents (the shorter is its cut), else the
    shorter (the longer took in words of the sentences around it)."""
    def inside(short, long):
        return short != long and all(any(u in v for v in long) for u in short)
    by_size = collections.defaultdict(list)
    for key in documents:
        by_size[len(key)].append(key)
    dropped = set()
    for keys in by_size.values():
        for short in keys:
            for long in keys:
                if inside(short, long):
                    dropped.add(short if len(documents[long]) >= 0.8 * len(documents[short]) else long)
    return {k: d for k, d in documents.items() if k not in dropped}


def _grouped(text):
    """The edge variants of each written chain, one list per occurrence."""
    for run in RUN.finditer(text):
        parts = run.group(0).split("、")
        if len(parts) > MAX_UNITS:
            for i in range(len(parts) - MAX_UNITS + 1):
                variants = list(_variants(parts[i:i + MAX_UNITS], i == 0, i + MAX_UNITS == len(parts)))
                if variants:
                    yield variants
        elif len(parts) >= MIN_UNITS:
            variants = list(_variants(parts, True, True))
            if variants:
                yield variants


if __name__ == "__main__":
    main()
