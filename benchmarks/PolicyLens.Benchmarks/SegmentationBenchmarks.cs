using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Single-threaded throughput on the whole GWR corpus (52 reports, about 3.2 MB of UTF-8): PolicyLens in each
/// mode against jieba.NET 0.42.2, the .NET port users would otherwise pick, in accurate mode with the HMM.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 20);
    private string _text = "";
    private JiebaNet.Segmenter.JiebaSegmenter? _jiebaNet;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.GwrText;
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        _jiebaNet = new JiebaNet.Segmenter.JiebaSegmenter();
        _ = JiebaSegmenter.Default.Tokenize("预热", TokenizeOptions.Default);
    }

    [Benchmark(Baseline = true, Description = "jieba.NET 0.42.2, accurate+HMM")]
    public int JiebaNetAccurateHmm() => _jiebaNet!.Cut(_text, cutAll: false, hmm: true).Count();

    [Benchmark(Description = "PolicyLens, accurate+HMM (offsets)")]
    public int PolicyLensAccurateHmm() => Cut(TokenizeOptions.Default);

    [Benchmark(Description = "PolicyLens, accurate+HMM (strings)")]
    public int PolicyLensAccurateHmmStrings() => JiebaSegmenter.Default.Cut(_text).Count;

    [Benchmark(Description = "PolicyLens, accurate, no HMM")]
    public int PolicyLensAccurate() => Cut(TokenizeOptions.Default with { Hmm = false });

    [Benchmark(Description = "PolicyLens, full")]
    public int PolicyLensFull() => Cut(TokenizeOptions.Default with { Mode = SegmentationMode.Full });

    [Benchmark(Description = "PolicyLens, search")]
    public int PolicyLensSearch() => Cut(TokenizeOptions.Default with { Mode = SegmentationMode.Search });

    private int Cut(TokenizeOptions options)
    {
        _tokens.Clear();
        return JiebaSegmenter.Default.Tokenize(_text, _tokens, options);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
        }
    }
}
