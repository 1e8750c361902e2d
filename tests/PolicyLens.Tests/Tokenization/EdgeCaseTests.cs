using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

/// <summary>
/// Inputs the corpora do not cover. Expected tokens are Python jieba 0.42.1's
/// (<c>list(jieba.cut(t))</c>, <c>cut(t, HMM=False)</c>, <c>cut(t, cut_all=True)</c>, <c>cut_for_search(t)</c>),
/// run once by hand with Debian's python3-jieba and written down here.
/// </summary>
public sealed class EdgeCaseTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.Default;
    private static readonly TokenizeOptions NoHmm = TokenizeOptions.Default with { Hmm = false };
    private static readonly TokenizeOptions Full = TokenizeOptions.Default with { Mode = SegmentationMode.Full };
    private static readonly TokenizeOptions Search = TokenizeOptions.Default with { Mode = SegmentationMode.Search };

    [Fact]
    public void Empty_input_gives_no_tokens_in_any_mode()
    {
        foreach (TokenizeOptions options in new[] { TokenizeOptions.Default, NoHmm, Full, Search })
        {
            Assert.Empty(Segmenter.Tokenize("", options));
        }
    }

    [Fact]
    public void White_space_is_one_token_per_character_and_full_mode_keeps_the_empty_strings_between()
    {
        Assert.Equal([" ", "\t", "\r\n", "\n", " "], Segmenter.Cut(" \t\r\n\n "));
        Assert.Equal(["", " ", "", "\t", "", "\r\n", "", "\n", "", " ", ""], Segmenter.Cut(" \t\r\n\n ", Full));
        Assert.Equal([" ", "\t", "\r\n", "\n", " "], Segmenter.Cut(" \t\r\n\n ", Search));
    }

    [Fact]
    public void Carriage_return_line_feed_stays_one_token_and_a_lone_carriage_return_does_not_join()
    {
        Assert.Equal(["a", "\r\n", "b", "\r", "\r\n"], Segmenter.Cut("a\r\nb\r\r\n"));
        Assert.Equal(["a", "", "\r\n", "", "b", "", "\r", "", "\r\n", ""], Segmenter.Cut("a\r\nb\r\r\n", Full));
    }

    [Fact]
    public void Full_width_and_mixed_scripts_match_jieba()
    {
        const string text = "ＰｏｌｉｃｙＬｅｎｓ分析２０２０年ＧＤＰ增长６．１％，iPhone11售价5999元。Hello世界C++和AT&T";
        string[] accurate =
        [
            "Ｐ", "ｏ", "ｌ", "ｉ", "ｃ", "ｙ", "Ｌ", "ｅ", "ｎ", "ｓ", "分析", "２", "０", "２", "０", "年", "Ｇ", "Ｄ", "Ｐ", "增长",
            "６", "．", "１", "％", "，", "iPhone11", "售价", "5999", "元", "。", "Hello", "世界", "C++", "和", "AT&T",
        ];
        Assert.Equal(accurate, Segmenter.Cut(text));
        Assert.Equal(accurate, Segmenter.Cut(text, NoHmm));
        Assert.Equal(accurate, Segmenter.Cut(text, Search));
        Assert.Equal(
            ["ＰｏｌｉｃｙＬｅｎｓ", "分析", "２０２０", "年", "ＧＤＰ", "增长", "６．１％，", "iPhone11", "售价", "5999", "元", "。", "Hello", "世界", "C++", "和", "AT&T"],
            Segmenter.Cut(text, Full));
    }

    [Fact]
    public void Characters_outside_the_BMP_are_never_split()
    {
        const string text = "我爱😀北京𠀀天安门👨\u200d👩\u200d👧！𠮷野家";
        Assert.Equal(["我", "爱", "😀", "北京", "𠀀", "天安门", "👨", "\u200d", "👩", "\u200d", "👧", "！", "𠮷", "野家"], Segmenter.Cut(text));
        Assert.Equal(["我", "爱", "😀", "北京", "𠀀", "天安门", "👨", "\u200d", "👩", "\u200d", "👧", "！", "𠮷", "野", "家"], Segmenter.Cut(text, NoHmm));
        Assert.Equal(["我", "爱", "😀", "北京", "𠀀", "天安", "天安门", "👨\u200d👩\u200d👧！𠮷", "野", "家"], Segmenter.Cut(text, Full));
        Assert.Equal(["我", "爱", "😀", "北京", "𠀀", "天安", "天安门", "👨", "\u200d", "👩", "\u200d", "👧", "！", "𠮷", "野家"], Segmenter.Cut(text, Search));
        foreach (Token token in Segmenter.Tokenize(text))
        {
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"token at {token.Start} starts inside a surrogate pair");
            Assert.False(token.Length > 0 && char.IsHighSurrogate(text[token.End - 1]), $"token at {token.Start} ends inside a surrogate pair");
        }
    }

    [Fact]
    public void A_lone_surrogate_is_kept_as_one_character()
    {
        Assert.Equal(["中国", "\uD800", "人"], Segmenter.Cut("中国\uD800人"));
    }

    [Theory]
    [InlineData('啊', new[] { "啊啊啊", "啊", "啊啊啊", "啊啊啊", "啊" })]
    [InlineData('哈', new[] { "哈哈哈哈", "哈哈哈哈", "哈哈哈" })]
    [InlineData('的', new[] { "的", "的", "的", "的", "的", "的", "的", "的", "的", "的", "的" })]
    public void Repeated_characters_cut_as_in_jieba(char c, string[] expected)
    {
        Assert.Equal(expected, Segmenter.Cut(new string(c, 11)));
        Assert.Equal(expected, Segmenter.Cut(new string(c, 11), NoHmm));
    }

    [Fact]
    public void A_one_megabyte_run_of_one_character_is_cut_in_linear_time()
    {
        // Python jieba crawls on long repetitions; here the route and the HMM are linear in the block.
        string text = new('哈', 1 << 20);
        Token[] tokens = Segmenter.Tokenize(text);
        AssertPartition(text, tokens);

        // jieba cuts 哈 x 1000 and x 4096 (both 1 mod 3, like 2^20) into one 哈哈哈哈 and the rest 哈哈哈.
        Assert.Equal(1, tokens.Count(t => t.Length == 4));
        Assert.Equal(tokens.Length - 1, tokens.Count(t => t.Length == 3));

        string unknown = new('啊', 1 << 20);
        AssertPartition(unknown, Segmenter.Tokenize(unknown));
        AssertPartition(unknown, Segmenter.Tokenize(unknown, NoHmm));
    }

    [Fact]
    public void A_ten_megabyte_input_without_line_breaks_gives_the_tokens_of_its_parts()
    {
        string report = SharedData.ReadText("corpus/gwr/2019.txt").Replace("\n", "");
        var builder = new System.Text.StringBuilder(10 << 20);
        while (builder.Length < 10 << 20)
        {
            builder.Append(report);
        }

        string text = builder.ToString();
        Token[] tokens = Segmenter.Tokenize(text);
        AssertPartition(text, tokens);

        // The text repeats the report, and jieba's blocks never cross the report's final "。", so the tokens repeat too.
        Token[] once = Segmenter.Tokenize(report);
        for (int i = 0; i < once.Length; i++)
        {
            Assert.Equal(once[i], tokens[i]);
            Assert.Equal(once[i] with { Start = once[i].Start + report.Length }, tokens[once.Length + i]);
        }
    }

    [Fact]
    public void Token_offsets_cover_the_input_exactly_in_accurate_mode()
    {
        string seed = SharedData.ReadText("seed/000_e6291346d70f122d.txt");
        AssertPartition(seed, Segmenter.Tokenize(seed));
        AssertPartition(seed, Segmenter.Tokenize(seed, NoHmm));
    }

    private static void AssertPartition(string text, Token[] tokens)
    {
        int position = 0;
        foreach (Token token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.True(token.Length > 0);
            position = token.End;
        }

        Assert.Equal(text.Length, position);
    }
}
