"""Which entries of a curated lexicon file take the place of a mention judged right (issue 13, round 100). Bisecting a batch
of entries after a held-out guard fails, without reading the held-out texts: over every unread text (Gold/unread-texts.txt),
a right judged mention (any judged file) that OLD reports and NEW no longer reports at its span and kind is counted against
the NEW lexicon mention that now covers it when that mention is one of CURATED's entries; everything else lost is counted
apart. Prints entry canonicals and counts only, never a text's words, so the lead may run it on held-out texts.

    python3 tools/judging/entry_takeovers.py OLD/PolicyLens.Cli.dll NEW/PolicyLens.Cli.dll tools/lexicon/curated/FILE.txt
        (from the repository root, ../shared beside it)
"""
import collections
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import blind  # noqa: E402
import labels  # noqa: E402
from readable_wrong import GOLD  # noqa: E402


def curated_canonicals(path):
    """The canonical forms a curated file defines (the text before its first ` |` or ` ;`)."""
    with open(path, encoding="utf-8") as f:
        return {line.split(" ;")[0].split(" |")[0].strip() for line in f if line.strip() and not line.startswith(("#", "@"))}


def by_text(cli, paths):
    """The mentions CLI reports over PATHS, by the label the judged files name each text with."""
    stems = {os.path.splitext(os.path.basename(p))[0]: label for label, p in paths.items()}
    out = collections.defaultdict(list)
    for m in blind.extract(cli, list(paths.values())):
        out[stems[m["doc"].split("#", 1)[0]]].append(m)
    return out


def main(old_cli, new_cli, curated):
    entries = curated_canonicals(curated)
    paths = {t: labels.text_path(t) for t in labels.unread_texts()}
    old, new = by_text(old_cli, paths), by_text(new_cli, paths)
    spans = {t: {(m["start"], m["end"], m["kind"]) for m in ms} for t, ms in old.items()}
    new_spans = {t: {(m["start"], m["end"], m["kind"]) for m in ms} for t, ms in new.items()}
    taken, files, other = collections.Counter(), collections.Counter(), 0
    for path in sorted(glob.glob(GOLD + "mentions-*.tsv")):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
                text = row.get("file")
                if text not in spans or row.get("verdict") != "right":
                    continue
                key = (int(row["start"]), int(row["end"]), row["kind"])
                if key not in spans[text] or key in new_spans.get(text, set()):
                    continue
                over = {m["canonical"] for m in new.get(text, []) if m["kind"] == "lexicon" and m["canonical"] in entries
                        and m["start"] <= key[0] and m["end"] >= key[1]}
                if over:
                    taken.update(over)
                    files[os.path.basename(path)] += 1
                else:
                    other += 1
    for canonical, n in taken.most_common():
        print(f"{n}\t{canonical}")
    print(f"# judged files: {dict(files)}; right judged mentions lost with none of the file's entries over them: {other}")
    added = collections.Counter(m["canonical"] for t, ms in new.items() for m in ms if m["kind"] == "lexicon"
                                and m["canonical"] in entries and (m["start"], m["end"], m["kind"]) not in spans.get(t, set()))
    print(f"# lexicon mentions of the file's entries at new spans over the unread texts: {dict(added)}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
