using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PolicyLens.Analysis.Themes;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Time to have jieba's default dictionary ready, from the embedded resource (PolicyLens) or the Resources folder
/// (jieba.NET, whose loader is a private constructor reached by reflection so that it runs every time), and the HMM tables;
/// since round 16 each PolicyLens table both from the build's image (what a start does) and the way it was loaded before
/// (word by word from dict.bin, JSON, the deflated theme model), in the same run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DictionaryLoadBenchmarks
{
    private byte[] _themeModelImage = [];
    private byte[] _themeModelFile = [];

    [GlobalSetup]
    public void Setup()
    {
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        using Stream image = typeof(ThemeClassifier).Assembly.GetManifestResourceStream("PolicyLens.Analysis.Themes.theme-classifier.image")!;
        using var copy = new MemoryStream();
        image.CopyTo(copy);
        _themeModelImage = copy.ToArray();

        // The deflated format `themes train` writes and the assembly embedded before round 16.
        using var file = new MemoryStream();
        LinearThemeModel.ReadImage(new MemoryStream(_themeModelImage)).Write(file);
        _themeModelFile = file.ToArray();
    }

    [Benchmark(Baseline = true, Description = "jieba.NET 0.42.2 dictionary")]
    public object JiebaNetDictionary() => Activator.CreateInstance(typeof(JiebaNet.Segmenter.WordDictionary), nonPublic: true)!;

    [Benchmark(Description = "PolicyLens dictionary")]
    public object PolicyLensDictionary() => JiebaSegmenter.LoadDefaultDictionary();

    [Benchmark(Description = "PolicyLens dictionary, word by word (before round 16)")]
    public object PolicyLensDictionaryWordByWord() => JiebaData.BuildDefaultDictionary();

    [Benchmark(Description = "PolicyLens HMM tables")]
    public object PolicyLensHmm() => HmmModel.Load();

    [Benchmark(Description = "PolicyLens HMM tables, JSON (before round 16)")]
    public object PolicyLensHmmJson() => HmmModel.LoadFromJson();

    [Benchmark(Description = "PolicyLens theme model")]
    public object ThemeModelImage() => LinearThemeModel.ReadImage(new MemoryStream(_themeModelImage, writable: false));

    [Benchmark(Description = "PolicyLens theme model, deflated (before round 16)")]
    public object ThemeModelDeflated() => LinearThemeModel.Read(new MemoryStream(_themeModelFile, writable: false), "model");

    // In process: on the shared machine, building BenchmarkDotNet's separate project outran its two-minute limit (round 16).
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(10));
    }
}
