// Finds short formula-like strings in quote marks (“六稳”, “全面小康决胜年”, “中国之治”), leaving out reported
// speech (long, or with sentence punctuation), bare numbers (“3311”, part of a policy name), scare quotes around
// a single ordinary word (立体“防护网”), and names: of storms (台风“桦加沙”), ships and spacecraft (“天问一号”),
// prizes and honours (荣获“全国文明城市”称号), apps and platforms (“粤省事”平台), brands, programmes and works.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static class QuotedFinder
{
    private const int MaxLength = 12;

    // A quoted single dictionary word (立体“防护网”, frequency 5) is an ordinary word in scare quotes, not a coined formula.
    private const long OrdinaryWordFrequency = 1;

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = 0; i < text.Length; i++)
        {
            char close = text[i] switch { '“' => '”', '‘' => '’', '「' => '」', '『' => '』', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            // Look for the closing mark only as far as a formula can reach: a run of opening marks with no closing one
            // (2.4 MB of “) must not make the scan quadratic.
            int end = text.IndexOf(close, i + 1, Math.Min(MaxLength + 3, text.Length - i - 1));
            if (end < 0)
            {
                continue;
            }

            string content = text[(i + 1)..end];
            if (IsFormulaLike(content, view, i + 1, lexicon) && !IsName(text, i, end, content))
            {
                into.Add(new MentionCandidate(MentionKind.Quoted, i + 1, end, string.Concat(content.Where(c => !char.IsWhiteSpace(c)))));
            }

            i = end;
        }
    }

    // Words just before the opening mark that introduce a name (台风“…”, 荣获“…”).
    private static readonly string[] NameBefore =
    [
        "台风", "强台风", "超强台风", "热带风暴", "风暴", "号称", "荣获", "获评", "获得", "获", "授予", "评为", "被评为", "入选", "品牌", "商标",
        "公司", "集团", "企业", "APP", "app", "小程序", "公众号", "节目", "栏目", "电视剧", "电影", "纪录片", "舞剧", "歌剧", "话剧", "专辑",
        "系列", "丛书", "号", "卫星", "飞船", "探测器", "舰", "轮", "奖", "杯", "作品", "曲艺", "二人转", "小品", "歌曲", "剧目", "戏曲",
        "舞蹈", "杂技", "图书", "小说",
    ];

    // Words just after the closing mark that say what was named (“…”号, “…”奖, “…”称号, “…”平台).
    private static readonly string[] NameAfter =
    [
        "号", "奖", "杯", "称号", "荣誉", "品牌", "牌", "APP", "app", "小程序", "公众号", "平台", "系统", "客户端", "节目", "栏目", "系列",
        "舞剧", "歌剧", "话剧", "电影", "纪录片", "丛书", "大赛", "赛事", "联赛", "论坛", "展会", "博览会", "音乐节", "文化节", "旅游节",
        "艺术节", "榜", "名单", "评选", "之都", "之城", "之乡", "企业", "公司", "集团", "轮", "舰", "卫星", "飞船", "探测器", "台风",
        "荣获", "获得", "入选", "院士",
    ];

    private static bool IsName(string text, int open, int close, string content)
    {
        if (content[^1] is '号' or '奖' or '杯' || content.EndsWith("之都", StringComparison.Ordinal) || content.EndsWith("之城", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string cue in NameBefore)
        {
            if (open >= cue.Length && string.CompareOrdinal(text, open - cue.Length, cue, 0, cue.Length) == 0)
            {
                return true;
            }
        }

        foreach (string cue in NameAfter)
        {
            // 号召 ("call on") after a quote is a verb, not a name's 号.
            if (string.CompareOrdinal(text, close + 1, cue, 0, cue.Length) == 0 && !(cue == "号" && close + 2 < text.Length && text[close + 2] == '召'))
            {
                return true;
            }
        }

        return false;
    }

    private const string CountCharacters = "一二两三四五六七八九十百千万双";

    private static readonly string[] FormulaEndings =
    [
        "工程", "行动", "计划", "战略", "改革", "政策", "试点", "制", "经济", "模式", "机制", "体系", "理念", "精神", "经验", "攻坚",
        "战", "年", "之治", "之制", "之理", "革命", "建设", "通办", "合一", "联动", "融合", "办", "清零", "倍增",
    ];

    internal static bool HasFormulaShape(string content)
    {
        if (content.Contains('·') || content.Contains('第') || content.Contains("十大", StringComparison.Ordinal) || content.Contains("百大", StringComparison.Ordinal))
        {
            return false; // 净土青海·高原臻品: a brand line; 新春第一会, 人生第一座雪山: an ordinal, not a count
        }

        bool counts = content.Select((c, k) => CountCharacters.Contains(c, StringComparison.Ordinal) && !(c == '一' && k + 1 < content.Length && "体些直起定样般切".Contains(content[k + 1], StringComparison.Ordinal))).Any(b => b);
        if (counts || content.AsSpan().IndexOfAny("+＋×—、，") >= 0)
        {
            return true;
        }

        if (FormulaEndings.Any(e => content.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        // ABAC or ABCB rhythm in four characters: 应救尽救, 叫应叫醒.
        return content.Length == 4 && (content[0] == content[2] || content[1] == content[3]);
    }

    private static bool IsFormulaLike(string content, TextView view, int start, Lexicon lexicon)
    {
        if (content.Length < 2 || content.Length > MaxLength || content.Any(c => c is '。' or '！' or '？' or '；' or '：' or '\n' or '“' or '‘'))
        {
            return false;
        }

        int han = content.Count(TextView.IsHan);
        if (han < 2)
        {
            return false;
        }

        // Reported speech is a clause; a formula with a comma inside is short (只争朝夕，不负韶华).
        if (content.Contains('，') && content.Length > 10)
        {
            return false;
        }

        if (lexicon.Find(content) is not null)
        {
            return true;
        }

        // Quotation marks also wrap brands, nicknames and figures of speech (“青绣”, “全氧旅行”, “颜值”); a formula has a
        // formula's shape: a count (“双一流”, “一核三区、两轴一带”), a plus or a chain (“盐湖+”, “研发—样品—商品—产业”),
        // parallel parts (“讲、树、促”), a policy word at its end (“三百工程”, “全面小康决胜年”, “中国之治”), or a
        // repeated character (“应救尽救”, “叫应叫醒”).
        if (!HasFormulaShape(content))
        {
            return false;
        }

        // One token that is a common dictionary word: a scare quote.
        bool oneToken = view.IsSingleToken(start, content.Length);
        return !(oneToken && JiebaSegmenter.Default.GetFrequency(content) >= OrdinaryWordFrequency);
    }
}
