// Round 48 (issue 13, branch quoted48): two quoted stages of a change, 从“A”向“B” and a verb of change after B (移动物联网从
// “万物互联”向“万物智联”发展, Guangdong's plan outline 2026; 传统房地产从“卖房子”向“开发+服务+运营”转型, guizhou_2026; 从
// “绿起来”向“美起来”转变, guangdong_2024): the sentence says what a technology, a trade or a landscape moves from and to. Both
// labels are states of that thing — a technology concept, a business model, a look — which name no policy, mechanism or goal
// the report adopts (the unseen26h judges read 万物互联 and 万物智联 wrong as items, the unseen26i and 26b judges 制造+服务 and
// the unseen26c judge 微短剧+农文旅 alike as business forms). Over every readable text the shape stands three times; its three
// reported labels are all of that kind and no gold codes them. Only 向 with a verb of change: a range written with 到
// (从“三年初见成效”到“五年显著变化”, the 百千万工程's stage goals the unseen26d coders code; 从“新发展阶段”到“新发展理念”, formulas;
// 从“国门”到“家门”全链条防控体系) is no such pair, and a label the lexicon lists stays (the caller asks).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The words that open the pair before the first label.
    private const string StageFrom = "从由";

    // Verbs of change written right after the second label (向“万物智联”发展, 向“开发+服务+运营”转型).
    private static readonly string[] ChangeVerbs = ["发展", "转变", "转型", "迈进", "升级", "演进", "跃升", "跨越", "延伸", "拓展", "转化"];

    // How far a label of the pair may reach (the finder's MaxChainLength).
    private const int StageWindow = 24;

    /// <summary>
    /// Whether the quoted label between the marks at <paramref name="open"/> and <paramref name="close"/> is one of two stages
    /// of a change, 从“A”向“B” with a verb of change right after B.
    /// </summary>
    internal static bool NamesAStageOfChange(string text, int open, int close)
    {
        // The first stage: 从 before it, 向 and the second label after it.
        if (open >= 1 && StageFrom.Contains(text[open - 1], StringComparison.Ordinal)
            && close + 2 < text.Length && text[close + 1] == '向' && text[close + 2] is '“' or '‘')
        {
            int secondClose = text.IndexOfAny(['”', '’'], close + 3, Math.Min(StageWindow + 1, text.Length - close - 3));
            return secondClose > 0 && ChangeVerbFollows(text, secondClose);
        }

        // The second stage: 向 before it, the first label and 从 before that, a verb of change after it.
        if (open >= 3 && text[open - 1] == '向' && text[open - 2] is '”' or '’' && ChangeVerbFollows(text, close))
        {
            int firstOpen = text.LastIndexOfAny(['“', '‘'], open - 3, Math.Min(StageWindow + 1, open - 2));
            return firstOpen >= 1 && StageFrom.Contains(text[firstOpen - 1], StringComparison.Ordinal);
        }

        return false;
    }

    private static bool ChangeVerbFollows(string text, int close) =>
        ChangeVerbs.Any(v => string.CompareOrdinal(text, close + 1, v, 0, v.Length) == 0);
}
