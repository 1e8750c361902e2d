"""Lists, for blind judging, every mention two builds of the CLI report differently on texts no rule writer reads (the
held-out and set-aside reports, an unseen set): what NEW reports and OLD does not (added) and the reverse (removed).

    python3 tools/judging/draw_changes.py OLD.dll NEW.dll BLIND.tsv MAP.tsv LABEL=PATH [LABEL=PATH ...]

BLIND.tsv has the judge's columns (id, file, start, end, kind, subtype, surface, canonical, context; the context marks the
mention 【thus】) and does not say which mentions were added: the judge reads each as any other mention. MAP.tsv says it
(id, change) for the lead, who reports added right/total and removed wrong/total after judging. The judged file becomes a
Gold/mentions-*-changes<round>.tsv registered in JudgedMentionTests (issue 13; tools/judging/README.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402


def main(old_cli, new_cli, blind_path, mapping, pairs):
    labels, paths, texts = blind.read_texts(pairs)
    old, new = ({(blind.label_of(labels, m["doc"]), m["start"], m["end"], m["kind"]): m for m in blind.extract(cli, paths)} for cli in (old_cli, new_cli))
    changed = sorted([(k, "added", new[k]) for k in new.keys() - old.keys()] + [(k, "removed", old[k]) for k in old.keys() - new.keys()],
                     key=lambda c: c[0])
    with open(blind_path, "w", encoding="utf-8") as b, open(mapping, "w", encoding="utf-8") as m:
        b.write(blind.HEADER)
        m.write("id\tchange\n")
        for i, ((label, _, _, _), change, x) in enumerate(changed, 1):
            b.write(blind.row(i, label, texts[label], x))
            m.write(f"{i}\t{change}\n")
    added = sum(1 for c in changed if c[1] == "added")
    print(f"{len(changed)} changed: {added} added, {len(changed) - added} removed", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
