#!/usr/bin/env python3
"""Agreement between coder A (formulas.tsv, split=heldout) and coder B (formulas-B.tsv) on formulas.
An item matches when its canonical or one of its ' | ' alternatives equals one of the other coder's,
after removing “”‘’《》 and spaces. Prints per report and overall: A only, B only, both, F1, count agreement."""
import sys, re
from collections import defaultdict

STRIP = re.compile(r'[“”‘’《》\s]')
def norm(s): return STRIP.sub('', s)

def load(path, split='heldout'):
    rows = defaultdict(list)
    header = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        cells = line.split('\t')
        if header is None: header = cells; continue
        r = dict(zip(header, cells))
        if r.get('split') != split: continue
        alts = {norm(a) for a in r['canonical'].split(' | ') if norm(a)}
        rows[r['file']].append((r['canonical'], alts, int(r['count'] or 0), r.get('kinds', '')))
    return rows

def match(a_items, b_items):
    """Greedy one-to-one matching on shared normalised alternatives."""
    used_b = set(); pairs = []; a_only = []
    for ai, a in enumerate(a_items):
        hit = None
        for bi, b in enumerate(b_items):
            if bi in used_b: continue
            if a[1] & b[1]: hit = bi; break
        if hit is None: a_only.append(a)
        else: used_b.add(hit); pairs.append((a, b_items[hit]))
    b_only = [b for bi, b in enumerate(b_items) if bi not in used_b]
    return pairs, a_only, b_only

def main():
    args = [x for x in sys.argv[1:] if not x.startswith('-')]
    a_path = args[0] if len(args) > 0 else '/work/gold/formulas.tsv'
    b_path = args[1] if len(args) > 1 else '/work/gold/formulas-B.tsv'
    verbose = '-v' in sys.argv
    A, B = load(a_path), load(b_path)
    tot = dict(a=0, b=0, both=0, only_a=0, only_b=0, ceq=0, keq=0)
    print(f"{'report':32} {'A':>4} {'B':>4} {'both':>5} {'Aonly':>6} {'Bonly':>6} {'F1':>6} {'count=':>7} {'kinds=':>7}")
    for f in sorted(set(A) | set(B)):
        pairs, ao, bo = match(A[f], B[f])
        ceq = sum(1 for a, b in pairs if a[2] == b[2])
        keq = sum(1 for a, b in pairs if set(a[3].split(',')) == set(b[3].split(',')))
        n = len(pairs); f1 = 2 * n / (len(A[f]) + len(B[f])) if (A[f] or B[f]) else 1.0
        print(f"{f:32} {len(A[f]):4} {len(B[f]):4} {n:5} {len(ao):6} {len(bo):6} {f1:6.3f} {ceq:3}/{n:<3} {keq:3}/{n:<3}")
        for k, v in dict(a=len(A[f]), b=len(B[f]), both=n, only_a=len(ao), only_b=len(bo), ceq=ceq, keq=keq).items(): tot[k] += v
        if verbose:
            for a in ao: print('   A only:', a[0], a[2], a[3])
            for b in bo: print('   B only:', b[0], b[2], b[3])
            for a, b in pairs:
                if a[2] != b[2] or a[0] != b[0]: print('   both  :', a[0], a[2], '||', b[0], b[2])
    f1 = 2 * tot['both'] / (tot['a'] + tot['b'])
    print(f"{'OVERALL':32} {tot['a']:4} {tot['b']:4} {tot['both']:5} {tot['only_a']:6} {tot['only_b']:6} {f1:6.3f} "
          f"{tot['ceq']:3}/{tot['both']:<3} {tot['keq']:3}/{tot['both']:<3}")
    print(f"count agreement on matched items: {tot['ceq']/tot['both']:.1%}; kinds identical: {tot['keq']/tot['both']:.1%}")

if __name__ == '__main__':
    main()
