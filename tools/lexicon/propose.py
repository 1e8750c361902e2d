"""Proposes lexicon candidates: runs `policylens extract` over the national corpus and the development reports and
lists every quoted, numbered, parallel and policy mention found in at least MIN_DOCS documents, by document frequency,
leaving out what the curated lists or rejected.txt already decide.

    python3 tools/lexicon/propose.py [MIN_DOCS] > /tmp/candidates.txt

The output lines use the curated-list format (`@kind theme` sections, one candidate a line, `# df` comments), so a
curator can move the lines they accept into curated/*.txt and the rest into rejected.txt.
"""
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402
import curated  # noqa: E402
from themes import kind_of, theme_of  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "src", "PolicyLens.Cli", "bin", "Release", "net10.0", "PolicyLens.Cli.dll")


def mentions(paths):
    out = subprocess.run(["dotnet", CLI, "extract", *paths, "--format", "jsonl", "--context", "0"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line]


def main():
    min_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    files = [corpus_files.path(rel) for rel, _ in corpus_files.national() + corpus_files.development()]
    docs = collections.defaultdict(lambda: collections.defaultdict(set))
    for m in mentions(files):
        if m["kind"] != "lexicon" and m["kind"] != "titled":
            docs[m["kind"]][m["canonical"]].add(m["doc"])
    known = curated.known_spellings() | curated.rejected()
    groups = collections.defaultdict(list)
    for kind, table in docs.items():
        for text, where in table.items():
            if len(where) >= min_docs and text not in known:
                groups[(kind_of(text, kind), theme_of(text))].append((len(where), text))
    for (kind, theme), items in sorted(groups.items()):
        print(f"@{kind} {theme}")
        for n, text in sorted(items, reverse=True):
            print(f"{text}  # df {n}")


if __name__ == "__main__":
    main()
