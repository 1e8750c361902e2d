"""Reads the curated lexicon sources (curated/*.txt) and rejected.txt.

Format of a curated file: `@kind theme` starts a section; then one entry a line:

    canonical | variant | variant = member | member/alternative spelling | member ; coined; venue; confidence; note

Everything after the first field is optional. `#` starts a comment (at the start of a line, or after two spaces).

A spelling with `{place}` is a place template: a local version of a national campaign (平安{place} for 平安中国). It
expands to one entry per place of PLACES, canonical as the reports write it (平安河北, 法治驻马店), because a scholar codes
local versions as written and counting them under the national canonical would inflate the national formula's echo.

A line `- canonical | variant | variant` (round 27) takes those variants off the entry whatever file gave them: a spelling
that is the formula plus the sentence's activity word (高标准农田建设 in 推进高标准农田建设), which the codebook's boundary rule
leaves out, so that the matcher reports the shorter, right span (build_lexicon.merged).

A line `@place 驻马店` (a short name of SCOPE_PLACES) scopes the entries after it, to the end of the file or to a line `@place`
alone, to that place: a place's own recurring formula (a city's goal or numbered programme) whose words may mean
something else in another place's report. The lexicon's `place` column holds the short name; the matcher reports such
an entry only in a text that names the place (LexiconMatcher, PlaceMentions). Inside such a block, a spelling written
with a trailing `*` (百县千镇万村高质量发展工程*) is reported in any text: a full name no other place uses, where the
entry's short forms name other places' programmes too (the `anywhere` column; round 42).

A spelling written in corner brackets (「走在前列」, round 71) is QUOTE-ONLY: the matcher finds it only where the text writes it
inside quotation marks (“走在前列”), never bare (LexiconMatcher.Forms). For a short form the golds count under an entry where a
text quotes it (锚定“走在前列”总目标) but which, bare, is an ordinary phrase (在全国走在前列). Official texts never write 「」.

A variant written with a trailing ` (bare)` (四个现代化 | 四化 (bare), round 84) is BARE-ONLY: the matcher reports it only where
the text writes it bare (实现四化), never against a quotation mark (“四化”), the lexicon's `bare` column (LexiconEntry.Bare).
For a contraction or numeral abbreviation that names the entry bare but, quoted in later texts, another formula of the same
count (围绕“四新”主攻“四化”, Guizhou's own four; “四化”同步; the cadre “四化”方针): the quoted one is left to the quoted finder.

A spelling written with a trailing ` (since YYYY)` (设备更新 (since 2023), round 85) is the formula only from that year on:
the matcher leaves it out of a text whose year is known and earlier, where it is the ordinary phrase it was before the
formula was coined (技术改造和设备更新 in the 1981 report), and so does the first-appearance computation; a text of unknown
year is matched as ever. The lexicon's `since` column holds spelling=year pairs (LexiconEntry.Since); `lexicon check`
reports a since year that is no year or later than the entry's coined year. Set it only where the readable texts before the
year show the spelling as an ordinary phrase, never where a place used the formula before the nation did.

A canonical form written with a trailing ` (name only)` (产业链供应链 (name only) | 产业链供应链稳定 | 产业链供应链安全, round 88) is
only the entry's NAME: the matcher finds the formula through its variants and members, never where a text writes the
canonical form itself, and every mention keeps the canonical name (the lexicon's `name_only` column, LexiconEntry.NameOnly).
For a name that, written alone, is a descriptive phrase rather than the formula (引导产业链供应链合理有序跨境布局, a pair of
nouns; judged wrong at its readable places), while its longer spellings are the policy. Set it only where the bare places are
read wrong at >= 90 % in several documents, and never where the canonical form is the entry's national first appearance
(the first appearance would move). Only the canonical takes it: a variant that should not be matched is no variant.
"""
import re
import glob
import os

HERE = os.path.dirname(__file__)
KINDS = {"slogan", "guiding-thought", "strategy", "policy", "campaign", "plan", "institution-building", "numbered-formula"}
CONFIDENCES = {"documented", "common-knowledge", "uncertain"}
# The places a template expands to: the 31 provincial-level units by the short names reports use (河北, 内蒙古, 广西),
# and 驻马店, the prefecture-level city of the municipal corpus. Users add other cities' versions in a user lexicon.
PLACES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
          "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 驻马店").split()
# The places a `@place` block may scope its entries to: PLACES and cities with their own entries but no place templates
# (深圳, round 94: templates such as 平安{place} are not expanded for it), and Shenzhen's districts by their full names
# (round 95: 光明 and 南山 are words other texts write; a district's report names itself with 区 three times or more).
SCOPE_PLACES = PLACES + ["深圳"] + "福田区 罗湖区 盐田区 南山区 宝安区 龙岗区 龙华区 坪山区 光明区 大鹏新区".split()


def _strip_comment(line):
    if line.lstrip().startswith("#"):
        return ""
    at = line.find("  #")
    return line if at < 0 else line[:at]


