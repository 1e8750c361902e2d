// One sense per discourse: a report that introduces a name once in a form a finder recognises (a quoted label “中国药谷”, a
// programme named after an introducing verb) writes the same name again later without that signal
// (中国药谷 unquoted six more times in zhumadian 2025). This stage runs after the finders' overlaps are resolved and reports
// every other occurrence of such a name in the same document, with the name's canonical form and the kind of the mention
// that introduced it, marked with the subtype "repeat". One scan of the document finds every name at once. Which kinds are
// repeated is SloganExtractorOptions.RepeatKinds (quoted and policy: repeated numbered names were mostly counts, 两个超级大国).
// With quoted labels, two more names written in quotation marks are repeated (round 21): a quoted numbered label of four or
// more Han characters (“六城联创”, “一举求多效”), bare, and the quoted label of a named programme (“辽宁优品”工程), only where
// it is written again in the same quotation marks. Round 34: a place's goal the place-campaign finder found built (IsBuiltGoal).
// Round 83: a programme's quoted label of four or more Han characters is repeated bare as well, after the programme's name.
// Round 115 (fixes115): a quoted programme name drawn whole with its label (QuotedLabelShape.ProgrammeHead, kind quoted) repeats
// its label as a policy one does.
using System.Buffers;

namespace PolicyLens.Extraction.Slogans;

internal static class RepeatMentionFinder
{
    /// <summary>The subtype of a repeated name's mention (<see cref="SloganMention.Subtype"/>).</summary>
    public const string Subtype = "repeat";

    // A name that introduced itself, with what its repeats carry. QuotedOnly: a name repeated only where it is written again
    // inside the same quotation marks (“辽宁优品”), as the label of a quoted programme it introduced is (see Add).
    // Member: a member of a quoted chain (see Add), never repeated where it stands in a chain of 、 again.
    // BareAfter: a QuotedOnly programme label long enough to be repeated bare too, after the name that introduced it (round 83).
    private sealed record Name(string Text, MentionCandidate Source, bool QuotedOnly = false, string Head = "", bool Member = false, bool BareAfter = false);

    // The fewest Han characters of a quoted numbered label that is repeated bare (“六城联创” … 以六城联创为载体): shorter
    // numeral labels (两区, 三化) are mostly parts of words or counts where they stand unquoted.
    private const int BareNumberedMinimum = 4;

    // Round 83 (fewer83, found fewer times than coded): the fewest Han characters of a named programme's quoted label
    // (“民生诉求系统”改革) that is repeated where the report writes it again bare, after the programme's name. Shorter labels
    // (“大项目”扩容增量行动, “降成本”行动, “大平台”…) are ordinary phrases unquoted (重大项目, 帮助企业降成本), as round 21 found.
    private const int BareProgrammeLabelMinimum = 4;

    /// <summary>
    /// <paramref name="resolved"/> (in text order, as <see cref="SloganExtractor.Resolve"/> returns it) with every other
    /// occurrence of a name reported there as one of <paramref name="kinds"/>, in text order.
    /// </summary>
    public static List<(MentionCandidate Candidate, bool Nested)> Add(
        TextView view, List<(MentionCandidate Candidate, bool Nested)> resolved, IReadOnlySet<MentionKind> kinds, int minimumLength)
    {
        string text = view.Text;
        Dictionary<string, Name>? names = null;
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            if (nested || !(kinds.Contains(c.Kind) || IsBuiltGoal(c, kinds)))
            {
                continue;
            }

            // The name as written: a quoted label without its marks, a policy's whole name. Not the Label a quoted programme is
            // named on (“大项目”扩容增量行动 → 大项目): alone, such a label is mostly an ordinary phrase (好项目、大项目; 不开口子),
            // and never the programme's whole name. A quoted label drawn with the word or noun phrase it qualifies and counted
            // under the bare label (“一中心五组团”战略布局, rounds 40 and 47: canonical and Label the label) introduces the label,
            // as it did when it was reported bare (加快一中心五组团发展, zhumadian 2014).
            bool labelWithItsWord = c.Kind is MentionKind.Quoted or MentionKind.Numbered && c.Label.Length > 0 && c.Canonical == c.Label
                && text[c.Start] == '“' && string.CompareOrdinal(text, c.Start + 1, c.Label, 0, c.Label.Length) == 0;
            Propose(labelWithItsWord ? c.Label : text[c.Start..c.End], c);
        }

