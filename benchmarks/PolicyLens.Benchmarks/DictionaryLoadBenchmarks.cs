using BenchmarkDotNet.Attributes;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Time to have jieba's default dictionary ready, from the embedded resource (PolicyLens) or the Resources folder
/// (jieba.NET, whose loader is a private constructor reached by reflection so that it runs every time), and the HMM tables.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class DictionaryLoadBenchmarks
{
    [GlobalSetup]
    public void Setup() => JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");

    [Benchmark(Baseline = true, Description = "jieba.NET 0.42.2 dictionary")]
    public object JiebaNetDictionary() => Activator.CreateInstance(typeof(JiebaNet.Segmenter.WordDictionary), nonPublic: true)!;

    [Benchmark(Description = "PolicyLens dictionary")]
    public object PolicyLensDictionary() => JiebaSegmenter.LoadDefaultDictionary();

    [Benchmark(Description = "PolicyLens HMM tables")]
    public object PolicyLensHmm() => HmmModel.Load();
}
