# The data of the learned span proposer (issue 13, round 81 research prototype): the readable coded texts (the opened unseen
# sets), their coded occurrences, the start build's mentions, and every candidate span a formula could be, with the features
# that describe it by shape and context only (never by its form matched against a list).
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPOSITORY, "tools", "lexicon"))
import corpus_files  # noqa: E402

GOLD = os.path.join(REPOSITORY, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold")
# The readable golds, named one by one (never a wildcard over Gold/: it holds files of sets nobody may read).
GOLD_FILES = [
    "formulas-unseen26-cpc-docs.tsv", "formulas-unseen26-gd-docs.tsv", "formulas-unseen26-gd-proposal.tsv",
    "formulas-unseen26b-cpc-speeches.tsv", "formulas-unseen26b-gd-meetings.tsv", "formulas-unseen26b-gd-party.tsv",
    "formulas-unseen26c-cpc-texts.tsv", "formulas-unseen26c-gd-texts.tsv",
    "formulas-unseen26d-d1.tsv", "formulas-unseen26d-d2.tsv", "formulas-unseen26d-d3.tsv", "formulas-unseen26d-d4.tsv",
    "formulas-unseen26d-d5.tsv", "formulas-unseen26f-f1.tsv", "formulas-unseen26f-f2.tsv", "formulas-unseen26f-f3.tsv",
    "formulas-unseen26h-h1.tsv", "formulas-unseen26h-h2.tsv", "formulas-unseen26h-h3.tsv",
    "formulas-unseen26i-i1.tsv", "formulas-unseen26i-i2.tsv",
    "formulas-unseen26j-j1.tsv", "formulas-unseen26j-j2.tsv", "formulas-unseen26j-j3.tsv",
    "formulas-unseen26k-k1.tsv", "formulas-unseen26k-k2.tsv", "formulas-unseen26k-k3.tsv", "formulas-unseen26k-k4.tsv",
    "formulas-unseen26l-l1.tsv", "formulas-unseen26l-l2.tsv", "formulas-unseen26l-l3.tsv", "formulas-unseen26l-l4.tsv",
]
# Where prepare.sh caches the words, the build's mentions and its readable misses (`evaluate recall --missed`).
CACHE = os.environ.get("PROPOSER_CACHE", "/tmp/proposer81")
MISSED = os.path.join(CACHE, "readable-missed.txt")
# The word delimiter the cached `policylens tokenize` output was written with (prepare.sh).
DELIMITER = "$\\x01"

# Marks the coders ignore when they count (quotation marks and 《》): the candidate text is the text without them.
IGNORED = set("“”‘’\"《》「」『』")
# Marks no candidate crosses; 、 (and the ， a coder reads as 、) may sit inside a parallel formula.
HARD = set("，。；：！？（）()[]【】〔〕\n\r\t 　;:!?,…—")
NUMERALS = set("一二三四五六七八九十百千万两双0123456789０１２３４５６７８９")
MAX_CHARS = 32
MAX_TOKENS = 12
# Words a formula neither starts nor ends with (function words): candidates starting/ending with them are not generated.
NO_START = set("的 与 及 或 是 了 等 之 着 也 而 其 就是".split())
NO_END = set("的 和 与 及 或 在 是 了 等 为 对 把 将 以 也 并 而 要 从 向 于 按 由 被 让 使 其 之 着 过 到 就 都 又 还 更".split())


def normal(s):
    """A form as the coders compare it: quotation marks and 《》 dropped, ， read as 、."""
    return "".join(c for c in s if c not in IGNORED).replace("，", "、")


def texts():
    """{'unseen/<name>.txt': full path} of the opened unseen sets' texts (through corpus_files, never a glob)."""
    return {"unseen/" + os.path.basename(p): p for p in corpus_files.opened_unseen()}


def gold():
    """{text: [(row id, [normalised alternatives], canonical, borderline)]} over the readable golds."""
    rows = collections.defaultdict(list)
    for name in GOLD_FILES:
        header = None
        with open(os.path.join(GOLD, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.rstrip("\n").split("\t")
                if header is None:
                    header = {c.strip(): i for i, c in enumerate(cells)}
                    continue
                text = cells[header["file"]]
                canonical = cells[header["canonical"]]
                note = cells[header["note"]] if header.get("note", 99) < len(cells) else ""
                alternatives = [normal(a.strip()) for a in canonical.split(" | ") if a.strip()]
                rows[text].append((f"{name}:{len(rows[text])}", alternatives, canonical, "borderline" in note))
    return rows


def missed_nothing():
    """{(text, formula): occurrences} the start build misses with cause 'nothing' (readable-missed81.txt)."""
    out, inside = {}, False
    with open(MISSED, encoding="utf-8") as f:
        for line in f:
            if line.startswith("text\tformula\toccurrences\tcause"):
                inside = True
                continue
            if inside and line.strip():
                text, formula, n, cause = line.rstrip("\n").split("\t")
                if cause == "nothing":
                    out[(text, formula)] = int(n)
    return out


class Document:
    """One text: its candidate text (ignored marks dropped) with the map back to the file's offsets and its word starts."""

    def __init__(self, key, path):
        self.key = key
        self.original = open(path, encoding="utf-8-sig").read()
        keep = [i for i, c in enumerate(self.original) if c not in IGNORED]
        self.to_original = keep
        self.text = "".join(self.original[i] for i in keep)
        self.match = self.text.replace("，", "、")
        starts = self._word_starts(os.path.join(CACHE, "tok", os.path.basename(key)[:-4] + ".tok"))
        n = len(self.text)
        self.boundary = [False] * (n + 1)
        self.boundary[n] = True
        for i in range(n):
            o = keep[i]
            self.boundary[i] = o in starts or (i > 0 and keep[i - 1] != o - 1)
        self._words()

    def _word_starts(self, tok_path):
        starts = set()
        lines = self.original.split("\n")
        with open(tok_path, encoding="utf-8") as f:
            tok_lines = f.read().split("\n")
        offset = 0
        for k, line in enumerate(lines):
            tokens = tok_lines[k].split(DELIMITER) if k < len(tok_lines) else [line]
            if "".join(tokens) != line:
                tokens = list(line)  # a line the cutter wrote otherwise: every character a word
            p = offset
            for t in tokens:
                starts.add(p)
                p += len(t)
            offset += len(line) + 1
        return starts

    def _words(self):
        """The words of the candidate text as (start, end), and the index of the word starting at each boundary."""
        self.words = []
        starts = [i for i in range(len(self.text) + 1) if self.boundary[i]]
        for a, b in zip(starts, starts[1:]):
            self.words.append((a, b))
        self.word_index = {a: k for k, (a, b) in enumerate(self.words)}

    def occurrences(self, rows):
        """Coded occurrences as (start, end, row id): every alternative of every row, longest first, none overlapping one
        already taken (the coders' counting logic, check5_verify.py)."""
        alts = sorted({(a, rid) for rid, alternatives, _, _ in rows for a in alternatives if a},
                      key=lambda x: -len(x[0]))
        taken = [False] * (len(self.text) + 1)
        out = []
        for a, rid in alts:
            for m in re.finditer(re.escape(a), self.match):
                s, e = m.start(), m.end()
                if a[0].isdigit() and s > 0 and (self.match[s - 1].isdigit() or self.match[s - 1] == "."):
                    continue
                if any(taken[s:e]):
                    continue
                for i in range(s, e):
                    taken[i] = True
                out.append((s, e, rid))
        return out

    def candidates(self):
        """Every span that starts and ends at a word boundary, crosses no hard mark, holds 2..MAX_CHARS characters and
        1..MAX_TOKENS words, and neither starts nor ends with a function word or 、."""
        words, text = self.words, self.text
        for k, (s, _) in enumerate(words):
            first = text[s:words[k][1]]
            if first in NO_START or first[0] in HARD or first[0] == "、":
                continue
            for j in range(k, min(len(words), k + MAX_TOKENS)):
                a, b = words[j]
                piece = text[a:b]
                if any(c in HARD for c in piece):
                    break
                if b - s > MAX_CHARS:
                    break
                if b - s < 2 or piece in NO_END or piece[-1] == "、":
                    continue
                yield s, b, k, j


def original_span(doc, s, e):
    """The file offsets of a candidate span (start of its first character, end of its last)."""
    return doc.to_original[s], doc.to_original[e - 1] + 1


def build_mentions(key):
    """The start build's mentions of a text as (start, end, kind) in file offsets (extract, default options)."""
    out = []
    with open(os.path.join(CACHE, "ext", os.path.basename(key)[:-4] + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                m = json.loads(line)
                out.append((m["start"], m["end"], m["kind"], m["surface"]))
    return out
