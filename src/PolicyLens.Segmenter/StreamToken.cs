namespace PolicyLens.Tokenization;

/// <summary>A token cut from a <see cref="TextReader"/>: its text and its offset (in UTF-16 code units) from the start of the stream.</summary>
/// <param name="Offset">Offset of the token's first code unit from the start of the stream.</param>
/// <param name="Text">The token.</param>
public readonly record struct StreamToken(long Offset, string Text);
