# The learned span proposer's experiment (issue 13, round 81): features of every candidate span by shape and context, a linear
# classifier cross-validated by text (5 folds, no text in both), a greedy decode to non-overlapping proposals, and the figures
# the round asks for (coverage, proposals and precision against the gold at fixed precisions, coded occurrences found, the
# start build's "nothing" misses found and how many of those have a form no training-fold gold codes), plus a seeded sample
# of proposals neither the gold codes nor the build reports, written for a reader to judge.
import argparse
import collections
import json
import os
import random
import sys

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier, LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spans  # noqa: E402

OPEN_QUOTES, CLOSE_QUOTES = set("“‘「『\""), set("”’」』\"")


def bucket(n, edges):
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def char_class(c):
    if c in spans.NUMERALS:
        return "N"
    if c == "、":
        return "D"
    if c.isascii() and c.isalpha():
        return "A"
    return "C"


class Prepared:
    """One text with its candidates, their features, labels and the offsets the figures need."""

    def __init__(self, key, path, rows, residual=False):
        self.key = key
        self.doc = spans.Document(key, path)
        self.rows = rows
        self.forms = {a for _, alts, _, _ in rows for a in alts}
        self.occurrences = self.doc.occurrences(rows)
        self.cands = list(self.doc.candidates())
        self.strings = [self.doc.match[s:e] for s, e, _, _ in self.cands]
        original = self.doc.original
        # quote depth along the file: whether an offset lies inside “…”
        depth, inside = 0, []
        for c in original:
            if c in "“「『":
                depth += 1
            inside.append(depth > 0)
            if c in "”」』" and depth > 0:
                depth -= 1
        self.inside_quote = inside
        covered = bytearray(len(original) + 1)
        self.build = spans.build_mentions(key)
        for a, b, _, _ in self.build:
            for i in range(a, min(b, len(original))):
                covered[i] = 1
        self.covered = covered
        if residual:
            # the residual task: only spans the start build leaves untouched are candidates (what a proposer could add)
            self.cands = [c for c in self.cands if not self.reported(c[0], c[1])]
            self.strings = [self.doc.match[s:e] for s, e, _, _ in self.cands]

    def reported(self, s, e):
        """Whether the start build reports a mention overlapping the candidate text span [s, e)."""
        a, b = spans.original_span(self.doc, s, e)
        return any(self.covered[a:b])

    def features(self, repetition, df):
        doc, text, original = self.doc, self.doc.text, self.doc.original
        words = doc.words
        out = []
        for (s, e, k, j), form in zip(self.cands, self.strings):
            t = text[s:e]
            a, b = spans.original_span(doc, s, e)
            before = original[a - 1] if a > 0 else "^"
            after = original[b] if b < len(original) else "$"
            first_word, last_word = text[words[k][0]:words[k][1]], text[words[j][0]:words[j][1]]
            prev_word = text[words[k - 1][0]:words[k - 1][1]] if k > 0 else "^"
            next_word = text[words[j + 1][0]:words[j + 1][1]] if j + 1 < len(words) else "$"
            if before in OPEN_QUOTES and after in CLOSE_QUOTES:
                q = "exact"
            elif before == "《" and after == "》":
                q = "book"
            elif self.inside_quote[a] or (b - 1 < len(self.inside_quote) and self.inside_quote[b - 1]):
                q = "in"
            elif before in OPEN_QUOTES:
                q = "open"
            elif after in CLOSE_QUOTES:
                q = "close"
            else:
                q = "no"
            prev_text = text[s - 1] if s > 0 else "^"
            next_text = text[e] if e < len(text) else "$"
            cs = prev_text in spans.HARD or prev_text == "^"
            ce = next_text in spans.HARD or next_text == "$"
            shape = "".join(char_class(c) for c in t[:3])
            n_dun = t.count("、")
            rep = bucket(repetition[form], (1, 2, 4, 8))
            d = bucket(df[form] - 1, (0, 1, 3, 9, 30))
            length = bucket(len(t), tuple(range(2, 21)) + (24, 28))
            f = [
                "bias", "len=" + length, f"nw={j - k + 1}", "f1=" + t[0], "f2=" + t[:2], "l1=" + t[-1], "l2=" + t[-2:],
                "l3=" + t[-3:], "fw=" + first_word, "lw=" + last_word, "pw=" + prev_word, "nw=" + next_word,
                "pc=" + before, "nc=" + after, "q=" + q, f"cs={cs}", f"ce={ce}", f"dun={min(n_dun, 4)}", "shape=" + shape,
                "rep=" + rep, "df=" + d, "q|l1=" + q + t[-1], "q|len=" + q + length, "pw|l2=" + prev_word + "|" + t[-2:],
                f"cse={cs}{ce}{q}", "l2|ce=" + t[-2:] + str(ce), "f1|df=" + shape + d, "rep|df=" + rep + d,
                "pc|fw=" + before + first_word, "lw|nc=" + last_word + after, f"dun|len={min(n_dun, 4)}{length}",
            ]
            out.append(f)
        return out


