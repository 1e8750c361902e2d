"""Where the mentions every measurement scored differ from those a user's `policylens extract` reports (issue 13, round 113).

    python3 tools/judging/extract_paths.py CLI.dll [OUT.tsv]      (from the repository root, ../shared beside it)

Up to session 65 `evaluate recall`/`precision`/`sample`, JudgedExample.Load and the gold tests extracted each file's RAW
text (SloganExtractor.Extract(string, ExtractionContext.ForText)), while `extract` reads it through DocumentParser (line joins,
full-width forms, traditional characters folded, a dash between numbers written ~, duplicate paragraphs dropped, a page split
into articles with metadata of their own) and maps each mention back to the file. This script compares the two paths on
every text a gold or judged file names (Gold/formulas.tsv, Gold/formulas-*.tsv, Gold/mentions-*.tsv; only their `file`
column is read, by code): the raw path through `evaluate sample --per-kind 100000` (every mention, file offsets = raw
offsets), the user's path through `extract -f jsonl` (file offsets). Both are written by the build at CLI.dll; run it on a
build where evaluate sample still reads the raw text (main 9eb4391d and before). After round 113 both go through
DocumentExtraction and the script must report no difference.

Counts are printed split readable / unread. A text is readable when corpus_files lists it (the national corpus, central/,
readable_reports(), opened_unseen()) and Gold/unread-texts.txt does not: every other text is unread, and for those only
COUNTS are printed, never a file name, offset or surface. For readable texts OUT.tsv (default /tmp/extract_paths.tsv)
lists every difference with the normalisation step that explains it (`cause`, read from the file's characters around the
span: line break, full-width or special space, dash between numbers, traditional character, duplicate paragraph, article
split, or `elsewhere` when the span itself is untouched and the difference comes from what the normaliser changed around it).
"""
import collections
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lexicon"))
import corpus_files  # noqa: E402

GOLD = "tests/PolicyLens.Tests/Extraction/Slogans/Gold/"
ROOTS = ("../shared/corpus/", "tests/PolicyLens.Tests/Data/")


def named_texts():
    """Every text path (relative to a root) that a gold or judged file names in its `file` column."""
    names = set()
    files = [GOLD + "formulas.tsv"] + sorted(glob.glob(GOLD + "formulas-*.tsv")) + sorted(glob.glob(GOLD + "mentions-*.tsv"))
    for path in files:
        column = 0
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if "file" in cols:
                    column = cols.index("file")
                    continue
                if column < len(cols) and cols[column].endswith(".txt"):
                    names.add(cols[column])
    return names


def readable_set():
    with open(GOLD + "unread-texts.txt", encoding="utf-8") as f:
        unread = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    readable = {rel for rel, _ in corpus_files.national()} | set(corpus_files.readable_reports())
    readable |= {"central/" + n for n in os.listdir(os.path.join(corpus_files.SHARED, "central")) if n.endswith(".txt")}
    data = os.path.normpath("tests/PolicyLens.Tests/Data")
    readable |= {os.path.relpath(p, data) for p in corpus_files.opened_unseen()}
    return readable - unread


def locate(rel):
    for root in ROOTS:
        if os.path.exists(root + rel):
            return root, root + rel
    return None, None


