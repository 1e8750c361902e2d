// A file's text with the encoding it was read in.
namespace PolicyLens.Text;

/// <summary>Text decoded from bytes, and how.</summary>
/// <param name="Text">The text, without a byte-order mark.</param>
/// <param name="Encoding">The encoding's name: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>gb18030</c>.</param>
public sealed record DecodedText(string Text, string Encoding);
