"""Lists the mentions one build of the CLI reports and another does not, over every development report and gwr.

    python3 tools/lexicon/added_mentions.py OLD/PolicyLens.Cli.dll NEW/PolicyLens.Cli.dll > diff.txt

The texts are corpus_files.development() (held-out reports and every round's set-aside left out) and gwr/*.txt. Prints a
count line, then one line a mention: `+` added by NEW, `-` no longer reported, with file, kind, canonical, surface, start,
end and the context, so a round's added mentions can be judged one by one (issue 13, round 11: Gold/mentions-dev-recall11.tsv).
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import corpus_files  # noqa: E402


def mentions(cli, files):
    out = {}
    for rel in files:
        run = subprocess.run(["dotnet", cli, "extract", corpus_files.path(rel), "--format", "jsonl"],
                             capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            if line.strip():
                m = json.loads(line)
                out[(rel, m["kind"], m["canonical"], m["surface"], m["start"], m["end"])] = m["context"].replace("\n", " ")
    return out


def main(old_cli, new_cli):
    files = [rel for rel, _ in corpus_files.development()] + \
            [rel for rel, _ in corpus_files.national() if rel.startswith("gwr/")]
    old, new = mentions(old_cli, files), mentions(new_cli, files)
    added = sorted(k for k in new if k not in old)
    removed = sorted(k for k in old if k not in new)
    print(f"{len(files)} texts: {len(added)} mentions added, {len(removed)} removed")
    for sign, keys, source in (("+", added, new), ("-", removed, old)):
        for k in keys:
            print("\t".join([sign, k[0], k[1], k[2], k[3], str(k[4]), str(k[5]), source[k]]))


if __name__ == "__main__":
    main(*sys.argv[1:3])
