namespace PolicyLens.Tokenization;

/// <summary>
/// How to cut a text. Immutable; derive variants with <c>with</c>:
/// <code>var options = TokenizeOptions.Default with { Hmm = false };</code>
/// </summary>
public sealed record TokenizeOptions
{
    /// <summary>Accurate mode with the HMM for unknown words: jieba's default, <c>jieba.cut(text)</c>.</summary>
    public static TokenizeOptions Default { get; } = new();

    /// <summary>The cutting mode.</summary>
    public SegmentationMode Mode { get; init; } = SegmentationMode.Accurate;

    /// <summary>
    /// Whether runs of characters the dictionary does not join are labelled by jieba's HMM (BMES, Viterbi).
    /// Ignored in <see cref="SegmentationMode.Full"/>, as in jieba.
    /// </summary>
    public bool Hmm { get; init; } = true;
}
