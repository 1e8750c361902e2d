# How many of the unread texts' outright misses a lexicon drawn from the readable golds' CODED RATE could reach (issue 13,
# session 56). Aggregate only: it never prints a formula, a text or a row. For every coded occurrence of the unread texts that
# the build misses with cause "nothing", it looks up the form in the readable gold-covered texts (the opened unseen sets' and
# the development golds), counts the readable texts that write it and the share of its written places those golds code, and
# buckets the unread misses by that share. A form the readable coders code wherever it is written is what a curated entry
# drawn from readable evidence alone may hold; a form they code at a third of its places is not. Run from the repository root:
#   python3 tools/judging/coded_rate_ceiling.py CLI.dll [SET ...]
# (SET: unread coded sets to pool instead of every one of readable_wrong.UNREAD_CODED_SETS, e.g. unseen26p.)
import sys, subprocess, glob, os, re
G = 'tests/PolicyLens.Tests/Extraction/Slogans/Gold/'
F = []
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from readable_wrong import UNREAD_CODED_SETS  # noqa: E402
for s in (sys.argv[2:] or UNREAD_CODED_SETS):
    F += sorted(glob.glob(G + 'formulas-%s-*.tsv' % s))
out = subprocess.run(['dotnet', sys.argv[1], 'evaluate', 'recall', *F, '--texts', '../shared/corpus', 'tests/PolicyLens.Tests/Data',
                      '--missed'], capture_output=True, text=True).stdout
miss = []
for l in out.split('# missed formulas', 1)[1].splitlines():
    c = l.split('\t')
    if len(c) >= 4 and c[3].startswith('nothing') and c[2].isdigit():
        miss.append(([f.strip().replace('“', '').replace('”', '') for f in c[1].split('|')], int(c[2])))

def resolve(rel):
    for root in ('tests/PolicyLens.Tests/Data', '../shared/corpus'):
        p = os.path.join(root, rel)
        if os.path.exists(p): return p
    return None

# readable gold-covered texts: text -> {form: coded count}
cover = {}
for p in sorted(glob.glob(G + 'formulas-unseen26*.tsv')) + sorted(glob.glob(G + 'formulas-dev*.tsv')):
    # The readable golds only: no unread set's (until session 62 this skipped 26e, 26m and 26n by name, so unseen26o's gold
    # was counted as readable from session 60 and unseen26n's left out after it was opened).
    if any(('formulas-%s-' % s) in p for s in UNREAD_CODED_SETS): continue
    for l in open(p, encoding='utf8'):
        if l.startswith('#') or l.startswith('file\t'): continue
        c = l.rstrip('\n').split('\t')
        if len(c) < 4 or not c[3].strip().isdigit(): continue
        d = cover.setdefault(c[0], {})
        for f in c[2].split('|'):
            f = f.strip().replace('“', '').replace('”', '')
            if f: d[f] = d.get(f, 0) + int(c[3])
texts = {}
for rel in cover:
    p = resolve(rel)
    if p: texts[rel] = open(p, encoding='utf8').read()
buckets = {}
for forms, n in miss:
    written = coded = ntexts = 0
    for rel, t in texts.items():
        w = max(t.count(f) for f in forms if f)
        if w == 0: continue
        ntexts += 1; written += w
        coded += min(w, max(cover[rel].get(f, 0) for f in forms))
    if ntexts == 0: key = 'written in no readable gold-covered text'
    else:
        r = coded / written
        band = 'coded at >= 80 %' if r >= 0.8 else 'coded at 50-79 %' if r >= 0.5 else 'coded at 1-49 %' if coded else 'never coded'
        key = '%s of its places, in %s readable texts' % (band, '1' if ntexts == 1 else '2' if ntexts == 2 else '3+')
    b = buckets.setdefault(key, [0, 0]); b[0] += n; b[1] += 1
print('readable gold-covered texts', len(texts), 'of', len(cover), '; unread "nothing" occurrences', sum(n for _, n in miss))
for k in sorted(buckets, key=lambda k: -buckets[k][0]):
    print('%5d occurrences (%4d forms)  %s' % (buckets[k][0], buckets[k][1], k))
