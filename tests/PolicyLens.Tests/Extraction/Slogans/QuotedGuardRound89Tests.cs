// Specifications of round 89's quoted-span trace (quotedguard89): with the drop trace on, QuotedFinder writes one line for
// every quoted span it reads, naming the test of QuotedFinder.RejectionReason that turned it away (or `kept`), which
// tools/judging/quoted_drops89.py counts guard by guard over the readable texts. Round 89 loosened no guard: over the readable
// texts 3,161 quoted spans of 2–20 characters are covered by no mention; the `shape` guard turns away 2,588 of them (176
// documents), and where a readable gold covers the document the golds code 554 of 1,997 (28 %) as the quoted words; no other
// guard's places are >= 90 % right by the codebook (groups: 9 of 9 coded but every judged one read wrong as a count of things;
// sums-up-list 7 of 10 coded; names 25 of 86, judged wrong 41 times).
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// The drop trace's writer is one static: these tests run alone, after the parallel ones, so no other test sets or clears it
/// while they read it (and they clear it under no other test).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DropTraceWriterCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Drop trace writer, alone";
}

/// <summary>
/// What POLICYLENS_TRACE=1 writes for quoted spans of real readable sentences, read from a writer the test sets.
/// </summary>
[Collection(DropTraceWriterCollection.Name)]
public sealed class QuotedGuardRound89Tests
{
    // The quoted-span lines (why `quoted:…`) written while one sentence is extracted, split into their tab-separated fields.
    private static (List<string[]> Lines, IReadOnlyList<SloganMention> Mentions) Trace(string document, string text)
    {
        (List<string[]> lines, IReadOnlyList<SloganMention> mentions) = DropTraceCapture.Extract(document, text);
        return ([.. lines.Where(f => f[4] == "Quoted" && f[7].StartsWith("quoted:", StringComparison.Ordinal))], mentions);
    }

    [Fact]
    public void A_plain_label_is_traced_as_refused_by_its_shape()
    {
        // cpc-15th-fyp-outline: 包干制, a way of funding research, has no formula's shape and no cue around it.
        (List<string[]> lines, IReadOnlyList<SloganMention> mentions) = Trace("quoted89-shape", "扩大财政科研项目经费“包干制”范围，赋予科学家更大技术路线决定权、更大经费支配权。");
        string[] line = Assert.Single(lines, f => f[5] == "包干制");
        Assert.Equal("quoted:shape", line[7]);
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("包干制", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_count_of_groups_is_traced_as_groups()
    {
        // guizhou_2026: “六大产业集群”, a count of industrial clusters (the judges read it wrong as a formula).
        (List<string[]> lines, _) = Trace("quoted89-groups", "全力打造“六大产业集群”。");
        string[] line = Assert.Single(lines, f => f[5] == "六大产业集群");
        Assert.Equal("quoted:groups", line[7]);
    }

    [Fact]
    public void A_reported_label_is_traced_as_kept()
    {
        // zhumadian_2018: “放管服”, a quoted formula the finder keeps.
        (List<string[]> lines, IReadOnlyList<SloganMention> mentions) = Trace("quoted89-kept", "积极推进“放管服”改革，取消行政职权158项、各类证明186项。");
        string[] line = Assert.Single(lines, f => f[5] == "放管服");
        Assert.Equal("quoted:kept", line[7]);
        Assert.Contains(mentions, m => m.Surface.Contains("放管服", StringComparison.Ordinal));
    }
}