def raw_path(cli, root, rels, scratch):
    """(rel, start, end, kind) → canonical, as evaluate sample (the raw text) reports every mention."""
    out = os.path.join(scratch, "sample.tsv")
    subprocess.run(["dotnet", cli, "evaluate", "sample", *[root + r for r in rels], "--out", out, "--per-kind", "100000",
                    "--texts", root], capture_output=True, text=True, check=True)
    found = {}
    with open(out, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    header = rows[0]
    for cols in rows[1:]:
        r = dict(zip(header, cols))
        found[(r["file"], int(r["start"]), int(r["end"]), r["kind"])] = r["canonical"]
    os.remove(out)
    return found


def user_path(cli, root, rels):
    """(rel, start, end, kind) → (canonical, doc) as extract -f jsonl reports every mention, and the docs of each text.
    The CLI names a document by its file's base name (FILE#n for an article of a page it splits): one run per batch of
    texts whose base names differ."""
    found, docs = {}, collections.defaultdict(set)
    batches = []
    for rel in rels:
        base = os.path.splitext(os.path.basename(rel))[0]
        for batch in batches:
            if base not in batch:
                batch[base] = rel
                break
        else:
            batches.append({base: rel})
    for batch in batches:
        run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", "--context", "0", *[root + r for r in batch.values()]],
                             capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            m = json.loads(line)
            rel = batch[m["doc"].split("#", 1)[0]]
            found[(rel, m["start"], m["end"], m["kind"])] = m["canonical"]
            docs[rel].add(m["doc"])
    return found, docs


# The characters TextNormalizer folds or removes: full-width ASCII (not the Chinese punctuation it keeps full-width: ！＂＇（），：；？［］｛｝),
# special and invisible spaces; a dash or tilde between two numbers (the range step).
FULL_WIDTH = re.compile(r"[\uff03-\uff06\uff0a\uff0b\uff0e-\uff19\uff1c-\uff1e\uff20-\uff3a\uff3c\uff3e-\uff5a\uff5c\u3000\u00a0\u2002-\u200d\ufeff\u00ad]")
RANGE = re.compile(r"[0-9０-９]\s*[－—–～―\-]\s*[0-9０-９]")


def cause(text, start, end, split, traditional):
    """The normalisation step the file's characters show: at the span first, then a duplicate paragraph (the span's line
    written twice in the file: DocumentParser drops the second), the article split, and last the steps within 40 characters."""
    def step(span, breaks):
        if RANGE.search(span):
            return "range dash"
        if FULL_WIDTH.search(span):
            return "full-width/space"
        if any(c in traditional for c in span):
            return "traditional"
        if breaks and ("\n" in span or "\r" in span):
            return "line join"
        return None

    found = step(text[start:end], True)
    if found:
        return found
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    if line and text.count(line) > 1:
        return "duplicate paragraph"
    if split:
        return "article split"
    found = step(text[max(0, start - 40):start] + text[end:end + 40], False)
    if found:
        return found + " (near)"
    before = text[max(0, start - 40):start].rstrip("\r\n ")
    if "\n" in text[max(0, start - 40):end + 40] and before and before[-1] not in "。！？；：":
        return "line join (near)"
    return "elsewhere"


def traditional_chars():
    """The traditional characters VariantFolding folds, from its data file when the repository holds one."""
    chars = set()
    for path in glob.glob("src/PolicyLens/Text/Data/*"):
        name = os.path.basename(path).lower()
        if name.startswith("ts-characters"):
            with open(path, encoding="utf-8", errors="ignore") as f:
                for line in f:
                    if line.startswith("#"):
                        continue
                    parts = line.split()
                    if parts and len(parts[0]) == 1:
                        chars.add(parts[0])
    return chars


def main(cli, out):
    names = named_texts()
    readable = readable_set()
    traditional = traditional_chars()
    by_root = collections.defaultdict(list)
    missing = 0
    for rel in sorted(names):
        root, _ = locate(rel)
        if root is None:
            missing += 1
        else:
            by_root[root].append(rel)
    raw, user, docs = {}, {}, {}
    with tempfile.TemporaryDirectory() as scratch:
        for root, rels in by_root.items():
            raw.update(raw_path(cli, root, rels, scratch))
            u, d = user_path(cli, root, rels)
            user.update(u)
            docs.update(d)

    counts = {group: collections.Counter() for group in ("readable", "unread")}
    listed = []
    for rel in sorted(set(sum(by_root.values(), []))):
        group = "readable" if rel in readable else "unread"
        c = counts[group]
        c["texts"] += 1
        split = len(docs.get(rel, ())) > 1
        c["texts split into articles"] += split
        r_keys = {(t, s, e, k) for (t, s, e, k) in raw if t == rel}
        u_keys = {(t, s, e, k) for (t, s, e, k) in user if t == rel}
        c["mentions raw path"] += len(r_keys)
        c["mentions user path"] += len(u_keys)
        u_span = collections.defaultdict(list)
        for key in u_keys:
            u_span[key[1:3]].append(key)
        r_span = collections.defaultdict(list)
        for key in r_keys:
            r_span[key[1:3]].append(key)
        differs = False
        text = None
        for key in sorted(r_keys | u_keys, key=lambda k: (k[1], k[2], k[3])):
            same = key in r_keys and key in u_keys
            if same and raw[key] == user[key]:
                continue
            if same:
                what = "same span and kind, other canonical"
            elif key in r_keys and u_span.get(key[1:3]):
                what = "same span, other kind"
            elif key in u_keys and r_span.get(key[1:3]):
                continue  # counted from the raw side
            elif key in r_keys:
                what = "only raw path"
            else:
                what = "only user path"
            differs = True
            c[what] += 1
            if group == "readable":
                if text is None:
                    with open(locate(rel)[1], encoding="utf-8-sig", errors="replace", newline="") as f:
                        text = f.read()
                _, s, e, k = key
                why = cause(text, s, e, split, traditional)
                c["cause: " + why.split(" (")[0]] += 1
                listed.append((rel, s, e, k, what, raw.get(key, ""), user.get(key, "") or
                               ";".join(f"{kk[3]}:{user[kk]}" for kk in u_span.get(key[1:3], [])),
                               text[s:e].replace("\n", "⏎").replace("\r", ""), why))
        c["texts that differ"] += differs
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["file", "start", "end", "kind", "difference", "raw_canonical", "user_canonical", "surface", "cause"])
        w.writerows(listed)
    if missing:
        print(f"{missing} named texts are in neither text folder")
    for group in ("readable", "unread"):
        print(group + ": " + ", ".join(f"{k} {v}" for k, v in counts[group].items()))
    print(f"readable differences listed in {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "/tmp/extract_paths.tsv")
