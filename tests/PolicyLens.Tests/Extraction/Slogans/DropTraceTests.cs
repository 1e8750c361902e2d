// Specifications of the drop trace (DropTrace.cs): the line it writes for a lexicon formula the matcher refuses, one a later
// step of the extractor removes, and one a longer mention wins in overlap resolution; and that tracing changes no mention.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// What POLICYLENS_TRACE=1 writes for formulas written in a sentence and not reported, read from a writer the test sets
/// (each sentence under its own document id: other tests may extract while the writer is set).
/// </summary>
public sealed class DropTraceTests
{
    // The trace's lines for one sentence, split into their tab-separated fields, and the mentions reported with it on.
    private static (List<string[]> Lines, IReadOnlyList<SloganMention> Mentions) Trace(string document, string text)
    {
        (List<string[]> lines, IReadOnlyList<SloganMention> mentions) = DropTraceCapture.Extract(document, text);
        return ([.. lines.Where(f => f[1] == document)], mentions);
    }

    [Fact]
    public void A_spelling_that_runs_into_a_noun_is_traced_with_the_guard_that_refused_it()
    {
        // 和谐社会 in 营造和谐社会环境: a short spelling of 社会主义和谐社会 running on into a noun (环境) is refused.
        (List<string[]> lines, _) = Trace("trace-guard", "营造和谐社会环境。");
        string[] line = Assert.Single(lines, f => f[5] == "和谐社会");
        Assert.Equal("TRACE", line[0]);
        Assert.Equal("2", line[2]);
        Assert.Equal("6", line[3]);
        Assert.StartsWith("matcher:", line[7], StringComparison.Ordinal);
        Assert.Contains("RunsOnIntoANoun", line[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_inside_a_body_name_is_traced_with_the_step_that_removed_it()
    {
        // 省委全面深化改革委员会: the formula is a word of the committee's name (ProperNameWord).
        (List<string[]> lines, IReadOnlyList<SloganMention> mentions) = Trace("trace-step", "召开省委全面深化改革委员会会议。");
        Assert.DoesNotContain(mentions, m => m.Canonical == "全面深化改革");
        Assert.Contains(lines, f => f[5] == "全面深化改革" && f[7] == "step:ProperNameWord");
    }

    [Fact]
    public void A_formula_inside_a_longer_reported_name_is_traced_with_the_mention_that_won()
    {
        // 乡村振兴 inside 乡村振兴战略: the longer lexicon formula is the counted unit; the shorter is nested in it.
        (List<string[]> lines, _) = Trace("trace-resolve", "全面实施乡村振兴战略。");
        string[] line = Assert.Single(lines, f => f[5] == "乡村振兴");
        Assert.StartsWith("resolve:", line[7], StringComparison.Ordinal);
        Assert.Contains("乡村振兴战略", line[7], StringComparison.Ordinal);
        Assert.EndsWith("|contains", line[7], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("营造和谐社会环境，全面实施乡村振兴战略，召开省委全面深化改革委员会会议，坚持稳中求进工作总基调。")]
    // Quoted spans the quoted finder refuses (包干制: shape; 六大产业集群: groups) and keeps (放管服), traced since round 89.
    [InlineData("扩大财政科研项目经费“包干制”范围，全力打造“六大产业集群”，深入推进“放管服”改革。")]
    public void Tracing_changes_no_mention(string text)
    {
        IReadOnlyList<SloganMention> plain = SloganExtractor.Default.Extract(text, new ExtractionContext("trace-off", 2026));
        (_, IReadOnlyList<SloganMention> traced) = Trace("trace-on", text);
        Assert.Equal(
            plain.Select(m => (m.Kind, m.Start, m.End, m.Canonical, m.Nested)),
            traced.Select(m => (m.Kind, m.Start, m.End, m.Canonical, m.Nested)));
        Assert.NotEmpty(plain);
    }
}
