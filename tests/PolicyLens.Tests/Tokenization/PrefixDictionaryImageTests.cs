// Specifies the segmenter's start-up images: the default dictionary's frozen trie and the HMM tables, built once by
// build/JiebaData.targets and copied out of the assembly at start, must be exactly what the old loaders build (the trie
// word by word from dict.bin, the HMM from jieba.NET's JSON), so that a stale or drifting image cannot ship.
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
}