def greedy(scores, prepared, floor):
    """Non-overlapping proposals of one text: highest score first, a span overlapping one taken is dropped."""
    order = np.argsort(-scores)
    taken = bytearray(len(prepared.doc.text) + 1)
    chosen = []
    for i in order:
        if scores[i] < floor:
            break
        s, e, _, _ = prepared.cands[i]
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(i)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", choices=["sgd", "logistic"], default="logistic")
    parser.add_argument("--out", default="/tmp/proposer81/run")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--residual", action="store_true",
                        help="train and decode on the spans the start build leaves untouched only")
    parser.add_argument("--sample-threshold", type=float, default=None,
                        help="draw the sample to judge at this score (default: the restricted 80 %% row's threshold)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    texts, gold = spans.texts(), spans.gold()
    keys = sorted(k for k in gold if k in texts)
    prepared = [Prepared(k, texts[k], gold[k], args.residual) for k in keys]
    df = collections.Counter()
    for p in prepared:
        df.update(set(p.strings))

    # coverage
    occ_total = sum(len(p.occurrences) for p in prepared)
    occ_cov = sum(sum((s, e) in {(c[0], c[1]) for c in p.cands} for s, e, _ in p.occurrences) for p in prepared)

    # the start build's "nothing" misses: occurrences of the listed formulas that no build mention overlaps
    missed = spans.missed_nothing()
    nothing = {}  # key -> set of (s, e)
    unmatched = 0
    for p in prepared:
        listed = {spans.normal(f) for (t, f) in missed if t == p.key}
        rows = {rid for rid, alts, canonical, _ in p.rows if spans.normal(canonical.split(" | ")[0]) in listed}
        unmatched += len(listed) - len({spans.normal(c.split(" | ")[0]) for rid, _, c, _ in p.rows if rid in rows})
        nothing[p.key] = {(s, e) for s, e, rid in p.occurrences if rid in rows and not p.reported(s, e)}
    nothing_total = sum(len(v) for v in nothing.values())
    nothing_cov = sum(sum((s, e) in {(c[0], c[1]) for c in p.cands} for s, e in nothing[p.key]) for p in prepared)

    hasher = FeatureHasher(n_features=2 ** 21, input_type="string", alternate_sign=False)
    blocks, labels, groups = [], [], []
    for g, p in enumerate(prepared):
        repetition = collections.Counter(p.strings)
        blocks.append(hasher.transform(p.features(repetition, df)))
        labels.append(np.array([s in p.forms for s in p.strings], dtype=np.int8))
        groups.append(np.full(len(p.strings), g))
    from scipy.sparse import vstack
    X, y, grp = vstack(blocks).tocsr(), np.concatenate(labels), np.concatenate(groups)
    print(f"candidates {X.shape[0]}, positives {int(y.sum())}, texts {len(prepared)}", flush=True)

    scores = np.zeros(len(y))
    fold_of = {}
    for fold, (train, test) in enumerate(GroupKFold(n_splits=5).split(X, y, grp)):
        if args.model == "sgd":
            model = SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=20, tol=None, random_state=81)
        else:
            model = LogisticRegression(C=0.5, solver="liblinear", max_iter=200)
        model.fit(X[train], y[train])
        scores[test] = model.decision_function(X[test])
        for g in np.unique(grp[test]):
            fold_of[int(g)] = (fold, set(np.unique(grp[train]).tolist()))
        print(f"fold {fold} done", flush=True)

    # decode every text; keep proposal rows
    offset, proposals = 0, []
    for g, p in enumerate(prepared):
        n = len(p.strings)
        sc = scores[offset:offset + n]
        train_forms = set()
        for h in fold_of[g][1]:
            train_forms |= prepared[h].forms
        occ = {(s, e): rid for s, e, rid in p.occurrences}
        for i in greedy(sc, p, floor=-4.0):
            s, e, _, _ = p.cands[i]
            form = p.strings[i]
            proposals.append({
                "text": p.key, "g": g, "s": s, "e": e, "form": form, "score": float(sc[i]),
                "right": form in p.forms, "occurrence": (s, e) in occ, "nothing": (s, e) in nothing[p.key],
                "novel": form not in train_forms, "reported": p.reported(s, e),
            })
        offset += n
    proposals.sort(key=lambda r: -r["score"])

    def at_precision(rows, target):
        right, best = 0, None
        for k, r in enumerate(rows, 1):
            right += r["right"]
            if right / k >= target:
                best = k
        return rows[:best] if best else []

    report = {"coverage": {"occurrences": occ_total, "candidates_exact": occ_cov, "nothing": nothing_total,
                           "nothing_exact": nothing_cov, "nothing_listed_unmatched": unmatched,
                           "candidates": int(X.shape[0])}, "table": []}
    for restricted in (False, True):
        pool = [r for r in proposals if not (restricted and r["reported"])]
        for target in (0.5, 0.7, 0.8, 0.9):
            chosen = at_precision(pool, target)
            report["table"].append({
                "restricted_to_unreported": restricted, "target": target, "proposals": len(chosen),
                "threshold": chosen[-1]["score"] if chosen else None,
                "right": sum(r["right"] for r in chosen),
                "precision": round(sum(r["right"] for r in chosen) / len(chosen), 3) if chosen else None,
                "occurrences_found": sum(r["occurrence"] for r in chosen),
                "nothing_found": sum(r["nothing"] for r in chosen),
                "nothing_found_novel": sum(r["nothing"] and r["novel"] for r in chosen),
                "right_novel": sum(r["right"] and r["novel"] for r in chosen),
            })
    with open(os.path.join(args.out, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    with open(os.path.join(args.out, "proposals.tsv"), "w", encoding="utf-8") as f:
        f.write("text\tstart\tend\tform\tscore\tright\toccurrence\tnothing\tnovel\treported\n")
        for r in proposals:
            f.write(f"{r['text']}\t{r['s']}\t{r['e']}\t{r['form']}\t{r['score']:.3f}\t{int(r['right'])}\t"
                    f"{int(r['occurrence'])}\t{int(r['nothing'])}\t{int(r['novel'])}\t{int(r['reported'])}\n")
    print(json.dumps(report, ensure_ascii=False, indent=1))

    # the sample to judge: at the threshold of the best (80 %) restricted row, neither coded nor reported, seeded
    row80 = next(t for t in report["table"] if t["restricted_to_unreported"] and t["target"] == 0.8)
    threshold = args.sample_threshold if args.sample_threshold is not None else row80["threshold"]
    if threshold is not None:
        pool = [r for r in proposals if r["score"] >= threshold and not r["right"] and not r["reported"]]
        rng = random.Random(81)
        sample = rng.sample(pool, min(args.sample, len(pool)))
        by_key = {p.key: p for p in prepared}
        with open(os.path.join(args.out, "sample.tsv"), "w", encoding="utf-8") as f:
            f.write("n\ttext\tform\tscore\tsentence\tverdict\treason\n")
            for n, r in enumerate(sample, 1):
                doc = by_key[r["text"]].doc
                text = doc.original
                a, b = spans.original_span(doc, r["s"], r["e"])
                left = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
                right = min(x for x in (text.find("。", b), text.find("\n", b), len(text)) if x >= 0)
                sentence = text[left:a] + "【" + text[a:b] + "】" + text[b:right + 1]
                f.write(f"{n}\t{r['text']}\t{text[a:b]}\t{r['score']:.3f}\t{sentence.strip()}\t\t\n")
        print(f"sample of {len(sample)} from {len(pool)} written")


if __name__ == "__main__":
    main()
