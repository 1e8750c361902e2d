using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

/// <summary>A shared segmenter gives the same tokens from many threads, and the streaming form equals the whole-text form.</summary>
public sealed class ConcurrencyAndStreamingTests
{
    public static TheoryData<SegmentationMode, bool> Modes() => new()
    {
        { SegmentationMode.Accurate, true },
        { SegmentationMode.Accurate, false },
        { SegmentationMode.Full, true },
        { SegmentationMode.Search, true },
    };

    [Fact]
    public void Parallel_use_gives_the_same_tokens_as_sequential_use()
    {
        string[] texts = [.. Directory.GetFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        Token[][] sequential = [.. texts.Select(t => JiebaSegmenter.Default.Tokenize(t))];
        var parallel = new Token[texts.Length][];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            Token[] tokens = JiebaSegmenter.Default.Tokenize(texts[i % texts.Length]);
            if (i >= texts.Length * 3)
            {
                parallel[i % texts.Length] = tokens;
            }
        });

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_streaming_form_equals_the_whole_text_form(SegmentationMode mode, bool hmm)
    {
        var options = new TokenizeOptions { Mode = mode, Hmm = hmm };
        foreach (string file in new[] { "seed/000_e6291346d70f122d.txt", "corpus/gwr/1998.txt", "corpus/icwb2/testing/pku_test.utf8" })
        {
            string text = SharedData.ReadText(file);
            string[] whole = [.. JiebaSegmenter.Default.Tokenize(text, options).Select(t => $"{t.Start}:{t.GetText(text)}")];

            // A reader that hands out a few characters at a time puts chunk ends everywhere, \r\n and surrogate pairs included.
            string[] streamed = [.. JiebaSegmenter.Default.Tokenize(new TricklingReader(text, 7), options).Select(t => $"{t.Offset}:{t.Text}")];
            Assert.Equal(whole, streamed);

            string[] buffered = [.. JiebaSegmenter.Default.Tokenize(new StringReader(text), options).Select(t => $"{t.Offset}:{t.Text}")];
            Assert.Equal(whole, buffered);

            var chunked = new List<string>();
            JiebaSegmenter.Default.Tokenize(new TricklingReader(text, 5000), (chunk, tokens, offset) =>
            {
                foreach (Token token in tokens)
                {
                    chunked.Add($"{offset + token.Start}:{token.GetSpan(chunk)}");
                }
            }, options);
            Assert.Equal(whole, chunked);
        }
    }

    [Fact]
    public void Streaming_handles_text_with_no_block_boundary_for_longer_than_a_chunk()
    {
        string text = new string('哈', 200_001) + "。" + new string('x', 70_000) + "\r\n😀";
        string[] whole = [.. JiebaSegmenter.Default.Tokenize(text).Select(t => $"{t.Start}:{t.GetText(text)}")];
        string[] streamed = [.. JiebaSegmenter.Default.Tokenize(new TricklingReader(text, 4093)).Select(t => $"{t.Offset}:{t.Text}")];
        Assert.Equal(whole, streamed);
    }

    [Fact]
    public void A_token_stream_can_be_enumerated_once()
    {
        IEnumerable<StreamToken> stream = JiebaSegmenter.Default.Tokenize(new StringReader("中国人民"));
        Assert.Equal(["中国", "人民"], stream.Select(t => t.Text));
        Assert.Throws<InvalidOperationException>(() => stream.ToList());
    }

    /// <summary>Returns at most <c>max</c> characters per read, like a slow network stream.</summary>
    private sealed class TricklingReader(string text, int max) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(Math.Min(count, max), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;
    }
}
