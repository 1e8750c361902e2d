// Finds lexicon formulas in a view: every spelling (with or without quote marks, 、 or ， between its parts; a quote-only
// spelling, 「走在前列」, only inside quote marks; a bare-only variant, 四化, never against one) whose
// ends fall on token boundaries, and every full list of a numbered formula's members. Token boundaries are what
// keep 新发展理念 from being found inside 创新发展理念 (创新/发展/理念); a second check against the plain jieba
// segmentation of the surrounding words keeps 和谐社会 from being found in 和谐社会环境 (和谐/社会环境), where the
// lexicon's own segmenter, which keeps every spelling whole, would cut the text to fit the spelling.
// Spellings are looked up in a character trie, so the work is linear in the text whatever the lexicon's size.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    private static readonly string[] MemberSeparators = ["、", "，", ",", "以及", "和", "及", "与", ""];

    // How many characters either side of a spelling the plain segmentation looks at to see whether it cuts a word.
    private const int WordCheckWindow = 6;

    // Only short spellings are checked against the plain segmentation: a long one (…工程 before 建设, where 工程建设
    // is a word) is a name in its own right, while a short one (和谐社会 before 环境) is easily part of another phrase.
    private const int ShortSpelling = 4;

    private readonly SpellingTrie<(LexiconEntry Entry, bool IsCanonical)> _spellings;
    private readonly SpellingTrie<(LexiconEntry Entry, int Member)> _members;

    // The ordinal labels an entry's own spellings put before it (普法: 七五普法, 八五普法 → labels of two characters ending in
    // 五), by entry: the shape of the label that names one round of the formula (see LabelledName).
    private readonly Dictionary<LexiconEntry, List<(int Length, char Last)>> _labels = new(ReferenceEqualityComparer.Instance);

    // The places some entry is scoped to (LexiconEntry.Place); when none is, Find spends nothing on places.
    private readonly string[] _places;

    public LexiconMatcher(Lexicon lexicon)
    {
        // Precedence where two entries share a spelling: a canonical form over a variant, and among variants the entry
        // added last (a user lexicon over the built-in one), as Lexicon.Find resolves it. A name-only canonical
        // (LexiconEntry.NameOnly: 产业链供应链, a pair of nouns written alone) is claimed, so that no other entry reports it,
        // but never looked for.
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var spellings = new List<(string, (LexiconEntry, bool))>();
        foreach (LexiconEntry entry in lexicon.Entries)
        {
            foreach (string form in Forms(entry.Canonical))
            {
                if (claimed.Add(form) && !entry.NameOnly)
                {
                    spellings.Add((form, (entry, true)));
                }
            }
        }

        var members = new List<(string, (LexiconEntry, int))>();
        for (int e = lexicon.Entries.Count - 1; e >= 0; e--)
        {
            LexiconEntry entry = lexicon.Entries[e];
            foreach (string variant in entry.Variants)
            {
                foreach (string form in Forms(variant))
                {
                    if (claimed.Add(form))
                    {
                        spellings.Add((form, (entry, false)));
                    }
                }
            }

            for (int m = 0; m < entry.Members.Count; m++)
            {
                foreach (string spelling in entry.Members[m].Spellings)
                {
                    members.Add((spelling, (entry, m)));
                }
            }
        }

        foreach (LexiconEntry entry in lexicon.Entries)
        {
            foreach (string variant in entry.Variants)
            {
                foreach (string spelling in entry.Spellings)
                {
                    string label = variant.Length > spelling.Length && variant.EndsWith(spelling, StringComparison.Ordinal)
                        ? variant[..^spelling.Length].Trim('“', '”') : "";
                    if (label.Length > 0 && label.All(IsNumeral))
                    {
                        List<(int, char)> shapes = _labels.TryGetValue(entry, out var known) ? known : _labels[entry] = [];
                        if (!shapes.Contains((label.Length, label[^1])))
                        {
                            shapes.Add((label.Length, label[^1]));
                        }
                    }
                }
            }
        }

        _places = [.. lexicon.Entries.Select(e => e.Place).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        _spellings = new SpellingTrie<(LexiconEntry, bool)>(spellings);
        _members = new SpellingTrie<(LexiconEntry, int)>(members);
    }

    /// <summary>
    /// Every spelling and member chain in <paramref name="text"/>, whether or not it is a whole token, and whatever place an
    /// entry belongs to (discovery asks whether a phrase holds a known formula: a place's own is known too).
    /// </summary>
    public void FindAll(string text, List<MentionCandidate> into) => FindRaw(text, into);

    // The whole spellings and member chains of a text; region is the document's division (ExtractionContext.Region), whose
    // own entries and its province's are reported whatever the count of the place's name; year is the text's
    // (ExtractionContext.Year), before which a spelling with a since year (LexiconEntry.Since) is an ordinary phrase.
    public void Find(TextView view, List<MentionCandidate> into, string? region = null, string? document = null, int? year = null)
    {
        int first = into.Count;
        FindRaw(view.Text, into);

        // A spelling must be a whole unit: its ends on token boundaries (or on a quote mark, which is always one), and
        // not cutting a word of the plain segmentation. Inside a formula that is one, a shorter formula is kept
        // (乡村振兴 in the one token 乡村振兴战略): only CountingUnit.Nested reports it.
        var whole = new bool[into.Count - first];
        // Rented: four bytes a character of every document, needed only here.
        int positions = view.Text.Length + 1;
        int[] rented = System.Buffers.ArrayPool<int>.Shared.Rent(positions);
        Span<int> reach = rented.AsSpan(0, positions);
        reach.Fill(-1);
        for (int k = first; k < into.Count; k++)
        {
            MentionCandidate c = into[k];
            if (Refusal(view, c) is null)
            {
                whole[k - first] = true;
                reach[c.Start] = Math.Max(reach[c.Start], c.End);
            }
        }

        // reach[p]: the furthest end of a whole spelling starting at or before p, so containment is one lookup.
        for (int p = 1; p < reach.Length; p++)
        {
            reach[p] = Math.Max(reach[p], reach[p - 1]);
        }

        // A place's own entry in a text of another place is dropped here, after it gave its reach: the segmenter keeps its
        // spelling whole everywhere (乡村振兴示范带 one token), so the formulas inside it (乡村振兴) stand as they would
        // inside any whole spelling, and are reported when the place's entry is not. So is a spelling in a text written before
        // its since year (设备更新 in the 1981 report's 技术改造和设备更新, years before the 2024 policy): the ordinary phrase it
        // was then still holds its words, as the formula's spelling would.
        HashSet<string>? named = _places.Length > 0 ? NamedPlaces(view.Text, region) : null;
        int kept = first;
        for (int k = first; k < into.Count; k++)
        {
            MentionCandidate c = into[k];
            bool quotedBareOnly = QuotedBareOnly(view.Text, c);
            bool beforeItsYear = BeforeItsYear(view.Text, c, year);
            if ((whole[k - first] || reach[c.Start] >= c.End) && (_places.Length == 0 || InPlace(view.Text, c, named)) && !quotedBareOnly && !beforeItsYear)
            {
                into[kept++] = c;
            }
            else if (DropTrace.On)
            {
                DropTrace.Say(view, document, c, quotedBareOnly ? "matcher:quoted-bare-only" : beforeItsYear ? "matcher:before-since" : whole[k - first] ? "matcher:place" : "matcher:" + string.Join("+", AllRefusals(view, c)));
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rented);
        into.RemoveRange(kept, into.Count - kept);
        LeaveOutLeadingVerbs(view.Text, into, first);
        LeaveOutTrailingActivities(view.Text, into, first);
        kept = into.Count;

        if (_labels.Count > 0)
        {
            for (int k = first; k < kept; k++)
            {
                if (into[k].Entry is { } entry && _labels.TryGetValue(entry, out List<(int Length, char Last)>? shapes)
                    && LabelledName(view.Text, into[k], shapes) is { } labelled)
                {
                    into.Add(labelled);
                }
            }
        }

        for (int k = first; k < kept; k++)
        {
            if (PlaceChapter(view.Text, into[k]) is { } chapter)
            {
                into.Add(chapter);
            }
        }
    }

    // The guards a spelling must pass to be reported as a whole unit, in the order they are tried: the name of the first it
    // fails, or null when it passes them all (each guard is documented where it is defined). Given `every`, every guard it
    // fails is added to it instead of stopping at the first: DropTrace's diagnosis.
    private static string? Refusal(TextView view, MentionCandidate c, List<string>? every = null)
    {
        string text = view.Text;
        string? first = null;
        if (!(view.IsBoundary(c.Start) || VerbJoinedAt(view, c.Start, c.End) || ChainGluedAt(view, c.Start, c.End) || OwnVariantAcrossStart(view, c)) && Failed("StartsInsideAWord"))
        {
            return first;
        }

        if (!(view.IsBoundary(c.End) || TrailJoinedAt(view, c.Start, c.End)) && Failed("EndsInsideAWord"))
        {
            return first;
        }

        if (!(c.Subtype == "members" || c.Length > ShortSpelling || !CutsAWord(view, c.Start, c.End) || CutsOnlyIntoItsInstitutionHead(view, c)) && Failed(nameof(CutsAWord)))
        {
            return first;
        }

        if (c.Subtype != "members" && c.Length > ShortSpelling && EndsInsideAQualityNoun(view, c.Start, c.End) && Failed(nameof(EndsInsideAQualityNoun)))
        {
            return first;
        }

        if (c.Subtype == "variant" && c.Length <= ShortSpelling && RunsOnIntoANoun(view, c.End) && !StandsAsAWord(view, c) && !AnInstitutionHeadFollows(view, c) && Failed(nameof(RunsOnIntoANoun)))
        {
            return first;
        }

        if (InsideALongerQuotedName(text, c.Start, c.End) && Failed(nameof(InsideALongerQuotedName)))
        {
            return first;
        }

        if (NamesAnEventOrWork(text, c.Start, c.End) && Failed(nameof(NamesAnEventOrWork)))
        {
            return first;
        }

        if (ChainRunsOn(text, c.Start, c.End) && !AWordOfItsOwnFollows(view, c.End) && Failed(nameof(ChainRunsOn)))
        {
            return first;
        }

        if (LacksItsTask(text, c) && Failed(nameof(LacksItsTask)))
        {
            return first;
        }

        if (CutFromAProgrammeName(text, c.End) && Failed(nameof(CutFromAProgrammeName)))
        {
            return first;
        }

        if (NamesAnInstitution(text, c.End) && Failed(nameof(NamesAnInstitution)))
        {
            return first;
        }

        if (NamesACentreOrRanking(text, c.End) && Failed(nameof(NamesACentreOrRanking)))
        {
            return first;
        }

        if (NamesAnInstitute(text, c.End) && Failed(nameof(NamesAnInstitute)))
        {
            return first;
        }

        if (NamesANationalHonour(text, c) && Failed(nameof(NamesANationalHonour)))
        {
            return first;
        }

        if (NamesAnHonour(text, c.End) && Failed(nameof(NamesAnHonour)))
        {
            return first;
        }

        if (NamesAFacility(text, c) && Failed(nameof(NamesAFacility)))
        {
            return first;
        }

        if (CutFromASectorReform(text, c) && Failed(nameof(CutFromASectorReform)))
        {
            return first;
        }

        if (CutFromAGoalsChain(text, c.Start, c.End) && Failed(nameof(CutFromAGoalsChain)))
        {
            return first;
        }

        if (GluedToAnotherHuaWord(text, c.Start, c.End) && Failed(nameof(GluedToAnotherHuaWord)))
        {
            return first;
        }

        if (c.Entry is { } field && ListedFields.Contains(field.Canonical) && StandsInAListOfFields(text, c.Start, c.End) && Failed(nameof(StandsInAListOfFields)))
        {
            return first;
        }

        return first;

        // Records a failed guard; true when the caller should stop (only the first is wanted).
        bool Failed(string name)
        {
            first ??= name;
            every?.Add(name);
            return every is null;
        }
    }

    // Every guard a spelling fails, for DropTrace.
    private static List<string> AllRefusals(TextView view, MentionCandidate c)
    {
        var every = new List<string>();
        Refusal(view, c, every);
        return every;
    }

    // Round 33 (issue 13, precision on unseen text): the tasks of tackling a formula's canonical may end in (关键核心技术攻关).
    private static readonly string[] TackleTasks = ["攻关", "攻坚"];

    // The punctuation that closes the clause a variant's task is looked for in.
    private const string ClauseStops = "，。；：！？\n“”";

    // True when a variant is its canonical with the task of tackling cut off (关键核心技术 for 关键核心技术攻关) and no such task
    // stands in the clause around it: there the words are the plain noun phrase (突破关键核心技术, 关键核心技术受制于人, 攻克一批
    // 关键核心技术; 25 of the 30 bare uses over the readable texts), which unseen26e's blind judges read wrong. The formula's
    // uses keep the task within the clause (推进关键核心技术协同攻关, gwr 2024; 攻关水产种业关键核心技术; 在突破关键核心技术、
    // 前沿技术上抓紧攻关, across a 、).
    private static bool LacksItsTask(string text, MentionCandidate c)
    {
        // Read through spans: the test runs on every variant the matcher keeps, and most are no task-less spelling.
        if (c.Subtype != "variant" || c.Entry is not { } entry || entry.Canonical.Length <= c.End - c.Start
            || !entry.Canonical.AsSpan().StartsWith(text.AsSpan(c.Start, c.End - c.Start), StringComparison.Ordinal)
            || !IsTackleTask(entry.Canonical.AsSpan(c.End - c.Start)))
        {
            return false;
        }

        int from = c.Start;
        while (from > 0 && !ClauseStops.Contains(text[from - 1], StringComparison.Ordinal))
        {
            from--;
        }

        int to = c.End;
        while (to < text.Length && !ClauseStops.Contains(text[to], StringComparison.Ordinal))
        {
            to++;
        }

        ReadOnlySpan<char> clause = text.AsSpan(from, to - from);
        foreach (string task in TackleTasks)
        {
            if (clause.Contains(task, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTackleTask(ReadOnlySpan<char> rest)
    {
        foreach (string task in TackleTasks)
        {
            if (rest.SequenceEqual(task))
            {
                return true;
            }
        }

        return false;
    }

    // The heads that make a national formula a place's version of it (中国式现代化湖北篇章, 中国式现代化的广东实践). Round 34
    // (recall34): 场景, Hebei's version (深入谋划中国式现代化河北场景, hebei 2023; its cities' 保定场景, 高阳场景 follow it).
    private static readonly string[] ChapterHeads = ["篇章", "实践", "场景"];

    // The longest place name looked for after a formula (黑龙江, 内蒙古, 驻马店).
    private const int MaxPlaceName = 3;

    // A national formula followed by a place's name and 篇章, 实践 or 场景 (谱写中国式现代化湖北篇章, 中国式现代化的广东实践, 江苏新实践):
    // the place's version of the formula, the goal the report names (the judges' reading 3: a provincial version built on a
    // national formula is the item; the core reported inside it is a boundary error). The entry stays its canonical, as for a
    // spelling, so a count of the national formula still counts it.
    private static MentionCandidate? PlaceChapter(string text, MentionCandidate c)
    {
        // Only the goal of modernisation takes a place's chapter (谱写…篇章); 新型举国体制的广东实践 is the formula put into
        // practice somewhere, not a goal of its own.
        if (!c.Canonical.EndsWith("现代化", StringComparison.Ordinal) && !c.Canonical.EndsWith("现代化国家", StringComparison.Ordinal))
        {
            return null;
        }

        int at = c.End;
        if (at < text.Length && text[at] == '的')
        {
            at++;
        }

        // Round 34 (recall34): 建设 before the place (奋力谱写中国式现代化建设河北篇章, hebei 2024 ×3, 2025; 中国式现代化建设保定篇章,
        // baoding 2025; 中国式现代化建设驻马店实践, the lexicon's spelling of zhumadian's version), as the unseen26f coders code it.
        if (string.CompareOrdinal(text, at, "建设", 0, 2) == 0)
        {
            at += 2;
        }

        for (int length = MaxPlaceName; length >= 2; length--)
        {
            if (at + length > text.Length || !Text.Regions.ShortNameSet.Contains(text.Substring(at, length)))
            {
                continue;
            }

            int head = at + length;
            if (head < text.Length && text[head] == '新')
            {
                head++;
            }

            foreach (string word in ChapterHeads)
            {
                if (string.CompareOrdinal(text, head, word, 0, word.Length) == 0)
                {
                    return c with { End = head + word.Length, Subtype = "variant" };
                }
            }
        }

        return null;
    }

    private static bool IsNumeral(char c) => "一二三四五六七八九十百千两".Contains(c, StringComparison.Ordinal) || char.IsAsciiDigit(c);

    // A formula named by the round it is in: an ordinal label of the shape the entry's own spellings give it, written before
    // it with or without quote marks (“九五”普法 as 七五普法 and 八五普法 are written; the label of the ninth round is no
    // spelling yet), and the plan of that round when 规划 follows (“八五”普法规划). The item is the labelled name, not the
    // formula inside it, nor the label alone as a numbered formula; the entry stays its canonical, as for a spelling.
    private static MentionCandidate? LabelledName(string text, MentionCandidate c, List<(int Length, char Last)> shapes)
    {
        int at = c.Start;
        bool quoted = at > 0 && text[at - 1] == '”';
        if (quoted)
        {
            at--;
        }

        int labelEnd = at;
        while (at > 0 && IsNumeral(text[at - 1]))
        {
            at--;
        }

        if (labelEnd == at || !shapes.Contains((labelEnd - at, text[labelEnd - 1])))
        {
            return null;
        }

        if (quoted)
        {
            if (at == 0 || text[at - 1] != '“')
            {
                return null;
            }

            at--;
        }

        // The label starts the unit: not the tail of a longer word or count (十九五, 第八五).
        if (at > 0 && (IsNumeral(text[at - 1]) || text[at - 1] == '第'))
        {
            return null;
        }

        int end = string.CompareOrdinal(text, c.End, "规划", 0, 2) == 0 ? c.End + 2 : c.End;
        return c with { Start = at, End = end, Subtype = "variant" };
    }

    // True when the plain jieba segmentation of the words around [start, end) puts a word across either end: the
    // spelling is then part of a longer, unrelated phrase (和谐社会 in 和谐/社会环境).
    internal static bool CutsAWord(TextView view, int start, int end)
    {
        string text = view.Text;
        bool hanBefore = start > 0 && TextView.IsHan(text[start - 1]);
        bool hanAfter = end < text.Length && TextView.IsHan(text[end]);
        if (!hanBefore && !hanAfter)
        {
            return false;
        }

        int from = start;
        while (from > 0 && start - from < WordCheckWindow && TextView.IsHan(text[from - 1]))
        {
            from--;
        }

        int to = end;
        while (to < text.Length && to - end < WordCheckWindow && TextView.IsHan(text[to]))
        {
            to++;
        }

        bool startCut = hanBefore, endCut = hanAfter, verbJoined = false, trailJoined = false;
        foreach (Token token in JiebaSegmenter.Default.Tokenize(text.AsSpan(from, to - from), NoHmm))
        {
            int tokenStart = from + token.Start, tokenEnd = from + token.End;
            startCut &= !(tokenStart == start || tokenEnd == start);
            endCut &= !(tokenStart == end || tokenEnd == end);
            verbJoined |= tokenStart < start && tokenEnd > start && tokenEnd <= end && IsLeadingVerb(text, tokenStart, start);
            trailJoined |= tokenStart >= start && tokenStart < end && tokenEnd > end && IsTrailingWord(text, end, tokenEnd);
        }

        return (startCut && !verbJoined) || (endCut && !trailJoined);
    }

    // Generic words a sentence adds after a formula that jieba's dictionary joins to the formula's last word (雪亮工程|建设 as
    // 雪亮/工程建设, zhumadian_2025; 全民健身|活动 as 全民/健身活动; 全面小康|水平, gwr 2019): the word then crosses the formula's end, but the codebook's
    // boundary rule leaves such a word out (…工作, …建设 when not part of the name), so that cut does not make the formula part
    // of a longer phrase. The mirror of the leading verbs.
    // Round 41 (fewer41; places where the coders count the formula and jieba cut it away): 布局, the layout a sentence plans for a
    // formula's field (未来产业|布局 as 未来/产业布局: shaanxi 2026, baoding 2026, guangdong 2026); 市场 and 总量, the market and the
    // volume of a formula's field (培育发展绿色金融市场, the guangdong 15th-plan outline; 县域经济总量较小, the baiqianwan decision).
    // Not 能力: 自主创新能力 (46 readable uses) is left uncoded by the coders of seven of the ten golds that write it.
    private static readonly FrozenSet<string> TrailingWords = FrozenSet.ToFrozenSet(["建设", "活动", "工作", "成果", "水平", "服务", "体系", "教育", "改造", "布局", "市场", "总量"], StringComparer.Ordinal);

    // Round 38 (lead): jieba joins the 化 that ends a chain of -化 goals to the 发展 after it (推动制造业高端化、智能化、绿色化发展 cut
    // 绿色 / 化发展: the 20th congress report, the third-plenum decision, guangdong's 2025 work report; 智能化、绿色化、融合化发展),
    // and the formula was lost at every such use. Only after 化: 发展 after another formula is often the formula's own word
    // (教育适度超前发展 is no use of 适度超前, coined 2021 for infrastructure investment).
    private static bool IsTrailingWord(string text, int end, int tokenEnd) =>
        tokenEnd - end == 2 && (TrailingWords.Contains(text.Substring(end, 2)) || (text[end - 1] == '化' && string.CompareOrdinal(text, end, "发展", 0, 2) == 0));

    // True when the token across end is the formula's last word joined to a trailing generic word (工程建设 in 雪亮工程建设).
    private static bool TrailJoinedAt(TextView view, int start, int end)
    {
        int k = view.TokenIndexAt(end);
        return k >= 0 && view.Tokens[k].Start < end && view.Tokens[k].Start >= start && IsTrailingWord(view.Text, end, view.Tokens[k].End);
    }

    // Verbs that jieba's dictionary joins to the first word of a formula they govern (深化改革/开放 in 深化改革开放, 推进改革/
    // 开放): the word then crosses the formula's start, but the verb is no part of the formula (the codebook's boundary rule),
    // so that cut does not make the formula part of a longer phrase.
    private static readonly FrozenSet<string> LeadingVerbs = FrozenSet.ToFrozenSet(
        ["深化", "推进", "推动", "坚持", "实施", "加快", "扩大", "促进", "加强", "贯彻", "落实", "实行", "全面", "继续", "深入", "坚定"],
        StringComparer.Ordinal);

    // True when the token across start is a leading verb joined to the formula's first word (深化改革 in 深化改革开放).
    private static bool VerbJoinedAt(TextView view, int start, int end)
    {
        int k = view.TokenIndexAt(start);
        return k >= 0 && view.Tokens[k].Start < start && view.Tokens[k].End <= end && IsLeadingVerb(view.Text, view.Tokens[k].Start, start);
    }

    // True when the match is a chain (units joined by 、) and the token across its start ends inside the chain's first unit:
    // jieba's model for words outside its dictionary may join a unit's first character to the word before it (永葆敢 / 闯 /
    // 敢试 for 永葆敢闯敢试、敢为人先), which no whole chain of the lexicon can be part of. A single spelling keeps the rule
    // that it never starts inside a word.
    private static bool ChainGluedAt(TextView view, int start, int end)
    {
        int unitEnd = view.Text.IndexOf('、', start, end - start);
        if (unitEnd < 0)
        {
            return false;
        }

        int k = view.TokenIndexAt(start);
        return k >= 0 && view.Tokens[k].Start < start && view.Tokens[k].End < unitEnd;
    }

    private static bool IsLeadingVerb(string text, int tokenStart, int start) =>
        start - tokenStart == 2 && LeadingVerbs.Contains(text.Substring(tokenStart, 2));

    // Words that may follow a short variant directly and still leave it a mention (双碳目标, 和谐社会建设).
    private static readonly HashSet<string> AfterVariant =
    [
        "建设", "目标", "理念", "思想", "战略", "工作", "要求", "任务", "行动", "政策", "工程", "格局", "体系", "道路", "精神", "重要",
        "作为", "落实", "取得", "推进", "进程", "领域", "方面", "成果", "实践", "发展", "导向", "标准",
        // Adverbs and verbs of a clause whose subject the formula is (国企改革顺利推进, 国企改革攻坚, 保交房任务): not nouns.
        "顺利", "持续", "深入", "全面", "不断", "加快", "扎实", "稳步", "有序", "积极", "纵深", "深化", "提速", "攻坚", "成效", "实现",
        "迈出", "走深", "见效", "进一步", "得到", "已经", "正在", "基本", "初步",
        // 才 + 能 of a condition (依规治党深入党心，依法治国才能深入民心), which the segmenter cuts as the noun 才能 (talent).
        "才能",
        // Round 39 (lexicon39): the scope of a programme the sentence widens or narrows (扩大药品和医用耗材带量采购范围,
        // guangdong-gwr-2025; 扩大药品耗材集中带量采购范围, hebei 2022): the formula is the subject of 范围, no word of a longer name.
        "范围",
    ];

    // True when a short variant that runs on into a noun is still a word of its own, not the start of a longer phrase:
    // - it is a contraction of a longer spelling of its entry (its characters in order, with a gap: 新农合 of 新型农村合作
    //   医疗, 棚改 of 棚户区改造, 非遗 of 非物质文化遗产) or a Latin acronym (RCEP): no phrase of ordinary words, it cannot
    //   run on into a longer one (新农合县级统筹, 棚改安置房, RCEP成员国). A variant that is a piece cut out of a longer
    //   spelling (大湾区 of 粤港澳大湾区, 专项债 of 地方政府专项债券, 和美乡村 of 宜居宜业和美乡村) is an ordinary phrase and
    //   stays under the rule: before a noun it is as often a word of a name (大湾区国际科技创新中心, 大湾区大学).
    // - or the noun after it is a word of one of its entry's own spellings (普惠托育服务, 托育服务): the text writes the
    //   entry's name, not another phrase.
    // Neither holds when the word before it is a level that begins a designation's or event's label (国家级非遗代表性传承人,
    // 全国双创活动周), or is itself a word of one of the entry's spellings, a qualifier the variant was cut from (紧密型
    // 医联体 of 紧密型县域医共体, 土地二轮延包 of 土地延包).
    private static bool StandsAsAWord(TextView view, MentionCandidate c)
    {
        if (c.Entry is not { } entry)
        {
            return false;
        }

        string text = view.Text;
        string variant = text.Substring(c.Start, c.Length);
        bool acronym = variant.Any(char.IsAsciiLetter);
        bool contraction = !acronym && entry.Spellings.Any(s => s.Length > variant.Length && IsContraction(variant, s));
        bool placeCampaign = !acronym && !contraction && NamesAPlacesCampaign(variant, entry);
        bool ownHead = false;
        int next = view.TokenIndexAt(c.End);
        if (!acronym && !contraction && !placeCampaign && next >= 0)
        {
            string noun = text.Substring(c.End, view.Tokens[next].End - c.End);
            ownHead = entry.Spellings.Any(s => s.Length > variant.Length && s.EndsWith(noun, StringComparison.Ordinal) && s.Contains(variant[^1]));
        }

        if (!acronym && !contraction && !placeCampaign && !ownHead)
        {
            return false;
        }

        if (Affixes.EndsWithAny(text.AsSpan(0, c.Start), DesignationLevels))
        {
            return false;
        }

        // A qualifier the text writes before it that begins a longer spelling of the entry (紧密型 of 紧密型县域医共体,
        // 土地 of 土地延包, 地方政府 of 地方政府专项债券), or a place's name that makes it a local version (三明医改): the
        // variant is cut out of the longer name the text writes.
        for (int k = 2; k <= MaxQualifier && k <= c.Start; k++)
        {
            string piece = text.Substring(c.Start - k, k);
            if (!TextView.IsHan(piece[0]))
            {
                break;
            }

            if (entry.Spellings.Any(s => s.Length > variant.Length && s.StartsWith(piece, StringComparison.Ordinal)) || Text.Regions.ShortNameSet.Contains(piece))
            {
                return false;
            }
        }

        // A programme's name (非遗点亮计划): the variant and the words after it, up to the head, are words of the name.
        for (int p = c.End; p < text.Length && p - c.End <= EventNameReach && TextView.IsHan(text[p]); p++)
        {
            if (Affixes.StartsWithAny(text.AsSpan(p), NameHeads))
            {
                return false;
            }
        }

        int before = view.TokenIndexAt(c.Start - 1);
        if (c.Start > 0 && before >= 0 && view.Tokens[before].End == c.Start && view.Tokens[before].Length >= 2)
        {
            string word = text.Substring(view.Tokens[before].Start, view.Tokens[before].Length);
            if (TextView.IsHan(word[0]) && entry.Spellings.Any(s => s.Contains(word, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // Round 76 (fewer76, found fewer times than coded): a short variant that ends in a division's name and opens a longer
    // spelling of its entry (绿美广东 of 绿美广东生态建设) is the place's campaign by name: before a noun it stays the name
    // (人与自然和谐共生的绿美广东样板, gd-plenum5-resolution; 维育绿美广东生态系统, gd-beautiful-guangdong-opinion-2025; 培育
    // 绿美广东良好生态, gd-beautiful-guangdong-meeting-2025: the golds count the campaign there), for no ordinary phrase ends
    // in a place's name and runs on into a longer one the way 和谐/社会环境 does.
    private static bool NamesAPlacesCampaign(string variant, LexiconEntry entry)
    {
        for (int k = 2; k < variant.Length - 1; k++)
        {
            if (Text.Regions.ShortNameSet.Contains(variant[^k..]))
            {
                return entry.Spellings.Any(s => s.Length > variant.Length && s.StartsWith(variant, StringComparison.Ordinal));
            }
        }

        return false;
    }

    // The longest qualifier looked for before a variant (紧密型, 地方政府).
    private const int MaxQualifier = 4;

    // The heads of a programme's or event's name after the noun that follows a variant (非遗点亮计划, RCEP…论坛).
    private static readonly string[] NameHeads = ["计划", "工程", "行动", "论坛", "活动周"];

    // The levels a designation's or a national event's label begins with (国家级非遗代表性传承人, 省级和美乡村重点片区, 全国双创活动周).
    private static readonly string[] DesignationLevels = ["国家级", "省级", "市级", "县级", "全国", "全省", "国家"];

    // True when every character of `variant` occurs in `spelling` in order, but not as one contiguous piece (新农合 in 新型农村
    // 合作医疗; not 大湾区 in 粤港澳大湾区).
    private static bool IsContraction(string variant, string spelling)
    {
        if (spelling.Contains(variant, StringComparison.Ordinal))
        {
            return false;
        }

        int at = 0;
        foreach (char ch in variant)
        {
            at = spelling.IndexOf(ch, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // 和谐社会环境: a short variant running straight into another noun is part of a longer, unrelated phrase (和谐/社会环境).
    // A rank word after it (大湾区首个…) is no such noun (LexiconMatcher.RankAfter.cs).
    private static bool RunsOnIntoANoun(TextView view, int end)
    {
        if (end >= view.Text.Length || !TextView.IsHan(view.Text[end]))
        {
            return false;
        }

        int next = view.TokenIndexAt(end);
        return next >= 0 && view.Tokens[next].Start == end && view.Tokens[next].Length >= 2
            && !AfterVariant.Contains(view.Text.Substring(end, view.Tokens[next].Length)) && !ARankFollows(view, end);
    }

    // The heads after a closing quote that make the quoted text a programme's or campaign's name (“…赋能产业振兴”专项行动).
    private static readonly string[] ProgrammeHeads = ["专项行动", "行动", "工程", "计划", "战略", "活动", "攻坚战", "试点"];

    // Round 89 (lexguard89, the survey of lexicon drops, tools/judging/lexicon_drops89.py): a chain is not run on by a word
    // of its own that merely opens with the chain's character (构建共建共治共享共同富裕的民生发展格局, shenzhen-gwr-2022 and 2024:
    // 共同富裕, a formula the lexicon segmenter keeps whole, is no fourth unit 共X of 共建共治共享). A unit that runs the chain
    // on is two characters (向好 of 向新向优向好发展, 援青 of 援藏援疆援青工作), so a token of more than two starting where the
    // chain ends is another word, and the chain stands whole before it. Of the 10 readable places ChainRunsOn dropped, these
    // 2 (both coded by unseen26j's gold) are the only ones it gives back.
    private static bool AWordOfItsOwnFollows(TextView view, int end)
    {
        int next = view.TokenIndexAt(end);
        return next >= 0 && view.Tokens[next].Start == end && view.Tokens[next].Length > 2;
    }

    // Round 32 (precision32, a class of unseen26d's wrong verdicts: a formula cut out of a longer written chain): a chain whose
    // units all open with one character (向新向优, 援藏援疆) followed at once by one more unit of that character (推动经济持续
    // 向新向优向好发展; 加强援藏援疆援青工作, gwr 2018) is written longer here; the longer chain is what the text names, and the
    // entry's chain cut out of it is a boundary error (the codebook's cut cores). A chain led by a numeral (一企一策一专班) is the
    // numbered and quoted finders' and is left alone; a unit written before the chain (向上向新向优) does not cut it.
    internal static bool ChainRunsOn(string text, int start, int end)
    {
        int length = end - start;
        if (length is not (4 or 6 or 8) || end + 1 >= text.Length)
        {
            return false;
        }

        char lead = text[start];
        if (IsNumeral(lead) || text[end] != lead || !TextView.IsHan(text[end + 1]) || text[start + 1] == lead)
        {
            return false;
        }

        for (int k = start; k < end; k += 2)
        {
            if (text[k] != lead || !TextView.IsHan(text[k + 1]))
            {
                return false;
            }
        }

        return true;
    }

    // The longest quoted name looked through, in characters either side of a spelling (liaoning 2026's label is 24).
    private const int QuotedNameReach = 30;

    // True when the spelling lies inside a quoted label that is longer than it and names a programme (“强化人才引领，推动教育
    // 科技人才一体赋能产业振兴”专项行动: liaoning 2026): the formula is then a word of the programme's name, which is the item.
    // A quote holding just the formula (“两山”实践创新基地, “深港通”试点) is the formula's own mark and keeps it.
    private static bool InsideALongerQuotedName(string text, int start, int end)
    {
        int open = -1;
        for (int p = start - 1; p >= 0 && start - p <= QuotedNameReach; p--)
        {
            char ch = text[p];
            if (ch == '“')
            {
                open = p;
                break;
            }

            if (ch is '”' or '。' or '；' or '\n')
            {
                return false;
            }
        }

        if (open < 0)
        {
            return false;
        }

        int close = -1;
        for (int p = end; p < text.Length && p - end <= QuotedNameReach; p++)
        {
            char ch = text[p];
            if (ch == '”')
            {
                close = p;
                break;
            }

            if (ch is '“' or '。' or '；' or '\n')
            {
                return false;
            }
        }

        if (close < 0 || (open == start - 1 && close == end))
        {
            return false;
        }

        return ProgrammeHeadAt(text, close + 1);
    }

    // Round 37 (lexicon37; round 36's blind judges read three such mentions on held-out reports wrong): a category or formula
    // written as the first word of a programme's name, before 倍增 and the programme's head (战略性新兴产业倍增计划, heilongjiang
    // 2026; 生产性服务业倍增计划, zhumadian 2024) or before a quoted label and the head (科技型中小企业“小升高”工程, hebei 2023,
    // baoding 2023; 高新技术企业“量质提升”行动, xinjiang 2026). The programme is the item; the category cut out of its name is a
    // boundary error, as for a formula inside a longer quoted name (InsideALongerQuotedName). 专精特新“小巨人”企业 is no
    // programme: 企业 is no head.
    private static bool CutFromAProgrammeName(string text, int end)
    {
        int p = end;
        if (string.CompareOrdinal(text, p, "倍增", 0, 2) == 0)
        {
            p += 2;
        }
        else if (p < text.Length && text[p] == '“')
        {
            int close = text.IndexOf('”', p + 1, Math.Min(QuotedLabelReach + 1, text.Length - p - 1));
            if (close < 0 || text.AsSpan(p + 1, close - p - 1).IndexOfAny("“。；，\n") >= 0)
            {
                return false;
            }

            p = close + 1;
        }
        else
        {
            return false;
        }

        return ProgrammeHeadAt(text, p);
    }

    // Whether one of ProgrammeHeads is written at text position `p` (the head of a programme's name).
    private static bool ProgrammeHeadAt(string text, int p) => Affixes.StartsWithAny(text.AsSpan(p), ProgrammeHeads);

    // The longest quoted label looked through after a category (量质提升, 千项万亿).
    private const int QuotedLabelReach = 8;

    // Round 37 (lexicon37): a spelling directly followed by 学院 is the first word of a college's name (国家卓越工程师学院, 省级
    // 卓越工程师学院: chongqing, guangdong 2024, liaoning, shaanxi 2026), the proper name of one body, which the codebook does not
    // count as a use of the formula (round 35's reading of …委员会, …领导小组).
    private static bool NamesAnInstitution(string text, int end) => string.CompareOrdinal(text, end, "学院", 0, 2) == 0;

    // Round 60 (lexicon60): a formula written right before the head of a centre's name or of a ranking is a word of that name,
    // which the codebook does not count as a use (round 36's reading of …委员会; round 37's of …学院): 具身智能创新中心,
    // 工业互联网创新中心, 新型储能创新中心, 数字化转型创新中心/促进中心, 新质生产力促进中心 (liaoning 2026, baoan 2024, guangdong
    // 2024, the guangzhou inspection 2026, luohu 2025, longhua 2024, longgang 2025); 数字经济百强城市/百强市, 中国社会治理百强
    // (baoding 2023, 2025, guangming 2025). Every readable place of these shapes the tool reported (10) is left uncoded by its
    // gold, six of them named as blocked in the coders' headers (unseen26d-d5, 26f-f2, 26f-f3, 26j-j3, 26l-l1). Only a head right
    // after the formula counts: with a word between (粤港澳大湾区国家技术创新中心, 数字人民币应用推广创新中心) the golds code the
    // formula. 组织 (村民自治组织, 两新组织) was measured too and left out: over every text the golds code the formula before it.
    private static readonly string[] CentreOrRankingHeads = ["创新中心", "促进中心", "百强"];

    private static bool NamesACentreOrRanking(string text, int end) => Affixes.StartsWithAny(text.AsSpan(end), CentreOrRankingHeads);

    // Round 37 (lead, after the blind judging of the round's changes): a talent category that is also the title of a national
    // honour names the honour when 国家 stands right before it (国家卓越工程师 and 国家卓越工程师团队, awarded by the Central
    // Committee and the State Council since 2024: “获评国家卓越工程师2人”, “荣获首届‘国家卓越工程师团队’”, two held-out reports,
    // judged wrong by both judges), a prize the codebook does not code; the category itself is written without 国家.
    private static readonly FrozenSet<string> HonourTitles = FrozenSet.ToFrozenSet(["卓越工程师"], StringComparer.Ordinal);

    private static bool NamesANationalHonour(string text, MentionCandidate c) =>
        c.Entry is { } entry && HonourTitles.Contains(entry.Canonical) && c.Start >= 2 && string.CompareOrdinal(text, c.Start - 2, "国家", 0, 2) == 0;

    // Round 38 (lexicon38): a formula written right before the title of an honour or of a designation's award is a word of that
    // title (全国脱贫攻坚先进集体, baoding 2022; 民族团结进步先进集体, xinjiang 2026; 国家级民族团结进步示范命名, gansu 2026), which the
    // codebook does not code (round 37's reading of 国家卓越工程师). The designations themselves (…示范区, …示范县) are
    // DesignationLabel's: it reports the whole label in place of the formula.
    private static readonly string[] HonourHeads = ["先进集体", "先进个人", "模范集体", "示范命名"];

    private static bool NamesAnHonour(string text, int end) => Affixes.StartsWithAny(text.AsSpan(end), HonourHeads);

    // Round 38 (lexicon38; round 37 left 中欧班列 out for this cut): a service named as the first word of a facility or designated
    // place of its own (合肥中欧班列集结中心, 中欧班列广州集结中心, 中欧班列（沈阳）集结中心, 中欧班列驻马店集散中心, 兰州中欧班列
    // 节点城市, 中欧班列经济圈: ten readable uses), the proper name of one facility, which the codebook does not code. Between the
    // service and the head may stand the place's name, bare or in brackets, up to FacilityPlaceReach characters.
    private static readonly FrozenSet<string> ServicesWithFacilities = FrozenSet.ToFrozenSet(["中欧班列"], StringComparer.Ordinal);

    private static readonly string[] FacilityHeads = ["集结中心", "集散中心", "节点城市", "经济圈"];

    private const int FacilityPlaceReach = 6;

    private static bool NamesAFacility(string text, MentionCandidate c)
    {
        if (c.Entry is not { } entry || !ServicesWithFacilities.Contains(entry.Canonical))
        {
            return false;
        }

        for (int p = c.End; p < text.Length && p - c.End <= FacilityPlaceReach; p++)
        {
            if (Affixes.StartsWithAny(text.AsSpan(p), FacilityHeads))
            {
                return true;
            }

            if (!TextView.IsHan(text[p]) && text[p] is not ('（' or '）'))
            {
                return false;
            }
        }

        return false;
    }

    // Round 39 (lexicon39): a goal of the form A有所B (住有所居) written as one unit of a chain of such goals (学有所教、劳有所得、
    // 病有所医、老有所养、住有所居, the 17th to 20th congress reports, gwr 2011, the 15th-plan outline, a 2026 speech the unseen26b
    // coders code whole): the chain is the formula, the unit cut out of it a boundary error. The chain itself is no entry: the
    // segmenter cuts its last unit across the word after it (弱有所扶上), see rejected.txt.
    private static bool CutFromAGoalsChain(string text, int start, int end) =>
        end - start == 4 && text[start + 1] == '有' && text[start + 2] == '所'
        && ((start >= 5 && text[start - 1] == '、' && text[start - 4] == '有' && text[start - 3] == '所')
            || (end + 4 < text.Length && text[end] == '、' && text[end + 2] == '有' && text[end + 3] == '所'));

    // Round 40 (lexicon40; round 39 left 产业数字化 out for this cut): a single -化 word of the lexicon (产业数字化; no chain, no 、
    // or 和 in it) written with no break against another -化 word (产业数字化智能化改造, gwr 2021 and 2022; 产业数字化绿色化改造, the
    // baiqianwan decision) or against 转型 (产业数字化转型, gwr 2022, where 数字化转型 is the formula) is one qualifier of a chain of -化
    // qualities before the noun they qualify (改造, 转型), not the formula: a boundary error that LexiconPrecisionRound29Tests and
    // LexiconRound34Tests read. A 、 between the units is a written list of goals and keeps the formula (推进产业数字化、产品高端化、
    // 品牌知名化, baoding 2024, coded). Chains of -化 goals (高端化、智能化、绿色化转型) keep 转型 as a trailing word, and the 化 of
    // the verb before a formula (深化, 强化, 优化) is no -化 word of the chain: neither is looked at.
    private const int HuaWordReach = 3;

    private const int SingleHuaWordLength = 6;

    private static bool GluedToAnotherHuaWord(string text, int start, int end)
    {
        if (end - start < 3 || end - start > SingleHuaWordLength || text[end - 1] != '化'
            || text.AsSpan(start, end - start).IndexOfAny('、', '和') >= 0)
        {
            return false;
        }

        if (string.CompareOrdinal(text, end, "转型", 0, 2) == 0)
        {
            return true;
        }

        for (int p = end + 1; p < text.Length && p - end < HuaWordReach && TextView.IsHan(text[end]) && TextView.IsHan(text[p]); p++)
        {
            if (text[p] == '化')
            {
                return QualifiedByTheChain.Any(noun => string.CompareOrdinal(text, p + 1, noun, 0, noun.Length) == 0);
            }
        }

        return false;
    }

    // The nouns a glued chain of -化 qualities qualifies in the readable texts (…数字化智能化改造, …数字化绿色化改造). Two -化
    // words glued before another noun are two formulas written together, not qualities: 耕地非粮化非农化整治 (hainan 2026, a
    // held-out report: both blind judges of round 40 read 非粮化 right there; narrowed after that verdict).
    private static readonly string[] QualifiedByTheChain = ["改造", "转型"];

    // Round 38 (lexicon38; unseen26h's judges read 优抚事业单位改革 cut to 事业单位改革 as a cut core): the reform of public
    // institutions written after the sector it is confined to (优抚事业单位改革, guangdong 2023 and 2025; 文化事业单位改革,
    // zhumadian 2010 and the 15th plan outline; 经营性文化事业单位改革, 重点领域经营性事业单位改革) is that sector's reform, the
    // item the text names; the general reform cut out of it is a boundary error.
    private static readonly string[] ReformSectors = ["优抚", "文化", "经营性", "公益类", "公益性"];

    private static bool CutFromASectorReform(string text, MentionCandidate c) =>
        c.Entry is { Canonical: "事业单位改革" } && Affixes.EndsWithAny(text.AsSpan(0, c.Start), ReformSectors);

    // Heads that make the words before them the name of a meeting, fair, film or treaty, which the codebook does not code
    // (生态文明贵阳国际论坛: guizhou 2026; 长江经济带生态环境警示片: guizhou 2026; 数字经济伙伴关系协定, 中国海洋经济博览会).
    // Entries that name a field of government work as well as a formula (round 27, prec27l): 社会治理, the 2013 formula that
    // replaced 社会管理, is also the field a report lists beside others (经济发展、社会治理等重点领域; 人工智能同产业发展、文化
    // 建设、民生保障、社会治理相结合). Standing in such a list it names the field, not the policy: on the development texts the
    // gold codes 1 of its 9 listed uses and 10 of its 47 others, and a blind judge read the listed use wrong.
    private static readonly FrozenSet<string> ListedFields = FrozenSet.ToFrozenSet(["社会治理"], StringComparer.Ordinal);

    // True when the span is a bare noun member of a list written with the enumeration comma: a comma stands right before it
    // (经济发展、社会治理等), or it opens a clause and a comma follows (社会治理、生态环境等方面), or it closes the list after 和,
    // 与 or 及 and a comma stands earlier in the clause (公共服务、生态环境和社会治理等领域). A verb before it makes it a task
    // of its own inside a list of tasks (加强和创新社会治理、推进全面依法治省等), not a field: it stays.
    private static bool StandsInAListOfFields(string text, int start, int end)
    {
        char before = start > 0 ? text[start - 1] : '。';
        char after = end < text.Length ? text[end] : '。';
        if (before == '、')
        {
            return true;
        }

        if (before is '，' or '。' or '；' or '：' or '\n' or ' ')
        {
            return after == '、';
        }

        if (before is not ('和' or '与' or '及') || after is not ('、' or '等'))
        {
            return false;
        }

        for (int p = start - 2; p >= 0 && start - p <= 15; p--)
        {
            char ch = text[p];
            if (ch == '、')
            {
                return true;
            }

            if (ch is '，' or '。' or '；' or '：' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    // Round 58 (lexicon58): an arts festival (粤港澳大湾区文化艺术节, the guangdong plan outline 2026) is an event with a name of
    // its own, and an alliance (“一带一路”绿色发展国际联盟, the outline's other volume) the proper name of one body, which the
    // codebook's round-36 decision does not count as a use of the formula (…委员会, …领导小组). A quoted formula before such a
    // head (“一带一路”科技交流大会) is still read as a use: round 35 measured that the golds count it (ProperNameWord's header).
    private static readonly string[] EventOrWorkHeads = ["论坛", "博览会", "交易会", "展览会", "研讨会", "峰会", "大会", "年会", "警示片", "纪录片", "电影", "协定", "艺术节", "联盟"];

    // How far after a formula such a head may stand in the same run of Han characters (贵阳国际 before 论坛: four). Not
    // further: the development gold (zhumadian 2018) counts 产教融合 in 产教融合发展战略国际论坛, a forum on the formula.
    private const int EventNameReach = 4;

    // True when the formula runs on, without a break, into the name of a meeting, fair, film or treaty: it is then a word of
    // that name, not a mention of the formula. 大会战 (a big campaign) is no meeting, and a working meeting's 大会 is a use
    // (WorkingMeetingAt).
    private static bool NamesAnEventOrWork(string text, int start, int end)
    {
        for (int p = end; p < text.Length && p - end <= EventNameReach && TextView.IsHan(text[p]); p++)
        {
            foreach (string head in EventOrWorkHeads)
            {
                if (string.CompareOrdinal(text, p, head, 0, head.Length) == 0 && !(head == "大会" && p + 2 < text.Length && text[p + 2] == '战'))
                {
                    return !GapOpensAClause(text.AsSpan(end, p - end)) && !(head == "大会" && WorkingMeetingAt(text, start, p));
                }
            }
        }

        return false;
    }

    // Round 41 (fewer41; the codebook's round-36 decision: a formula written as the subject of a working meeting's name is a use of
    // the formula). A 大会 is a working meeting, not an event with a name of its own, when a jurisdiction's whole stands before the
    // formula (全省高质量发展大会: guangdong 2026, guangdong-gwr-2025, the secretary's 2024 speech, six readable uses all coded;
    // 全省乡村振兴工作会议 is the decision's own example) or when the word before 大会 says what the meeting does for the policy
    // (…促进城乡区域协调发展动员大会, the baiqianwan mobilisation; 体育强省建设大会). Named events keep the rule: an edition or a
    // brand before them (第五届创新驱动发展大会, 2025全球工业互联网大会, 中国网络文明大会, 粤港澳大湾区全球招商大会).
    private static readonly string[] Jurisdictions = ["全省", "全市", "全区", "全县", "全州"];

    private static readonly string[] WorkingMeetingWords = ["动员", "推进", "部署", "建设"];

    private static bool WorkingMeetingAt(string text, int start, int head) =>
        Affixes.EndsWithAny(text.AsSpan(0, start), Jurisdictions) || Affixes.EndsWithAny(text.AsSpan(0, head), WorkingMeetingWords);

    // Words between a formula and such a head that show the head belongs to the clause, not to a name: 国民经济计划经过大会讨论
    // (1958: the plan passes the congress), 提交大会, 召开…大会, 的.
    private static readonly string[] ClauseWords = ["经过", "通过", "提交", "召开", "举办", "参加", "出席", "的"];

    private static bool GapOpensAClause(ReadOnlySpan<char> gap)
    {
        foreach (string word in ClauseWords)
        {
            if (gap.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly TokenizeOptions NoHmm = new() { Hmm = false };

    // A place's own entry is reported only where its place is named (NamedPlaces), except in a spelling the entry reports
    // anywhere (LexiconEntry.Anywhere: a full name no other place uses).
    private static bool InPlace(string text, MentionCandidate c, HashSet<string>? named) =>
        c.Entry is not { Place.Length: > 0 } entry || named?.Contains(entry.Place) == true || WrittenAnywhere(entry, text, c);

    // A variant its entry reports only bare (LexiconEntry.Bare), here written against a quote mark (“四化”): the quoted
    // abbreviation names another formula of the same count in the texts that quote it (Guizhou's 围绕“四新”主攻“四化”,
    // “四化”同步, the cadre “四化”方针), while the bare one (实现四化) is the national formula.
    private static bool QuotedBareOnly(string text, MentionCandidate c)
    {
        if (c.Entry is not { Bare.Count: > 0 } entry || c.Subtype != "variant")
        {
            return false;
        }

        bool quoted = (c.Start > 0 && text[c.Start - 1] is '“' or '‘' or '「' or '『')
            || (c.End < text.Length && text[c.End] is '”' or '’' or '」' or '』');
        return quoted && entry.Bare.Contains(text[c.Start..c.End], StringComparer.Ordinal);
    }

    // Whether the candidate's written spelling is, in a text of that year, still the ordinary phrase it was before the
    // formula: its since year (LexiconEntry.Since) is later than the text's. A text of unknown year never is.
    private static bool BeforeItsYear(string text, MentionCandidate c, int? year) =>
        year is { } textYear && c.Entry is { Since.Count: > 0 } entry
        && WrittenAsOneOf(text, c, entry.Since.Where(s => textYear < s.Value).Select(s => s.Key));

    // Whether the candidate's written spelling is one its entry reports anywhere.
    private static bool WrittenAnywhere(LexiconEntry entry, string text, MentionCandidate c) =>
        entry.Anywhere.Count > 0 && WrittenAsOneOf(text, c, entry.Anywhere);

    // Whether the candidate's written spelling is one of spellings, quote marks and 、/， read as the matcher reads them.
    private static bool WrittenAsOneOf(string text, MentionCandidate c, IEnumerable<string> spellings)
    {
        string written = LexiconMaintenance.Normalize(text[c.Start..c.End]);
        return spellings.Any(s => LexiconMaintenance.Normalize(s) == written);
    }

    // The places of scoped entries that the text names at least Lexicon.PlaceMentionsNeeded times, or that are the
    // document's region or its province; null when none.
    private HashSet<string>? NamedPlaces(string text, string? region = null)
    {
        HashSet<string>? named = null;
        if (region is not null)
        {
            foreach (string place in Text.Regions.ShortNamesAround(region))
            {
                if (Array.IndexOf(_places, place) >= 0)
                {
                    (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(place);
                }
            }
        }

        foreach (string place in _places)
        {
            int count = 0;
            for (int at = text.IndexOf(place, StringComparison.Ordinal); at >= 0 && count < Lexicon.PlaceMentionsNeeded; at = text.IndexOf(place, at + place.Length, StringComparison.Ordinal))
            {
                count++;
            }

            if (count >= Lexicon.PlaceMentionsNeeded)
            {
                (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(place);
            }
        }

        return named;
    }

    private void FindRaw(string text, List<MentionCandidate> into)
    {
        // The tries are walked in place (no callback, no list per position): this runs at every character of every text.
        HashSet<LexiconEntry>? tried = null;
        for (int i = 0; i < text.Length; i++)
        {
            for (int node = _spellings.Root(text[i]), end = i + 1; node >= 0; node = end < text.Length ? _spellings.Child(node, text[end++]) : -1)
            {
                // Most nodes of a walk are mere prefixes: asked of the trie's non-generic part, not through the values' span.
                if (!_spellings.HasValues(node))
                {
                    continue;
                }

                foreach ((LexiconEntry entry, bool isCanonical) in _spellings.ValuesAt(node))
                {
                    into.Add(new MentionCandidate(MentionKind.Lexicon, i, end, entry.Canonical)
                    {
                        Entry = entry,
                        Theme = entry.Theme,
                        Subtype = isCanonical ? "canonical" : "variant",
                    });
                }
            }

            if (!_members.HasPrefix(text[i]))
            {
                continue;
            }

            tried?.Clear();
            for (int node = _members.Root(text[i]), end = i + 1; node >= 0; node = end < text.Length ? _members.Child(node, text[end++]) : -1)
            {
                foreach ((LexiconEntry entry, int _) in _members.ValuesAt(node))
                {
                    // By reference: an entry is a record, and its value hash reads every field (the first appearance's too).
                    if (!(tried ??= new HashSet<LexiconEntry>(ReferenceEqualityComparer.Instance)).Add(entry))
                    {
                        continue;
                    }

                    int chainEnd = MatchMemberChain(text, i, entry);
                    if (chainEnd > 0)
                    {
                        chainEnd = AbsorbFollowingName(text, chainEnd, entry);
                        into.Add(new MentionCandidate(MentionKind.Lexicon, i, chainEnd, entry.Canonical)
                        {
                            Entry = entry,
                            Theme = entry.Theme,
                            Subtype = "members",
                        });
                    }
                }
            }
        }
    }

    // The spelling itself, without its quote marks, and with 、 and ， between parts swapped. A quote-only spelling, written
    // in corner brackets (「走在前列」, which official texts never use), has only its quoted forms (“走在前列”): a short form
    // the golds count under an entry where a text quotes it, but an ordinary phrase bare (在全国走在前列; round 71).
    private static IEnumerable<string> Forms(string spelling)
    {
        if (spelling.Length > 2 && spelling[0] == '「' && spelling[^1] == '」')
        {
            string quoted = "“" + spelling[1..^1] + "”";
            return new HashSet<string>(StringComparer.Ordinal) { quoted, quoted.Replace('、', '，'), quoted.Replace('，', '、') };
        }

        // Most spellings have no quote mark, 、 or ，: their only form is themselves (and a user lexicon can have 100,000).
        if (spelling.AsSpan().IndexOfAny("“”、，") < 0)
        {
            return spelling.Length > 0 ? [spelling] : [];
        }

        var forms = new HashSet<string>(StringComparer.Ordinal) { spelling };
        string unquoted = spelling.Replace("“", "").Replace("”", "");
        forms.Add(unquoted);
        foreach (string form in forms.ToArray())
        {
            forms.Add(form.Replace('、', '，'));
            forms.Add(form.Replace('，', '、'));
        }

        return forms.Where(f => f.Length > 0);
    }

    // Every member once, in any order, separated by 、 ， 和 及 or nothing; returns the chain's end, or -1.
    private int MatchMemberChain(string text, int start, LexiconEntry entry)
    {
        int count = entry.Members.Count;
        var done = new bool[count];
        int position = start;
        for (int matched = 0; matched < count; matched++)
        {
            if (matched > 0)
            {
                int next = -1;
                foreach (string separator in MemberSeparators)
                {
                    if (string.CompareOrdinal(text, position, separator, 0, separator.Length) == 0 && MemberAt(text, position + separator.Length, entry, done).Member >= 0)
                    {
                        next = position + separator.Length;
                        break;
                    }
                }

                if (next < 0)
                {
                    return -1;
                }

                position = next;
            }

            (int member, int length) = MemberAt(text, position, entry, done);
            if (member < 0)
            {
                return -1;
            }

            done[member] = true;
            position += length;
        }

        return position;
    }

    // The longest not-yet-matched member of `entry` written at `position`, and its length.
    private (int Member, int Length) MemberAt(string text, int position, LexiconEntry entry, bool[] done)
    {
        (int Member, int Length) best = (-1, 0);
        if (position >= text.Length)
        {
            return best;
        }

        for (int node = _members.Root(text[position]), end = position + 1; node >= 0; node = end < text.Length ? _members.Child(node, text[end++]) : -1)
        {
            foreach ((LexiconEntry owner, int member) in _members.ValuesAt(node))
            {
                if (ReferenceEquals(owner, entry) && !done[member])
                {
                    best = (member, end - position);
                }
            }
        }

        return best;
    }

    // "以国内大循环为主体、国内国际双循环相互促进的新发展格局" is one mention of 新发展格局, not two.
    private int AbsorbFollowingName(string text, int end, LexiconEntry entry)
    {
        int at = end < text.Length && text[end] == '的' ? end + 1 : end;
        int absorbed = end;
        if (at < text.Length)
        {
            for (int node = _spellings.Root(text[at]), to = at + 1; node >= 0; node = to < text.Length ? _spellings.Child(node, text[to++]) : -1)
            {
                foreach ((LexiconEntry owner, bool _) in _spellings.ValuesAt(node))
                {
                    if (ReferenceEquals(owner, entry))
                    {
                        absorbed = to;
                        break;
                    }
                }
            }
        }

        return absorbed;
    }
}
