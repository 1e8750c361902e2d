using System.Collections;

namespace PolicyLens.Tokenization;

/// <summary>
/// Cuts a <see cref="TextReader"/> chunk by chunk with bounded memory. A chunk is only ever ended where the
/// character class changes between a block jieba cuts (Chinese, ASCII letters and digits, <c>+#&amp;._%-</c>)
/// and the text around it: every mode cuts such blocks independently, so the tokens are those of the whole
/// text. Only a single block longer than the buffer makes the buffer grow (jieba needs the whole block).
/// </summary>
internal sealed class TokenStream(JiebaSegmenter segmenter, TextReader reader, TokenizeOptions options) : IEnumerable<StreamToken>
{
    private const int ChunkSize = 1 << 16;

    private int _enumerated;

    public IEnumerator<StreamToken> GetEnumerator()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A token stream reads its TextReader once and can be enumerated only once.");
        }

        return Enumerate();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<StreamToken> Enumerate()
    {
        char[] buffer = new char[ChunkSize];
        int filled = 0;
        long consumed = 0;
        var tokens = new List<Token>();
        bool endOfInput = false;
        while (!endOfInput || filled > 0)
        {
            if (!endOfInput)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                int read = reader.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    endOfInput = true;
                }

                filled += read;
            }

            int cut = endOfInput ? filled : LastBlockBoundary(buffer.AsSpan(0, filled));
            if (cut <= 0)
            {
                continue;
            }

            tokens.Clear();
            segmenter.Tokenize(buffer.AsSpan(0, cut), tokens, options);
            foreach (Token token in tokens)
            {
                yield return new StreamToken(consumed + token.Start, new string(buffer, token.Start, token.Length));
            }

            Array.Copy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
            consumed += cut;
        }
    }

    /// <summary>The last offset where a cut block begins or ends, or 0 when the buffer holds no such boundary.</summary>
    private static int LastBlockBoundary(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i > 0; i--)
        {
            if (CharClasses.IsHanBlock(text[i]) != CharClasses.IsHanBlock(text[i - 1]))
            {
                return i;
            }
        }

        return 0;
    }
}
