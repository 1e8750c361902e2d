// What normalisation does; every step can be turned off.
namespace PolicyLens.Text;

/// <summary>The steps of <see cref="TextNormalizer"/>; immutable, change with <c>with</c>.</summary>
public sealed record NormalizationOptions
{
    /// <summary>The defaults: every repair on, traditional characters folded when a text is written in them.</summary>
    public static NormalizationOptions Default { get; } = new();

    /// <summary>
    /// Full-width ASCII letters, digits and symbols (<c>１９９７</c>, <c>％</c>, <c>＋</c>) to half-width. Chinese
    /// punctuation (<c>，</c> <c>：</c> <c>（</c> <c>）</c> <c>！</c> <c>？</c>) is kept: <c>20，300</c> is two numbers.
    /// </summary>
    public bool FoldFullWidth { get; init; } = true;

    /// <summary>Remove spaces inside numbers: <c>1 9 9 8 年</c> → <c>1998年</c>, <c>8 ％</c> → <c>8%</c>.</summary>
    public bool JoinSpacedNumbers { get; init; } = true;

    /// <summary>
    /// Between two numbers, <c>－</c> <c>—</c> <c>–</c> <c>―</c> <c>～</c> (and doubled dashes) become the range
    /// separator <c>~</c>: <c>6%－6.5%</c> → <c>6%~6.5%</c>. An ASCII hyphen is left alone (it is also a minus sign
    /// and the separator of ISO dates).
    /// </summary>
    public bool MarkRangeSeparators { get; init; } = true;

    /// <summary>Join line breaks that fall inside a sentence or a word (see <see cref="TextNormalizer"/>).</summary>
    public bool RepairLineBreaks { get; init; } = true;

    /// <summary>Remove a paragraph printed twice in one document (or a truncated reprint of an earlier one).</summary>
    public bool RemoveDuplicateParagraphs { get; init; } = true;

    /// <summary>When to fold traditional characters to simplified ones.</summary>
    public VariantFolding VariantFolding { get; init; } = VariantFolding.Auto;

    /// <summary>For <see cref="VariantFolding.Auto"/>: the share of Han characters that must be traditional forms.</summary>
    public double TraditionalShareThreshold { get; init; } = 0.02;

    /// <summary>
    /// Whether a string is a word, for line repair's "a word spans this break" test (<c>维护</c> in <c>两个维\n\n护</c>).
    /// Null: a word of the built-in jieba dictionary used often enough (see <see cref="TextNormalizer.IsDictionaryWord"/>).
    /// </summary>
    public Func<string, bool>? IsWord { get; init; }
}
