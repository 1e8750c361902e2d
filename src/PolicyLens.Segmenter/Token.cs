namespace PolicyLens.Tokenization;

/// <summary>
/// One token as a position in the text it was cut from: no string is made until one is asked for.
/// Full mode can produce empty tokens (<see cref="Length"/> 0), exactly as jieba's <c>cut_all</c> does.
/// </summary>
/// <param name="Start">Offset of the first UTF-16 code unit of the token in the input.</param>
/// <param name="Length">Number of UTF-16 code units; a character outside the BMP counts two and is never split.</param>
public readonly record struct Token(int Start, int Length)
{
    /// <summary>Offset just past the token's last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="source"/>, the text it was cut from.</summary>
    public ReadOnlySpan<char> GetSpan(ReadOnlySpan<char> source) => source.Slice(Start, Length);

    /// <summary>The token as a string, taken from <paramref name="source"/>, the text it was cut from.</summary>
    public string GetText(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Substring(Start, Length);
    }
}
