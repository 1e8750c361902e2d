"""Round 91 (quotedtail91): every readable place where a quoted label is followed, outside its marks, by a few words and a
head (“LABEL”[DESCRIPTOR]HEAD: “白名单”管理, “快进慢游”旅游交通网络) and no reported mention touches the label or the head;
counted by head (counts only by default).

    python3 tools/judging/quoted_tail91.py CLI.dll                 counts per head
    python3 tools/judging/quoted_tail91.py CLI.dll sample HEAD N   N places of one head with their context (readable text)
    python3 tools/judging/quoted_tail91.py CLI.dll heads           the last two characters of the coded forms that take in a
                                                                   quoted label and words after its marks, where nothing is
                                                                   reported (the heads the golds show)

Reads only readable texts (lexicon_drops89.readable_files(): corpus_files' readable reports, national texts and opened
unseen sets), the readable golds (overlap_misses.load()) and the readable judged files (lexicon_drops89.judged_rows(), named
by set prefix, never a glob over Gold/). A place is a label of 1–14 characters between “ and ” (no mark, comma, full stop or
line break inside) followed by the shortest run of 0–6 Han characters (none of 等的和与及或之各为期到在是了) ending in a head
of HEADS at a token-like edge (the head not followed by another character that makes a longer word is not checked here: the
stage checks it). Per head: places; documents; places in a document a readable gold covers; of those, coded whole (a coded
form of the document ends in LABEL+DESCRIPTOR+HEAD, words before the label allowed), coded as the label alone, not coded;
readable judged rows overlapping the place (right / wrong, any build). QUOTED_TAIL_CACHE=FILE keeps the build's mentions in a
pickle, so several heads can be sampled from one run.

Round 91's start build (main after round 90): 386 places under 52 heads, 334 in gold-covered documents: 62 coded whole, 97 as
the bare label, 175 not coded; judged 5 right, 39 wrong. By head: 品牌 71 (7 of 62 covered coded whole), 活动 46 (2/33),
平台 39 (6/38), 服务 37 (4/35), 建设 31 (1/25), 项目 21 (3/18), 产业 17 (1/17), 工作 9 (0/8), 治理 8 (3/5), 工程 8 (2/4),
示范 7 (0/7), 管理 6 (1/6), 政策 6 (0/5), 帮扶 6 (3/4), 网络 5 (1/4), and 37 heads of 1–3 places. Taken in round 91
(DescribedLabelProgramme): 帮扶, and 模式/机制/制度/思路 right after the label (13 places); after it 373 places (54 coded whole).
"""
import collections
import os
import pickle
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "lexicon"))
from lexicon_drops89 import judged_rows, readable_files  # noqa: E402
from overlap_misses import extract, load, norm  # noqa: E402

HEADS = [
    "战略", "体系", "制度", "要求", "方针", "理念", "工作法", "改革", "政策", "专项治理", "专项整治", "专项行动", "整治", "治理",
    "服务站", "服务", "品牌", "工作", "管理", "业务", "事项", "平台", "基地", "园区", "中心", "示范区", "新业态", "帮扶", "交易",
    "网络", "学校", "工程", "行动", "计划", "模式", "机制", "活动", "建设", "试点", "行动计划", "项目", "体制", "格局", "布局",
    "经济", "产业", "工作室", "工作站", "联盟", "经验", "做法", "目标", "任务", "标准", "体制机制", "改革试点", "攻坚战",
    "攻坚行动", "三年行动", "工作机制", "服务机制", "模式", "路径", "思路", "方案", "战役", "大会", "论坛", "工作体系",
    "治理体系", "新模式", "示范", "计划", "专班", "指数", "发展战略", "总体要求", "虚拟园区", "功能区", "清单", "名单",
]
HEADS = sorted(set(HEADS), key=len)
MAX_LABEL = 14
MAX_DESCRIPTOR = 6
NO_DESCRIPTOR = "等的和与及或之各为期到在是了"
NO_LABEL = "“”‘’，。；：！？,\n"


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def places_in(text):
    """(open, close, end, label, tail, head) of every “LABEL”[DESCRIPTOR]HEAD in the text (the shortest tail per head list)."""
    k = text.find("”")
    while k >= 0:
        close = k
        k = text.find("”", k + 1)
        open_ = text.rfind("“", max(0, close - MAX_LABEL - 1), close)
        if open_ < 0 or not 1 <= close - open_ - 1 <= MAX_LABEL or any(c in NO_LABEL for c in text[open_ + 1:close]):
            continue
        for end in range(close + 2, min(len(text), close + 1 + MAX_DESCRIPTOR + 5) + 1):
            last = text[end - 1]
            if not is_han(last) or last in NO_DESCRIPTOR:
                break
            tail = text[close + 1:end]
            head = next((h for h in sorted(HEADS, key=len, reverse=True) if tail.endswith(h) and len(tail) - len(h) <= MAX_DESCRIPTOR), None)
            if head:
                yield open_, close, end, text[open_ + 1:close], tail, head
                break


