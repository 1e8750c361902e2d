"""Recall and per-kind precision of `policylens extract` on chosen DEVELOPMENT reports of the formula gold.

    python3 tools/lexicon/score_gold.py [--cli PATH/PolicyLens.Cli.dll] [--gold GOLD.tsv] provincial/hebei_2026.txt ...

Reads the `split=dev` rows of tests/PolicyLens.Tests/Extraction/Slogans/Gold/formulas.tsv for the reports named (never
held-out rows), runs the CLI on each report and scores as FormulaGoldTests does: a mention counts for an item when its
canonical or surface is one of the item's ` | ` alternatives (quotation marks, 《》 and spaces ignored, ， as 、) and its
kind is one of the item's kinds; precision counts a right item past its coded count as right. Prints the figures, then
what was missed and what is not in the gold. With --cli, an older build can be scored on the same gold (before/after).
"""
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOLD = os.path.join(ROOT, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold", "formulas.tsv")
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))


def norm(s):
    return "".join(c for c in s if not c.isspace() and c not in "“”‘’《》").replace("，", "、")


def main(args):
    cli = os.path.join(ROOT, "src", "PolicyLens.Cli", "bin", "Release", "net10.0", "PolicyLens.Cli.dll")
    gold_path = GOLD
    while args[:1] in (["--cli"], ["--gold"]):
        if args[0] == "--cli":
            cli = args[1]
        else:
            gold_path = args[1]
        args = args[2:]
    gold = collections.defaultdict(list)
    header = None
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if header is None:
            header = f
            continue
        row = dict(zip(header, f))
        if row["split"] == "dev" and row["file"] in args:
            gold[row["file"]].append({"alts": [norm(a) for a in row["canonical"].split("|")], "left": int(row["count"]),
                                      "kinds": set(row["kinds"].split(",")), "canonical": row["canonical"]})
    total = found = 0
    kinds, right = collections.Counter(), collections.Counter()
    missed, wrong = [], []
    for rel in args:
        items = gold[rel]
        if not items:
            sys.exit(f"no dev rows for {rel}")
        total += sum(i["left"] for i in items)
        run = subprocess.run(["dotnet", cli, "extract", "-f", "JsonLines", "--context", "0", os.path.join(CORPUS, rel)],
                             capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            m = json.loads(line)
            kinds[m["kind"]] += 1
            fits = [i for i in items if m["kind"] in i["kinds"] and (norm(m["canonical"]) in i["alts"] or norm(m["surface"]) in i["alts"])]
            if fits:
                right[m["kind"]] += 1
                open_items = [i for i in fits if i["left"] > 0]
                if open_items:
                    open_items[0]["left"] -= 1
                    found += 1
            else:
                wrong.append(f"{rel} {m['kind']}:{m['canonical']}")
        missed += [f"{rel} {i['canonical']}×{i['left']}" for i in items if i["left"] > 0]
    print(f"reports {len(args)}, gold {total}, found {found}, recall {found / total:.1%}")
    for k in sorted(kinds):
        print(f"  {k:9} precision {right[k] / kinds[k]:.1%} ({right[k]}/{kinds[k]})")
    print("missed:", "; ".join(missed))
    print("not in gold:", "; ".join(wrong))


if __name__ == "__main__":
    main(sys.argv[1:])
