// One line of a streamed input file, or why it cannot be used.
namespace PolicyLens.Text;

/// <summary>
/// A line of a JSON Lines or CSV file as <see cref="LineReader"/> yields it: its 1-based number and text (without the
/// line break), or the reason it cannot be used (too long, bytes that are not in the file's encoding).
/// </summary>
internal readonly record struct SourceLine(int Number, string Text, string? Error);
