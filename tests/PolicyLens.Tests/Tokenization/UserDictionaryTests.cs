using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

/// <summary>
/// User words behave as jieba's <c>load_userdict</c>/<c>add_word</c>: expected tokens and frequencies were produced
/// once with Debian's python3-jieba 0.42.1 and written down here.
/// </summary>
public sealed class UserDictionaryTests
{
    [Fact]
    public void Without_a_lexicon_jieba_splits_the_seeds_supply_side_reform()
    {
        string seed = SharedData.ReadText("seed/000_e6291346d70f122d.txt");
        int at = seed.IndexOf("供给侧", StringComparison.Ordinal);
        Assert.Equal(
            ["求进", "的", "工作", "总", "基调", "，", "以", "供给", "侧", "结构性", "改革", "为主", "线", "推动", "高质量", "发展", "，", "军"],
            JiebaSegmenter.Default.Cut(seed.Substring(at - 10, 30)));
    }

    [Fact]
    public void A_user_word_without_frequency_comes_out_whole_as_in_jieba()
    {
        string seed = SharedData.ReadText("seed/000_e6291346d70f122d.txt");
        int at = seed.IndexOf("供给侧", StringComparison.Ordinal);
        JiebaSegmenter segmenter = JiebaSegmenter.WithUserWords(
        [
            new UserWord("供给侧结构性改革"),
            new UserWord("两个维护"),
            new UserWord("工业原地倍增计划", 5),
        ]);

        Assert.Equal(
            ["求进", "的", "工作", "总", "基调", "，", "以", "供给侧结构性改革", "为主", "线", "推动", "高质量", "发展", "，", "军"],
            segmenter.Cut(seed.Substring(at - 10, 30)));
        Assert.Equal(["坚决", "做到", "两个维护", "，", "工业原地倍增计划"], segmenter.Cut("坚决做到两个维护，工业原地倍增计划"));

        // jieba: get_FREQ gives 1 and 3 for the suggested words, and the total grows by 1 + 3 + 5.
        Assert.Equal(1, segmenter.GetFrequency("供给侧结构性改革"));
        Assert.Equal(3, segmenter.GetFrequency("两个维护"));
        Assert.Equal(60101967 + 9, segmenter.TotalFrequency);
        Assert.Equal(60101967, JiebaSegmenter.Default.TotalFrequency);
    }

    [Fact]
    public void The_default_segmenter_is_not_changed_by_building_one_with_user_words()
    {
        _ = JiebaSegmenter.WithUserWords([new UserWord("供给侧结构性改革", 100)]);
        Assert.Equal(-1, JiebaSegmenter.Default.GetFrequency("供给侧结构性改革"));
        Assert.Equal(349_046, JiebaSegmenter.Default.WordCount);
    }

    [Fact]
    public void A_word_with_frequency_zero_is_forced_apart_even_where_the_HMM_would_join_it()
    {
        Assert.Equal(["野家"], JiebaSegmenter.Default.Cut("野家"));
        JiebaSegmenter segmenter = JiebaSegmenter.WithUserWords([new UserWord("野家", 0)]);
        Assert.Equal(["野", "家"], segmenter.Cut("野家"));
    }

    [Fact]
    public void Dictionary_files_are_read_with_frequencies_and_tags()
    {
        string path = Path.Combine(Path.GetTempPath(), $"policylens-userdict-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "\uFEFF供给侧结构性改革 1000 n\n\n工业原地倍增计划 nz\n两个维护\n");
        try
        {
            IReadOnlyList<UserWord> words = UserDictionary.Load(path);
            Assert.Equal(
                [new UserWord("供给侧结构性改革", 1000, "n"), new UserWord("工业原地倍增计划", null, "nz"), new UserWord("两个维护")],
                words);
            JiebaSegmenter segmenter = JiebaSegmenter.WithUserDictionaries(path);
            Assert.Equal(1000, segmenter.GetFrequency("供给侧结构性改革"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("供给侧 结构性 改革 12", 1)]
    [InlineData("词 abc1", 1)]
    [InlineData("好词 12 N", 1)]
    [InlineData("好词 -3", 1)]
    [InlineData("好词 12\n坏 词 x 9", 2)]
    public void A_malformed_line_is_an_error_naming_the_file_and_line(string content, int line)
    {
        var error = Assert.Throws<UserDictionaryFormatException>(() => UserDictionary.Parse(new StringReader(content), "lexicon.txt"));
        Assert.Equal("lexicon.txt", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"lexicon.txt:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dictionary_file_names_the_file()
    {
        var error = Assert.ThrowsAny<IOException>(() => JiebaSegmenter.WithUserDictionaries("/nonexistent/lexicon.txt"));
        Assert.Contains("/nonexistent/lexicon.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_word_with_white_space_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => JiebaSegmenter.WithUserWords([new UserWord("两个 维护")]));
    }
}
