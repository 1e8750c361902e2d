// Specifies the segmenter's start-up images: the default dictionary's frozen trie and the HMM tables, built once by
// build/JiebaData.targets and copied out of the assembly at start, must be exactly what the old loaders build (the trie
// word by word from dict.bin, the HMM from jieba.NET's JSON), so that a stale or drifting image cannot ship; and the
// built-in lexicon's segmenter, written at build time as a delta against the trie (round 17), must be the one
// JiebaSegmenter.WithUserWords builds from the lexicon's words at run time.
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

public sealed class PrefixDictionaryImageTests
{
    [Fact]
    public void The_trie_image_is_the_dictionary_built_word_by_word_from_dict_bin_slot_for_slot()
    {
        PrefixDictionary image = JiebaData.LoadDefaultDictionary();
        PrefixDictionary built = JiebaData.BuildDefaultDictionary();

        Assert.True(image.IsFrozen && built.IsFrozen);
        Assert.Equal(JiebaData.DefaultNodeCount, image.NodeCount);
        Assert.Equal(built.NodeCount, image.NodeCount);
        Assert.Equal(built.EdgeCount, image.EdgeCount);
        Assert.Equal(JiebaData.DefaultWordCount, image.WordCount);
        Assert.Equal(built.WordCount, image.WordCount);
        Assert.Equal(built.Total, image.Total);
        Assert.Equal(built.UnknownWeight, image.UnknownWeight);
        Assert.Equal(built.ClassFrequencies, image.ClassFrequencies);
        Assert.True(built.ClassWeights.SequenceEqual(image.ClassWeights), "class weights");
        Assert.True(built.Slots.SequenceEqual(image.Slots), "slots");
        Assert.True(built.Roots.SequenceEqual(image.Roots), "first-character table");
        Assert.Equal(built.EdgeFilter, image.EdgeFilter);
        Assert.Equal(image.EdgeFilterFromSlots(), image.EdgeFilter);
    }

    [Fact]
    public void The_image_dictionary_answers_jieba_s_frequencies_and_takes_added_words_like_the_built_one()
    {
        PrefixDictionary image = JiebaData.LoadDefaultDictionary();
        PrefixDictionary built = JiebaData.BuildDefaultDictionary();
        foreach (string word in new[] { "政府工作报告", "全面建成小康社会", "中国", "中", "国务院", "高质量发展", "稳中求进" })
        {
            Assert.Equal(built.Frequency(word), image.Frequency(word));
        }

        // A copy for adding (the lexicon's segmenter) grows from the image exactly as from the built dictionary.
        PrefixDictionary fromImage = image.CloneForAdding();
        PrefixDictionary fromBuilt = built.CloneForAdding();
        foreach (PrefixDictionary copy in new[] { fromImage, fromBuilt })
        {
            copy.Add("新质生产力", 1234);
            copy.Add("两个确立", 20);
            copy.Freeze();
        }

        Assert.True(fromBuilt.Slots.SequenceEqual(fromImage.Slots), "slots after adding");
        Assert.Equal(fromBuilt.EdgeFilter, fromImage.EdgeFilter);
        Assert.Equal(fromBuilt.Total, fromImage.Total);
        Assert.Equal(1234, fromImage.Frequency("新质生产力"));
    }

    [Fact]
    public void The_hmm_image_holds_the_same_doubles_as_jieba_s_json_tables()
    {
        HmmModel image = HmmModel.Load();
        HmmModel json = HmmModel.LoadFromJson();

        Assert.True(json.Emission.SequenceEqual(image.Emission), "emission table");
        Assert.Equal(json.Transitions, image.Transitions);
        Assert.Contains(image.Emission.ToArray(), v => v != HmmModel.MinFloat);
    }

    [Fact]
    public void The_hmm_decodes_an_unknown_name_the_same_from_the_image_as_from_the_json()
    {
        // 张小明 is no dictionary word, so the HMM labels it; both tables must label it alike.
        const string text = "张小明在衡阳市调研";
        byte[] a = new byte[text.Length], b = new byte[text.Length];
        byte[] scratch = [];
        HmmModel.Load().Decode(text, a, ref scratch);
        HmmModel.LoadFromJson().Decode(text, b, ref scratch);

        Assert.Equal(b, a);
    }

