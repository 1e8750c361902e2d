# How far a lexicon drawn from readable text could carry recall on the unread texts (issue 13, session 51). Aggregate only:
# it never prints a formula or a line of text. Of the coded occurrences on the 28 unread texts that the build misses with
# cause "nothing" (no mention shares the form), it counts how many have a form written anywhere in the readable texts
# (national gwr and cpc-congress, the readable reports, the opened unseen sets: tools/lexicon/corpus_files.py), in how many
# of them, and how many are coded in some readable gold. Run from the repository root:
#   python3 tools/judging/nothing_ceiling.py CLI.dll [SET ...]
# (SET: unread coded sets to pool instead of every one of readable_wrong.UNREAD_CODED_SETS, e.g. unseen26p.)
import sys, subprocess, glob, os, re
sys.path.insert(0,'tools/lexicon'); import corpus_files as cf
G='tests/PolicyLens.Tests/Extraction/Slogans/Gold/'
F=[]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from readable_wrong import UNREAD_CODED_SETS  # noqa: E402
for s in (sys.argv[2:] or UNREAD_CODED_SETS): F+=sorted(glob.glob(G+'formulas-%s-*.tsv'%s))
out=subprocess.run(['dotnet',sys.argv[1],'evaluate','recall',*F,'--texts','../shared/corpus','tests/PolicyLens.Tests/Data','--missed'],capture_output=True,text=True).stdout
sec=out.split('# missed formulas',1)[1]
miss=[]
for l in sec.splitlines():
    c=l.split('\t')
    if len(c)>=4 and c[3].startswith('nothing') and c[2].isdigit(): miss.append((c[1],int(c[2])))
texts=[]
for rel,_ in cf.national(): texts.append(open(cf.path(rel),encoding='utf8').read())
for p in cf.readable_reports(): texts.append(open(p if os.path.isabs(p) else cf.path(p),encoding='utf8').read())
for p in cf.opened_unseen(): texts.append(open(p,encoding='utf8').read())
rg=[]
for p in sorted(glob.glob(G+'formulas-unseen26*.tsv'))+sorted(glob.glob(G+'formulas-dev*.tsv')):
    # The readable golds only: no unread set's (until session 62 this skipped 26e, 26m and 26n by name, so unseen26o's gold
    # was counted as readable from session 60 and unseen26n's left out after it was opened).
    if any(('formulas-%s-' % s) in p for s in UNREAD_CODED_SETS): continue
    for l in open(p,encoding='utf8'):
        c=l.split('\t')
        if len(c)>2 and not l.startswith('#'): rg+= [f.strip() for f in c[2].split('|')]
rg=set(rg)
tot=0; b={'0':0,'1':0,'2-4':0,'5+':0}; coded=0
for form,n in miss:
    forms=[f.strip().replace('“','').replace('”','') for f in form.split('|')]
    k=sum(1 for t in texts if any(f and f in t for f in forms))
    key='0' if k==0 else '1' if k==1 else '2-4' if k<5 else '5+'
    b[key]+=n; tot+=n
    if any(f in rg for f in forms): coded+=n
print('texts searched',len(texts),'missed-nothing occurrences',tot,'rows',len(miss))
print('readable texts writing a form:',b)
print('coded in some readable gold:',coded)
