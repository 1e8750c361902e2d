// The targets stage of analyze alone: TargetExtractor.ExtractFromText over documents whose sentences are already cut.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Extraction.Targets;
using PolicyLens.Pipeline;
using PolicyLens.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// What <c>analyze</c>'s "targets" stage does to the national reports (gwr folder), and nothing else: the documents' sentences
/// and sections are cut once in the setup (the tokenizer's and sentence splitter's work is not in it), then every iteration
/// extracts the targets of every document with <see cref="TargetExtractor.ExtractFromText(Document)"/>, as AnalyzeJob does.
/// StageBenchmarks' "targets of documents" also cuts the sentences of fresh documents.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TargetStageBenchmarks
{
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder)];
        foreach (Document document in _documents)
        {
            _ = document.Sentences;
            _ = document.Sections;
        }
    }

    [Benchmark(Description = "targets stage (ExtractFromText, sentences already cut)")]
    public int TargetsStage()
    {
        TargetExtractor extractor = AnalyzeOptions.Default.Targets;
        int n = 0;
        foreach (Document document in _documents)
        {
            n += extractor.ExtractFromText(document).Count;
        }

        return n;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15));
        }
    }
}
