# check5_verify.py: checks formulas-check5.tsv against its reports (usage: python3 check5_verify.py formulas-check5.tsv ../../../../../../shared/corpus).
# Verify formulas-check5.tsv: every canonical alternative occurs literally (quote marks ignored) in its report,
# and the row's count equals the outermost-occurrence count over all coded items of that report.
import sys,re,collections
gold,root=sys.argv[1],sys.argv[2]
QUO='“”‘’"'
strip=lambda s:''.join(c for c in s if c not in QUO)
# an alternative that starts/ends with a digit must not be glued to more digits (132 is not inside 1324)
def pat(a):
    p=re.escape(a)
    if a[:1].isdigit(): p=r'(?<![0-9.])'+p
    if a[-1:].isdigit(): p=p+r'(?![0-9.])'
    return p
rows=collections.defaultdict(list)
hdr=None
for l in open(gold,encoding='utf-8'):
    l=l.rstrip('\n')
    if l.startswith('#') or not l: continue
    p=l.split('\t')
    if hdr is None: hdr=p; continue
    d=dict(zip(hdr,p)); rows[d['file']].append(d)
bad=0
for f,rs in rows.items():
    st=strip(open(f"{root}/{f}",encoding='utf-8').read())
    cands=[]
    for k,d in enumerate(rs):
        assert d['split']=='check5'
        for a in d['canonical'].split(' | '):
            n=len(re.findall(pat(strip(a)),st))
            if n==0: print('ABSENT',f,a); bad+=1
            for m in re.finditer(pat(strip(a)),st): cands.append((m.start(),m.end(),k))
    cands.sort(key=lambda c:(-(c[1]-c[0]),c[0]))
    taken=[False]*len(st); cnt=[0]*len(rs)
    for s,e,k in cands:
        if any(taken[s:e]): continue
        for i in range(s,e): taken[i]=True
        cnt[k]+=1
    keys=[strip(d['canonical'].split(' | ')[0]) for d in rs]
    for k,d in enumerate(rs):
        if int(d['count'])!=cnt[k]: print('COUNT',f,d['canonical'],d['count'],'found',cnt[k]); bad+=1
    dups=[k for k,v in collections.Counter(keys).items() if v>1]
    if dups: print('DUP',f,dups); bad+=1
    print(f, len(rs),'items', sum(int(d['count']) for d in rs),'mentions')
print('problems:',bad)
