"""Lists, for blind judging, every mention two builds of the CLI report differently on texts no rule writer reads (the
held-out and set-aside reports, an unseen set): what NEW reports and OLD does not (added) and the reverse (removed).

    python3 tools/judging/draw_changes.py OLD.dll NEW.dll BLIND.tsv MAP.tsv LABEL=PATH [LABEL=PATH ...]

BLIND.tsv has the judge's columns (id, file, start, end, kind, subtype, surface, canonical, context; the context marks the
mention 【thus】) and does not say which mentions were added: the judge reads each as any other mention. MAP.tsv says it
(id, change) for the lead, who reports added right/total and removed wrong/total after judging. The judged file becomes a
Gold/mentions-*-changes<round>.tsv registered in JudgedMentionTests (issue 13; tools/judging/README.md).
"""
import json
import os
import random
import subprocess
import sys


def mentions(cli, paths, labels):
    run = subprocess.run(["dotnet", cli, "extract", "-f", "jsonl", "--context", "0", *paths], check=True, capture_output=True, text=True)
    out = {}
    for line in run.stdout.splitlines():
        if line.strip():
            m = json.loads(line)
            out[(labels[m["doc"]], m["start"], m["end"], m["kind"])] = m
    return out


def main(old_cli, new_cli, blind, mapping, pairs):
    labels, paths, texts = {}, [], {}
    for pair in pairs:
        label, path = pair.split("=", 1)
        labels[os.path.splitext(os.path.basename(path))[0]] = label
        paths.append(path)
        with open(path, encoding="utf-8") as f:
            texts[label] = f.read()
    old, new = mentions(old_cli, paths, labels), mentions(new_cli, paths, labels)
    changed = [(k, "added", new[k]) for k in new.keys() - old.keys()] + [(k, "removed", old[k]) for k in old.keys() - new.keys()]
    random.Random(29).shuffle(changed)
    changed.sort(key=lambda c: (c[0][0], c[0][1]))
    with open(blind, "w", encoding="utf-8") as b, open(mapping, "w", encoding="utf-8") as m:
        b.write("id\tfile\tstart\tend\tkind\tsubtype\tsurface\tcanonical\tcontext\n")
        m.write("id\tchange\n")
        for i, ((label, s, e, kind), change, x) in enumerate(changed, 1):
            text = texts[label]
            context = (text[max(0, s - 80):s] + "【" + text[s:e] + "】" + text[e:e + 80]).replace("\r", "").replace("\n", "⏎").replace("\t", " ")
            b.write(f"{i}\t{label}\t{s}\t{e}\t{kind}\t{x.get('subtype', '')}\t{x['surface']}\t{x['canonical']}\t{context}\n")
            m.write(f"{i}\t{change}\n")
    added = sum(1 for c in changed if c[1] == "added")
    print(f"{len(changed)} changed: {added} added, {len(changed) - added} removed", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