def main():
    cli = sys.argv[1]
    files = readable_files()
    rels = [rel for rel, _ in files]
    full = dict(files)
    cache = os.environ.get("QUOTED_TAIL_CACHE")  # a pickle of the build's mentions, to sample several heads from one run
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            reported = pickle.load(f)
    else:
        reported = extract(cli, rels)
        if cache:
            with open(cache, "wb") as f:
                pickle.dump(reported, f)
    coded = collections.defaultdict(set)
    for _, r in load():
        coded[r["file"]].update(norm(a) for a in r["canonical"].split("|") if norm(a))
    judged = judged_rows()
    by_head = collections.defaultdict(list)
    heads_seen = collections.Counter()
    for rel in rels:
        text = open(full[rel], encoding="utf-8").read()
        spans = [(m["start"], m["end"]) for m in reported.get(rel, []) if not m.get("lost")]
        for open_, close, end, label, tail, head in places_in(text):
            if any(s < end and e > open_ for s, e in spans):
                continue
            whole = norm(label + tail)
            gold = coded.get(rel)
            if gold is None:
                state = "-"
            elif any(g.endswith(whole) for g in gold):
                state = "whole"
            elif norm(label) in gold:
                state = "label"
            else:
                state = "none"
            v = collections.Counter("right" if j[3].startswith("right") else "wrong"
                                    for j in judged.get(rel, []) if j[0] < end and j[1] > open_)
            by_head[head].append((rel, open_, end, label, tail, state, v))
        if len(sys.argv) > 2 and sys.argv[2] == "heads" and rel in coded:
            for k in range(len(text)):
                if text[k] != "“":
                    continue
                close = text.find("”", k)
                if close < 0 or close - k > MAX_LABEL + 1 or any(s < close + 3 and e > k for s, e in spans):
                    continue
                label = norm(text[k + 1:close])
                best = None
                for end in range(close + 2, min(len(text), close + 12) + 1):
                    if norm(label + text[close + 1:end]) in coded[rel]:
                        best = text[close + 1:end]
                if best:
                    heads_seen[best[-2:]] += 1
    if len(sys.argv) > 2 and sys.argv[2] == "heads":
        for h, n in heads_seen.most_common():
            print(f"{h}\t{n}")
        return
    if len(sys.argv) > 3 and sys.argv[2] == "sample":
        rows = by_head[sys.argv[3]]
        random.Random(91).shuffle(rows)
        for rel, a, b, label, tail, state, v in rows[: int(sys.argv[4]) if len(sys.argv) > 4 else 25]:
            text = open(full[rel], encoding="utf-8").read()
            ctx = (text[max(0, a - 20):a] + "【" + text[a:b] + "】" + text[b:b + 12]).replace("\n", " ")
            print(f"{os.path.basename(rel)}\t{state}\t{dict(v) or ''}\t{ctx}")
        return
    print("head\tplaces\tdocuments\tin gold-covered docs\tcoded whole\tcoded as label\tnot coded\tjudged right\tjudged wrong")
    total = collections.Counter()
    for head, rows in sorted(by_head.items(), key=lambda kv: -len(kv[1])):
        c = collections.Counter(r[5] for r in rows)
        right = sum(r[6]["right"] for r in rows)
        wrong = sum(r[6]["wrong"] for r in rows)
        covered = c["whole"] + c["label"] + c["none"]
        print(f"{head}\t{len(rows)}\t{len({r[0] for r in rows})}\t{covered}\t{c['whole']}\t{c['label']}\t{c['none']}\t{right}\t{wrong}")
        total.update(places=len(rows), covered=covered, whole=c["whole"], label=c["label"], none=c["none"], right=right, wrong=wrong)
    t = total
    print(f"all\t{t['places']}\t-\t{t['covered']}\t{t['whole']}\t{t['label']}\t{t['none']}\t{t['right']}\t{t['wrong']}")


if __name__ == "__main__":
    main()
