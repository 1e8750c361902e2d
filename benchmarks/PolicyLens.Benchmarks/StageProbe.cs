using System.Diagnostics;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// <c>--stages [rounds [stage]]</c>: the stages of <see cref="StageBenchmarks"/> timed with a Stopwatch, best of a few rounds, with
/// the bytes each allocates; for profiling (run it under dotnet-trace) and quick checks during development. The README's
/// figures come from the BenchmarkDotNet runs.
/// </summary>
internal static class StageProbe
{
    internal static void Run(int rounds, string? only = null)
    {
        Document[] documents = [.. new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder)];
        double mb = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        IReadOnlyList<TargetRecord>[] targets = [.. documents.Select(d => TargetExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)))];
        IReadOnlyList<IMentionSource> sources = [SloganMentionSource.Default];
        _ = ThemeClassifier.Default.ClassifyText(documents[0].Text);
        var tokens = new List<Token>(1 << 16);
        DocumentObservation[] observations = [.. documents.Select((d, i) => DocumentAnalysis.Create(d, GroupBy.Year, sources, TargetMentionSource.Mentions(targets[i])).Observation)];
        var counted = new CorpusCounts();
        foreach (DocumentObservation observation in observations)
        {
            counted.Add(observation);
        }

        (string Name, Func<int> Stage)[] stages =
        [
            ("tokenize", () =>
            {
                int n = 0;
                foreach (Document d in documents)
                {
                    tokens.Clear();
                    n += JiebaSegmenter.Default.Tokenize(d.Text, tokens);
                }

                return n;
            }),
            ("reading", () => new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder).Sum(d => d.Text.Length)),
            ("targets", () => documents.Sum(d => TargetExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)).Count)),
            ("mentions", () =>
            {
                int n = 0;
                for (int i = 0; i < documents.Length; i++)
                {
                    n += DocumentAnalysis.Create(documents[i], GroupBy.Year, sources, TargetMentionSource.Mentions(targets[i])).Mentions.Count;
                }

                return n;
            }),
            ("themes", () => documents.Sum(d => ThemeClassifier.Default.ClassifyText(d.Text).Count)),
            ("counts", () =>
            {
                // What the rows stage adds per document to the corpus counts.
                var counts = new CorpusCounts();
                foreach (DocumentObservation observation in observations)
                {
                    counts.Add(observation);
                }

                return counts.Groups.Count;
            }),
            ("statistics", () =>
            {
                // The statistics tables' rows and the partials' enumeration, without writing them, from fresh counts (a copy).
                var counts = new CorpusCounts();
                counts.Add(counted);
                return CorpusStatistics.Trends(counts).Count() + CorpusStatistics.Cooccurrence(counts).Count()
                    + CorpusStatistics.KeynessByGroup(counts).Count() + CorpusStatistics.Frequencies(counts).Count()
                    + counts.Pairs.Count() + counts.Items.Count() + counts.Groups.Count;
            }),
        ];

        foreach ((string name, Func<int> stage) in stages.Where(s => only is null || s.Name == only))
        {
            // Wall time and this thread's CPU time (less disturbed by the other processes of a shared machine, and without
            // the JIT's and the runtime's background threads), best of the rounds.
            double best = double.MaxValue;
            double bestCpu = double.MaxValue;
            long allocated = 0;
            for (int r = 0; r < rounds; r++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                double cpu = ThreadCpuSeconds();
                var sw = Stopwatch.StartNew();
                _ = stage();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, ThreadCpuSeconds() - cpu);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            Console.WriteLine($"{name,-10} wall {best * 1000,7:F1} ms {mb / best,6:F1} MB/s   cpu {bestCpu * 1000,7:F1} ms {mb / bestCpu,6:F1} MB/s   {allocated / 1e6,6:F1} MB allocated");
        }
    }

    // CLOCK_THREAD_CPUTIME_ID through libc (Linux and macOS); the process's CPU time elsewhere.
    private static double ThreadCpuSeconds()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = ClockGetTime(3, out TimeSpec t);
            return t.Seconds + (t.Nanoseconds / 1e9);
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