    [Fact]
    public void The_built_in_lexicon_s_segmenter_image_is_the_segmenter_built_word_by_word_slot_for_slot()
    {
        IReadOnlyList<UserWord> words = Lexicon.Default.UserWords;
        JiebaSegmenter built = JiebaSegmenter.WithUserWords(words);
        JiebaSegmenter? image = FromImage(words);

        Assert.NotNull(image);
        PrefixDictionary a = built.Dictionary, b = image.Dictionary;
        Assert.True(a.IsFrozen && b.IsFrozen);
        Assert.Equal(a.NodeCount, b.NodeCount);
        Assert.Equal(a.EdgeCount, b.EdgeCount);
        Assert.Equal(a.WordCount, b.WordCount);
        Assert.Equal(a.Total, b.Total);
        Assert.Equal(a.UnknownWeight, b.UnknownWeight);
        Assert.Equal(a.ClassFrequencies, b.ClassFrequencies);
        Assert.True(a.ClassWeights.SequenceEqual(b.ClassWeights), "class weights");
        Assert.True(a.Slots.SequenceEqual(b.Slots), "slots");
        Assert.True(a.Roots.SequenceEqual(b.Roots), "first-character table");
        Assert.Equal(a.EdgeFilter, b.EdgeFilter);
        Assert.Equal(b.EdgeFilterFromSlots(), b.EdgeFilter);
        Assert.Equal(built.ForceSplit.Order(StringComparer.Ordinal), image.ForceSplit.Order(StringComparer.Ordinal));
        Assert.Equal(built.UserWords, image.UserWords);
        Assert.False(JiebaSegmenter.Default.Dictionary.Slots.SequenceEqual(b.Slots), "the lexicon's words are in it");

        // What a start uses is the image's.
        Assert.True(Lexicon.Default.Segmenter.Dictionary.Slots.SequenceEqual(b.Slots), "Lexicon.Default.Segmenter");
    }

    [Fact]
    public void The_lexicon_s_segmenter_from_the_image_cuts_the_national_reports_as_the_one_built_word_by_word()
    {
        IReadOnlyList<UserWord> words = Lexicon.Default.UserWords;
        JiebaSegmenter built = JiebaSegmenter.WithUserWords(words);
        JiebaSegmenter image = FromImage(words)!;
        var expected = new List<Token>();
        var actual = new List<Token>();
        foreach (string file in Directory.GetFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal).Take(12))
        {
            string text = File.ReadAllText(file);
            foreach (TokenizeOptions options in new[] { TokenizeOptions.Default, TokenizeOptions.Default with { Hmm = false }, TokenizeOptions.Default with { Mode = SegmentationMode.Search } })
            {
                expected.Clear();
                actual.Clear();
                built.Tokenize(text, expected, options);
                image.Tokenize(text, actual, options);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void The_lexicon_s_segmenter_image_is_not_taken_for_other_words()
    {
        IReadOnlyList<UserWord> words = Lexicon.Default.UserWords;
        Assert.Null(FromImage([.. words.Take(words.Count - 1)]));
        Assert.Null(FromImage([.. words.Take(words.Count - 1), new UserWord(words[^1].Word, 5)]));
        Assert.Null(FromImage([.. words.Take(words.Count - 1), new UserWord("新质生产力")]));

        // A lexicon with a user's entries is built word by word (and has them).
        Lexicon merged = Lexicon.Default.WithEntries([new LexiconEntry { Canonical = "衡阳特色发展路子" }]);
        Assert.Equal(JiebaSegmenter.WithUserWords(merged.UserWords).Dictionary.Slots.ToArray(), merged.Segmenter.Dictionary.Slots.ToArray());
        Assert.True(merged.Segmenter.Contains("衡阳特色发展路子"));
    }

    private static JiebaSegmenter? FromImage(IReadOnlyList<UserWord> words)
    {
        using Stream image = typeof(Lexicon).Assembly.GetManifestResourceStream(Lexicon.SegmenterImageResource)
            ?? throw new InvalidOperationException("The built-in lexicon's segmenter image is not embedded.");
        return JiebaSegmenter.FromUserWordsImage(image, words, JiebaSegmenter.Default.Dictionary);
    }
}
