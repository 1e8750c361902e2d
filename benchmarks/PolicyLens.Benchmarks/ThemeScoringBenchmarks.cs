// Theme scoring: the native linear scorer against the ML.NET model it was exported from, on every sentence of the
// national reports, and the cost of loading each. Run: dotnet run -c Release -- --filter '*ThemeScoring*'
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PolicyLens.Analysis.Themes;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Scores every sentence of the GWR corpus (about 3.2 MB of UTF-8) with the native scorer and with the ML.NET model,
/// both from one training on the GWR corpus (so they hold the same weights), single-threaded; the tokenizer alone on
/// the same sentences is the floor. In process, so the model is trained once for all cases.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ThemeScoringBenchmarks
{
    private static readonly Lazy<ThemeTrainingResult> Trained = new(() => ThemeClassifier.Train(BenchmarkCorpus.GwrDocuments));

    private readonly List<Token> _tokens = new(1 << 10);
    private string[] _sentences = [];
    private byte[] _native = [];
    private byte[] _mlnet = [];

    [GlobalSetup]
    public void Setup()
    {
        string text = BenchmarkCorpus.GwrText;
        _sentences = [.. ThemeSentences.Split(text).Select(u => text.Substring(u.Start, u.Length))];
        using var native = new MemoryStream();
        Trained.Value.Classifier.Save(native);
        _native = native.ToArray();
        using var mlnet = new MemoryStream();
        Trained.Value.MLNetModel!.Save(mlnet);
        _mlnet = mlnet.ToArray();
    }

    [Benchmark(Description = "tokenize the sentences (jieba, accurate+HMM)")]
    public int Tokenize()
    {
        int n = 0;
        foreach (string s in _sentences)
        {
            _tokens.Clear();
            n += JiebaSegmenter.Default.Tokenize(s, _tokens);
        }

        return n;
    }

    [Benchmark(Baseline = true, Description = "score with ML.NET (before)")]
    public int ScoreMLNet() => Trained.Value.MLNetModel!.Classify(_sentences).Count;

    [Benchmark(Description = "score natively (after)")]
    public int ScoreNative() => Trained.Value.Classifier.Classify(_sentences).Count;

    [Benchmark(Description = "load the ML.NET model (zip)")]
    public int LoadMLNet() => MLNetThemeModel.Load(new MemoryStream(_mlnet)).Classes.Count;

    [Benchmark(Description = "load the native model")]
    public int LoadNative() => ThemeClassifier.Load(new MemoryStream(_native)).Themes.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8));
        }
    }
}
