"""Round 89 (quotedguard89): every quoted span “…” of the readable texts that no mention covers, attributed to the
QuotedFinder test that turned it away (counts only).

    python3 tools/judging/quoted_drops89.py CLI.dll [sample GUARD [N]]

Reads only corpus_files' readable texts (opened unseen sets, readable reports, national gwr and congress texts), the readable
golds (overlap_misses.load(): the dev rows of formulas.tsv, formulas-dev-recall*.tsv and the opened sets named one by one) and
the readable judged files named one by one (mentions-dev-*.tsv and mentions-unseen26{,b,c,d,f,h,i,j,k,l}-*.tsv). Runs the
build once with POLICYLENS_TRACE=1: QuotedFinder writes one drop-trace line for each quoted span it reads, its why
`quoted:` + the test of QuotedFinder.RejectionReason that refused it (shape, name, saying, qualities …), `quoted:kept` when the
finder made a candidate (a later step or a longer mention then took it out), and `|speech` when QuotedSpeech holds the span.
A span (2–20 characters between “ and ”, no mark or line break inside) counts when no reported mention of any kind overlaps it;
spans QuotedSpeech holds are counted apart. The build reads a paragraph written alike in two documents once: a span with no
trace line of its own takes the one traced for the same words with the same eight characters either side; spans left with
none are `unread`. Per guard: places, documents; places in a document a readable gold covers, how many of those the gold
codes as the quoted words themselves (a row whose form is the span, not a longer name); readable judged rows of a quoted
mention with that surface (right / wrong, any build). `sample GUARD N` prints N places of one guard with their context, for a
writer to read (readable text only).

Round 89's start build (main after round 88): 3,161 uncovered spans; shape 2,588 places in 176 documents (1,997 in
gold-covered documents, 554 coded as the span: 28 %; judged 52 right, 160 wrong), length 119 (23/81 coded), name 98 (25/86;
judged wrong 41), saying 53 (13/31), speech 38, count-phrase 37 (14/29), unread 31 (the view normalises the words: ＋, －),
opposed-practice 27 (0/0), projects 25 (5/19), listed-brand 20 (5/18), opponents-words 18, quoted-count 15 (5/14),
count-of-things 11, facility 10, sums-up-list 10 (7/10), app-handle 10, groups 10 (9/9 coded, judged wrong 5: counts of
things), 14 smaller guards 1-5 places each. No guard's places read >= 90 % right: none was loosened.
Since session 58 the trace's words are matched to the text with its full-width forms folded as the CLI folds them
(readable_survey.cli_fold): on main 78be1fac, 3,136 uncovered spans, unread 29 → 20 (none of them a ＋ or － chain now).
"""
import collections
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lexicon"))
sys.path.insert(0, HERE)
import corpus_files  # noqa: E402
import readable_survey as survey  # noqa: E402
from overlap_misses import load, norm, place_in  # noqa: E402

