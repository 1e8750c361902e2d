// One row of a CSV or TSV file, or why it cannot be used.
namespace PolicyLens.Text;

/// <summary>A row that <see cref="DelimitedReader"/> read: its first line and fields, or the reason it was rejected.</summary>
internal readonly record struct DelimitedRecord(int Line, string[] Fields, string? Error);
