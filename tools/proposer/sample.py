# Draws the seeded sample of the span proposer's proposals that the gold does not code and the start build does not report,
# at a score threshold, each shown in its sentence (quotation marks as the text writes them), for a reader to judge by the
# codebook (issue 13, round 81). Usage: sample.py RUN_DIR THRESHOLD [N] > sample.tsv
import csv
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spans  # noqa: E402

run, threshold = sys.argv[1], float(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
rows = list(csv.DictReader(open(os.path.join(run, "proposals.tsv"), encoding="utf-8"), delimiter="\t"))
pool = [r for r in rows if float(r["score"]) >= threshold and r["right"] == "0" and r["reported"] == "0"]
sample = random.Random(81).sample(pool, min(n, len(pool)))
texts = spans.texts()
docs = {}
print(f"# {len(sample)} drawn (seed 81) from {len(pool)} proposals scoring >= {threshold} that the gold does not code "
      f"and the start build does not report")
print("n\ttext\tform\tscore\tsentence\tverdict\treason")
for k, r in enumerate(sample, 1):
    doc = docs.setdefault(r["text"], spans.Document(r["text"], texts[r["text"]]))
    a, b = spans.original_span(doc, int(r["start"]), int(r["end"]))
    t = doc.original
    left = max(t.rfind("。", 0, a), t.rfind("\n", 0, a), t.rfind("；", 0, a)) + 1
    right = min(x for x in (t.find("。", b), t.find("\n", b), t.find("；", b), len(t)) if x >= 0)
    sentence = (t[left:a] + "【" + t[a:b] + "】" + t[b:right + 1]).strip()
    print(f"{k}\t{r['text']}\t{t[a:b]}\t{r['score']}\t{sentence}\t\t")
