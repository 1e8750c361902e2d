// Where a report's review part lies, for the gold tests' review-share figure: the Text stage's sections.
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>Whether a span of a report's normalised text falls in a section of kind review (any depth).</summary>
internal static class TargetGoldSections
{
    /// <summary>True when <paramref name="span"/> starts inside a review section of <paramref name="document"/>.</summary>
    public static bool IsReview(Document document, TextSpan span) =>
        document.Sections.Any(s => s.Kind == SectionKind.Review && s.Span.Contains(span.Start));
}
