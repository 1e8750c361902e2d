// When normalisation folds traditional characters to simplified ones.
namespace PolicyLens.Text;

/// <summary>When <see cref="TextNormalizer"/> folds traditional characters (see <see cref="VariantFold"/>).</summary>
public enum VariantFolding
{
    /// <summary>Never: the text keeps its characters.</summary>
    None,

    /// <summary>
    /// When the text is written in traditional characters (at least five of them, and at least
    /// <see cref="NormalizationOptions.TraditionalShareThreshold"/> of its Han characters), as 1954's report is; a
    /// simplified text with a stray 乾 is left alone.
    /// </summary>
    Auto,

    /// <summary>Always.</summary>
    Always,
}
