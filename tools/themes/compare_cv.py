# Compares cross-validation runs of tools/themes/cross_validate.py with a baseline, fold by fold (the same sentences in
# every run, so the differences are paired). For each run and kind of draw: primary, primary or secondary (on themed
# sentences), the share of sentences given a secondary theme, none recall; then the difference from the baseline in
# sentences, with the spread of the per-fold differences (mean ± standard deviation over the 5 folds, in sentences).
# Usage: python3 tools/themes/compare_cv.py WORKDIR BASELINE_LABEL [LABEL...]   (default: every LABEL.json in WORKDIR)
import json, os, sys, statistics as st
work=sys.argv[1]; base=sys.argv[2]
labels=sys.argv[3:] or sorted(f[:-5] for f in os.listdir(work) if f.endswith('.json') and f[:-5]!=base)
B=json.load(open(os.path.join(work,base+'.json')))
def tot(r,kinds,x): return sum(f[k][x] for f in r['folds'] for k in kinds)
def row(r,kinds):
    th=tot(r,kinds,'themed'); n=tot(r,kinds,'sentences'); pr=tot(r,kinds,'procedural')
    return '%.1f / %.1f / %.0f %% / %d of %d'%(100*tot(r,kinds,'primary')/th,100*tot(r,kinds,'either')/th,100*tot(r,kinds,'secondaries')/n,tot(r,kinds,'none_ok'),pr)
def diff(r,kinds,x):
    d=[sum(f[k][x] for k in kinds)-sum(g[k][x] for k in kinds) for f,g in zip(r['folds'],B['folds'])]
    return '%+d (%+.1f ± %.1f)'%(sum(d),st.mean(d),st.stdev(d))
KS=[('random',['random']),('all',['random','edges','unsure'])]
print('| variant | '+' | '.join('%s: primary / either / secondary share / none'%n for n,_ in KS)+' | '+' | '.join('%s Δ either, Δ primary (per fold)'%n for n,_ in KS)+' |')
for lab in [base]+labels:
    r=json.load(open(os.path.join(work,lab+'.json')))
    print('| %s %s | '%(lab,' '.join(r['train_options']))+' | '.join(row(r,k) for _,k in KS)+' | '+' | '.join(diff(r,k,'either')+', '+diff(r,k,'primary') for _,k in KS)+' |')
