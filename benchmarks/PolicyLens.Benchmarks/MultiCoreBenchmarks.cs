using BenchmarkDotNet.Attributes;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Many documents at once: the 52 GWR reports cut one after another, and in parallel on every core through one
/// shared segmenter (accurate mode with the HMM).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class MultiCoreBenchmarks
{
    private IReadOnlyList<string> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.GwrDocuments;
        _ = JiebaSegmenter.Default.Tokenize("预热");
    }

    [Benchmark(Baseline = true, Description = "52 reports, one thread")]
    public int Sequential()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            count += JiebaSegmenter.Default.Tokenize(document).Length;
        }

        return count;
    }

    [Benchmark(Description = "52 reports, all cores")]
    public int Parallel()
    {
        int count = 0;
        System.Threading.Tasks.Parallel.ForEach(_documents, document => Interlocked.Add(ref count, JiebaSegmenter.Default.Tokenize(document).Length));
        return count;
    }
}
