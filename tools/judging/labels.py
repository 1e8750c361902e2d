"""The LABEL=PATH lists draw_changes.py reads, for the two halves of a round's blind judging (issue 13; README.md, step 4):
`unread` — every text in Gold/unread-texts.txt (the held-out and set-aside reports and the unseen sets still measuring);
`readable` — every other text a readable gold or judged file names (what rule writers read).

    python3 tools/judging/labels.py unread|readable > labels.txt      (from the repository root, ../shared beside it)
    python3 tools/judging/draw_changes.py OLD.dll NEW.dll blind.tsv map.tsv $(cat labels.txt)
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from readable_wrong import GOLD, UNREAD_FILES, text_path  # noqa: E402


def unread_texts():
    with open(GOLD + "unread-texts.txt", encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def readable_texts(unread):
    """Texts named (first two columns) by the gold and judged files that judge readable text."""
    names = set()
    for path in glob.glob(GOLD + "mentions-*.tsv") + glob.glob(GOLD + "formulas-*.tsv"):
        base = os.path.basename(path)
        if any(s in base for s in UNREAD_FILES) or "adjudication" in base or "check5" in base:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for col in line.split("\t")[:2]:
                    if col.endswith(".txt") and "/" in col and col not in unread:
                        names.add(col)
    return sorted(names)


def main(which):
    unread = unread_texts()
    texts = unread if which == "unread" else readable_texts(set(unread))
    for t in texts:
        path = text_path(t)
        if path is None:
            sys.exit(f"labels.py: {t} is in neither ../shared/corpus nor tests/PolicyLens.Tests/Data")
        print(f"{t}={path}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("unread", "readable"):
        sys.exit(__doc__)
    main(sys.argv[1])
