// The mention sources' set-up, started at job start: it changes no table, and a failure in it fails the run as before.
using System.Collections;
using PolicyLens.Analysis;
using PolicyLens.Pipeline;
using PolicyLens.Text;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// The main job builds the slogan mention sources (lexicon, segmenter, matcher) in the background while the first
/// documents are read; the warm-up never calls other sources and never reports a failure itself, so a set-up that
/// fails still fails the run with the very exception the first document met.
/// </summary>
public sealed class AnalyzeJobMentionSetUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-setup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Gwr => SharedData.Require("corpus/gwr");

    [Fact]
    public void A_set_up_that_fails_fails_the_run_with_the_same_exception_and_leaves_no_output()
    {
        // Made once, like the built-in source: the warm-up meets the failure first, the run reports that same exception.
        var setUp = new Lazy<IReadOnlyList<IMentionSource>>(
            () => throw new InvalidOperationException("the lexicon could not be loaded"), LazyThreadSafetyMode.ExecutionAndPublication);
        string output = Path.Combine(_folder, "out");

        var thrown = Assert.Throws<InvalidOperationException>(
            () => AnalyzeJob.Run(Gwr, new AnalyzeOptions { OutputDirectory = output, MentionSources = new LazySources(setUp) }));

        var cached = Assert.Throws<InvalidOperationException>(() => setUp.Value);
        Assert.Same(cached, thrown);
        Assert.Equal("the lexicon could not be loaded", thrown.Message);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void The_warm_up_swallows_a_failure_and_leaves_other_sources_uncalled()
    {
        var counting = new CountingSource();
        var failing = new LazySources(new Lazy<IReadOnlyList<IMentionSource>>(() => throw new InvalidOperationException("no lexicon")));

        AnalyzeJob.WarmUp([counting, SloganMentionSource.Default]);
        AnalyzeJob.WarmUp(failing);

        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public void The_built_in_source_counts_the_same_mentions_after_the_warm_up()
    {
        Document document = new CorpusReader().Read(Path.Combine(Gwr, "2019.txt")).Single();
        string[] Mentions() => [.. SloganMentionSource.Default.FindMentions(document).Select(m => $"{m.Item} {m.Start}-{m.End}")];
        string[] before = Mentions();

        AnalyzeJob.WarmUp([SloganMentionSource.Default]);

        Assert.NotEmpty(before);
        Assert.Equal(before, Mentions());
    }

    /// <summary>A list of sources made on first use, whose making may fail.</summary>
    private sealed class LazySources(Lazy<IReadOnlyList<IMentionSource>> sources) : IReadOnlyList<IMentionSource>
    {
        public IMentionSource this[int index] => sources.Value[index];

        public int Count => sources.Value.Count;

        public IEnumerator<IMentionSource> GetEnumerator() => sources.Value.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A source that only counts its calls.</summary>
    private sealed class CountingSource : IMentionSource
    {
        public int Calls { get; private set; }

        public IEnumerable<ItemMention> FindMentions(Document document)
        {
            Calls++;
            return [];
        }
    }
}
