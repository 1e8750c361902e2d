"""Where a formula the build reports is written more often than it is reported (round 41, fewer41).

    python3 tools/judging/fewer_times.py BUILD/PolicyLens.Cli.dll [trace] [detail|summary]

For every item of the READABLE golds (the dev rows of formulas.tsv, formulas-dev-recall*.tsv and the opened unseen sets named
one by one, as overlap_misses.py reads them) that the figures script counts as "missed, found fewer times" (coded N times,
credited fewer, the same form reported elsewhere in the report), it lists each place the text writes one of the item's coded
forms and what the build reports there:

  reported        a mention of the item's form (or canonical) at the place;
  inside-coded    the place lies inside a longer coded item of the same report (the codebook's count rule: not counted
                  again unless an alternative), with that item's canonical;
  nested-in       the build finds the form there only inside a longer mention (--nested), which wins the place;
  matcher:/step:/resolve:  with `trace`, what the build's drop trace (POLICYLENS_TRACE=1, DropTrace.cs) says dropped the
                  formula's candidate: a LexiconMatcher guard (matcher:CutsAWord …), a step of SloganExtractor
                  (step:ProperNameWord …) or the mentions that won its span in overlap resolution (resolve:…);
  no-candidate    no candidate at all: the lexicon has no such spelling, or the trie's whole-token check never proposed it.

The last column of each item's head line compares the coded count with the places written outside another coded item:
a count above them is the coder's over-count (or a spelling this script does not search). Without `trace` the guard column
is left empty. `summary` prints one line per place, tab-separated, for counting by cause.
"""
import hashlib
import os
import re
import subprocess
import sys
from collections import defaultdict

# The readable golds (dev, dev-recall*, the opened unseen sets named one by one: a glob like formulas-unseen26*.tsv would take
# in the set still measuring), the text paths and the CLI's mentions placed in their files are read as overlap_misses.py reads
# them: one definition for both tools.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from overlap_misses import KIND, extract, fullpath, load, norm, place_in  # noqa: E402


def score(items, mentions):
    """FormulaGoldTests' credit (surface first, then canonical, kinds that fit) and each row's cause of a miss."""
    tallies, left = [], {}
    for r in items:
        kinds = {KIND[k.strip().lower()] for k in r["kinds"].split(",") if k.strip()}
        forms = [norm(a) for a in r["canonical"].split("|") if norm(a)]
        t = {"row": r, "kinds": kinds, "forms": forms, "left": int(r["count"]), "cause": None}
        tallies.append(t)
        for a in forms:
            left.setdefault(a, t)
    reported = []
    for m in mentions:
        kind = KIND.get(m["kind"].lower(), m["kind"])
        fitting = [t for t in (left.get(norm(m["surface"])), left.get(norm(m["canonical"])))
                   if t is not None and (kind == "Lexicon" or kind in t["kinds"])]
        g = next((t for t in fitting if t["left"] > 0), None)
        if g is not None:
            g["left"] -= 1
        m["credited"] = g["row"]["canonical"] if g is not None else None
        reported.append((norm(m["canonical"]), norm(m["surface"]), kind))
    for t in tallies:
        if t["left"] <= 0:
            continue
        same = [r for r in reported if r[0] in t["forms"] or r[1] in t["forms"]]
        other = min(t["left"], sum(1 for r in same if not (r[2] == "Lexicon" or r[2] in t["kinds"])))
        if t["left"] - other > 0:
            if any(r[2] == "Lexicon" or r[2] in t["kinds"] for r in same):
                t["cause"] = "fewer"
            elif any(any(fm in r[1] or fm in r[0] for fm in t["forms"]) for r in reported):
                t["cause"] = "longer"
            elif any(len(r[1]) >= 2 and any(r[1] in fm for fm in t["forms"]) for r in reported):
                t["cause"] = "shorter"
            else:
                t["cause"] = "nothing"
        else:
            t["cause"] = "another-kind"
    return tallies


def trace(cli, files, cache):
    """{file: [(start, end, surface, canonical, why)]} from the build's drop trace, one run a file (the trace has no file
    id), cached per build (the dll's path and time) and file."""
    out = {}
    for f in files:
        key = os.path.join(cache, f.replace("/", "__") + ".trace")
        if not os.path.exists(key):
            run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", fullpath(f)], capture_output=True, text=True,
                                 env={**os.environ, "POLICYLENS_TRACE": "1"}, check=True)
            with open(key, "w", encoding="utf-8") as w:
                w.write(run.stderr)
        text = open(fullpath(f), encoding="utf-8").read()
        rows = []
        for line in open(key, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) < 9 or p[0] != "TRACE":
                continue
            start, surface, canonical, why, ctx = int(p[2]), p[5], p[6], p[7], p[8]
            at = start if text[start:start + len(surface)] == surface else place_in(text, ctx, surface)
            if at is None:
                print(f"trace line not placed: {f} {start} {surface}", file=sys.stderr)
                continue
            rows.append((at, at + len(surface), surface, canonical, why))
        out[f] = rows
    return out


