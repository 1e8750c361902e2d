// A range of the decoded source file: the coordinates published tables point readers to.
namespace PolicyLens.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of the decoded source file (character offsets, as a reader opening the file
/// counts them). Made from a <see cref="TextSpan"/> by <see cref="Document.ToSource(TextSpan)"/>.
/// </summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct SourceSpan(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;
}
