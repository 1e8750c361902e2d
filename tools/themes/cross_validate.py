# Cross-validation of the shipped theme model's recipe over the hand-coded TRAINING sentences (branch themes6): the 26
# training reports of dev-coded-2-train.tsv in sorted order go to 5 folds (index % 5); each fold's model is trained with
# `policylens themes train` on the four corpora and the other folds' hand-coded training sentences (dev-coded-2-train,
# dev-coded-3-train, dev-coded-3-edges-train, dev-coded-4-train), then scored on the fold with `policylens themes
# validate`. Prints each fold's summary and the summed figures and confusion (rows: human, columns: classifier).
# Never reads a held-out report (training skips them whatever folder it is given; the gold files hold none).
# Usage: python3 tools/themes/cross_validate.py WORKDIR [POLICYLENS_CLI_DLL]   (run from the repository root)
import os, sys, subprocess, re, collections
work=sys.argv[1]; os.makedirs(work,exist_ok=True)
cli=sys.argv[2] if len(sys.argv)>2 else 'src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll'
G='tests/PolicyLens.Tests/Analysis/Themes/'
FILES=['dev-coded-2-train.tsv','dev-coded-3-train.tsv','dev-coded-3-edges-train.tsv','dev-coded-4-train.tsv']
rows=[]
for f in FILES:
    for l in open(G+f,encoding='utf-8'):
        if l.startswith('#') or l.startswith('file\t') or not l.strip(): continue
        rows.append((f,l))
reports=sorted({l.split('\t')[0] for _,l in rows})
fold={r:i%5 for i,r in enumerate(reports)}
H='file\tstart\tend\ttheme\tsentence\n'
conf=collections.Counter(); themed=prim=sec=none=noneok=0
for k in range(5):
    tr=os.path.join(work,'train-%d.tsv'%k); te=os.path.join(work,'test-%d.tsv'%k); model=os.path.join(work,'model-%d.bin'%k)
    with open(tr,'w',encoding='utf-8') as a, open(te,'w',encoding='utf-8') as b:
        a.write(H); b.write(H)
        for _,l in rows: (b if fold[l.split('\t')[0]]==k else a).write(l)
    subprocess.run(['dotnet',cli,'themes','train','../shared/corpus/gwr','../shared/corpus/cpc-congress','../shared/corpus/provincial',
                    '../shared/corpus/municipal','--out',model,'--hand-coded',tr],check=True,stdout=subprocess.DEVNULL)
    out=subprocess.run(['dotnet',cli,'themes','validate',te,'--model',model],check=True,capture_output=True,text=True).stdout
    print('fold',k,' '.join(out.splitlines()[:4]))
    m=re.search(r'sentences (\d+): (\d+) with a theme, (\d+) none',out); n_th=int(m.group(2)); n_no=int(m.group(3))
    m=re.search(r'primary ([\d.]+), primary or secondary ([\d.]+)',out)
    themed+=n_th; prim+=round(float(m.group(1))*n_th); sec+=round(float(m.group(2))*n_th)
    m=re.search(r'none recall ([\d.]+)',out)
    if m and n_no: none+=n_no; noneok+=round(float(m.group(1))*n_no)
    lines=out.splitlines(); i=next(j for j,x in enumerate(lines) if x.startswith('confusion'))
    names=[x.split('\t')[1] for x in lines[i+2:] if x.strip()]
    for x in lines[i+2:]:
        if not x.strip(): continue
        c=x.split('\t')
        for j,v in enumerate(c[2:]): conf[(c[1],names[j])]+=int(v)
print('themed %d: primary %d (%.1f %%), primary or secondary %d (%.1f %%); none %d of %d'%(themed,prim,100*prim/themed,sec,100*sec/themed,noneok,none))
pairs=sorted(((v,a,b) for (a,b),v in conf.items() if a!=b and v),reverse=True)
print('most confused (human -> classifier):'); [print('  %3d  %s -> %s'%p) for p in pairs[:15]]
