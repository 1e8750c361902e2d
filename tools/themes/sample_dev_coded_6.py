# Draws the sentences of the sixth development theme coding (tests/PolicyLens.Tests/Analysis/Themes/dev-coded-6-train.tsv,
# branch themes9): a RANDOM draw of policy sentences, as dev-coded-5 and the unseen test sets are drawn, from the 26
# TRAINING reports only (those of dev-coded-2-train.tsv; the 13 test reports of dev-coded-2-test.tsv stay test-only).
# Input: the `sentences` table over the 39 development reports, made by
#   policylens themes DEVDIR --table sentences > SENTS.csv
# where DEVDIR holds the development provincial and municipal reports (links to ../shared/corpus/{provincial,municipal}
# less HELD; this script makes such a folder with --link DEVDIR). Only doc, start, end and text are read (the sentence
# boundaries); the model's themes are never read, printed or written, so the coder codes without seeing them.
# Per training report, among its middle sentences (the first and last tenth left out: round 5 coded the openings and
# closings) of 8-160 letters and digits not coded before (dev-coded*, gwr-hand-labelled): 13 at random,
# random.Random(20261206), reports in sorted order (26 x 13 = 338). Writes train.tsv (theme column empty) in OUTDIR.
# Never reads a held-out report (HELD, as /work/gold/FORMATS.md).
# Usage: python3 tools/themes/sample_dev_coded_6.py --link DEVDIR      (once, then run the command above)
#        python3 tools/themes/sample_dev_coded_6.py SENTS.csv OUTDIR
import random, os, sys, csv
here=os.path.dirname(os.path.abspath(__file__))
root=os.path.join(here,'..','..','..','shared','corpus')
th=os.path.join(here,'..','..','tests','PolicyLens.Tests','Analysis','Themes')+os.sep
HELD={'provincial/%s_2026.txt'%p for p in 'shanxi tianjin hainan xizang yunnan ningxia guangxi shandong shanghai neimenggu'.split()}|{'municipal/zhumadian_%d.txt'%y for y in (2012,2013,2016,2019,2021,2022)}
docs=sorted([('provincial/'+f) for f in os.listdir(os.path.join(root,'provincial'))]+[('municipal/'+f) for f in os.listdir(os.path.join(root,'municipal'))])
docs=[d for d in docs if d.endswith('.txt') and d not in HELD]
if sys.argv[1]=='--link':
    for sub in ('provincial','municipal'): os.makedirs(os.path.join(sys.argv[2],sub),exist_ok=True)
    for d in docs: os.symlink(os.path.abspath(os.path.join(root,d)),os.path.join(sys.argv[2],d))
    print(len(docs),'development reports linked'); sys.exit()
sents_csv,out_dir=sys.argv[1],sys.argv[2]
def ld(s): return sum(1 for c in s if c.isalnum())
coded=set()
for f in os.listdir(th):
    if not f.endswith('.tsv') or not (f.startswith('dev-coded') or f=='gwr-hand-labelled.tsv') or f.startswith('dev-coded-6'): continue
    for line in open(th+f,encoding='utf-8'):
        if line.startswith('#') or line.startswith('file\t'): continue
        p=line.rstrip('\n').split('\t'); coded.add((p[0],int(p[1])))
train={l.split('\t')[0] for l in open(th+'dev-coded-2-train.tsv',encoding='utf-8') if not l.startswith(('#','file'))}
by_doc={}
for r in csv.DictReader(open(sents_csv,encoding='utf-8')):
    by_doc.setdefault(r['doc']+'.txt',[]).append({'start':r['start'],'end':r['end'],'text':r['text']})
rng=random.Random(20261206)
rows=[]
for d in docs:
    if d not in train: continue
    t=open(os.path.join(root,d),encoding='utf-8').read()
    ss=by_doc[d]; n=len(ss); cut=n//10
    mid=[r for r in ss[cut:n-cut] if 8<=ld(r['text'])<=160 and (d,int(r['start'])) not in coded]
    pick=rng.sample(mid,min(13,len(mid)))
    for r in sorted(pick,key=lambda r:int(r['start'])):
        s,e=int(r['start']),int(r['end'])
        rows.append((d,s,e,t[s:e]))
with open(os.path.join(out_dir,'train.tsv'),'w',encoding='utf-8') as f:
    for x in rows: f.write('%s\t%d\t%d\t\t%s\n'%x)
print('train',len(rows))