        // Round 21 (fewer21): two more names a document introduces in quotation marks. A numbered label written in quotes
        // (“六城联创”, “一举求多效”) is the report's coined formula, repeated bare like a quoted label when it has at least four
        // Han characters (the numbered finder's own quoted-label test settled that it counts no things). And the quoted
        // label of a named programme (“辽宁优品”工程, “投资龙江”行动) is repeated where the report writes the label again in
        // the same quotation marks (评定“辽宁优品”27个; 打造“投资龙江”品牌), never bare: alone and unquoted such a label is
        // mostly an ordinary phrase (好项目、大项目), but in quotation marks it is the programme's label, as a quoted label is.
        if (kinds.Contains(MentionKind.Quoted))
        {
            foreach ((MentionCandidate c, bool nested) in resolved)
            {
                if (nested)
                {
                    continue;
                }

                // A quoted programme name drawn whole with its label (round 115) repeats its label as a policy name does.
                bool programmeName = QuotedLabelShape.IsLabelWithProgrammeHead(text, c);
                if (c.Kind == MentionKind.Numbered && IsInQuotes(text, c.Start, c.End) && PolicyLens.Text.Glyphs.CountHan(text.AsSpan(c.Start, c.Length)) >= Math.Max(BareNumberedMinimum, minimumLength))
                {
                    Propose(text[c.Start..c.End], c);
                }
                else if (c.Kind is MentionKind.Quoted or MentionKind.Parallel && !programmeName)
                {
                    ProposeQuotedMembers(c);
                }
                else if ((c.Kind == MentionKind.Policy && kinds.Contains(MentionKind.Policy)) || programmeName)
                {
                    int open = text.IndexOf('“', c.Start, c.Length);
                    int close = open >= 0 ? text.IndexOf('”', open + 1, c.End - open - 1) : -1;
                    if (close > open + 1 && !(open == c.Start && close == c.End - 1))
                    {
                        // Round 83 (fewer83): a label of four or more Han characters is the programme's name written short where
                        // the report writes it again bare after the name (优化企业版民生诉求系统; 以民生诉求系统为引领, pingshan 2021,
                        // after “民生诉求系统”改革; 持续推进拆栏透绿、立体增绿, nanshan 2024, after “拆栏透绿”行动; “物业城市”运营平台,
                        // futian 2023): the golds code each such use (4 of 4 over the readable texts, three documents). Before the
                        // name, the same words are still ordinary ones (吸引更多企业投资龙江 before “投资龙江”行动, heilongjiang 2026;
                        // 古城保护更新 before “古城保护”行动, baoding 2022, not coded): only after it.
                        string label = text[(open + 1)..close];
                        // Round 115 (fixes115): a quoted programme name (QuotedLabelShape.IsLabelWithProgrammeHead) repeats its label
                        // only in quotation marks: its bare repeats over the pool were descriptive words (增强安全韧性, 阿坝: 0 of 3 right).
                        bool bareAfter = c.Kind == MentionKind.Policy && label.Length >= BareProgrammeLabelMinimum && IntroducedProgrammeFinder.AllHan(label.AsSpan());
                        Propose(label, new MentionCandidate(MentionKind.Quoted, open + 1, close, label), quotedOnly: true, head: text[(close + 1)..c.End], bareAfter: bareAfter);
                    }
                }
            }
        }

        if (names is null)
        {
            return resolved;
        }

        // The lengths of the names that start with each character, the longest first, so that at a position the longest
        // name that fits is taken; each length is one lookup of the text there (a span key: nothing is allocated). The work
        // at a position is bounded by the number of lengths, however many names a document has.
        var lengths = new Dictionary<char, List<int>>();
        foreach (string name in names.Keys)
        {
            if (!lengths.TryGetValue(name[0], out List<int>? list))
            {
                lengths[name[0]] = list = [];
            }

            if (!list.Contains(name.Length))
            {
                list.Add(name.Length);
            }
        }

