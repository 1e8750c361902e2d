namespace PolicyLens.Tokenization;

/// <summary>
/// jieba's character classes as one lookup table instead of regular expressions.
/// Each flag mirrors one pattern of jieba 0.42.1 (<c>jieba/__init__.py</c> and <c>jieba/finalseg</c>):
/// <list type="bullet">
/// <item><see cref="HanBlock"/>: <c>re_han_default = [\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>, the characters of a block the dictionary cuts.</item>
/// <item><see cref="Han"/>: <c>[\u4E00-\u9FD5]</c>, the characters the HMM labels.</item>
/// <item><see cref="AsciiAlnum"/>: <c>re_eng = [a-zA-Z0-9]</c>.</item>
/// <item><see cref="Space"/>: Python's <c>\s</c> on <c>str</c> (every code point for which <c>str.isspace()</c> holds; all are in the BMP).</item>
/// </list>
/// Code points outside the Basic Multilingual Plane belong to none of the classes, exactly as in Python.
/// </summary>
internal static class CharClasses
{
    internal const byte HanBlock = 1;
    internal const byte Han = 2;
    internal const byte AsciiAlnum = 4;
    internal const byte Space = 8;

    private static readonly byte[] Table = Build();

    internal static bool IsHanBlock(char c) => (Table[c] & HanBlock) != 0;
    internal static bool IsHan(char c) => (Table[c] & Han) != 0;
    internal static bool IsAsciiAlnum(char c) => (Table[c] & AsciiAlnum) != 0;
    internal static bool IsSpace(char c) => (Table[c] & Space) != 0;
    internal static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (int c = 0x4E00; c <= 0x9FD5; c++)
        {
            table[c] = HanBlock | Han;
        }

        for (int c = '0'; c <= '9'; c++)
        {
            table[c] = HanBlock | AsciiAlnum;
        }

        for (int c = 'a'; c <= 'z'; c++)
        {
            table[c] = HanBlock | AsciiAlnum;
            table[c - 'a' + 'A'] = HanBlock | AsciiAlnum;
        }

        foreach (char c in "+#&._%-")
        {
            table[c] = HanBlock;
        }

        // Python 3's str.isspace(), which is what `\s` matches in a str pattern.
        ReadOnlySpan<int> spaces =
        [
            0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
            0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
        ];
        foreach (int c in spaces)
        {
            table[c] = Space;
        }

        return table;
    }
}
