// The sections table of `policylens analyze`: one row per heading of a document's heading tree, in one place so that
// the table model can take it over as it is.
using PolicyLens.Text;

namespace PolicyLens.Export;

/// <summary>The <c>sections</c> table: each document's sections (<see cref="Document.Sections"/>), with offsets in the source file.</summary>
public static class SectionTable
{
    /// <summary>The table's name and columns.</summary>
    public static TableSchema Schema { get; } = new("sections",
    [
        new("doc", ColumnType.String, "document id"),
        new("section", ColumnType.Integer, "the section's number in its document, from 0, in document order"),
        new("parent", ColumnType.Integer, "the enclosing section's number; empty for a top-level section"),
        new("depth", ColumnType.Integer, "1 for a top-level heading (一、), 2 for its sub-headings (（一）), …"),
        new("heading", ColumnType.String, "the heading's text, without its number and without the text a run-in heading runs into"),
        new("kind", ColumnType.String, "review, goals, tasks, self-government, closing or other"),
        new("year_from", ColumnType.Integer, "the first year the section speaks about, when known"),
        new("year_to", ColumnType.Integer, "the last year the section speaks about (inclusive), when known"),
        new("start", ColumnType.Integer, "offset of the heading's first character in the source file"),
        new("end", ColumnType.Integer, "offset just past the section (the next heading of the same or a higher level) in the source file"),
    ]);

    /// <summary>The section kind as the table writes it (<c>self-government</c>, <c>review</c>, …).</summary>
    public static string KindName(SectionKind kind) => kind == SectionKind.SelfGovernment ? "self-government" : kind.ToString().ToLowerInvariant();

    /// <summary>The rows of <paramref name="document"/>'s sections.</summary>
    public static IEnumerable<object?[]> Rows(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (Section s in document.Sections)
        {
            SourceSpan span = document.ToSource(s.Span);
            yield return
            [
                document.Id, (long)s.Id, (long?)s.ParentId, (long)s.Depth, s.Heading, KindName(s.Kind), (long?)s.YearFrom, (long?)s.YearTo,
                (long)span.Start, (long)span.End,
            ];
        }
    }
}
