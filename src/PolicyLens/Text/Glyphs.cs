// Character classes of Chinese official text that normalisation, line repair and page splitting agree on.
namespace PolicyLens.Text;

/// <summary>Small, fixed character classes; each answers one question the text stage asks about a character.</summary>
internal static class Glyphs
{
    // A line that ends in one of these ends a sentence (or a salutation such as 各位代表：).
    private const string Terminal = "。！？!?：:；;….";

    // A line that ends in one of these cannot end a paragraph.
    private const string Continuation = "，,、“‘《〈（([【";

    // Function characters that do not end a sentence: a line ending in one was broken.
    private const string FunctionEnd = "的和与及或把对在从向为被将以并而之其各";

    // Characters that do not start a sentence: a line starting with one continues the line before.
    private const string NonInitial = "的之了着们地得等性化者于及与和或而并且、，。；：！？）》”’%‰)]";

    // Ends a sentence inside a line (the colon and semicolon do not: they join clauses of one sentence).
    private const string SentenceEnd = "。！？!?";

    // Closing quotes and brackets that belong to the sentence they follow (。” ends with the quote).
    private const string Closers = "”’」』）)》\"'";

    /// <summary>A CJK ideograph of the blocks official text uses (BMP unified, extension A, compatibility) or 〇: the one "is Han" of the library outside jieba's own classes.</summary>
    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    internal static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Spaces that may sit inside a line: ASCII space and tab (other spaces are folded to ' ' first).</summary>
    internal static bool IsLineSpace(char c) => c is ' ' or '\t';

    /// <summary>Whether a line ends a sentence: terminal punctuation, possibly inside a closing quote; or a closing bracket.</summary>
    internal static bool EndsSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty)
        {
            return true;
        }

        char last = line[^1];
        if (Terminal.Contains(last) || last is '）' or ')')
        {
            return true;
        }

        // 。” ends a sentence; “两个维护” in the middle of one does not.
        return last is '”' or '’' or '」' or '』' && line.Length >= 2 && Terminal.Contains(line[^2]);
    }

    /// <summary>Whether <paramref name="c"/> ends a sentence inside a line: 。！？!?.</summary>
    internal static bool EndsSentence(char c) => SentenceEnd.Contains(c);

    /// <summary>The characters that end a sentence (<see cref="EndsSentence(char)"/>) and the line breaks, for a vectorised search.</summary>
    internal static readonly System.Buffers.SearchValues<char> SentenceEndOrLineBreak = System.Buffers.SearchValues.Create(SentenceEnd + "\n\r");

    /// <summary>Whether <paramref name="c"/> is a closing quote or bracket that stays with the sentence before it.</summary>
    internal static bool ClosesQuote(char c) => Closers.Contains(c);

    internal static bool EndsWithContinuation(ReadOnlySpan<char> line) => !line.IsEmpty && Continuation.Contains(line[^1]);

    internal static bool EndsWithFunctionCharacter(ReadOnlySpan<char> line) => !line.IsEmpty && FunctionEnd.Contains(line[^1]);

    internal static bool StartsWithNonInitial(ReadOnlySpan<char> line) => !line.IsEmpty && NonInitial.Contains(line[0]);

    /// <summary>The number of Han characters in <paramref name="text"/>.</summary>
    internal static int CountHan(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (IsHan(c))
            {
                n++;
            }
        }

        return n;
    }
}
