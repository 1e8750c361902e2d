# Where recall is lost, by shape, on readable and on unread text side by side (issue 13, session 55). Aggregate only: it
# never prints a formula or a line of an unread text. For the readable fresh sets' golds and for every unread gold it runs
# `evaluate recall --missed`, takes the occurrences missed with each cause, and counts them by shape classes read from the
# coded form and the text around its first place: written in quotation marks, a count label (led by a number word or digit),
# a chain (a list mark inside), the head it ends in (工程, 行动, 计划, 机制, …), its length. A class whose share of the unread
# misses is larger than of the readable ones is where rules written from readable text under-reach fresh text.
# Run from the repository root:  python3 tools/judging/miss_shapes.py CLI.dll [SET ...]
# (SET: unread coded sets to pool instead of every one of readable_wrong.UNREAD_CODED_SETS, e.g. unseen26p.)
import sys, subprocess, glob, os, re, collections

G = 'tests/PolicyLens.Tests/Extraction/Slogans/Gold/'
READABLE = sorted(glob.glob(G + 'formulas-unseen26[dfhijkl]-*.tsv')) + \
    sorted(glob.glob(G + 'formulas-unseen26-cpc*.tsv') + glob.glob(G + 'formulas-unseen26-gd*.tsv')) + \
    sorted(glob.glob(G + 'formulas-unseen26b-*.tsv') + glob.glob(G + 'formulas-unseen26c-*.tsv'))
UNREAD = []
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from readable_wrong import UNREAD_CODED_SETS  # noqa: E402
for s in UNREAD_CODED_SETS:
    UNREAD += sorted(glob.glob(G + 'formulas-%s-*.tsv' % s))
ROOTS = ['../shared/corpus', 'tests/PolicyLens.Tests/Data']
HEADS = ['工程', '行动', '计划', '战略', '机制', '体系', '制度', '模式', '政策', '改革', '建设', '经济', '产业', '品牌',
         '示范', '试点', '中心', '平台', '基地', '园区', '项目', '工作', '发展', '治理', '服务', '思想', '精神', '理念',
         '道路', '格局', '方针', '原则', '目标', '任务', '活动', '专项', '攻坚', '攻坚战', '大会', '规划', '方案', '意见']
COUNT = re.compile(r'^[“"]?[一二三四五六七八九十百千万两双0-9]')


def missed(dll, files):
    out = subprocess.run(['dotnet', dll, 'evaluate', 'recall', *files, '--texts', *ROOTS, '--missed'],
                         capture_output=True, text=True).stdout
    rows = []
    for line in out.split('# missed formulas', 1)[1].splitlines():
        c = line.split('\t')
        if len(c) >= 4 and c[2].isdigit():
            rows.append((c[0], c[1], int(c[2]), c[3].split(' (')[0]))
    return rows


def text_of(rel, cache={}):
    if rel not in cache:
        cache[rel] = ''
        for r in ROOTS:
            p = os.path.join(r, rel)
            if os.path.exists(p):
                cache[rel] = open(p, encoding='utf-8').read()
                break
    return cache[rel]


def shapes(rel, form):
    forms = [f.strip() for f in form.split('|') if f.strip()]
    f0 = forms[0].replace('“', '').replace('”', '')
    text = text_of(rel)
    quoted = any(('“' + f.replace('“', '').replace('”', '') + '”') in text for f in forms)
    out = ['quoted' if quoted else 'unquoted']
    if COUNT.match(f0): out.append('count label')
    if re.search('[、，,；;]', f0): out.append('chain')
    head = next((h for h in sorted(HEADS, key=len, reverse=True) if f0.endswith(h)), None)
    out.append('head ' + head if head else 'other head')
    n = len(f0)
    out.append('length ' + ('2-3' if n <= 3 else '4' if n == 4 else '5-6' if n <= 6 else '7-9' if n <= 9 else '10+'))
    return out


def table(rows):
    by = collections.Counter()
    total = collections.Counter()
    for rel, form, n, cause in rows:
        total[cause] += n
        total['all'] += n
        if cause != 'nothing': continue
        for s in shapes(rel, form): by[s] += n
    return by, total


def main():
    dll = sys.argv[1]
    unread = [f for s in sys.argv[2:] for f in sorted(glob.glob(G + 'formulas-%s-*.tsv' % s))] or UNREAD
    r_by, r_tot = table(missed(dll, READABLE))
    u_by, u_tot = table(missed(dll, unread))
    print('missed occurrences by cause\treadable\tunread')
    for k in sorted(set(r_tot) | set(u_tot), key=lambda k: -r_tot[k]):
        print('%s\t%d\t%d' % (k, r_tot[k], u_tot[k]))
    print('\n"nothing" misses by shape (share of the set\'s "nothing" misses)\treadable\tunread\tunread/readable')
    rn, un = r_tot['nothing'] or 1, u_tot['nothing'] or 1
    for k in sorted(set(r_by) | set(u_by), key=lambda k: -(u_by[k] / un)):
        rs, us = r_by[k] / rn, u_by[k] / un
        print('%s\t%d (%.1f %%)\t%d (%.1f %%)\t%s' % (k, r_by[k], 100 * rs, u_by[k], 100 * us,
                                                    '%.2f' % (us / rs) if rs else '-'))


if __name__ == '__main__':
    main()
