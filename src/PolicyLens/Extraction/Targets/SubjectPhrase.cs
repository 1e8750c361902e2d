// The words that name what a figure measures when no indicator of the vocabulary does: a clean noun phrase, never a verb.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// The subject noun phrase of a figure that no indicator names (issue 12: an indicator is never <c>为</c>, <c>向</c>,
/// <c>完成</c>, <c>确保</c>, <c>争取</c>, <c>增长</c>): the clause's words before the figure with goal verbs and link words
/// trimmed (<c>力争技术合同成交额3000亿元</c> → <c>技术合同成交额</c>), or, for a count written before its noun
/// (<c>实施1000个以上省重点项目</c>, <c>推动60%以上的县级特困供养机构三级达标</c>), the words after it.
/// </summary>
internal static class SubjectPhrase
{
    /// <summary>The longest phrase kept; longer ones keep the words nearest the figure.</summary>
    public const int MaxLength = 24;

    /// <summary>A phrase before the figure this short after trimming is a verb (<c>实施</c>, <c>建设</c>), not a subject.</summary>
    private const int VerbLength = 2;

    // Fields, not params arrays written at the call: an array made and filled at every call was the targets stage's
    // largest single cost.
    private static readonly char[] TrailingLinks = ['等', '和', '及', '与', '、'];
    private static readonly char[] Quotes = ['“', '”', '"', ' '];

    /// <summary>
    /// Words opening a clause that say what is done or hoped, not what is measured (hebei, henan 2026 task lists; national
    /// reports). Longest first.
    /// </summary>
    private static readonly string[] LeadingWords = Longest(
    [
        "力争", "争取", "确保", "努力", "实现", "完成", "推动", "推进", "加快", "全力", "着力", "全年", "今年", "其中", "累计", "共", "要", "将", "并",
        "为", "向", "把", "使", "再", "和", "及", "与", "以及", "可", "预计", "约", "达", "全省", "全市", "全区", "全县", "我省", "我市",
    ]);

    /// <summary>Words between a subject and its figure that link them (<c>国家高新技术企业达到1.5万家</c> → <c>国家高新技术企业</c>).</summary>
    private static readonly string[] TrailingWords = Longest(
    [
        "增长", "增加", "提高", "提升", "达到", "达", "为", "是", "保持", "稳定", "稳定在", "保持在", "控制在", "在", "到", "至", "突破", "超过",
        "以上", "年均", "平均", "分别", "累计", "总计", "合计", "共", "约", "规模", "涨幅", "增速", "下降", "降低", "减少", "新增", "增至", "提高到",
        "提升到", "提升至", "扩大到", "完成", "实现",
    ]);

    /// <summary>Verbs that may open a count's clause and be dropped when the count's noun follows (<c>新建200个智能车间</c>).</summary>
    private static readonly string[] CountVerbs = Longest(
    [
        "建成", "新建", "建设", "打造", "培育", "实施", "引进", "新增", "完成", "开工", "改造", "支持", "推动", "推进", "认定", "设立", "创建", "争创",
        "形成", "组建", "招引", "出台", "推出", "签约", "开通", "新开工",
    ]);

    /// <summary>The phrase for the figure at [start, end) whose clause is [clauseStart, clauseEnd).</summary>
    public static string Of(string text, int clauseStart, int start, int end, int clauseEnd)
    {
        string before = Trim(text.AsSpan(clauseStart, start - clauseStart));
        string after = After(text, end, clauseEnd);
        // A phrase ending in a count verb (带动形成12个…, 试点组建4个…: the 2026 review parts) says what is done; the count's noun follows.
        bool beforeIsVerb = before.Length <= VerbLength || EndsWithAny(before, CountVerbs);
        if (after.Length > 0 && (before.Length == 0 || beforeIsVerb))
        {
            return after.Length > MaxLength ? after[..MaxLength] : after;
        }

        return before.Length > MaxLength ? before[^MaxLength..] : before;
    }

    /// <summary>Whether <paramref name="phrase"/> is empty or only a verb (<c>开行</c>, <c>实施</c>), not a subject.</summary>
    public static bool IsVerbOnly(string phrase) => phrase.Length <= VerbLength;

    /// <summary>The noun phrase right after a figure: from its first Han character to the clause's end or the next figure.</summary>
    private static string After(string text, int end, int clauseEnd)
    {
        int i = end;
        if (i < clauseEnd && text[i] == '的')
        {
            i++;
        }

        int j = i;
        while (j < clauseEnd && j - i < MaxLength * 2 && !char.IsDigit(text[j]) && !ChineseNumber.IsArabicDigit(text[j]))
        {
            j++;
        }

        if (j == i || !(Glyphs.IsHan(text[i]) || text[i] is '“' or '"' or '《'))
        {
            return string.Empty;
        }

        return text[i..j].TrimEnd(TrailingLinks).Trim();
    }

    // A loop, not CountVerbs.Any(v => before.EndsWith(v)): that lambda was a closure allocated at every figure.
    private static bool EndsWithAny(string phrase, string[] words)
    {
        foreach (string word in words)
        {
            if (phrase.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words with goal verbs before and link words after them removed: trimmed as a span and made a string once at the
    /// end (each trimmed word was a new string, and the caller's stretch of text one more).
    /// </summary>
    public static string Trim(ReadOnlySpan<char> words)
    {
        ReadOnlySpan<char> s = words.Trim().Trim(Quotes);
        for (bool changed = true; changed && s.Length > 0;)
        {
            changed = false;
            foreach (string word in LeadingWords)
            {
                if (s.Length > word.Length && s.StartsWith(word, StringComparison.Ordinal))
                {
                    s = s[word.Length..];
                    changed = true;
                    break;
                }
            }

            foreach (string word in TrailingWords)
            {
                if (s.Length >= word.Length && s.EndsWith(word, StringComparison.Ordinal))
                {
                    s = s[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }

        return s.Trim().ToString();
    }

    private static string[] Longest(string[] words) => [.. words.OrderByDescending(w => w.Length)];
}
