// How a text becomes documents.
namespace PolicyLens.Text;

/// <summary>How <see cref="DocumentParser"/> turns a text into documents; immutable, change with <c>with</c>.</summary>
public sealed record DocumentOptions
{
    /// <summary>The defaults: normalise fully, split pages into articles, read the file name.</summary>
    public static DocumentOptions Default { get; } = new();

    /// <summary>The normalisation steps.</summary>
    public NormalizationOptions Normalization { get; init; } = NormalizationOptions.Default;

    /// <summary>Split a page that holds several articles (titles followed by bylines, datelines, 通过 lines) into one document each.</summary>
    public bool SplitPages { get; init; } = true;

    /// <summary>Take the year, date and Party congress from the file name when the source gives none.</summary>
    public bool ReadFileName { get; init; } = true;
}
