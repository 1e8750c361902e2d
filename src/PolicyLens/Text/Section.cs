// One part of a report's heading tree: a heading, what the part is about, and where it runs.
namespace PolicyLens.Text;

/// <summary>
/// A section of a document: a heading (<c>一、2025年工作回顾</c>, <c>（一）…</c>, <c>1.</c>, or a run-in heading that
/// runs into its first sentence) and the text up to the next heading of the same or a higher level.
/// </summary>
public sealed record Section
{
    /// <summary>The section's index in <see cref="Document.Sections"/> (document order).</summary>
    public required int Id { get; init; }

    /// <summary>The id of the enclosing section, or null for a top-level one.</summary>
    public int? ParentId { get; init; }

    /// <summary>1 for a top-level heading of the body (一、), 2 for its sub-headings (（一）), and so on.</summary>
    public required int Depth { get; init; }

    /// <summary>The heading's text, without its number (<c>2025年工作回顾</c>) and without the body text a run-in heading runs into.</summary>
    public required string Heading { get; init; }

    /// <summary>The heading with its number, in the normalised text.</summary>
    public required TextSpan HeadingSpan { get; init; }

    /// <summary>The whole section, heading included, in the normalised text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>What the section is: review, goals, tasks…</summary>
    public SectionKind Kind { get; init; }

    /// <summary>The first year the section speaks about (inclusive), when known.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The last year the section speaks about (inclusive), when known.</summary>
    public int? YearTo { get; init; }

    /// <summary>Whether the heading runs into the first sentence of its text (no line break after it).</summary>
    public bool RunIn { get; init; }
}
