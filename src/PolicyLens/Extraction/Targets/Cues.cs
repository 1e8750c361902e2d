// The cue words that tell a goal from a result and name the year a figure is for, kept as named lists.
namespace PolicyLens.Extraction.Targets;

/// <summary>
/// The words that tell a goal from a result in official reports, and the words that name the year a figure is for.
/// A GWR reports last year's results and then sets this year's goals in the same wording (<c>国内生产总值增长…</c>),
/// so these cues, not the figures, decide the kind. They decide only where the report's structure does not
/// (<see cref="KindAndHorizonResolver"/>): the national reports 1954–2025, from which every list here was read, and text
/// with no review, goals or tasks headings.
/// </summary>
internal static class Cues
{
    /// <summary>Words that set a goal for what follows: <c>主要预期目标是：</c>, <c>今年计划</c>, <c>调控目标定为</c>, <c>力争</c>.</summary>
    internal static readonly Words Target = new(
    [
        "预期目标", "主要目标是", "主要目标为", "主要目标：", "目标是", "目标为", "目标定为", "调控目标", "目标，定为", "预期为", "预期是",
        "今年计划", "计划增长", "计划要求", "草案规定", "计划规定", "规划提出", "纲要（草案）》提出", "提出", "力争", "争取", "确保", "拟", "努力把", "努力使",
    ]);

    /// <summary>Words that report what has happened.</summary>
    internal static readonly Words Past = new(
    [
        "过去一年", "过去五年", "过去的五年", "一年来", "五年来", "这五年", "全面实现", "圆满实现", "如期实现", "胜利完成", "超过预期", "实现了", "已经实现", "超额完成", "完成了",
        "顺利完成", "达到了", "实际", "回落到", "增长了", "下降了", "年初确定", "已经", "取得了",
    ]);

    /// <summary>Words that hedge a goal inside one clause (<c>控制在</c>, <c>要</c>); they decide only when nothing stronger does.</summary>
    internal static readonly Words WeakTarget = new(["控制在", "要", "将", "保持在", "不低于", "不超过", "以内"]);

    /// <summary>Words that report a result when nothing else decides (<c>全年国内生产总值增长2.3％</c>).</summary>
    internal static readonly Words WeakPast = new(["全年", "比上年", "上年"]);

    /// <summary>A forecast.</summary>
    internal static readonly Words Estimate = new(["预计"]);

    /// <summary>An annual average over a period.</summary>
    internal static readonly Words AnnualAverage = new(["年均", "平均每年", "每年平均"]);

    /// <summary>The five years starting with the report's year.</summary>
    internal static readonly Words NextFiveYears = new(["今后五年", "未来五年", "五年内"]);

    /// <summary>The five years before the report's year.</summary>
    internal static readonly Words LastFiveYears = new(["过去五年", "过去的五年", "五年来", "这五年"]);

    /// <summary>The report's year.</summary>
    internal static readonly Words ThisYear = new(["今年", "本年"]);

    /// <summary>Words that turn a text to what is ahead.</summary>
    internal static readonly Words Ahead = new(["明年", "今后", "未来", "下一步"]);

    /// <summary>The year after the report's.</summary>
    internal static readonly Words NextYear = new(["明年"]);

    /// <summary>Words before a figure where a change starts or a goal is superseded (<c>从14.8%</c>, <c>由原定百分之六</c>).</summary>
    internal static readonly Words ChangeFrom = new(["从", "由", "原定"]);

    /// <summary>Words after such a figure that say where the change goes (<c>降到10%</c>, <c>调高到</c>).</summary>
    internal static readonly Words ChangeTo = new(["到", "至", "调高", "调低", "降", "提高", "增加"]);

    /// <summary>The position just past the last occurrence of any of <paramref name="words"/> in text[start..end), or −1.</summary>
    internal static int LastEnd(string text, int start, int end, Words words)
    {
        if (end <= start)
        {
            return -1;
        }

        // From the right, one vectorised search for the words' first characters at a time (it was one search per word,
        // every list over every sentence: a sixth of the target stage). The last end of any word is the largest
        // position + length over the places a word starts; once a start is too far left to beat it, nothing left of it can.
        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        int best = -1;
        int limit = span.Length;
        while (limit > 0)
        {
            int at = span[..limit].LastIndexOfAny(words.FirstCharacters);
            if (at < 0 || at + words.LongestLength <= best)
            {
                break;
            }

            ReadOnlySpan<char> rest = span[at..];
            foreach (string word in words.StartingWith(span[at]))
            {
                if (at + word.Length > best && rest.StartsWith(word))
                {
                    best = at + word.Length;
                }
            }

            limit = at;
        }

        return best < 0 ? -1 : start + best;
    }

    /// <summary>
    /// Whether text[start..end) holds a 年: the year words (<c>今年</c>, <c>明年</c>, <c>去年</c>, <c>五年内</c>…) all do, so where
    /// there is none, none of them need be searched for (one vectorised search instead of one per word).
    /// </summary>
    internal static bool HasYearCharacter(string text, int start, int end) => end > start && text.AsSpan(start, end - start).Contains('年');

    /// <summary>The position just past the last occurrence of <paramref name="word"/> in text[start..end), or −1.</summary>
    internal static int LastEnd(string text, int start, int end, string word)
    {
        int at = end > start ? text.AsSpan(start, end - start).LastIndexOf(word, StringComparison.Ordinal) : -1;
        return at >= 0 ? start + at + word.Length : -1;
    }

    /// <summary>A list of cue words, made once (a list written at the call would be allocated at every call).</summary>
    internal sealed class Words
    {
        internal Words(string[] words)
        {
            if (words.Length == 0 || words.Any(w => w.Length == 0))
            {
                throw new ArgumentException("A cue list needs words, and no empty one.", nameof(words));
            }

            All = words;
            FirstCharacters = System.Buffers.SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);
            // Grouped as GroupBy groups (the characters in the order they first occur, each group in the list's order), in a
            // loop: GroupBy and the LINQ over (char, string[]) pairs were compiled by the JIT at every run (issue 14).
            var firsts = new List<char>();
            var byFirst = new List<List<string>>();
            foreach (string word in words)
            {
                int group = firsts.IndexOf(word[0]);
                if (group < 0)
                {
                    group = firsts.Count;
                    firsts.Add(word[0]);
                    byFirst.Add([]);
                }

                byFirst[group].Add(word);
            }

            _firsts = [.. firsts];
            _byFirst = new string[byFirst.Count][];
            for (int g = 0; g < _byFirst.Length; g++)
            {
                _byFirst[g] = [.. byFirst[g]];
            }
            LongestLength = words.Max(w => w.Length);
        }

        // The words by first character: a few characters a list, so a scan of a short array (a frozen dictionary keyed by
        // char compared through a generic comparer at every lookup).
        private readonly char[] _firsts;
        private readonly string[][] _byFirst;

        /// <summary>The words, in the order they were written.</summary>
        internal string[] All { get; }

        /// <summary>The characters the words start with.</summary>
        internal System.Buffers.SearchValues<char> FirstCharacters { get; }

        /// <summary>The length of the longest word.</summary>
        internal int LongestLength { get; }

        /// <summary>The words that start with <paramref name="first"/>.</summary>
        internal string[] StartingWith(char first)
        {
            int i = Array.IndexOf(_firsts, first);
            return i >= 0 ? _byFirst[i] : [];
        }
    }
}
