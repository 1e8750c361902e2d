using System.Collections;
using System.Runtime.InteropServices;

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
        ClaimReader();
        return Enumerate();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Cuts the whole stream, handing each chunk's tokens to <paramref name="handler"/>.</summary>
    internal void ForEachChunk(TokenChunkHandler handler)
    {
        ClaimReader();
        foreach (Chunk chunk in Chunks())
        {
            handler(chunk.Text.AsSpan(0, chunk.Length), CollectionsMarshal.AsSpan(chunk.Tokens), chunk.Offset);
        }
    }

    private IEnumerator<StreamToken> Enumerate()
    {
        foreach (Chunk chunk in Chunks())
        {
            foreach (Token token in chunk.Tokens)
            {
                yield return new StreamToken(chunk.Offset + token.Start, new string(chunk.Text, token.Start, token.Length));
            }
        }
    }

    /// <summary>
    /// The stream cut into chunks, each ending at a block boundary, with its tokens. The buffer and token list are reused:
    /// a chunk is valid until the next one is asked for.
    /// </summary>
    private IEnumerable<Chunk> Chunks()
    {
        char[] buffer = new char[ChunkSize];
        int filled = 0;
        long consumed = 0;
        var tokens = new List<Token>();
        bool endOfInput = false;
        while (NextChunk(ref buffer, ref filled, ref endOfInput, out int cut))
        {
            if (cut == 0)
            {
                continue;
            }

            tokens.Clear();
            segmenter.Tokenize(buffer.AsSpan(0, cut), tokens, options);
            yield return new Chunk(buffer, cut, tokens, consumed);
            Consume(buffer, ref filled, ref consumed, cut);
        }
    }

    private void ClaimReader()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A token stream reads its TextReader once and can be enumerated only once.");
        }
    }

    /// <summary>
    /// Reads more text and finds how much of the buffer can be cut now (<paramref name="cut"/>, possibly 0);
    /// false once everything has been cut.
    /// </summary>
    private bool NextChunk(ref char[] buffer, ref int filled, ref bool endOfInput, out int cut)
    {
        cut = 0;
        if (endOfInput && filled == 0)
        {
            return false;
        }

        if (!endOfInput)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = reader.Read(buffer, filled, buffer.Length - filled);
            endOfInput = read == 0;
            filled += read;
        }

        cut = endOfInput ? filled : LastBlockBoundary(buffer.AsSpan(0, filled));
        return true;
    }

    private static void Consume(char[] buffer, ref int filled, ref long consumed, int cut)
    {
        Array.Copy(buffer, cut, buffer, 0, filled - cut);
        filled -= cut;
        consumed += cut;
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

    private readonly record struct Chunk(char[] Text, int Length, List<Token> Tokens, long Offset);
}