GOLD = os.path.join(corpus_files.REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
OPENED = ("", "b", "c", "d", "f", "h", "i", "j", "k", "l")
WINDOW = 8
SPAN = re.compile(r"“([^“”‘’\n。；]{2,20})”")


def texts():
    """{stem: (path, text)} of every readable text (readable_survey.readable_files, the opened sets first)."""
    out = {}
    for _, p in survey.readable_files(opened_first=True):
        out.setdefault(os.path.splitext(os.path.basename(p))[0], (p, open(p, encoding="utf-8").read()))
    return out


def golds():
    """{stem: set of coded forms} from the readable golds."""
    coded = collections.defaultdict(set)
    for _, r in load():
        stem = os.path.splitext(os.path.basename(r["file"]))[0]
        coded[stem].update(norm(a) for a in r["canonical"].split("|") if norm(a))
    return coded


def judged():
    """{(stem, surface): Counter of verdicts} of quoted mentions in the readable judged files, named one by one
    (readable_survey.judged_paths)."""
    out = collections.defaultdict(collections.Counter)
    for path in survey.judged_paths():
        for r in survey.judged_file_rows(path):
            if (r.get("kind") or "").lower() != "quoted" or not r.get("file") or not r.get("verdict"):
                continue
            stem = os.path.splitext(os.path.basename(r["file"]))[0]
            v = r["verdict"].strip()
            out[(stem, norm(r["surface"]))]["right" if v.startswith("right") else "wrong"] += 1
    return out


def run(cli, corpus):
    """The build's mentions placed on their files ({stem: [(start, end)]}) and its quoted trace ({(stem, start): why})."""
    mentions, trace = survey.traced_extract(cli, [p for p, _ in corpus.values()])
    spans = collections.defaultdict(list)
    for m in mentions:
        stem = m["doc"].split("#")[0]
        if stem not in corpus:
            continue
        text = corpus[stem][1]
        s = m["start"]
        if text[s:m["end"]] != m["surface"]:
            s = place_in(text, m.get("context", ""), m["surface"])
            if s is None:
                continue
        spans[stem].append((s, s + len(m["surface"])))
    # A trace line writes the words as the CLI's normaliser does (“20＋8” as “20+8”; a mention's surface keeps the source's):
    # spans are looked up and placed in the text so folded (readable_survey.cli_fold, one character for one).
    folded = {stem: survey.cli_fold(text) for stem, (_, text) in corpus.items()}
    where = collections.defaultdict(list)  # surface -> [(stem, start)]
    for stem, text in folded.items():
        for m in SPAN.finditer(text):
            where[m.group(1)].append((stem, m.start(1)))
    why = {}
    for f in trace:
        if not f[7].startswith("quoted:"):
            continue
        places = where.get(f[5], [])
        # Since round 91 the line names its document: only that file's places are its own (a build before leaves it empty,
        # and the line is placed by its offset and context among every file's).
        if survey.stem(f[1]) in corpus:
            places = [p for p in places if p[0] == survey.stem(f[1])]
        s = int(f[2])
        exact = [p for p in places if p[1] == s]
        ctx = f[8]
        pick = [p for p in exact if place_in(folded[p[0]], ctx, f[5]) == p[1]] or exact
        if not pick:
            pick = [p for p in places if place_in(folded[p[0]], ctx, f[5]) == p[1]]
        for p in pick[:1]:
            why[p] = f[7][len("quoted:"):]
        k = ctx.find(f[5])
        if k >= 0:
            why.setdefault((f[5], ctx[max(0, k - WINDOW):k + len(f[5]) + WINDOW]), f[7][len("quoted:"):])
    # The build reads a paragraph written the same way in two documents once (and traces it once): a span with no line of its
    # own takes the verdict traced for the same words in the same surroundings elsewhere.
    for stem, text in folded.items():
        for m in SPAN.finditer(text):
            a, b = m.start(1), m.end(1)
            if (stem, a) not in why:
                near = text[max(0, a - WINDOW):b + WINDOW].replace("\n", " ")
                if (m.group(1), near) in why:
                    why[(stem, a)] = why[(m.group(1), near)]
    return spans, why


def main():
    cli = sys.argv[1]
    corpus = texts()
    spans, why = run(cli, corpus)
    coded = golds()
    verdicts = judged()
    places = collections.defaultdict(list)
    for stem, (_, text) in corpus.items():
        for m in SPAN.finditer(text):
            a, b = m.start(1), m.end(1)
            if any(s < b and e > a for s, e in spans[stem]):
                continue
            w = why.get((stem, a), "unread")
            guard = "speech" if w.endswith("|speech") else w
            places[guard].append((stem, a, m.group(1)))
    if len(sys.argv) > 3 and sys.argv[2] == "sample":
        rows = places[sys.argv[3]]
        random.Random(89).shuffle(rows)
        for stem, a, c in rows[: int(sys.argv[4]) if len(sys.argv) > 4 else 30]:
            text = corpus[stem][1]
            gold = "coded" if norm(c) in coded.get(stem, ()) else ("uncoded" if stem in coded else "-")
            print(f"{stem}\t{c}\t{gold}\t{text[max(0, a - 25):a + len(c) + 25]}".replace("\n", " "))
        return
    print("guard\tplaces\tdocuments\tin gold-covered docs\tcoded as the span\tjudged right\tjudged wrong")
    total = collections.Counter()
    for guard, rows in sorted(places.items(), key=lambda kv: -len(kv[1])):
        docs = {r[0] for r in rows}
        covered = [r for r in rows if r[0] in coded]
        hit = sum(1 for r in covered if norm(r[2]) in coded[r[0]])
        right = sum(verdicts[(r[0], norm(r[2]))]["right"] for r in rows)
        wrong = sum(verdicts[(r[0], norm(r[2]))]["wrong"] for r in rows)
        print(f"{guard}\t{len(rows)}\t{len(docs)}\t{len(covered)}\t{hit}\t{right}\t{wrong}")
        total.update(places=len(rows), covered=len(covered), hit=hit)
    print(f"all\t{total['places']}\t-\t{total['covered']}\t{total['hit']}\t-\t-")


if __name__ == "__main__":
    main()
