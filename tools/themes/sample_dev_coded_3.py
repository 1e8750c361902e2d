# Draws the sentences of the third development theme coding (tests/PolicyLens.Tests/Analysis/Themes/dev-coded-3-*.tsv,
# branch themes5): per development report, 5 random sentences of 8-160 letters and digits from its middle and 1 each
# from its first and last twentieth (random.Random(20261203)), then its first and last 8 sentences (the openings and
# closings), less every sentence coded before. Reports of dev-coded-2-test.tsv give the test parts, the others the
# training parts. Writes train.tsv, test.tsv, edges-train.tsv, edges-test.tsv (theme column empty) into the folder given
# (default: here); the themes were then coded by hand. Never reads a held-out report (HELD, as /work/gold/FORMATS.md).
# Usage: python3 tools/themes/sample_dev_coded_3.py OUTDIR   (run from anywhere; ../shared beside the repository)
import random, os, sys, csv
here=os.path.dirname(os.path.abspath(__file__))
root=os.path.join(here,'..','..','..','shared','corpus')
th=os.path.join(here,'..','..','tests','PolicyLens.Tests','Analysis','Themes')+os.sep
out_dir=sys.argv[1] if len(sys.argv)>1 else '.'
HELD={'provincial/%s_2026.txt'%p for p in 'shanxi tianjin hainan xizang yunnan ningxia guangxi shandong shanghai neimenggu'.split()}|{'municipal/zhumadian_%d.txt'%y for y in (2012,2013,2016,2019,2021,2022)}
ends='。！？!?'; closers='”’」』）)》"\''
def split(t):
    out=[];start=0;i=0;n=len(t)
    while i<=n:
        lb = i==n or t[i] in '\n\r'
        if lb: end=i
        elif t[i] in ends:
            end=i+1
            while end<n and t[end] in closers: end+=1
        else:
            i+=1;continue
        s,e=start,end
        while s<e and t[s].isspace(): s+=1
        while e>s and t[e-1].isspace(): e-=1
        if e>s: out.append((s,e))
        if lb: start=i+1; i+=1
        else: start=end; i=end
    return out
def ld(s): return sum(1 for c in s if c.isalnum())
coded=set()
for f in ['dev-coded.tsv','dev-coded-2-train.tsv','dev-coded-2-test.tsv','gwr-hand-labelled.tsv']:
    for line in open(th+f,encoding='utf-8'):
        if line.startswith('#') or line.startswith('file\t'): continue
        p=line.rstrip('\n').split('\t')
        coded.add((p[0],int(p[1])))
test={l.split('\t')[0] for l in open(th+'dev-coded-2-test.tsv',encoding='utf-8') if not l.startswith(('#','file'))}
docs=sorted([('provincial/'+f) for f in os.listdir(root+'/provincial')]+[('municipal/'+f) for f in os.listdir(root+'/municipal')])
docs=[d for d in docs if d.endswith('.txt') and d not in HELD]
rng=random.Random(20261203)
rows={'train':[],'test':[]}
for d in docs:
    t=open(os.path.join(root,d),encoding='utf-8').read()
    sents=[(s,e) for s,e in split(t) if 8<=ld(t[s:e])<=160 and (d,s) not in coded]
    n=len(sents); edge=max(3,n//20)
    head=sents[:edge]; tail=sents[-edge:]; mid=sents[edge:-edge]
    pick=rng.sample(mid,5)+rng.sample(head,1)+rng.sample(tail,1)
    part='test' if d in test else 'train'
    for s,e in sorted(pick):
        rows[part].append((d,s,e,t[s:e]))
for part in rows:
    with open(os.path.join(out_dir,'%s.tsv'%part),'w',encoding='utf-8') as f:
        for r in rows[part]: f.write('%s\t%d\t%d\t\t%s\n'%r)
    print(part,len(rows[part]))
print(len(docs))
for part in rows:
    for d,s_,e_,_ in rows[part]: coded.add((d,s_))
out={'train':[],'test':[]}
for d in docs:
    t=open(os.path.join(root,d),encoding='utf-8').read()
    ss=[(s,e) for s,e in split(t) if ld(t[s:e])>=2]
    pick=ss[:8]+ss[-8:]
    part='test' if d in test else 'train'
    for s,e in pick:
        if (d,s) in coded: continue
        out[part].append((d,s,e,t[s:e]))
for part in out:
    with open(os.path.join(out_dir,'edges-%s.tsv'%part),'w',encoding='utf-8') as f:
        for r in out[part]: f.write('%s\t%d\t%d\t\t%s\n'%r)
    print(part,len(out[part]))
