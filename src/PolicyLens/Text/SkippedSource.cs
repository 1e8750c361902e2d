// A file or row of a corpus that could not be read, and why: reported, never dropped silently.
namespace PolicyLens.Text;

/// <summary>A source that was skipped: the file (and line, for a JSON Lines or CSV row) and the reason, with what to do.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The line of a JSON Lines or CSV row, or null for a whole file.</param>
/// <param name="Reason">Why, and what to do about it.</param>
public sealed record SkippedSource(string Path, int? Line, string Reason)
{
    /// <summary><c>path: reason</c> or <c>path:line: reason</c>.</summary>
    public override string ToString() => Line is int line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
