using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Targets;
using PolicyLens.Pipeline;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Each stage of <c>analyze</c> on the 52 national reports (and the 20 short NPC resolutions in their folder: 1% more text), one thread, next to the tokenizer on the same documents: the
/// MB/s column says how far each stage is from the speed of its tokenizer (issue 14). Reading is the corpus reader over the
/// gwr folder (decode, normalise, documents, metadata; files from the page cache); the other stages take the documents
/// it read, as <c>AnalyzeJob</c> does; "per document, all stages" is what one analyze thread does to a document.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 16);
    private Document[] _documents = [];
    private IReadOnlyList<TargetRecord>[] _targets = [];
    private IReadOnlyList<IMentionSource> _sources = [];
    private Document[] _fresh = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder)];
        _targets = [.. _documents.Select(d => TargetExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)))];
        _sources = [SloganMentionSource.Default];
        _ = ThemeClassifier.Default.ClassifyText(_documents[0].Text);
    }

    [Benchmark(Baseline = true, Description = "tokenize (accurate+HMM, offsets)")]
    public int Tokenize()
    {
        int n = 0;
        foreach (Document document in _documents)
        {
            _tokens.Clear();
            n += JiebaSegmenter.Default.Tokenize(document.Text, _tokens);
        }

        return n;
    }

    [Benchmark(Description = "reading (CorpusReader)")]
    public int Reading() => new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder).Sum(d => d.Text.Length);

    [Benchmark(Description = "targets (TargetExtractor)")]
    public int Targets() => _documents.Sum(d => TargetExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)).Count);

    [Benchmark(Description = "mentions (slogans, counted)")]
    public int Mentions()
    {
        int n = 0;
        for (int i = 0; i < _documents.Length; i++)
        {
            n += DocumentAnalysis.Create(_documents[i], GroupBy.Year, _sources, TargetMentionSource.Mentions(_targets[i])).Mentions.Count;
        }

        return n;
    }

    [Benchmark(Description = "themes (ThemeClassifier)")]
    public int Themes() => _documents.Sum(d => ThemeClassifier.Default.ClassifyText(d.Text).Count);

    [Benchmark(Description = "per document, all stages")]
    public int PerDocument()
    {
        int n = 0;
        foreach (Document document in _documents)
        {
            IReadOnlyList<TargetRecord> found = TargetExtractor.Default.Extract(document.Text, ExtractionContext.Of(document));
            n += DocumentAnalysis.Create(document, GroupBy.Year, _sources, TargetMentionSource.Mentions(found)).Mentions.Count;
            n += ThemeClassifier.Default.ClassifyText(document.Text).Count;
        }

        return n;
    }

    [IterationSetup(Targets = [nameof(DocumentAsAnalyzeJob), nameof(ThemesOfDocuments), nameof(TargetsOfDocuments), nameof(SectionsOfDocuments)])]
    public void FreshDocuments() =>
        // A document keeps its sentences, sections and tokens once computed; AnalyzeJob meets each document once.
        _fresh = [.. _documents.Select(d => d with { Text = new string(d.Text.AsSpan()) })];

    [Benchmark(Description = "per document as AnalyzeJob does it (targets, mentions, themes with the sentences table)")]
    public int DocumentAsAnalyzeJob()
    {
        AnalyzeOptions options = AnalyzeOptions.Default;
        int n = 0;
        foreach (Document document in _fresh)
        {
            IReadOnlyList<TargetRecord> found = options.Targets.ExtractFromText(document);
            n += DocumentAnalysis.Create(document, options.GroupBy, options.MentionSources, TargetMentionSource.Mentions(found)).Mentions.Count;
            n += ThemeClassifier.Default.ClassifyDocument(document, forTable: true).Count;
        }

        return n;
    }

    [Benchmark(Description = "themes of documents (ClassifyDocument: the document's token stream, the sentences table)")]
    public int ThemesOfDocuments() => _fresh.Sum(d => ThemeClassifier.Default.ClassifyDocument(d, forTable: true).Count);

    [Benchmark(Description = "targets of documents (ExtractFromText: the document's sentences and sections, as AnalyzeJob)")]
    public int TargetsOfDocuments() => _fresh.Sum(d => AnalyzeOptions.Default.Targets.ExtractFromText(d).Count);

    [Benchmark(Description = "sections of documents (the heading tree the targets and the sentences table read)")]
    public int SectionsOfDocuments() => _fresh.Sum(d => d.Sections.Count);

    [Benchmark(Description = "sentences (SentenceSplitter)")]
    public int Sentences() => _documents.Sum(d => SentenceSplitter.Sentences(d.Text).Count);

    [Benchmark(Description = "procedural cues (every sentence)")]
    public int ProceduralCues() => CountProcedural(_documents);

    /// <summary>The procedural cues on every sentence of <paramref name="documents"/> (also timed by <see cref="StageProbe"/>).</summary>
    internal static int CountProcedural(IEnumerable<Document> documents)
    {
        int n = 0;
        foreach (Document document in documents)
        {
            string folded = ThemeTokens.Fold(document.Text);
            foreach (Sentence sentence in document.Sentences)
            {
                n += ProceduralSentences.IsProcedural(folded.AsSpan(sentence.Span.Start, sentence.Span.Length)) ? 1 : 0;
            }
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
