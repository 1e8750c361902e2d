"""Where the missed items of the readable golds are written, and what a build reports there (round 40, overlap40).

    python3 tools/judging/overlap_misses.py BUILD/PolicyLens.Cli.dll [detail|summary]

Replicates FormulaGoldTests' scoring (credit by surface or canonical, kinds that fit) on the readable golds only: the dev rows
of formulas.tsv, formulas-dev-recall*.tsv and the OPENED unseen sets named one by one (never a glob that takes in unseen26e).
`summary` prints each split's recall (it matches the figures script's); `detail` prints, for every item missed as 'holds a
shorter mention' or 'under another kind', each place its coded forms are written and the mentions reported there (the CLI
splits a file into documents; offsets are mapped back to the file through each mention's context)."""
import csv
import glob
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
WT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GOLD = f"{WT}/tests/PolicyLens.Tests/Extraction/Slogans/Gold"
SHARED = os.path.normpath(os.path.join(WT, "..", "shared", "corpus"))
UNSEEN = f"{WT}/tests/PolicyLens.Tests/Data/unseen"
OPENED = ["unseen26-", "unseen26b-", "unseen26c-", "unseen26d-", "unseen26f-", "unseen26h-", "unseen26i-", "unseen26j-", "unseen26k-", "unseen26l-", "unseen26n-", "unseen26p-", "unseen26u-", "unseen26w-"]

def norm(s):
    s = s.replace("《", "").replace("》", "")
    return "".join(c for c in s if not c.isspace() and c not in "“”‘’").replace("，", "、")

def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))

def load():
    gold = []
    for r in rows(f"{GOLD}/formulas.tsv"):
        if r["split"] == "dev":
            gold.append(("dev", r))
    for p in sorted(glob.glob(f"{GOLD}/formulas-dev-recall*.tsv")):
        name = os.path.basename(p)[len("formulas-"):-4]
        gold += [(name, r) for r in rows(p) if r["split"] == "dev"]
    for prefix in OPENED:
        for p in sorted(glob.glob(f"{GOLD}/formulas-{prefix}*.tsv")):
            name = os.path.basename(p)[len("formulas-"):-4]
            if not name.startswith(prefix):
                continue
            gold += [(name, r) for r in rows(p) if r["split"] == "unseen"]
    return gold

def fullpath(rel):
    return os.path.join(UNSEEN, rel[len("unseen/"):]) if rel.startswith("unseen/") else os.path.join(SHARED, rel)

KIND = {"lexicon": "Lexicon", "quoted": "Quoted", "numbered": "Numbered", "parallel": "Parallel", "titled": "Titled", "policy": "Policy"}


def extract(cli, files, extra=()):
    """{file: [mention]} with start/end mapped back to the file (the CLI splits a file into documents)."""
    out = {}
    run = subprocess.run(["dotnet", cli, "extract", *extra, "-f", "jsonl", *[fullpath(f) for f in files]], check=True, capture_output=True, text=True)
    stems = {os.path.splitext(os.path.basename(f))[0]: f for f in files}
    for line in run.stdout.splitlines():
        m = json.loads(line)
        out.setdefault(stems[m["doc"].split("#")[0]], []).append(m)
    for rel, ms in out.items():
        text = open(fullpath(rel), encoding="utf-8").read()
        for m in ms:
            if ("#" not in m["doc"] or m["doc"].endswith("#1")) and text[m["start"]:m["end"]] == m["surface"]:
                continue
            at = place_in(text, m["context"], m["surface"])
            if at is None:
                m["lost"] = True
            else:
                m["start"], m["end"] = at, at + len(m["surface"])
    return out


def place_in(text, ctx, surface):
    """Where the surface stands in the file, found through the words of its context either side (another document of the
    file, or a character the CLI normalised in the context: ％, a joined line); None when no run of them is found."""
    k = ctx.find(surface)
    for width in (20, 10, 5, 2):
        if k < 0:
            return None
        probe = ctx[max(0, k - width):k + len(surface) + width]
        idx = text.find(probe)
        if idx >= 0:
            return idx + (k - max(0, k - width))
    return None