def _in_round_order(path):
    """Sort key of a curated file: its name with each run of digits read as a number, so round files come in the order
    the rounds were held (round4 < round11 < round109; by plain name round100-…round109 came before round11, and a round
    that added spellings to an older entry took over that entry's date, source and decision: round 109, session 63)."""
    name = os.path.basename(path)
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", name)]


def curated_files():
    """The curated source files, oldest round first: where two files list one canonical form, the first one's metadata
    is the entry's (build_lexicon.merged)."""
    return sorted(glob.glob(os.path.join(HERE, "curated", "*.txt")), key=_in_round_order)


def entries():
    """Every curated entry as a dict, in file order; raises ValueError naming the file and line of a bad one."""
    out = []
    for path in curated_files():
        kind = theme = None
        place = ""
        for number, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = _strip_comment(raw.rstrip("\n")).strip()
            if not line:
                continue
            where = f"{os.path.basename(path)}:{number}"
            if line.startswith("- "):
                continue
            if line == "@place" or line.startswith("@place "):
                place = line[len("@place"):].strip()
                if place and place not in SCOPE_PLACES:
                    raise ValueError(f"{where}: unknown place {place} (the short names of curated.SCOPE_PLACES)")
                continue
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
            # A trailing (since YYYY) comes off first: the other marks (*, (bare)) stand before it.
            dated = {}
            for i, s in enumerate(spellings):
                year = re.fullmatch(r"(.*?)\s*\(since (\d{4})\)", s)
                if year:
                    spellings[i] = year.group(1).strip()
                    dated[i] = int(year.group(2))
                elif "(since" in s:
                    raise ValueError(f"{where}: '{s}': write a since year as four digits, ' (since 2024)'")
            anywhere = [s[:-1].strip() for s in spellings if s.endswith("*")]
            if anywhere and not place:
                raise ValueError(f"{where}: a spelling marked * (reported anywhere) outside an @place block")
            spellings = [s[:-1].strip() if s.endswith("*") else s for s in spellings]
            name_only = bool(spellings) and spellings[0].endswith("(name only)")
            if name_only:
                spellings[0] = spellings[0][:-len("(name only)")].strip()
            if any(s.endswith("(name only)") for s in spellings[1:]):
                raise ValueError(f"{where}: a variant marked (name only); only the canonical form is a name, leave the variant out")
            bare = [s[:-len("(bare)")].strip() for s in spellings if s.endswith("(bare)")]
            spellings = [s[:-len("(bare)")].strip() if s.endswith("(bare)") else s for s in spellings]
            since = {spellings[i]: year for i, year in dated.items()}
            if spellings and spellings[0] in bare:
                raise ValueError(f"{where}: the canonical form marked (bare); only a variant can be reported bare only")
            if any(any(q in b for q in "“”「」") for b in bare):
                raise ValueError(f"{where}: a variant marked (bare) written with quote marks")
            fields = [f.strip() for f in meta.split(";")] if meta else []
            fields += [""] * (4 - len(fields))
            confidence = fields[2] or "uncertain"
            if confidence not in CONFIDENCES:
                raise ValueError(f"{where}: unknown confidence {confidence}")
            member_list = [[a.strip() for a in m.split("/") if a.strip()] for m in members.split("|") if m.strip()]
            if len(member_list) == 1:
                raise ValueError(f"{where}: a formula with members needs at least two")
            entry = {
                "canonical": spellings[0], "variants": spellings[1:], "members": member_list, "kind": kind,
                "theme": theme, "coined": fields[0], "venue": fields[1], "confidence": confidence,
                "note": fields[3], "file": where, "place": place, "anywhere": anywhere, "bare": bare,
                "since": since, "name_only": name_only,
            }
            out.extend(_expand_places(entry) if "{place}" in spellings[0] else [entry])
    return out


def _expand_places(entry):
    """One entry per place of PLACES for a place template (平安{place} -> 平安北京 … 平安驻马店)."""
    for place in PLACES:
        local = dict(entry)
        local["canonical"] = entry["canonical"].replace("{place}", place)
        local["variants"] = [v.replace("{place}", place) for v in entry["variants"]]
        local["bare"] = [v.replace("{place}", place) for v in entry["bare"]]
        local["since"] = {v.replace("{place}", place): y for v, y in entry["since"].items()}
        yield local


def unvariants():
    """{canonical: set of variants taken off it} from the `- canonical | variant` lines of every curated file."""
    out = {}
    for path in curated_files():
        for raw in open(path, encoding="utf-8"):
            line = _strip_comment(raw.rstrip("\n")).strip()
            if line.startswith("- "):
                names = [s.strip() for s in line[2:].split("|") if s.strip()]
                out.setdefault(names[0], set()).update(names[1:])
    return out


def rejected():
    return {_strip_comment(l).strip() for l in open(os.path.join(HERE, "rejected.txt"), encoding="utf-8")} - {""}


def known_spellings():
    return {s for e in entries() for s in [e["canonical"], *e["variants"]]}
