// How far a lexicon entry's first official appearance can be trusted: the notes it was built from mark dates
// they did not re-check, and researchers citing a date need to know which is which.
namespace PolicyLens.Extraction.Slogans;

/// <summary>How well a <see cref="FirstAppearance"/> is attested.</summary>
public enum AppearanceConfidence
{
    /// <summary>Sources disagree or the exact first use is not known; the date, if any, is a best guess.</summary>
    Uncertain,

    /// <summary>Widely repeated but not re-checked against a primary source.</summary>
    CommonKnowledge,

    /// <summary>Date and venue taken from a named public source.</summary>
    Documented,
}
