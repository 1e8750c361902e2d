# Draws the sentences of the fourth development theme coding (tests/PolicyLens.Tests/Analysis/Themes/dev-coded-4-*.tsv,
# branch themes6), aimed at where the model is unsure. Input: the `sentences` table of the model then shipped (round 5)
# over the 39 development reports only, made by
#   policylens themes DEVDIR --table sentences > SENTS.csv
# where DEVDIR holds the development provincial and municipal reports (links to ../shared/corpus/{provincial,municipal}
# less HELD; this script makes such a folder with --link DEVDIR). Per report, among its middle sentences (the first and
# last tenth left out: round 5 coded the openings and closings) of 8-160 letters and digits not coded before (dev-coded*,
# gwr-hand-labelled): 12 from the uncertain ones (top probability under 0.5, or a secondary theme given) and 3 from the
# others, random.Random(20261204), reports in sorted order. Reports of dev-coded-2-test.tsv give the test part, the
# others the training part. Writes train.tsv and test.tsv (theme column empty) in OUTDIR; the model's themes are read
# only to choose sentences and are never printed or written, so the coder codes without seeing them.
# Never reads a held-out report (HELD, as /work/gold/FORMATS.md).
# Usage: python3 tools/themes/sample_dev_coded_4.py --link DEVDIR      (once, then run the command above)
#        python3 tools/themes/sample_dev_coded_4.py SENTS.csv OUTDIR
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
    if not f.endswith('.tsv') or not (f.startswith('dev-coded') or f=='gwr-hand-labelled.tsv') or f.startswith('dev-coded-4'): continue
    for line in open(th+f,encoding='utf-8'):
        if line.startswith('#') or line.startswith('file\t'): continue
        p=line.rstrip('\n').split('\t'); coded.add((p[0],int(p[1])))
test={l.split('\t')[0] for l in open(th+'dev-coded-2-test.tsv',encoding='utf-8') if not l.startswith(('#','file'))}
by_doc={}
for r in csv.DictReader(open(sents_csv,encoding='utf-8')):
    by_doc.setdefault(r['doc']+'.txt',[]).append(r)
rng=random.Random(20261204)
rows={'train':[],'test':[]}
for d in docs:
    t=open(os.path.join(root,d),encoding='utf-8').read()
    ss=by_doc[d]; n=len(ss); cut=n//10
    mid=[r for r in ss[cut:n-cut] if 8<=ld(r['text'])<=160 and (d,int(r['start'])) not in coded]
    unsure=[r for r in mid if r['secondary_theme'] or (r['probability'] and float(r['probability'])<0.5)]
    sure=[r for r in mid if r not in unsure]
    pick=rng.sample(unsure,min(12,len(unsure)))+rng.sample(sure,min(3,len(sure)))
    for r in sorted(pick,key=lambda r:int(r['start'])):
        s,e=int(r['start']),int(r['end'])
        rows['test' if d in test else 'train'].append((d,s,e,t[s:e]))
for part in rows:
    with open(os.path.join(out_dir,'%s.tsv'%part),'w',encoding='utf-8') as f:
        for x in rows[part]: f.write('%s\t%d\t%d\t\t%s\n'%x)
    print(part,len(rows[part]))