def main():
    cli = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "detail"
    gold = load()
    files = sorted({r["file"] for _, r in gold})
    ments = extract(cli, files)
    bysplit = defaultdict(lambda: defaultdict(list))
    for s, r in gold:
        bysplit[s][r["file"]].append(r)
    totals = {}
    for split in sorted(bysplit):
        g_all = f_all = 0
        for f, items in bysplit[split].items():
            text = open(fullpath(f), encoding="utf-8").read()
            tallies = []
            left = {}
            for r in items:
                kinds = {KIND[k.strip().lower()] for k in r["kinds"].split(",") if k.strip()}
                forms = [norm(a) for a in r["canonical"].split("|") if norm(a)]
                t = {"row": r, "kinds": kinds, "forms": forms, "left": int(r["count"])}
                tallies.append(t)
                for a in forms:
                    left.setdefault(a, t)
                g_all += t["left"]
            reported = []
            for m in ments.get(f, []):
                kind = m["kind"].capitalize() if m["kind"].lower() in KIND else m["kind"]
                kind = KIND.get(m["kind"].lower(), m["kind"])
                fits = lambda t: t is not None and (kind == "Lexicon" or kind in t["kinds"])
                bs, bc = left.get(norm(m["surface"])), left.get(norm(m["canonical"]))
                fitting = [t for t in (bs, bc) if fits(t)]
                g = next((t for t in fitting if t["left"] > 0), fitting[0] if fitting else None)
                if g is not None and g["left"] > 0:
                    g["left"] -= 1
                    f_all += 1
                reported.append((norm(m["canonical"]), norm(m["surface"]), kind, m))
            for t in tallies:
                if t["left"] <= 0:
                    continue
                forms = t["forms"]
                same = [r for r in reported if r[0] in forms or r[1] in forms]
                other = min(t["left"], sum(1 for r in same if not (r[2] == "Lexicon" or r[2] in t["kinds"])))
                cause = None
                if other > 0:
                    cause = "another-kind"
                lft = t["left"] - other
                if lft > 0:
                    if any(r[2] == "Lexicon" or r[2] in t["kinds"] for r in same):
                        c2 = "fewer"
                    elif any(any(fm in r[1] or fm in r[0] for fm in forms) for r in reported):
                        c2 = "longer"
                    elif any(len(r[1]) >= 2 and any(r[1] in fm for fm in forms) for r in reported):
                        c2 = "shorter"
                    else:
                        c2 = "nothing"
                if mode == "detail" and (cause == "another-kind" or (lft > 0 and c2 == "shorter")):
                    label = ("another-kind" if cause else "") + ("+" if cause and lft > 0 and c2 == "shorter" else "") + ("shorter" if lft > 0 and c2 == "shorter" else "")
                    print(f"=== {split}\t{f}\t{t['row']['canonical']}\tcount {t['row']['count']} left {t['left']}\tkinds {t['row']['kinds']}\t[{label}]\tnote: {t['row'].get('note','')[:120]}")
                    # places
                    places = []
                    for fm in forms:
                        raw = fm
                        # find occurrences allowing quotes/《》 in text: build regex
                        pat = "".join(re.escape(ch) + "[“”‘’《》\\s]*" for ch in raw)
                        pat = "[“‘《]?" + pat
                        for mm in re.finditer(pat.replace("、", "[、，]"), text):
                            places.append((mm.start(), mm.end()))
                    places = sorted(set(places))
                    for (a, b) in places[:8]:
                        over = [m for m in ments.get(f, []) if m["start"] < b and m["end"] > a]
                        ctx = text[max(0, a - 25):b + 15].replace("\n", " ")
                        print(f"   @{a} …{ctx}…")
                        for m in over:
                            print(f"      -> {m['kind']}\t{m['surface']}\t| {m['canonical']}\t[{m['start']},{m['end']}) {m.get('subtype','')}")
                        if not over:
                            print("      -> (nothing)")
        totals[split] = (g_all, f_all)
        if mode != "detail":
            print(f"{split}: gold {g_all} found {f_all} {100*f_all/g_all:.1f} %")

if __name__ == "__main__":
    main()
