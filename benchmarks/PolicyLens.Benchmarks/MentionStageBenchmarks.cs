// The mentions stage of analyze in its parts (issue 14, round 9): the whole SloganExtractor.Extract over the national
// reports, the lexicon-aware cut it starts with, next to the default cut (the same segmenter code over jieba's dictionary
// alone), the view around the cut, and the lexicon matcher's trie scan. StageProbe's --stages prints the same split in a
// few seconds; this is the BenchmarkDotNet version, with allocations. Session 38 added the mention confidence model's share.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// The parts of the mentions stage on the 52 national reports (and the 20 resolutions in their folder), one thread: run
/// with <c>dotnet run -c Release --project benchmarks/PolicyLens.Benchmarks -- --filter '*MentionStageBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class MentionStageBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 16);
    private readonly List<MentionCandidate> _candidates = [];
    private Document[] _documents = [];
    private TextView[] _views = [];
    private LexiconMatcher _matcher = null!;
    private (string Text, IReadOnlyList<SloganMention> Mentions)[] _mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder)];
        _views = [.. _documents.Select(d => TextView.Create(d.Text, Lexicon.Default.Segmenter))];
        _matcher = new LexiconMatcher(Lexicon.Default);
        _ = SloganExtractor.Default.Extract(_documents[0].Text);
        _mentions = [.. _documents.Select(d => (d.Text, SloganExtractor.Default.Extract(d.Text, ExtractionContext.Of(d))))];
    }

    [Benchmark(Baseline = true, Description = "the default cut (jieba's dictionary)")]
    public int DefaultCut() => Cut(JiebaSegmenter.Default);

    [Benchmark(Description = "the lexicon-aware cut (jieba's dictionary and the lexicon's words)")]
    public int LexiconCut() => Cut(Lexicon.Default.Segmenter);

    [Benchmark(Description = "the view (layout folded, the lexicon-aware cut, the source map)")]
    public int View() => _documents.Sum(d => TextView.Create(d.Text, Lexicon.Default.Segmenter).Tokens.Length);

    [Benchmark(Description = "the lexicon matcher's trie scan")]
    public int MatcherScan()
    {
        int n = 0;
        foreach (TextView view in _views)
        {
            _candidates.Clear();
            _matcher.FindAll(view.Text, _candidates);
            n += _candidates.Count;
        }

        return n;
    }

    [Benchmark(Description = "the mentions (SloganExtractor.Extract)")]
    public int Extract() => _documents.Sum(d => SloganExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)).Count);

    [Benchmark(Description = "the confidence of every mention (MentionConfidence.Score, part of Extract)")]
    public double Confidence()
    {
        double sum = 0;
        foreach ((string text, IReadOnlyList<SloganMention> mentions) in _mentions)
        {
            foreach (SloganMention m in mentions)
            {
                sum += MentionConfidence.Default.Score(text, m);
            }
        }

        return sum;
    }

    private int Cut(JiebaSegmenter segmenter)
    {
        int n = 0;
        foreach (Document document in _documents)
        {
            _tokens.Clear();
            n += segmenter.Tokenize(document.Text, _tokens);
        }

        return n;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5));
        }
    }
}
