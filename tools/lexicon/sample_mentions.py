"""A random sample of mentions per kind for judging precision by hand, from the national corpus and the development
reports (never the held-out ones, and not the three reports of Gold/formulas.tsv).

    python3 tools/lexicon/sample_mentions.py [PER_KIND] [SEED] > sample.tsv
"""
import json, os, random, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402

GOLD = {"provincial/jilin_2026.txt", "provincial/qinghai_2026.txt", "municipal/zhumadian_2010.txt"}
ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "src", "PolicyLens.Cli", "bin", "Release", "net10.0", "PolicyLens.Cli.dll")
per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 20
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 13)
files = [corpus_files.path(rel) for rel, _ in corpus_files.national() + corpus_files.development() if rel not in GOLD]
out = subprocess.run(["dotnet", CLI, "extract", *files, "--format", "jsonl", "--context", "12"], check=True, capture_output=True, text=True).stdout
by_kind = {}
for line in out.splitlines():
    m = json.loads(line)
    by_kind.setdefault(m["kind"], []).append(m)
print("kind\tdoc\tcanonical\tcontext")
for kind in sorted(by_kind):
    for m in rng.sample(by_kind[kind], min(per_kind, len(by_kind[kind]))):
        print(f"{kind}\t{m['doc']}\t{m['canonical']}\t{m['context']}")
