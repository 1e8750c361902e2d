"""The mentions two builds of the CLI report differently on the development texts: every provincial and municipal report
that is neither held out (corpus_files.HELD_OUT) nor kept out as a set-aside check (corpus_files.KEPT_OUT), the national gwr
reports, and the opened unseen sets (corpus_files.OPENED_UNSEEN_SETS: never the set still measuring).

    python3 tools/lexicon/mention_changes.py OLD/PolicyLens.Cli.dll NEW/PolicyLens.Cli.dll [KINDS]

KINDS is the CLI's -k list (policy by default). Prints `- ` for a mention only OLD reports and `+ ` for one only NEW
reports (doc, start, end, surface | canonical | context), then the counts. Used for policy round 10 (issue 13).
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402


def files():
    out = [corpus_files.path(rel) for rel in corpus_files.readable_reports()]
    out += [corpus_files.path(rel) for rel, _ in corpus_files.national() if rel.startswith("gwr/")]
    out += corpus_files.opened_unseen()
    return out


def mentions(cli, kinds):
    run = subprocess.run(["dotnet", cli, "extract", "-k", kinds, "-f", "jsonl", *files()], check=True, capture_output=True, text=True)
    found = {}
    for line in run.stdout.splitlines():
        m = json.loads(line)
        found[(m["doc"], m["start"], m["end"], m["kind"], m["surface"])] = m
    return found


def main():
    kinds = sys.argv[3] if len(sys.argv) > 3 else "policy"
    old, new = mentions(sys.argv[1], kinds), mentions(sys.argv[2], kinds)
    gone, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    for sign, keys, source in (("-", gone, old), ("+", added, new)):
        for k in keys:
            m = source[k]
            print(f"{sign} {k[0]}\t{k[1]}\t{k[2]}\t{k[3]}\t{k[4]} | {m['canonical']} | {m['context']}")
    print(f"{len(files())} texts; old {len(old)} mentions, new {len(new)}; only old {len(gone)}, only new {len(added)}")


if __name__ == "__main__":
    main()
