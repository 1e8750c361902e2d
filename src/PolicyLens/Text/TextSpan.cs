// A range of a document's normalised text: the coordinates every stage after Text works in.
namespace PolicyLens.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of a <see cref="Document.Text"/> (the normalised text). Its counterpart in
/// the file is a <see cref="SourceSpan"/>; <see cref="Document.ToSource(TextSpan)"/> maps one to the other. The two
/// are distinct types so that a normalised offset is never written where a file offset belongs.
/// </summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="offset"/> lies in the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The spanned characters of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
