"""Reads the curated lexicon sources (curated/*.txt) and rejected.txt.

Format of a curated file: `@kind theme` starts a section; then one entry a line:

    canonical | variant | variant = member | member/alternative spelling | member ; coined; venue; confidence; note

Everything after the first field is optional. `#` starts a comment (at the start of a line, or after two spaces).
"""
import glob
import os

HERE = os.path.dirname(__file__)
KINDS = {"slogan", "guiding-thought", "strategy", "policy", "campaign", "plan", "institution-building", "numbered-formula"}
CONFIDENCES = {"documented", "common-knowledge", "uncertain"}


def _strip_comment(line):
    if line.lstrip().startswith("#"):
        return ""
    at = line.find("  #")
    return line if at < 0 else line[:at]


def entries():
    """Every curated entry as a dict, in file order; raises ValueError naming the file and line of a bad one."""
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "curated", "*.txt"))):
        kind = theme = None
        for number, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = _strip_comment(raw.rstrip("\n")).strip()
            if not line:
                continue
            where = f"{os.path.basename(path)}:{number}"
            if line.startswith("@"):
                kind, theme = line[1:].split()
                if kind not in KINDS:
                    raise ValueError(f"{where}: unknown kind {kind}")
                continue
            if kind is None:
                raise ValueError(f"{where}: entry before any @kind theme line")
            names, _, meta = line.partition(" ; ")
            names, _, members = names.partition(" = ")
            spellings = [s.strip() for s in names.split("|") if s.strip()]
            fields = [f.strip() for f in meta.split(";")] if meta else []
            fields += [""] * (4 - len(fields))
            confidence = fields[2] or "uncertain"
            if confidence not in CONFIDENCES:
                raise ValueError(f"{where}: unknown confidence {confidence}")
            member_list = [[a.strip() for a in m.split("/") if a.strip()] for m in members.split("|") if m.strip()]
            if len(member_list) == 1:
                raise ValueError(f"{where}: a formula with members needs at least two")
            out.append({
                "canonical": spellings[0], "variants": spellings[1:], "members": member_list, "kind": kind,
                "theme": theme, "coined": fields[0], "venue": fields[1], "confidence": confidence,
                "note": fields[3], "file": where,
            })
    return out


def rejected():
    return {_strip_comment(l).strip() for l in open(os.path.join(HERE, "rejected.txt"), encoding="utf-8")} - {""}


def known_spellings():
    return {s for e in entries() for s in [e["canonical"], *e["variants"]]}
