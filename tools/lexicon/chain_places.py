"""Where a build reports only the members of a 、-chain, and what the readable golds code there (round 42, chains42).

    python3 tools/lexicon/chain_places.py BUILD/PolicyLens.Cli.dll [members|extended] [CACHE.json]

Two shapes, measured at every place of every readable text (tools/lexicon/mention_changes.py's texts, with cpc-congress and
central: never a held-out, kept-out or still-measuring text):

- members: two or more adjacent 、-units (the last may be joined by 和/及/以及/与) each reported as one lexicon mention
  (劳模精神、劳动精神、工匠精神; 法治政府、廉洁政府和服务型政府; 工业化、城镇化、农业现代化);
- extended: a mention of a lexicon chain entry (its surface holds 、) with a further 、-unit written right after or before it
  (稳增长、调结构、促改革 + 、惠民生).

For each place in a document a readable gold covers (formulas.tsv dev rows, formulas-dev-recall*.tsv, the OPENED unseen sets
named one by one, as tools/judging/overlap_misses.py reads them), the class of what the gold codes there:
  whole      a gold row's form holds every unit of the chain (the chain, or a longer item holding it);
  sub-chain  a gold row's form holds two or more of the units but not all;
  members    no row for the chain, rows for (some of) its units;
  none       nothing coded.
A member row is counted as coded HERE only when its count reaches the member's occurrences in the document (otherwise the
gold may have counted the member only where it stands alone): `members?` marks the unsure ones.
Prints one line a place (class, document, chain, context), then per chain (unit set) the tally across documents."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "judging"))
import corpus_files  # noqa: E402
import overlap_misses as om  # noqa: E402

LINKS = {"、": "、", "和": "和", "及": "及", "以及": "以及", "与": "与", "，": "，"}


def readable():
    out = [rel for rel in corpus_files.readable_reports()]
    out += [rel for rel, _ in corpus_files.national()]
    out += ["central/" + n for n in sorted(os.listdir(os.path.join(corpus_files.SHARED, "central"))) if n.endswith(".txt")]
    out += ["unseen/" + os.path.basename(p) for p in corpus_files.opened_unseen()]
    return out


def mentions(cli, cache):
    if cache and os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    files = readable()
    out = {}
    # In batches: one CLI run over every text is long, and extract() maps offsets back per file.
    for i in range(0, len(files), 60):
        out.update(om.extract(cli, files[i:i + 60]))
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False)
    return out


def gold_by_file():
    by = collections.defaultdict(list)
    for split, r in om.load():
        forms = [om.norm(a) for a in r["canonical"].split("|") if om.norm(a)]
        by[r["file"]].append((split, forms, int(r["count"]), r["canonical"]))
    return by


def occurrences(text, form):
    return len(re.findall(re.escape(form), text.replace("“", "").replace("”", "")))


def classify(text, rows, units, surfaces):
    """(class, the gold canonical that decided it)."""
    whole = [r for r in rows if any(sum(1 for u in units if u in f) == len(units) for f in r[1])]
    if whole:
        return "whole", whole[0][3]
    sub = [r for r in rows if any(sum(1 for u in units if u in f) >= 2 for f in r[1])]
    if sub:
        return "sub-chain", sub[0][3]
    coded, sure = [], True
    for u, s in zip(units, surfaces):
        row = next((r for r in rows if u in r[1] or s in r[1]), None)
        if row is not None:
            coded.append(row[3])
            if row[2] < occurrences(text, row[1][0]):
                sure = False
    if coded:
        return ("members" if sure else "members?") + f" {len(coded)}/{len(units)}", "; ".join(coded)
    return "none", ""


def members_places(text, ms):
    lex = sorted((m for m in ms if m["kind"] == "lexicon" and not m.get("lost")), key=lambda m: (m["start"], -m["end"]))
    runs, run = [], []
    for m in lex:
        if run:
            gap = text[run[-1]["end"]:m["start"]]
            if gap in LINKS and (gap == "、" or gap == "，" and "、" in m["surface"]):
                run.append(m)
                continue
            if gap in LINKS and gap != "，" and len(run) >= 2:
                # 和/及/与 before the last unit of a 、-chain only: the chain closes here.
                run.append(m)
                runs.append(run)
                run = []
                continue
            if len(run) >= 2:
                runs.append(run)
        run = [m]
    if len(run) >= 2:
        runs.append(run)
    # A run closed by 和 that a further 、 member follows was cut wrongly: keep runs of 2+ only.
    return [r for r in runs if len(r) >= 2]


def extended_places(text, ms):
    out = []
    for m in ms:
        if m["kind"] != "lexicon" or "、" not in m["surface"] or m.get("lost"):
            continue
        units = m["surface"].split("、")
        length = len(units[-1])
        after = re.match(r"、([\u4e00-\u9fff]{2,8}?)(?=[，。；：！？、）”\n的]|$)", text[m["end"]:m["end"] + 12])
        before = re.search(r"(?:^|[，。；：！？（“\n])([\u4e00-\u9fff]{2,8})、$", text[max(0, m["start"] - 12):m["start"]])
        if after:
            out.append((m, "after", after.group(1), m["start"], m["end"] + 1 + len(after.group(1))))
        if before:
            out.append((m, "before", before.group(1), m["start"] - 1 - len(before.group(1)), m["end"]))
    return out


def main():
    cli = sys.argv[1]
    shape = sys.argv[2] if len(sys.argv) > 2 else "members"
    cache = sys.argv[3] if len(sys.argv) > 3 else None
    found = mentions(cli, cache)
    golds = gold_by_file()
    tally = collections.defaultdict(lambda: collections.defaultdict(list))
    for rel in sorted(found):
        text = open(om.fullpath(rel), encoding="utf-8").read()
        ms = found[rel]
        rows = golds.get(rel)
        if shape == "members":
            for run in members_places(text, ms):
                surfaces = [m["surface"] for m in run]
                units = [om.norm(s) for s in surfaces]
                a, b = run[0]["start"], run[-1]["end"]
                cls, why = classify(text, rows, units, [om.norm(m["canonical"]) for m in run]) if rows is not None else ("no-gold", "")
                ctx = text[max(0, a - 12):b + 10].replace("\n", " ")
                key = "、".join(sorted(units))
                tally[key][cls.split(" ")[0]].append(rel)
                print(f"{cls}\t{rel}\t{text[a:b]}\t…{ctx}…\t{why}")
        else:
            for m, side, unit, a, b in extended_places(text, ms):
                units = [om.norm(u) for u in m["surface"].split("、")] + [unit]
                cls, why = classify(text, rows, units, units) if rows is not None else ("no-gold", "")
                if cls.startswith("sub-chain") or cls.startswith("members"):
                    # The entry alone coded: a sub-chain holding the entry's units.
                    entry = [r for r in rows if any(all(u in f for u in units[:-1]) for f in r[1])]
                    cls = "entry" if entry else cls
                ctx = text[max(0, a - 12):b + 10].replace("\n", " ")
                tally[m["canonical"] + " +" + unit][cls.split(" ")[0]].append(rel)
                print(f"{cls}\t{rel}\t{side}\t{text[a:b]}\t…{ctx}…\t{why}")
    print("\n# per chain: documents and classes")
    for key, by in sorted(tally.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())):
        docs = {d for v in by.values() for d in v}
        print(f"{len(docs)}\t{key}\t" + "  ".join(f"{c}:{len(v)}" for c, v in sorted(by.items())))


if __name__ == "__main__":
    main()
