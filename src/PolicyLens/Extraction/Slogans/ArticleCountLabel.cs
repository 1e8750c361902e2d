// A quoted count of articles (“30条”, “双十条”, “十五条”: the nickname of a policy document by the number of its articles)
// written right after its field (稳经济“30条”, 人才“双十条”): round 47's decision makes the field + label the item, the bare
// label its canonical (NumberedFinder.IsQuotedGenericCountLabel, QuotedFinder). Where the field holds a formula the lexicon
// codes on its own (支持创业带动就业“15条”政策 holds 创业带动就业, coded in sichuan_2026's gold), the label stays bare so that
// formula is not swallowed, as round 40 leaves a layout label bare before a word holding a coded formula.
namespace PolicyLens.Extraction.Slogans;

internal static class ArticleCountLabel
{
    // The shortest lexicon formula looked for inside a field.
    private const int MinFormulaLength = 2;

    /// <summary>Whether the quoted label is a count of articles: count leads or digits and 条, nothing after.</summary>
    public static bool IsArticleCount(ReadOnlySpan<char> label) =>
        label.Length >= 2 && label[^1] == '条' && NumberedFinder.IsQuotedGenericCountLabel(label);

    /// <summary>
    /// Whether a count of articles whose field runs from field to the opening mark at open keeps its bare label because the
    /// field holds a lexicon formula.
    /// </summary>
    public static bool FieldHoldsFormula(string text, int field, int open, string label, Lexicon lexicon) =>
        IsArticleCount(label) && QuotedLabelShape.HoldsLexiconFormula(text[field..open], lexicon, MinFormulaLength);
}
