# Cross-validation of the theme model's recipe over the hand-coded TRAINING sentences of the 26 training reports (rounds
# 5–11): the reports of dev-coded-2-train.tsv in sorted order go to 5 folds (index % 5); each fold's model is trained with
# `policylens themes train` on the four corpora and the other folds' hand-coded training sentences, then scored on the
# fold's sentences with `policylens themes validate`, separately for the three kinds of draw: random sentences
# (dev-coded-2-train, dev-coded-3-train, dev-coded-5-train, dev-coded-6-train: drawn as the held-out gold was), openings and closings
# (dev-coded-3-edges-train) and sentences where an earlier model was unsure (dev-coded-4-train).
# Prints each fold's figures and the sums, and writes them to WORKDIR/LABEL.json for compare_cv.py (paired, fold by fold).
# Never reads a held-out report (training skips them whatever folder it is given; the gold files hold none).
# Usage (from the repository root):
#   python3 tools/themes/cross_validate.py WORKDIR [--label NAME] [--cli DLL] [--not-trained FILE...] [-- TRAIN OPTIONS...]
#   --not-trained FILE: its sentences are scored but never trained on (to measure what training on a file adds);
#   options after -- go to `policylens themes train` (e.g. -- --l2 4 --hand-coded-weight 60);
#   --secondary-ratio R: validate with that secondary rule (`themes validate --secondary-ratio`), reusing LABEL's trained
#   folds; the figures go to LABEL@R.json.
#   --in-reports: validate each sentence where it stands in its report (`themes validate --corpus ../shared/corpus`), as
#   analyze classifies it (round 11: the neighbours are read); --neighbour-weight W with it (0: each sentence by its own
#   words); the figures go to LABEL[@R]+reports[~W].json, again reusing LABEL's trained folds.
# Every fold is trained with --held-out 0 (no seed-label measurement, one fit), which the shipped model does not use.
import os, sys, subprocess, re, json, argparse
ap=argparse.ArgumentParser()
ap.add_argument('work'); ap.add_argument('--label',default='base'); ap.add_argument('--cli',default='src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll')
ap.add_argument('--not-trained',nargs='*',default=[])
ap.add_argument('--secondary-ratio',default=None)
ap.add_argument('--in-reports',action='store_true'); ap.add_argument('--neighbour-weight',default=None)
argv=sys.argv[1:]; extra=[]
if '--' in argv: i=argv.index('--'); extra=argv[i+1:]; argv=argv[:i]
a=ap.parse_args(argv)
work=os.path.join(a.work,a.label); os.makedirs(work,exist_ok=True)
G='tests/PolicyLens.Tests/Analysis/Themes/'
KIND={'dev-coded-2-train.tsv':'random','dev-coded-3-train.tsv':'random','dev-coded-5-train.tsv':'random','dev-coded-6-train.tsv':'random',
      'dev-coded-3-edges-train.tsv':'edges','dev-coded-4-train.tsv':'unsure'}
rows=[]
for f in KIND:
    if not os.path.exists(G+f): print('note:',f,'not found: neither trained on nor scored',flush=True); continue
    for l in open(G+f,encoding='utf-8'):
        if l.startswith('#') or l.startswith('file\t') or not l.strip(): continue
        rows.append((f,l))
reports=sorted({l.split('\t')[0] for f,l in rows if f=='dev-coded-2-train.tsv'})
fold={r:i%5 for i,r in enumerate(reports)}
assert all(l.split('\t')[0] in fold for _,l in rows), 'a training file holds a report outside dev-coded-2-train'
H='file\tstart\tend\ttheme\tsentence\n'
res={'label':a.label,'train_options':extra,'not_trained':a.not_trained,'folds':[]}
for k in range(5):
    tr=os.path.join(work,'train-%d.tsv'%k); model=os.path.join(work,'model-%d.bin'%k)
    with open(tr,'w',encoding='utf-8') as t:
        t.write(H)
        for f,l in rows:
            if fold[l.split('\t')[0]]!=k and f not in a.not_trained: t.write(l)
    if not os.path.exists(model):  # a run cut short resumes with the folds it trained (delete WORKDIR/LABEL to start again)
      subprocess.run(['dotnet',a.cli,'themes','train','../shared/corpus/gwr','../shared/corpus/cpc-congress','../shared/corpus/provincial',
                      '../shared/corpus/municipal','--out',model,'--hand-coded',tr,'--held-out','0']+extra,check=True,stdout=subprocess.DEVNULL)
    fr={}
    for kind in ('random','edges','unsure'):
        te=os.path.join(work,'test-%d-%s.tsv'%(k,kind))
        with open(te,'w',encoding='utf-8') as t:
            t.write(H)
            for f,l in rows:
                if fold[l.split('\t')[0]]==k and KIND[f]==kind: t.write(l)
        ratio=['--secondary-ratio',a.secondary_ratio] if a.secondary_ratio else []
        place=(['--corpus','../shared/corpus'] if a.in_reports else [])+(['--neighbour-weight',a.neighbour_weight] if a.neighbour_weight else [])
        out=subprocess.run(['dotnet',a.cli,'themes','validate',te,'--model',model]+ratio+place,check=True,capture_output=True,text=True).stdout
        m=re.search(r'sentences (\d+): (\d+) with a theme, (\d+) none',out); n=int(m.group(1)); th=int(m.group(2)); no=int(m.group(3))
        m=re.search(r'primary ([\d.]+), primary or secondary ([\d.]+) \(secondary given to ([\d.]+) ?%',out)
        r={'sentences':n,'themed':th,'primary':round(float(m.group(1))*th),'either':round(float(m.group(2))*th),
           'secondaries':round(float(m.group(3))/100*n),'procedural':no}
        m=re.search(r'none recall ([\d.]+)',out); r['none_ok']=round(float(m.group(1))*no) if no and m else 0
        fr[kind]=r
    res['folds'].append(fr)
    print('fold',k,' '.join('%s %d/%d/%d sec %d none %d/%d'%(kd,v['primary'],v['either'],v['themed'],v['secondaries'],v['none_ok'],v['procedural']) for kd,v in fr.items()),flush=True)
name=a.label+('@'+a.secondary_ratio if a.secondary_ratio else '')+('+reports' if a.in_reports else '')+('~'+a.neighbour_weight if a.neighbour_weight else '')
res['label']=name
json.dump(res,open(os.path.join(a.work,name+'.json'),'w'),indent=1)
tot={kd:{x:sum(f[kd][x] for f in res['folds']) for x in res['folds'][0][kd]} for kd in ('random','edges','unsure')}
for kd,v in tot.items():
    print('%-6s themed %d: primary %.1f %%, primary or secondary %.1f %%, secondary given to %.1f %%; none %d of %d'%(
        kd,v['themed'],100*v['primary']/v['themed'],100*v['either']/v['themed'],100*v['secondaries']/v['sentences'],v['none_ok'],v['procedural']))
