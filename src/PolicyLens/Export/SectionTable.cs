// The sections table of `policylens analyze`: one row per heading of a document's heading tree, in the table model.
using PolicyLens.Text;

namespace PolicyLens.Export;

/// <summary>
/// The <c>sections</c> table: one row per section of <see cref="Document.Sections"/>, with its parent, depth, heading,
/// kind, the years it speaks about, and its span in the source file.
/// </summary>
public static class SectionTable
{
    /// <summary>The table: columns, types, descriptions and how each cell is read from a document's section.</summary>
    public static Table<(Document Document, Section Section)> Table { get; } = new Table<(Document Document, Section Section)>("sections")
        .Text("doc", "document id", r => r.Document.Id)
        .Integer("section", "the section's number in its document, from 0, in document order", r => r.Section.Id)
        .Integer("parent", "the enclosing section's number; empty for a top-level section", r => r.Section.ParentId)
        .Integer("depth", "1 for a top-level heading (一、), 2 for its sub-headings (（一）), …", r => r.Section.Depth)
        .Text("heading", "the heading's text, without its number and without the text a run-in heading runs into", r => r.Section.Heading)
        .Text("kind", "review, goals, tasks, self-government, closing or other", r => KindName(r.Section.Kind))
        .Integer("year_from", "the first year the section speaks about, when known", r => r.Section.YearFrom)
        .Integer("year_to", "the last year the section speaks about (inclusive), when known", r => r.Section.YearTo)
        .Integer("start", "offset of the heading's first character in the source file", r => r.Document.ToSource(r.Section.Span).Start)
        .Integer("end", "offset just past the section (the next heading of the same or a higher level) in the source file",
            r => r.Document.ToSource(r.Section.Span).End);

    /// <summary>The table's layout (<see cref="Table"/>'s schema).</summary>
    public static TableSchema Schema => Table.Schema;

    /// <summary>The name a section kind has in tables and gold files: <c>review</c>, <c>self-government</c>, …</summary>
    public static string KindName(SectionKind kind) => kind == SectionKind.SelfGovernment ? "self-government" : kind.ToString().ToLowerInvariant();

    /// <summary>The table's rows for one document, in document order.</summary>
    public static IEnumerable<(Document Document, Section Section)> Rows(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Each(document);

        // An iterator, not Select into (document, section) pairs: LINQ over those tuples was compiled by the JIT at every
        // run (issue 14, start-up code).
        static IEnumerable<(Document Document, Section Section)> Each(Document document)
        {
            foreach (Section section in document.Sections)
            {
                yield return (document, section);
            }
        }
    }
}
