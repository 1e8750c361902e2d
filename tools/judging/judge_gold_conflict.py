"""Where the two measures of issue 13 disagree: of the mentions the blind judges of the unread precision samples read right or
wrong, how many answer a formula the coders coded in the same text (as FormulaRecall credits a mention: its surface,
canonical or label one of the coded forms, its kind among the coded kinds). A wrong-read mention that answers a coded formula
is one the recall gold counts as found: removing it for precision costs recall as the golds count it, unless the codebook
settles that boundary for judges and coders alike. Prints counts only (no row of an unread gold or judged file), so the
lead may run it. Run from the repository root:

    python3 tools/judging/judge_gold_conflict.py CLI.dll

Samples: the session-52 and session-53 fresh samples of every unread text (judge A in Gold/, B in Gold/codings-unseen26/), the
session-60 one apart, and the samples of the fresh sets unseen26o (session 60), unseen26q (session 63), unseen26r and unseen26s (session 64), unseen26t (session 65) and unseen26v (session 66; every
text of each coded) apart; golds: the coded unread sets (readable_wrong.UNREAD_CODED_SETS: heldout-r21adj, r34, r35, unseen26e,
unseen26m, unseen26o, unseen26q, unseen26r, unseen26s, unseen26t, unseen26v), as
tools/judging/unread_recall.sh measures. (unseen26n's sample, read here until session 60, is development text since session 61,
and unseen26p's, read in session 62, since session 63; the rows of the pooled samples on their texts no longer meet an unread
gold.)
"""
import sys, glob, json, subprocess, re, os
sys.path.insert(0, 'tools/judging'); import blind
G = 'tests/PolicyLens.Tests/Extraction/Slogans/Gold'
files = []
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from readable_wrong import UNREAD_CODED_SETS  # noqa: E402
for s in UNREAD_CODED_SETS:
    files += sorted(glob.glob(f'{G}/formulas-{s}-*.tsv'))
# FormulaRecall.Normalise: no spaces, quotation marks or 《》, ， read as 、.
def norm(x): return re.sub(r'[\s“”‘’《》]', '', x).replace('，', '、')
coded = {}
for f in files:
    head = None
    for line in open(f, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        c = line.rstrip('\n').split('\t')
        if head is None and c[0] == 'file': head = c; continue
        forms = {norm(x) for x in c[2].split('|')}
        kinds = {k.strip() for k in c[4].split(',')} if len(c) > 4 else set()
        coded.setdefault(c[0], []).append((forms, kinds))
pairs = subprocess.run(['python3', 'tools/judging/labels.py', 'unread'], capture_output=True, text=True).stdout.split()
labels, paths, texts = blind.read_texts(pairs)
if len(sys.argv) != 2:
    sys.exit(__doc__)
ms = {(blind.label_of(labels, m['doc']), m['start'], m['end'], m['kind']): m for m in blind.extract(sys.argv[1], paths)}
from collections import Counter
for judge, fs in (('A', [f'{G}/mentions-heldout-r82-sample-judged.tsv', f'{G}/mentions-heldout-r83-sample-judged.tsv']),
                  ('B', [f'{G}/codings-unseen26/mentions-heldout-r82-sample-second-judge.tsv', f'{G}/codings-unseen26/mentions-heldout-r83-sample-second-judge.tsv']),
                  ('A, session 60', [f'{G}/mentions-heldout-r100-sample-judged.tsv']),
                  ('B, session 60', [f'{G}/codings-unseen26/mentions-heldout-r100-sample-second-judge.tsv']),
                  ('A, unseen26o', [f'{G}/mentions-unseen26o-judged.tsv']),
                  ('B, unseen26o', [f'{G}/codings-unseen26/mentions-unseen26o-second-judge.tsv']),
                  ('A, unseen26q', [f'{G}/mentions-unseen26q-judged.tsv']),
                  ('B, unseen26q', [f'{G}/codings-unseen26/mentions-unseen26q-second-judge.tsv']),
                  ('A, unseen26r', [f'{G}/mentions-unseen26r-judged.tsv']),
                  ('B, unseen26r', [f'{G}/codings-unseen26/mentions-unseen26r-second-judge.tsv']),
                  ('A, unseen26s', [f'{G}/mentions-unseen26s-judged.tsv']),
                  ('B, unseen26s', [f'{G}/codings-unseen26/mentions-unseen26s-second-judge.tsv']),
                  ('A, unseen26t', [f'{G}/mentions-unseen26t-judged.tsv']),
                  ('B, unseen26t', [f'{G}/codings-unseen26/mentions-unseen26t-second-judge.tsv']),
                  ('A, unseen26v', [f'{G}/mentions-unseen26v-judged.tsv']),
                  ('B, unseen26v', [f'{G}/codings-unseen26/mentions-unseen26v-second-judge.tsv'])):
    c = Counter()
    for f in fs:
        rows = [l.rstrip('\n').split('\t') for l in open(f, encoding='utf-8') if not l.startswith('#') and l.strip()]
        h = rows[0]
        for r in rows[1:]:
            d = dict(zip(h, r)); file = d['file']
            if file not in coded: continue
            m = ms.get((file, int(d['start']), int(d['end']), d['kind']))
            if m is None: continue
            names = {norm(m['surface']), norm(m['canonical'])} | ({norm(m['label'])} if m.get('label') else set())
            # CodedFormula.Fits: a lexicon mention fits every coded formula.
            ans = any(names & forms and (d['kind'] == 'lexicon' or d['kind'] in kinds) for forms, kinds in coded[file])
            c[(d['kind'], d['verdict'].startswith('right'), ans)] += 1
    tot = Counter()
    for (k, right, ans), n in c.items(): tot[(right, ans)] += n
    print(judge, 'on coded texts: judged right & coded', tot[(True, True)], '| right & uncoded', tot[(True, False)], '| wrong & coded', tot[(False, True)], '| wrong & uncoded', tot[(False, False)])
    for k in ['lexicon', 'quoted', 'numbered', 'parallel', 'titled', 'policy']:
        print(' ', k, 'wrong & coded', c[(k, False, True)], 'of wrong', c[(k, False, True)] + c[(k, False, False)], '; right & coded', c[(k, True, True)], 'of right', c[(k, True, True)] + c[(k, True, False)])
