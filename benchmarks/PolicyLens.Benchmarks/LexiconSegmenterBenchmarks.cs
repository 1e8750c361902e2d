using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// The built-in lexicon's segmenter (<c>Lexicon.Default.Segmenter</c>, which every document's mentions wait for): word by
/// word (each of its 2,671 spellings given jieba's suggested frequency and inserted into a copy of the default trie, before
/// round 17) and from the build's image (the same copy with the slots those words change set), in the same run; and the
/// copy of the 8 MB trie alone, what remains of it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class LexiconSegmenterBenchmarks
{
    private IReadOnlyList<UserWord> _words = [];

    [GlobalSetup]
    public void Setup()
    {
        _ = JiebaSegmenter.Default;
        _words = Lexicon.Default.UserWords;
    }

    [Benchmark(Baseline = true, Description = "lexicon segmenter, word by word (before round 17)")]
    public object WordByWord() => JiebaSegmenter.WithUserWords(_words);

    [Benchmark(Description = "lexicon segmenter, from the build's image")]
    public object Image() => FromImage(_words);

    [Benchmark(Description = "a copy of the default trie alone")]
    public object CopyOfTheDefaultTrie() => JiebaSegmenter.Default.Dictionary.CloneForAdding();

    internal static JiebaSegmenter FromImage(IReadOnlyList<UserWord> words)
    {
        using Stream image = typeof(Lexicon).Assembly.GetManifestResourceStream(Lexicon.SegmenterImageResource)!;
        return JiebaSegmenter.FromUserWordsImage(image, words, JiebaSegmenter.Default.Dictionary)
            ?? throw new InvalidOperationException("The image was not written for the built-in lexicon's words.");
    }

    // In process, as DictionaryLoadBenchmarks (building BenchmarkDotNet's separate project outran its time limit here).
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
    }
}
