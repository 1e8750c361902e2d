#!/usr/bin/env python3
"""Draw a seeded random sample of 100 mentions per kind from `policylens extract` over the held-out reports not coded
for formulas, for blind judging (issue 13: "judge a random sample of 100 mentions per kind across other texts").
usage: judge_sample.py CLI_DLL OUT.tsv [SEED]"""
import json, os, random, subprocess, sys, glob
cli, out = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261130
# ../shared beside the checkout (this file is tests/PolicyLens.Tests/Extraction/Slogans/Gold/ in it), or $POLICYLENS_SHARED.
shared = os.environ.get('POLICYLENS_SHARED', os.path.join(os.path.dirname(os.path.abspath(__file__)), *(['..'] * 6), 'shared'))
held = {f'provincial/{p}_2026.txt' for p in 'shanxi tianjin hainan xizang yunnan ningxia guangxi shandong shanghai neimenggu'.split()}
held |= {f'municipal/zhumadian_{y}.txt' for y in (2012, 2013, 2016, 2019, 2021, 2022)}
# The texts: the held-out reports that were NOT coded for formulas (no rule writer read them; they are not in the formula
# gold either), so the judged mentions come from text unseen by rules and coders alike.
coded = {'provincial/tianjin_2026.txt', 'provincial/hainan_2026.txt', 'provincial/ningxia_2026.txt', 'municipal/zhumadian_2016.txt'}
files = [f'{shared}/corpus/{rel}' for rel in sorted(held - coded)]
by_kind = {}
for f in files:
    r = subprocess.run(['dotnet', cli, 'extract', '-f', 'jsonl', '--context', '40', f], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        m = json.loads(line)
        m['file'] = os.path.relpath(f, shared)
        by_kind.setdefault(m['kind'], []).append(m)
rng = random.Random(seed)
with open(out, 'w', encoding='utf-8') as w:
    w.write('id\tfile\tstart\tend\tkind\tsurface\tcanonical\tcontext\tverdict\treason\n')
    i = 0
    for kind in sorted(by_kind):
        pool = by_kind[kind]
        for m in rng.sample(pool, min(100, len(pool))):
            i += 1
            ctx = m['context'].replace('\t', ' ').replace('\n', ' ')
            w.write(f"{i}\t{m['file']}\t{m['start']}\t{m['end']}\t{kind}\t{m['surface']}\t{m['canonical']}\t{ctx}\t\t\n")
        print(kind, len(pool), 'mentions,', min(100, len(pool)), 'sampled', file=sys.stderr)