        foreach (List<int> list in lengths.Values)
        {
            list.Sort(static (a, b) => b.CompareTo(a));
        }

        Dictionary<string, Name>.AlternateLookup<ReadOnlySpan<char>> lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

        // One scan of the text for all names: a vectorised search for their first characters (a multi-string SearchValues,
        // Aho-Corasick, costs more to build for each document than this scan takes), then the few lengths that start there.
        SearchValues<char> search = SearchValues.Create([.. lengths.Keys]);
        var quotation = new QuotationTracker(text);
        var added = new List<(MentionCandidate, bool)>();
        int outer = 0;
        int position = 0;
        while (position < text.Length)
        {
            int found = text.AsSpan(position).IndexOfAny(search);
            if (found < 0)
            {
                break;
            }

            position += found;
            int end = -1;
            if (!view.IsBoundary(position))
            {
                position++;
                continue;
            }

            // Not over a mention already reported: resolved mentions are in text order, the outermost ones never overlap,
            // so the first outermost one that ends after this position is the only one a name starting here can reach.
            while (outer < resolved.Count && (resolved[outer].Nested || resolved[outer].Candidate.End <= position))
            {
                outer++;
            }

            int free = outer < resolved.Count ? resolved[outer].Candidate.Start : text.Length;
            foreach (int length in lengths[text[position]])
            {
                int nameEnd = position + length;
                if (nameEnd > free || !lookup.TryGetValue(text.AsSpan(position, length), out Name? name))
                {
                    continue;
                }

                // “十百千万”工程项目: the label with the programme's head after it is the programme's name inside a longer word
                // (工程项目), not the label alone.
                bool quoted = IsInQuotes(text, position, nameEnd);
                bool bare = !quoted && name.BareAfter && position > name.Source.End;
                if (name.QuotedOnly && ((!quoted && !bare)
                    || (name.Head.Length > 0 && text.AsSpan(quoted ? nameEnd + 1 : nameEnd).StartsWith(name.Head, StringComparison.Ordinal))))
                {
                    continue;
                }

                // A chain's member (Member) where the text writes it in a chain again (绽放出新颜值、跑出了加速度) is that chain's.
                // Nor an attribute label (…式, …化) right before the word it qualifies (试点“订单式”人才培养路径, longhua 2024): the
                // codebook's round-27 decision reads it one item with that word, and the bare label there as a boundary error.
                if (name.Member && ((position > 0 && text[position - 1] == '、') || (nameEnd < text.Length && text[nameEnd] == '、')
                    || QualifiesTheWordAfter(text, name.Text, nameEnd)))
                {
                    continue;
                }

                if (IsWhole(view, position, nameEnd, name.Source.Subtype == PlaceCampaignFinder.GoalSubtype, name.Source.Kind == MentionKind.Quoted) && ((name.QuotedOnly && !bare) || !quotation.IsInside(position)))
                {
                    // Round 63 (members63): a quoted repeat written right before the system, platform or service centre it
                    // names the working of takes that phrase, marks and all, as its first mention would there (round 62's
                    // QuotedLabelShape.SystemPhrase: “一企一档”系统), counted under the bare label; never over the next mention.
                    int phraseEnd = name.Source.Kind is MentionKind.Quoted or MentionKind.Numbered && IsInQuotes(text, position, nameEnd)
                        ? QuotedLabelShape.RepeatSystemPhraseEnd(view, nameEnd, name.Text) : -1;
                    if (phraseEnd > 0 && phraseEnd <= free)
                    {
                        added.Add((name.Source with { Start = position - 1, End = phraseEnd, Subtype = Subtype, Label = name.Text }, false));
                        end = phraseEnd;
                        break;
                    }

                    added.Add((name.Source with { Start = position, End = nameEnd, Subtype = Subtype }, false));
                    end = nameEnd;
                    break;
                }
            }

            position = end > 0 ? end : position + 1;
        }

        if (added.Count == 0)
        {
            return resolved;
        }

