// Numbered political formulas whose numerals are not quantities.
namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// Numbered political formulas (提法): <c>两会</c>, <c>两个维护</c>, <c>三农</c>, <c>一带一路</c>, <c>六稳</c>… Their numerals
/// count members of a slogan, not an amount, so the number layer reads none of them as a quantity. Recognising them
/// as slogans is the slogan layer's job; this list only keeps them out of the numbers.
/// </summary>
internal static class Formulas
{
    /// <summary>
    /// Formulas whose numeral could otherwise pass for a quantity (a numeral followed by a measure word such as 个 or 项)
    /// and the best-known others, so that the list documents the decision. Plan names (<c>十四五</c>) are handled by
    /// <see cref="PlanPeriod"/>, which resolves them to their years.
    /// </summary>
    internal static readonly string[] Terms =
    [
        "两会", "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "三个代表", "两个一百年", "一带一路", "三农",
        "六稳", "六保", "三大攻坚战", "一府一委两院", "一府两院", "一国两制", "五位一体", "三去一降一补", "一个中心",
        "两个基本点", "三严三实", "两学一做", "八项规定", "四风", "三公经费", "两个毫不动摇", "一岗双责", "三个有利于",
        "两手抓", "三个转变", "五个一", "两个大局", "三期叠加", "三个务必", "两个务必", "四个现代化", "五年规划", "五年计划",
        "两个文明", "两个根本性转变", "三个面向", "四项基本原则", "三步走", "一个中国", "九二共识", "两岸", "三峡",
        "一条龙", "一把手", "最后一公里", "最后一米", "一刀切", "一站式", "一揽子", "一次性", "一系列", "一部分", "一方面", "一体化",
    ];

    /// <summary>
    /// Marks, in <paramref name="blocked"/>, every character of <paramref name="text"/> inside a formula or a plan name
    /// (<paramref name="plans"/>: the text's, as <see cref="PlanPeriod.Find"/> gives them).
    /// </summary>
    internal static void Mark(string text, bool[] blocked, IReadOnlyList<(PlanPeriod Period, int Start, int Length)> plans)
    {
        // One pass over the text instead of one search per term: at a character some term starts with, the terms that
        // start with it are compared there. Per term, a match is looked for only past the end of its previous one, as a
        // search from there would, so exactly the same characters are marked.
        bool[] starts = TermStarts;
        var nextFrom = new int[Terms.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (!starts[text[i]])
            {
                continue;
            }

            foreach (int t in TermsByFirst[text[i]])
            {
                string term = Terms[t];
                if (i >= nextFrom[t] && text.AsSpan(i).StartsWith(term, StringComparison.Ordinal))
                {
                    Array.Fill(blocked, true, i, term.Length);
                    nextFrom[t] = i + term.Length;
                }
            }
        }

        for (int p = 0; p < plans.Count; p++) // by index: foreach through the interface was generic code the JIT compiled at start-up
        {
            (_, int start, int length) = plans[p];
            Array.Fill(blocked, true, start, length);
        }
    }

    private static readonly Dictionary<char, int[]> TermsByFirst = IndexByFirst();

    // The terms' indexes by first character, as GroupBy and ToDictionary made them (keys in the order they first occur,
    // each group in the terms' order), in a loop: GroupBy over int was compiled by the JIT at every run (issue 14).
    private static Dictionary<char, int[]> IndexByFirst()
    {
        var groups = new Dictionary<char, List<int>>();
        for (int t = 0; t < Terms.Length; t++)
        {
            if (!groups.TryGetValue(Terms[t][0], out List<int>? group))
            {
                groups[Terms[t][0]] = group = [];
            }

            group.Add(t);
        }

        var byFirst = new Dictionary<char, int[]>(groups.Count);
        foreach ((char first, List<int> group) in groups)
        {
            byFirst[first] = [.. group];
        }

        return byFirst;
    }

    private static readonly bool[] TermStarts = Text.ChineseNumber.CharacterTable(string.Concat(TermsByFirst.Keys));
}
