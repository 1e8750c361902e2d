// Parallel chains of long clause units that the text sets in quotation marks (“降低治理成本、提高治理效能”, hubei_2026;
// “工作聚焦项目干、要素跟着项目走、服务围绕项目转”, zhumadian_2025; “南粤儿女心向党、改革开放走在前”, gd plenum resolutions;
// “管行业必须管安全、管业务必须管安全、管生产经营必须管安全”, guangdong 2025). The quotation marks are the codebook's first mark of
// a label (round 18), but neither finder took these: the quoted finder refuses a label longer than twelve characters that is
// no counted chain (reported speech and sentences are longer), and the enumeration path of this finder takes units of two to
// four characters only, the pair path leaves quoted pairs to the quoted finder. A quoted run of 、-joined clauses of three to
// ten characters, of like length and sharing a word or a morpheme, is a coined slogan the text names; the golds of every
// opened set code them (round 44, issue 13). Lists of things in quotes (“县城经济开发区、乡镇乡村振兴产业园、…”), questions
// (“钱从哪里来、用到哪里去、怎么用得好”), problems and descriptions stay out, as the other paths read them.
// Quoted chains of single characters (“股、贷、债、保、担、投”, “快、准、细、实、效”, “实、考、保、包、促、评”) are not read: the round's
// writer reported them, and the blind judges of the lead's review read half of them wrong (instruments listed with 等, the
// manner measures were issued in, a list of things: “人、货、场、链”全方位优化); no readable one carries the codebook's frame
// (…工作思路, …原则) that would tell the rule from the list.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // Units of a quoted clause chain: three characters (马上办、网上办、就近办) to ten (执行者是政府第一身份、…).
    private const int MinQuotedClauseUnit = 3;
    private const int MaxQuotedClauseUnit = 10;

    // The longest quoted content read (a run longer than this is a sentence quoted, not a label).
    private const int MaxQuotedClauseChain = 40;

    // How much the units' lengths may differ (大企业顶天立地、小微企业铺天盖地: 7 and 8; 管行业必须管安全 … 管生产经营必须管安全: 8 and 10).
    private const int QuotedClauseLengthSpread = 2;

    // Words that make a unit a question (投什么、谁来投、怎么投; 钱从哪里来、用到哪里去): the chain asks what is to be settled.
    private static readonly string[] QuestionWords = ["什么", "怎么", "怎样", "如何", "哪里", "哪些", "为什么", "谁"];

    private static void FindQuotedClauseChains(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            int close = text.IndexOf('”', open + 1, Math.Min(MaxQuotedClauseChain + 1, text.Length - open - 1));
            if (close < 0)
            {
                continue;
            }

            int start = open + 1, end = close;
            string content = text[start..end];
            if (!content.Contains('、', StringComparison.Ordinal) || content.Contains('“', StringComparison.Ordinal))
            {
                continue;
            }

            string[] units = content.Split('、');
            if (!IsQuotedClauseChain(units) || lexicon.Find(content) is not null
                || QuotedFinder.RejectionReason(view, lexicon, open, close, content) != "length")
            {
                continue;
            }

            var items = new List<int>(units.Length);
            for (int k = 0, at = start; k < units.Length; at += units[k].Length + 1, k++)
            {
                items.Add(at);
            }

            if (!view.IsBoundary(start) || !view.IsBoundary(end) || IsNotOneUnit(view, start, end, units.Length) || IsWishedFor(text, open)
                || QualifiesThing(text, end + 1) || QualifiesBuiltWhole(text, end + 1) || IsCutFromCount(text, open) || DescribesOrBrands(text, units, end + 1))
            {
                continue;
            }

            trace?.Add((start, end, content, "quoted-clauses"));
            into.Add(new MentionCandidate(MentionKind.Parallel, start, end, content));
        }
    }

    // Nouns a quoted chain before 的 describes, not a rule it names: firms and their kind (…的综合运营主体, sichuan_2026), a farm
    // sector or a project, and results (…的高质量发展答卷, zhumadian_2024: 难中有为、干中有成、稳中有进 is how the year went).
    private static readonly string[] DescribedNouns = ["主体", "企业", "农业", "产业", "项目", "答卷", "成就", "成效", "成果", "态势", "面貌"];

    // True when the quoted chain (units, closing quote before `after`) describes what it qualifies or names a brand: every unit
    // opens with 有 (有适度规模、有先进技术…的现代农业; “有根产业、有效投资、有持续税源”项目: qualities, the codebook's 有颜值、有气质、
    // 有品位的城市), or with a numeral (一条绿化景观路、一处乡村休闲绿地…: things counted, the quoted finder's counted chains), or
    // the chain qualifies a described noun, or 品牌 follows it (“旅游休闲在驻马店、开会观展在驻马店”品牌: brands are no items).
    private static bool DescribesOrBrands(string text, string[] units, int after)
    {
        if (units.All(u => u[0] == '有') || units.All(u => NumberedFinder.IsSmallNumeral(u[0]))
            || string.CompareOrdinal(text, after, "品牌", 0, 2) == 0)
        {
            return true;
        }

        return after < text.Length && text[after] == '的' && DescribedNouns.Any(n => ClauseAfter(text, after).Contains(n, StringComparison.Ordinal));
    }

    // True when the units are clauses of a slogan: two or more, each of Han characters only and of three to ten, lengths within
    // QuotedClauseLengthSpread, no question among them, and either a character every unit holds (治理 in 降低治理成本、提高治理
    // 效能; 项目 in 工作聚焦项目干、…; 办 in 马上办、网上办) or units of one length none of which ends on the head of a noun (南粤儿女
    // 心向党、改革开放走在前; not 市级供应链、直播电商、跨境电商、本地生活, nor 高品质生活、更美好城市, which name things).
    private static bool IsQuotedClauseChain(string[] units)
    {
        if (units.Length < 2)
        {
            return false;
        }

        int shortest = int.MaxValue, longest = 0;
        foreach (string unit in units)
        {
            if (unit.Length is < MinQuotedClauseUnit or > MaxQuotedClauseUnit || !IntroducedProgrammeFinder.AllHan(unit.AsSpan())
                || QuestionWords.Any(q => unit.Contains(q, StringComparison.Ordinal)))
            {
                return false;
            }

            shortest = Math.Min(shortest, unit.Length);
            longest = Math.Max(longest, unit.Length);
        }

        // A chain of equal units of four characters at most, without a numeral, is the enumeration path's to read (TryChain), with
        // its shape rules for qualities, places and events (“架构合理、运行高效、服务便捷”的政务服务体系; “芝麻之乡、冠军之都、天中
        // 之城”; “中国特色、亚洲风采、精彩纷呈”的体育盛会): this path reads only what that one cannot see.
        if (longest - shortest > QuotedClauseLengthSpread
            || (longest <= MaxItemLength && shortest == longest && !units.Any(u => u.Any(NumberedFinder.IsSmallNumeral))))
        {
            return false;
        }

        bool sharesCharacter = units[0].Any(c => units.All(u => u.Contains(c, StringComparison.Ordinal)));
        return sharesCharacter
            || (shortest == longest && units.All(u => !NounHeads.Contains(u[^1], StringComparison.Ordinal) && !PairNounEndings.Contains(u[^1])));
    }
}