        // Both lists are in text order and never share a start (a repeat overlaps no outermost mention): merge them.
        var merged = new List<(MentionCandidate Candidate, bool Nested)>(resolved.Count + added.Count);
        int r = 0;
        foreach ((MentionCandidate, bool) repeat in added)
        {
            while (r < resolved.Count && resolved[r].Candidate.Start < repeat.Item1.Start)
            {
                merged.Add(resolved[r++]);
            }

            merged.Add(repeat);
        }

        while (r < resolved.Count)
        {
            merged.Add(resolved[r++]);
        }

        return merged;

        void Propose(string name, MentionCandidate source, bool quotedOnly = false, string head = "", bool member = false, bool bareAfter = false)
        {
            // The first mention in text order that introduced a name gives its canonical form and kind.
            if (name.Length >= minimumLength && IsSpecific(name, minimumLength))
            {
                names ??= new Dictionary<string, Name>(StringComparer.Ordinal);
                names.TryAdd(name, new Name(name, source, quotedOnly, head, member, bareAfter));
            }
        }

        // Round 66 (repeat66): a member of a chain the report writes in quotation marks (“新颜值、新动能、新生态”, reported whole as
        // a quoted or parallel mention) is a label of its own where the report also writes it alone in quotation marks (城市管理
        // “新颜值”; 强调“绽放新颜值”，是因为…; 试点“订单式”人才培养路径): there, and where the report writes it bare (新颜值，就是…;
        // 把新颜值贯穿“十四五”始终; 新颜值魅力绽放), it is a repeat of that label, with the kind quoted. The golds of baoding 2022,
        // 2024 and 2026 code every such use (8 of 8 over the readable texts; longhua 2024's “订单式” before its word is left, below); a member never written alone in
        // quotation marks stays the chain's (新动能, 新生态 beside 新颜值: baoding 2024's gold codes neither; over the opened sets
        // the golds code 15 of 98 bare members of quoted chains, mostly the ones quoted alone as well), as do a member of a run
        // before one shared head (round 29's open point 6: only 、 chains of whole units are read here).
        void ProposeQuotedMembers(MentionCandidate chain)
        {
            int start = chain.Start, end = chain.End;
            if (end - start > 2 && text[start] == '“' && text[end - 1] == '”')
            {
                start++;
                end--;
            }

            if (start == 0 || end >= text.Length || text[start - 1] != '“' || text[end] != '”' || text.IndexOf('、', start, end - start) < 0)
            {
                return;
            }

            foreach (string member in text[start..end].Split('、'))
            {
                if (member.Length >= minimumLength && IntroducedProgrammeFinder.AllHan(member.AsSpan())
                    && text.Contains("“" + member + "”", StringComparison.Ordinal))
                {
                    Propose(member, new MentionCandidate(MentionKind.Quoted, 0, 0, member), member: true);
                }
            }
        }
    }

    // Round 34 (recall34): a place's goal the text builds once (建设现代化品质生活之城; 加快建设制造强市), which the place-campaign
    // finder reports only where a verb of building or 建设 marks it, is the same goal where the report writes it again without
    // that mark (奋力推动现代化品质生活之城迈好第一步; 现代化品质生活之城“新名片”: baoding 2022–2026 write it 6 to 17 times and
    // the finder took a third of them). Repeated as lexicon mentions, with the goal's canonical form, whenever repeats are on.
    private static bool IsBuiltGoal(MentionCandidate c, IReadOnlySet<MentionKind> kinds) =>
        kinds.Count > 0 && c.Kind == MentionKind.Lexicon && c.Subtype == PlaceCampaignFinder.GoalSubtype;

    // An attribute label (…式, …化: 订单式, 一站式) written right before a word, past its closing mark if it has one.
    private static bool QualifiesTheWordAfter(string text, string label, int end)
    {
        int next = end < text.Length && text[end] is '”' ? end + 1 : end;
        return label[^1] is '式' or '化' && next < text.Length && TextView.IsHan(text[next]);
    }

    // The span is the whole content of a pair of quotation marks (“…”).
    private static bool IsInQuotes(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] is '“' && text[end] is '”';

    // A name of Han characters, digits, Latin letters and the joiners of coined labels (+ ·), without white space or
    // sentence punctuation (a quoted saying with commas is not a name to look for elsewhere), with at least `minimum` Han
    // characters or joined by + (9+15+N): a label of digits and a measure word (“30条”, a policy's nickname in quotes) is a
    // count of things where it stands unquoted (美丽河湖30条).
    private static bool IsSpecific(string name, int minimum)
    {
        int han = 0;
        bool joined = false;
        foreach (char c in name)
        {
            if (!(TextView.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '＋' or '·'))
            {
                return false;
            }

            han += TextView.IsHan(c) ? 1 : 0;
            joined |= c is '+' or '＋';
        }

        return (han >= minimum || joined) && !OpensWithACount(name);
    }

    // Measures after which a numeral counts things (一个资产阶级, 三项任务).
    private const string CountMeasures = "个项条种件位名家所座批类根";

    // A name that opens with a numeral and a measure word (“一个资产阶级”, quoted as someone's words in 1977's congress
    // report) reads as a count of things where it stands unquoted (不可能形成一个资产阶级); the numbered finder judges such
    // phrases where they stand.
    private static bool OpensWithACount(string name) =>
        name.Length > 2 && NumberedFinder.IsSmallNumeral(name[0]) && CountMeasures.Contains(name[1], StringComparison.Ordinal);

    // How far back in its paragraph an occurrence looks for the opening mark of a quotation it stands in.
    private const int QuotationReach = 500;

    // Whether an occurrence stands inside a longer quotation (reported speech: a quotation of Lenin in 1969's congress report,
    // “……剥削者就必然存着复辟希望，并把这种希望变为复辟行动。”): the words are someone else's, not the report's name. The
    // nearest opening mark, closing mark or line break before the occurrence decides; the tracker reads the text between
    // one occurrence and the next once (occurrences come in text order), so the stage stays linear in the document.
    private sealed class QuotationTracker(string text)
    {
        private int _read;
        private int _lastMark = -1;

        public bool IsInside(int start)
        {
            int found = text.AsSpan(_read, start - _read).LastIndexOfAny('“', '”', '\n');
            _lastMark = found >= 0 ? _read + found : _lastMark;
            _read = start;
            return _lastMark >= 0 && text[_lastMark] == '“' && _lastMark < start - 1 && start - _lastMark <= QuotationReach;
        }
    }

    // The occurrence stands on word boundaries: its ends fall between tokens of the lexicon-aware cut the finders read, and no
    // word of the plain segmentation crosses them (the lexicon's own check for short spellings: 和谐社会 is not in 和谐社会环境).
    // Its context does not make the words another thing's name, by the quoted finder's own tests, quote marks or not: a
    // prize or title (荣获…称号), a platform or an event (“海上福建”平台, “中国药谷”创新发展峰会), a brand in a list (“九珍十八品”
    // 等品牌). The quoted finder refuses other quoted occurrences for their shape alone (“中华水塔”愈加坚固丰沛), which the name's first mention has settled.
    // A built goal (IsBuiltGoal) skips the quoted finder's test for a name: …之城 and …之都 are a title a city was given when
    // quoted alone, but the report has built this one as its goal.
    private static bool IsWhole(TextView view, int start, int end, bool builtGoal = false, bool quotedLabel = false)
    {
        string text = view.Text;
        if (!view.IsBoundary(start) || !view.IsBoundary(end) || LexiconMatcher.CutsAWord(view, start, end))
        {
            return false;
        }

        // The quoted finder's tests read the text before the opening mark and after the closing one. Round 60 (quoted60): its
        // tests of the words around the marks (an opponent's words, a predicament, a stance, a ranking …) hold for a quoted label's
        // repeat too (QuotedLabelShape.RefusedByItsContext), and corner brackets are marks as they are to the quoted finder
        // (「…」等等谬论).
        int open = start > 0 && text[start - 1] is '“' or '‘' or '「' ? start - 1 : start;
        int close = end < text.Length && text[end] is '”' or '’' or '」' ? end : end - 1;
        return (builtGoal || !QuotedFinder.IsName(text, open, close, text[start..end])) && !QuotedFinder.IsListedBrandOrEvent(text, close)
            && !(quotedLabel && QuotedLabelShape.RefusedByItsContext(text, open, close));
    }
}
