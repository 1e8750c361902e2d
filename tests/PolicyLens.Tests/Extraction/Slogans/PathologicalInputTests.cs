using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Inputs that once took time out of proportion to their size (issue 14). The bounds are generous: they guard against
/// quadratic work, not for speed, which benchmarks/slogans-linear.sh measures.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public void Megabytes_of_unclosed_quotation_marks_are_scanned_in_linear_time()
    {
        // 2.4 MB of “ took 19 s: every opening mark searched to the end of the text for its closing one.
        string text = new('“', 800_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<SloganMention> mentions = new SloganExtractor(Lexicon.Default).Extract(text + "“六稳”", new ExtractionContext("quotes"));
        Assert.Equal("六稳", Assert.Single(mentions).Canonical);
        Assert.True(watch.Elapsed < Generous, $"{watch.Elapsed}");
    }

    [Fact]
    public void A_report_in_one_long_paragraph_is_extracted_in_linear_time_and_finds_what_the_report_finds()
    {
        // 32 MB in one paragraph took 141 s: overlaps between findings were resolved pairwise.
        string report = SharedData.ReadText("corpus/gwr/2019.txt").Replace("\n", "", StringComparison.Ordinal);
        var extractor = new SloganExtractor(Lexicon.Default);
        // A report's own formulas (subtype "own") are found by how often the document writes them, so sixty copies of the
        // report make a phrase written once into one written sixty times: they are not counted, but their stage is timed.
        // Likewise a parallel chain written once is a formula when the document writes it again (codebook, eighteenth round):
        // in two copies as in sixty every chain is repeated, so the lexicon formulas inside such a chain (稳预期 in
        // 稳预期、稳增长、调结构, round 18c) are taken by it in both, and two copies are the unit the sixty are compared with.
        int twice = extractor.Extract(report + report, new ExtractionContext("twice")).Count(m => m.Kind == MentionKind.Lexicon && m.Subtype != "own");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int many = extractor.Extract(string.Concat(Enumerable.Repeat(report, 60)), new ExtractionContext("many")).Count(m => m.Kind == MentionKind.Lexicon && m.Subtype != "own");
        Assert.True(watch.Elapsed < Generous, $"{watch.Elapsed}");
        Assert.Equal(30 * twice, many);
    }

    [Fact]
    public void Many_unclosed_title_marks_and_quoted_numerals_stay_linear()
    {
        string text = string.Concat(Enumerable.Repeat("《两个“三", 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = new SloganExtractor(Lexicon.Default).Extract(text, new ExtractionContext("marks"));
        Assert.True(watch.Elapsed < Generous, $"{watch.Elapsed}");
    }
}
