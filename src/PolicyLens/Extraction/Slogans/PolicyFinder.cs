// Finds named strategies and programmes by their last word (…战略, …工程, …计划, …攻坚战) and walks left over
// tokens to a sensible start: it stops at a verb or function word (实施, 推进, 打赢, 和, 的), at punctuation, or
// after a quoted name (“3311”工程计划). A name whose modifier is a single ordinary word (民生工程, 惠民政策, 具体行动)
// is generic, not a named policy.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static class PolicyFinder
{
    // An unquoted name needs a modifier of five characters or more: shorter ones are nearly always categories (投资攻坚
    // 行动, 产业集群示范区, 转移接续政策); the short names that are formulas (种业振兴行动) are in the lexicon. Strategies
    // and battles are named, not categorised, so three characters do for them (科教兴国战略, 精准脱贫攻坚战).
    private const int MinStemLength = 5;
    private const int MinStrategyStemLength = 3;
    private const int MaxStemLength = 16;

    private static readonly string[] Suffixes = ["攻坚战", "示范区", "试验区", "战略", "工程", "计划", "行动", "改革", "政策", "试点"];

    // The last characters of the suffixes (a performance filter, derived so that it follows the list).
    private static readonly string SuffixEnds = string.Concat(Suffixes.Select(s => s[^1]).Distinct());

    // Tokens that cannot be part of a policy's name: the verbs that introduce one and the words that join clauses.
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
    [
        "实施", "推进", "推动", "落实", "贯彻", "打赢", "打好", "坚决", "坚持", "深入", "深化", "加快", "加大", "启动",
        "开展", "持续", "全面", "大力", "积极", "组织", "完善", "加强", "制定", "出台", "执行", "统筹", "围绕", "做好",
        "实行", "提出", "部署", "开启", "编制", "制订", "提高", "支持", "参与", "参加", "通过", "批准", "审议", "发布",
        "印发", "颁布", "进一步", "着力", "努力", "扎实", "认真", "切实", "继续", "稳步", "有序", "重点", "主要", "这些",
        "有关", "相关", "各项", "一批", "一系列", "重大", "各类", "各种", "各", "这", "该", "以", "为", "和", "与", "及",
        "及其", "或", "等", "的", "了", "在", "对", "把", "将", "由", "从", "向", "是", "有", "要", "也", "都", "并", "还",
        "同", "跟", "按", "用", "于", "之", "地", "得", "着", "过", "给", "让", "使", "被", "所", "其", "我们", "我国",
        "全国", "各地", "我市", "我省", "本市", "今年", "去年", "明年", "新一轮", "一轮", "实现", "建立", "健全",
        "抓好", "抓紧", "落地", "启用", "深入实施", "全面实施", "大力实施", "加快实施", "继续实施", "着力实施", "扎实推进",
        "全面推进", "加快推进", "深入推进", "进行", "作出", "做出", "形成", "取得", "完成", "开始", "增强", "促进",
        "扩大", "超额", "超额完成", "必须", "保持", "强化", "搞好", "关于", "推开", "保证", "这是", "发挥", "发挥好",
        "根据", "超过", "处理", "正确处理", "处理好", "由于", "其他", "及时", "这次", "充分", "符合", "全体", "按照",
        "一项", "采取", "比", "即", "较", "一些", "推行", "逐步", "适时", "自觉", "用于", "延长", "纳入", "享受",
        "奉行", "大幅", "整个", "宣传", "落实好", "实施好", "贯彻落实", "试行", "就是", "包括", "以及", "加上", "上",
        "中", "下", "里", "内", "外", "后", "前", "时", "来", "去", "到", "至", "给予", "予以", "依靠", "通过", "经过",
        "结合", "配合", "坚定", "不断", "进一步", "更加", "切实", "努力", "全力", "着眼", "立足", "面向", "好", "创建", "甚至", "根本", "否认", "逐步提高", "再",
        "建成", "打开", "能够", "一定", "就", "打造", "构建", "培育", "争创", "入选", "获批", "成功", "获得", "荣获", "开工", "新开工",
        "投向", "用好", "抓住", "服务", "融入", "紧扣", "紧抓", "巩固", "增设", "建设", "落细", "灵活", "综合运用", "规范", "优化", "稳定",
        "提升", "借力", "借助", "依托", "促", "发挥", "抓好", "用足", "扩大", "加大", "占", "确保", "认真落实", "严格执行", "严格落实",
        "防止", "出现", "全面落实", "首批", "入选", "国际",
    ], StringComparer.Ordinal);

    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            Token token = tokens[t];
            string? suffix = SuffixOf(text, token);
            if (suffix is null)
            {
                continue;
            }

            int suffixStart = token.End - suffix.Length;

            // 在思想上政治上行动上: a locative after the suffix makes it an ordinary noun, not a name.
            if (token.End < text.Length && text[token.End] is '上' or '中' or '里' or '下' or '内' or '外')
            {
                continue;
            }

            // 战略牵引, 政策支持, 改革创新: the suffix word modifies what follows, it does not end a name.
            if (token.End < text.Length && TextView.IsHan(text[token.End]) && suffix is "战略" or "政策" or "改革" && !"和与及的等".Contains(text[token.End], StringComparison.Ordinal))
            {
                continue;
            }

            // 深化改革 as one token: a verb plus the suffix, not a name (支持吉林农商行深化改革).
            if (token.Start < suffixStart && Stops.Contains(text[token.Start..suffixStart]))
            {
                continue;
            }

            int start = WalkLeft(view, t, suffixStart, out bool quoted, out bool tooLong);
            if (start < 0)
            {
                continue; // the start would cut a stop word (更加注重改革 → 加注重改革): a clause, not a name
            }

            string stem = text[start..suffixStart];
            if (tooLong || ContainsYear(stem))
            {
                continue; // a clause, not a name; or 一九五九年计划, a year's plan
            }

            if (suffix == "工程" && !quoted && ConstructionWords.Any(w => stem.Contains(w, StringComparison.Ordinal)))
            {
                continue; // 引大济湟工程, 市第二中医院迁建工程: a construction project, not a programme
            }

            // 资产公司功能性改革: the reform of one firm. 平舆农村…试点: a county (a word jieba does not know) first.
            if (!quoted && (stem.Contains("公司", StringComparison.Ordinal) || StartsWithUnknownName(stem)))
            {
                continue;
            }

            // 长春市饮用水安全保供工程: a city's own project, named after the city.
            if (!quoted && System.Text.RegularExpressions.Regex.IsMatch(stem, "^[\u4E00-\u9FFF]{2,3}[市县]"))
            {
                continue;
            }

            // 国资国企改革行动: a reform named in full, then a generic 行动/工程 around it.
            if (suffix is "行动" or "工程" && (stem.EndsWith("改革", StringComparison.Ordinal) || stem.EndsWith("政策", StringComparison.Ordinal)))
            {
                continue;
            }

            if (Pejoratives.Any(p => stem.Contains(p, StringComparison.Ordinal)))
            {
                continue;
            }

            if (!quoted && IsGenericModifier(stem))
            {
                continue; // 财政补贴政策, 关键领域改革: a category, not a name
            }

            int stemHan = stem.Count(TextView.IsHan);
            int minimum = suffix is "战略" or "攻坚战" ? MinStrategyStemLength : MinStemLength;
            if (!quoted && (stemHan < minimum || stem.Any(char.IsAsciiDigit)))
            {
                continue;
            }

            if (quoted && stem.Length <= 2)
            {
                continue;
            }

            string surface = text[start..token.End];
            into.Add(new MentionCandidate(MentionKind.Policy, start, token.End, surface));
        }
    }

    // Words of a construction project's name: what is built and where (水库, 干流, 迁建, 一期, 济 as in 引大济湟).
    private static readonly string[] ConstructionWords =
    [
        "水库", "水电", "电站", "干流", "支流", "灌溉", "排灌", "灌区", "道路", "桥梁", "隧道", "房屋", "医院", "迁建", "改扩建", "新建",
        "续建", "一期", "二期", "三期", "引水", "调水", "输水", "济", "枢纽", "铁路", "公路", "机场", "管网", "大楼", "搬迁", "两江",
    ];

    // A modifier of one or two very common words (财政补贴, 关键领域, 转移接续): the name of a category.
    private const long CommonWordFrequency = 2000;

    private static bool IsGenericModifier(string stem)
    {
        if (stem.StartsWith('非'))
        {
            return true; // 非工业企业改革: a class of enterprises by negation
        }

        Token[] tokens = JiebaSegmenter.Default.Tokenize(stem);
        return tokens.Length is >= 1 and <= 2 && stem.Length <= 4
            && tokens.All(t => JiebaSegmenter.Default.GetFrequency(stem.AsSpan(t.Start, t.Length)) >= CommonWordFrequency);
    }

    // 2020年计划, 一九五九年计划: a year's plan. (第一个五年计划 is a name: one numeral before 年.)
    private static bool ContainsYear(string stem)
    {
        int year = stem.IndexOf('年', StringComparison.Ordinal);
        return year >= 2 && IsYearDigit(stem[year - 1]) && IsYearDigit(stem[year - 2]);
    }

    private static bool IsYearDigit(char c) => char.IsAsciiDigit(c) || "〇零一二三四五六七八九".Contains(c, StringComparison.Ordinal);

    // The start of the name ending at `suffixStart` inside token `t`, or `suffixStart` when nothing to its left belongs to it.
    private static int WalkLeft(TextView view, int t, int suffixStart, out bool quoted, out bool tooLong)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        quoted = false;
        tooLong = false;
        int start = suffixStart;
        if (tokens[t].Start < suffixStart)
        {
            // The suffix ends a longer token (民生工程): its head is part of the name.
            start = tokens[t].Start;
        }

        for (int k = t - 1; k >= 0; k--)
        {
            Token left = tokens[k];
            string word = text.Substring(left.Start, left.Length);
            if (word == "”")
            {
                // “3311”工程计划: a quoted name ends the walk at its opening quote.
                int open = left.Start > 0 ? text.LastIndexOf('“', left.Start - 1, Math.Min(13, left.Start)) : -1;
                if (open >= 0 && left.Start - open <= 12 && text.AsSpan(open, left.Start - open).IndexOfAny("。，；：！？\n") < 0)
                {
                    start = open;
                    quoted = true;
                }

                break;
            }

            // A one-character stop that begins a word with the next character is not a stop there (还 in 无还本续贷).
            // Likewise before a token jieba's HMM made up (本续 in 无/还/本续/贷): the cut there is a guess.
            bool startsWord = word.Length == 1 && left.End < suffixStart
                && ((JiebaSegmenter.Default.Contains(text.AsSpan(left.Start, 2)) && !Stops.Contains(text.Substring(left.Start, 2)))
                    || (k + 1 < tokens.Length && tokens[k + 1].Length >= 2 && !JiebaSegmenter.Default.Contains(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length))));
            if (((Stops.Contains(word) || StartsWithStop(word)) && !startsWord) || !word.All(c => TextView.IsHan(c) || char.IsAsciiLetterOrDigit(c)))
            {
                // 财政和货币政策: a short name coordinated with the word before 和/与/及 keeps that word.
                if (word is "和" or "与" or "及" && k > 0 && suffixStart - start <= 4 && IsCoordinatedWord(view, tokens[k - 1], suffixStart))
                {
                    start = tokens[k - 1].Start;
                }

                break;
            }

            if (suffixStart - left.Start > MaxStemLength)
            {
                tooLong = true;
                break;
            }

            start = left.Start;
        }

        return WholeWords(view, start, suffixStart);
    }

    // The first of Suffixes that the token ends with, or null (a loop, not a LINQ query: it runs for every token).
    private static string? SuffixOf(string text, Token token)
    {
        // Most tokens are turned away by their last character alone.
        if (token.Length == 0 || !SuffixEnds.Contains(text[token.End - 1], StringComparison.Ordinal))
        {
            return null;
        }

        foreach (string s in Suffixes)
        {
            if (token.Length >= s.Length && string.CompareOrdinal(text, token.End - s.Length, s, 0, s.Length) == 0)
            {
                return s;
            }
        }

        return null;
    }

    private static readonly TokenizeOptions NoHmm = new() { Hmm = false };

    private static bool StartsWithUnknownName(string stem)
    {
        // The same conditions as ever; the cheap lookups go before the segmentation, which most stems never reach.
        if (stem.Length < 2 || !TextView.IsHan(stem[0]) || !TextView.IsHan(stem[1])
            || JiebaSegmenter.Default.GetFrequency(stem.AsSpan(0, 1)) >= 1000 || JiebaSegmenter.Default.GetFrequency(stem.AsSpan(1, 1)) >= 1000
            || JiebaSegmenter.Default.Contains(stem.AsSpan(0, 2)))
        {
            return false;
        }

        Token[] tokens = JiebaSegmenter.Default.Tokenize(stem, NoHmm);
        return tokens.Length >= 2 && tokens[0].Length == 1 && tokens[1].Length == 1;
    }

    // 扩大内需, 认真落实: one token that begins with a two-character stop is a verb phrase, not part of a name.
    private static bool StartsWithStop(string word) => word.Length > 2 && Stops.Contains(word[..2]);

    // Pejorative names for failed projects: 半拉子工程, 豆腐渣工程, 形象工程.
    private static readonly string[] Pejoratives = ["半拉子", "豆腐渣", "形象", "面子", "政绩", "献礼"];

    // A two- to four-character content word that is not itself a name (no policy suffix) nor a stop.
    private static bool IsCoordinatedWord(TextView view, Token token, int suffixStart)
    {
        string word = view.Text.Substring(token.Start, token.Length);
        return token.Length is >= 2 and <= 4 && word.All(TextView.IsHan) && !Stops.Contains(word)
            && !Suffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)) && token.End < suffixStart;
    }

    // Never cut inside a word: 无还本续贷扩围政策, not 本续贷扩围政策 (jieba cut 还 alone, a stop, though 无还本 is
    // the phrase). Where the start splits a dictionary word of the plain segmentation, the start moves left to it.
    private static int WholeWords(TextView view, int start, int suffixStart)
    {
        string text = view.Text;
        for (int step = 0; step < 2 && start > 0 && start < suffixStart && TextView.IsHan(text[start - 1]); step++)
        {
            if (!JiebaSegmenter.Default.Contains(text.AsSpan(start - 1, 2)))
            {
                break;
            }

            if (Stops.Contains(text.Substring(start - 1, 2)))
            {
                return -1;
            }

            start--;
        }

        return start;
    }
}