def places(text, forms, found=()):
    """Maximal spans where one of the forms is written (quote marks, 《》 and spaces allowed between characters; 、 as ， or
    left out), and where the build found a mention or candidate whose canonical is one of them (a variant: 双碳)."""
    spans = list(found)
    for fm in forms:
        pat = "".join(("[、，]?" if ch == "、" else re.escape(ch)) + "[“”‘’《》\\s]*" for ch in fm)
        for mm in re.finditer("[“‘《]?" + pat, text):
            a, b = mm.start(), mm.end()
            while b > a and text[b - 1] in "“”‘’《》 \n\t":
                b -= 1
            spans.append((a, b))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def main():
    cli = sys.argv[1]
    # `trace` runs the build itself with its drop trace on; a second .dll (a build of an older diagnosis patch) still works.
    tracer = cli if "trace" in sys.argv[2:] else next((a for a in sys.argv[2:] if a.endswith(".dll")), None)
    mode = sys.argv[-1] if sys.argv[-1] in ("detail", "summary") else "detail"
    gold = load()
    files = sorted({r["file"] for _, r in gold})
    outer = extract(cli, files)
    nested = extract(cli, files, ["--nested"])
    stamp = f"{os.path.abspath(tracer)}:{os.path.getmtime(tracer)}" if tracer else ""
    cache = f"/tmp/fewer_times_trace_{os.getuid()}_{hashlib.sha1(stamp.encode()).hexdigest()[:12]}"
    os.makedirs(cache, exist_ok=True)
    traced = trace(tracer, files, cache) if tracer else {}
    bysplit = defaultdict(lambda: defaultdict(list))
    for s, r in gold:
        bysplit[s][r["file"]].append(r)
    for split in sorted(bysplit):
        for f, items in bysplit[split].items():
            text = open(fullpath(f), encoding="utf-8").read()
            tallies = score(items, outer.get(f, []))
            coded_spans = []
            for t in tallies:
                for a, b in places(text, t["forms"]):
                    coded_spans.append((a, b, t["row"]["canonical"]))
            for t in tallies:
                if t["cause"] != "fewer":
                    continue
                forms = t["forms"]
                row = t["row"]
                found = [(m["start"], m["end"]) for m in nested.get(f, []) if not m.get("lost") and norm(m["canonical"]) in forms]
                found += [(x, y) for (x, y, _, c, _) in traced.get(f, []) if norm(c) in forms]
                ps = places(text, forms, found)
                here = []
                for a, b in ps:
                    holder = [c for (x, y, c) in coded_spans if x <= a and b <= y and (y - x) > (b - a) and c != row["canonical"]]
                    rep = [m for m in outer.get(f, []) if m["start"] < b and m["end"] > a and not m.get("lost")]
                    mine = [m for m in rep if norm(m["surface"]) in forms or norm(m["canonical"]) in forms]
                    if mine:
                        status = "reported" if any(m["credited"] == row["canonical"] for m in mine) else \
                            "reported, credited to " + " / ".join(str(m["credited"]) for m in mine)
                    else:
                        inner = [m for m in nested.get(f, []) if m.get("nested") and m["start"] >= a and m["end"] <= b
                                 and (norm(m["surface"]) in forms or norm(m["canonical"]) in forms)]
                        whys = [w for (x, y, s, c, w) in traced.get(f, []) if x < b and y > a and (norm(s) in forms or norm(c) in forms)]
                        if inner:
                            status = "nested-in"
                        elif whys:
                            status = whys[0]
                        else:
                            status = "no-candidate"
                    if holder and not status.startswith("reported"):
                        status = "inside-coded:" + holder[0] + " (" + status + ")"
                    there = "; ".join(f"{m['kind']}:{m['surface']}|{m['canonical']}" for m in rep)
                    here.append((a, b, status, there))
                outside = sum(1 for h in here if not h[2].startswith("inside-coded"))
                flag = "OVER-COUNT" if int(row["count"]) > outside else ""
                if mode == "detail":
                    print(f"=== {split}\t{f}\t{row['canonical']}\tcount {row['count']} credited {int(row['count']) - t['left']}"
                          f"\tplaces {len(ps)} outside-coded {outside} {flag}\tkinds {row['kinds']}")
                    for a, b, status, there in here:
                        ctx = text[max(0, a - 25):b + 15].replace("\n", " ")
                        print(f"   @{a}\t{status}\t…{ctx}…\t-> {there or '(nothing)'}")
                else:
                    for a, b, status, there in here:
                        if not status.startswith("reported"):
                            print(f"{split}\t{f}\t{row['canonical']}\t{a}\t{status}\t{there}\t{text[max(0, a - 12):b + 8]}".replace("\n", " "))


if __name__ == "__main__":
    main()
