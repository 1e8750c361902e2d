// The kinds of change normalisation makes, so that a report can say what was repaired and how often.
namespace PolicyLens.Text;

/// <summary>What a <see cref="TextRepair"/> changed.</summary>
public enum RepairKind
{
    /// <summary>A carriage return (<c>\r\n</c> or a lone <c>\r</c>) became <c>\n</c>.</summary>
    LineEnding,

    /// <summary>An invisible character (zero-width space or joiner, a byte-order mark inside the text, a soft hyphen) was removed.</summary>
    InvisibleCharacter,

    /// <summary>An ideographic, no-break or other special space became an ordinary space.</summary>
    Space,

    /// <summary>Spaces at the start or end of a line, blank lines at the start or end of the text, or extra blank lines were removed.</summary>
    Whitespace,

    /// <summary>A full-width ASCII letter, digit or symbol (<c>１９９７</c>, <c>％</c>) became half-width.</summary>
    FullWidth,

    /// <summary>Spaces inside a number were removed (<c>1 9 9 8 年</c> → <c>1998年</c>, <c>8 ％</c> → <c>8%</c>).</summary>
    SpacedNumber,

    /// <summary>A dash or tilde between two numbers (<c>－</c>, <c>—</c>, <c>–</c>, <c>～</c>) became the range separator <c>~</c>.</summary>
    RangeSeparator,

    /// <summary>A line break inside a sentence or a word was removed (<c>两个维\n\n护</c> → <c>两个维护</c>).</summary>
    LineJoin,

    /// <summary>A paragraph printed twice (or a truncated reprint of an earlier paragraph) was removed.</summary>
    DuplicateParagraph,

    /// <summary>A traditional character became its simplified form (<c>會</c> → <c>会</c>).</summary>
    VariantFold,
}
