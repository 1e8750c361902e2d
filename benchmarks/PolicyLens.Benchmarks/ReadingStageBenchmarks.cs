// The reading stage of analyze without the disk: decoding the national reports' bytes and normalising their text.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// The two steps of <c>analyze</c>'s "reading" stage that work on every character (gwr folder, 3.2 MB): decoding each file's
/// bytes (<see cref="TextDecoder.Decode"/>) and normalising the decoded text (<see cref="TextNormalizer.Normalize"/>: line
/// endings, spaces, full-width forms, blank lines, ranges, line repair, duplicate paragraphs). The files are read once in
/// the setup, so the disk is not in it; StageBenchmarks' "reading (CorpusReader)" is the whole stage, files and documents.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ReadingStageBenchmarks
{
    private byte[][] _files = [];
    private string[] _decoded = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. Directory.GetFiles(BenchmarkCorpus.GwrFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        _decoded = [.. _files.Select(bytes => TextDecoder.Decode(bytes).Text)];
    }

    [Benchmark(Description = "decode (TextDecoder.Decode, the files' bytes)")]
    public int Decode()
    {
        int n = 0;
        foreach (byte[] bytes in _files)
        {
            n += TextDecoder.Decode(bytes).Text.Length;
        }

        return n;
    }

    [Benchmark(Description = "normalise (TextNormalizer.Normalize, the decoded texts)")]
    public int Normalize()
    {
        int n = 0;
        foreach (string text in _decoded)
        {
            n += TextNormalizer.Normalize(text).Text.Length;
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
