using System.Diagnostics;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Extraction.Targets;
using PolicyLens.Pipeline;
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

        // Fresh copies of the documents for each round of the per-document stages: a document keeps its sentences,
        // sections and tokens once computed, and AnalyzeJob meets every document once (a copy with its own text string
        // recomputes them).
        Document[] fresh = [];
        void Refresh() => fresh = [.. documents.Select(d => d with { Text = new string(d.Text.AsSpan()) })];
        AnalyzeOptions options = AnalyzeOptions.Default;
        ThemeClassifier classifier = ThemeClassifier.Default;

        TextView[] views = [.. documents.Select(d => TextView.Create(d.Text, Lexicon.Default.Segmenter))];
        var matcher = new LexiconMatcher(Lexicon.Default);

        (string Name, Func<int> Stage, Action? Prepare)[] stages =
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
            }, null),
            ("reading", () => new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder).Sum(d => d.Text.Length), null),
            ("targets", () => documents.Sum(d => TargetExtractor.Default.Extract(d.Text, ExtractionContext.Of(d)).Count), null),
            ("mentions", () =>
            {
                int n = 0;
                for (int i = 0; i < documents.Length; i++)
                {
                    n += DocumentAnalysis.Create(documents[i], GroupBy.Year, sources, TargetMentionSource.Mentions(targets[i])).Mentions.Count;
                }

                return n;
            }, null),
            ("themes", () => documents.Sum(d => ThemeClassifier.Default.ClassifyText(d.Text).Count), null),
            ("counts", () =>
            {
                // What the rows stage adds per document to the corpus counts.
                var counts = new CorpusCounts();
                foreach (DocumentObservation observation in observations)
                {
                    counts.Add(observation);
                }

                return counts.Groups.Count;
            }, null),
            // What one analyze thread does to each document (AnalyzeJob.Analyze), and its parts, each on fresh documents.
            ("document", () =>
            {
                int n = 0;
                foreach (Document d in fresh)
                {
                    IReadOnlyList<TargetRecord> found = options.Targets.ExtractFromText(d);
                    DocumentAnalysis analysis = DocumentAnalysis.Create(d, options.GroupBy, options.MentionSources, TargetMentionSource.Mentions(found));
                    n += analysis.Mentions.Count + classifier.ClassifyDocument(d, forTable: true).Count + found.Select(r => r.InSource(d)).Count();
                }

                return n;
            }, Refresh),
            ("doc-targets", () => fresh.Sum(d => options.Targets.ExtractFromText(d).Count), Refresh),
            // The document's structure, which the stages above build on first use (round 15): its sections, its sentences,
            // and its default cut of the folded text (the themes' token stream).
            ("doc-sections", () => fresh.Sum(d => d.Sections.Count), Refresh),
            ("doc-sentences", () => fresh.Sum(d => d.Sentences.Count), Refresh),
            ("doc-tokens", () => fresh.Sum(d => d.Tokens.Count), Refresh),
            ("doc-mentions", () => fresh.Sum(d => DocumentAnalysis.Create(d, options.GroupBy, options.MentionSources, []).Mentions.Count), Refresh),
            ("doc-themes", () => fresh.Sum(d => classifier.ClassifyDocument(d, forTable: true).Count), Refresh),
            // The same without what only the sentences table needs (sections, source offsets, texts): the difference is that work.
            ("doc-themes-no-table", () => fresh.Sum(d => classifier.ClassifyDocument(d, forTable: false).Count), Refresh),
            // The parts of the mentions stage (SloganExtractor.Extract), each over every document's view: the lexicon-aware
            // cut against the default one on the same text, the view around it, the lexicon matcher and each finder.
            ("cut-lexicon", () =>
            {
                int n = 0;
                foreach (Document d in documents)
                {
                    tokens.Clear();
                    n += Lexicon.Default.Segmenter.Tokenize(d.Text, tokens);
                }

                return n;
            }, null),
            // Both whole-document cuts, one document after the other, as a thread of `analyze` meets them (the default cut for
            // the themes, the lexicon-aware one for the mentions): against `tokenize` plus `cut-lexicon`, what the two
            // dictionaries cost each other in the cache.
            ("cuts-both", () =>
            {
                int n = 0;
                foreach (Document d in documents)
                {
                    tokens.Clear();
                    n += JiebaSegmenter.Default.Tokenize(d.Text, tokens);
                    tokens.Clear();
                    n += Lexicon.Default.Segmenter.Tokenize(d.Text, tokens);
                }

                return n;
            }, null),
            ("view", () => documents.Sum(d => TextView.Create(d.Text, Lexicon.Default.Segmenter).Tokens.Length), null),
            ("matcher", () => FindAll(views, (v, into) => matcher.Find(v, into)), null),
            ("matcher-raw", () => FindAll(views, (v, into) => matcher.FindAll(v.Text, into)), null),
            ("titled", () => FindAll(views, TitledFinder.Find), null),
            ("numbered", () => FindAll(views, (v, into) => NumberedFinder.Find(v, Lexicon.Default, into)), null),
            ("parallel", () => FindAll(views, (v, into) => ParallelFinder.Find(v, Lexicon.Default, into)), null),
            ("policy", () => FindAll(views, PolicyFinder.Find), null),
            ("introduced", () => FindAll(views, IntroducedProgrammeFinder.Find), null),
            ("place", () => FindAll(views, (v, into) => PlaceCampaignFinder.Find(v, Lexicon.Default, into)), null),
            ("quoted", () => FindAll(views, (v, into) => QuotedFinder.Find(v, Lexicon.Default, into)), null),
            ("regulation", () => FindAll(views, (v, into) => RegulationNameFinder.Find(v, Lexicon.Default, into)), null),
            ("coordinated", () => FindAll(views, CoordinatedProgrammeFinder.Find), null),
            ("policy-document", () => FindAll(views, (v, into) => PolicyDocumentFinder.Find(v, Lexicon.Default, into)), null),
            ("own", () => FindAll(views, (v, into) => OwnFormulaFinder.Find(v, Lexicon.Default, into, SloganExtractorOptions.Default.OwnFormulaMinimumCount)), null),
            ("procedural", () => StageBenchmarks.CountProcedural(documents), null),
            ("sentences", () => documents.Sum(d => SentenceSplitter.Sentences(d.Text).Count), null),
            ("statistics", () =>
            {
                // The statistics tables' rows and the partials' enumeration, without writing them, from fresh counts (a copy).
                var counts = new CorpusCounts();
                counts.Add(counted);
                return CorpusStatistics.Trends(counts).Count() + CorpusStatistics.Cooccurrence(counts).Count()
                    + CorpusStatistics.KeynessByGroup(counts).Count() + CorpusStatistics.Frequencies(counts).Count()
                    + counts.Pairs.Count() + counts.Items.Count() + counts.Groups.Count;
            }, null),
            // The statistics one by one, each from fresh counts (whose sorted views are made on first use, as in a run).
            ("sorting", () => Fresh().Items.Count() + Fresh().Pairs.Count(), null),
            ("trends", () => CorpusStatistics.Trends(Fresh()).Count(), null),
            ("cooccurrence", () => CorpusStatistics.Cooccurrence(Fresh()).Count(), null),
            ("keyness", () => CorpusStatistics.KeynessByGroup(Fresh()).Count(), null),
            ("frequencies", () => CorpusStatistics.Frequencies(Fresh()).Count(), null),
        ];

        CorpusCounts Fresh()
        {
            var counts = new CorpusCounts();
            counts.Add(counted);
            return counts;
        }

        // POLICYLENS_ALLOCATIONS=1: also what each stage's last round allocated, by type (from the GC's allocation ticks).
        using AllocationTally? tally = Environment.GetEnvironmentVariable("POLICYLENS_ALLOCATIONS") == "1" ? new AllocationTally() : null;
        foreach ((string name, Func<int> stage, Action? prepare) in stages.Where(s => only is null || s.Name == only))
        {
            // Wall time and this thread's CPU time (less disturbed by the other processes of a shared machine, and without
            // the JIT's and the runtime's background threads), best of the rounds.
            double best = double.MaxValue;
            double bestCpu = double.MaxValue;
            long allocated = 0;
            (int Gen0, int Gen2) collections = (0, 0);
            for (int r = 0; r < rounds; r++)
            {
                prepare?.Invoke();
                tally?.Clear();
                long before = GC.GetAllocatedBytesForCurrentThread();
                int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
                double cpu = ThreadCpuSeconds();
                var sw = Stopwatch.StartNew();
                _ = stage();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, ThreadCpuSeconds() - cpu);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
            }

            foreach ((string type, long bytes) in tally?.Top(12) ?? [])
            {
                Console.WriteLine($"  {bytes / 1e6,6:F1} MB {type}");
            }

            Console.WriteLine($"{name,-10} wall {best * 1000,7:F1} ms {mb / best,6:F1} MB/s   cpu {bestCpu * 1000,7:F1} ms {mb / bestCpu,6:F1} MB/s   {allocated / 1e6,6:F1} MB allocated, {collections.Gen0} GCs ({collections.Gen2} of gen 2) in the last round");
        }
    }

    private static int FindAll(TextView[] views, Action<TextView, List<MentionCandidate>> finder)
    {
        var into = new List<MentionCandidate>();
        int n = 0;
        foreach (TextView view in views)
        {
            into.Clear();
            finder(view, into);
            n += into.Count;
        }

        return n;
    }

    // CLOCK_THREAD_CPUTIME_ID through libc (Linux and macOS); the process's CPU time elsewhere.
    internal static double ThreadCpuSeconds()
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
