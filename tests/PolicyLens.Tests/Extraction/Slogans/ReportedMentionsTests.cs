// How a judged mention is found again in a later build's output (ReportedMentions): at its span with its kind, or another
// finder's mention (a quoted label, parallel chain, policy name …) a curated entry now reports as lexicon at the same span and
// canonical — the rule the judged-file tests, `evaluate precision` and the confidence model's figures share.
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ReportedMentionsTests
{
    private static SloganMention Mention(int start, int end, MentionKind kind, string canonical) => new()
    {
        DocumentId = "t",
        Kind = kind,
        Canonical = canonical,
        Surface = canonical,
        Start = start,
        End = end,
    };

    // 山东's 走在前、开新局 as a curated entry reports it, where a judge read a parallel chain (and where a quoted label was
    // judged, 地瓜经济, and a policy name, 辽宁's 全面振兴新突破三年行动): the same spans.
    private static readonly ReportedMentions Reported = new([
        Mention(10, 16, MentionKind.Lexicon, "走在前、开新局"),
        Mention(30, 34, MentionKind.Lexicon, "地瓜经济"),
        Mention(50, 54, MentionKind.Quoted, "六稳六保"),
        Mention(60, 72, MentionKind.Lexicon, "全面振兴新突破三年行动"),
    ]);

    [Fact]
    public void A_mention_at_the_judged_span_with_the_judged_kind_reports_it_whatever_its_canonical()
    {
        Assert.Equal("六稳六保", Reported.Reporting(50, 54, MentionKind.Quoted, "六稳")?.Canonical);
        Assert.Equal("六稳六保", Reported.At(50, 54, MentionKind.Quoted)?.Canonical);
        Assert.Null(Reported.At(50, 54, MentionKind.Lexicon));
    }

    [Fact]
    public void Another_finders_mention_taken_by_a_curated_entry_at_the_same_span_and_canonical_is_still_reported()
    {
        Assert.Equal(MentionKind.Lexicon, Reported.Reporting(10, 16, MentionKind.Parallel, "走在前、开新局")?.Kind);
        Assert.Equal(MentionKind.Lexicon, Reported.Reporting(30, 34, MentionKind.Quoted, "地瓜经济")?.Kind);
        Assert.Equal(MentionKind.Lexicon, Reported.Reporting(60, 72, MentionKind.Policy, "全面振兴新突破三年行动")?.Kind);
        // A judged file that records no canonical is read by the span alone.
        Assert.NotNull(Reported.Reporting(30, 34, MentionKind.Quoted));
        Assert.NotNull(Reported.TakenAsLexicon(30, 34, MentionKind.Quoted, ""));
    }

    [Fact]
    public void Another_canonical_another_span_or_another_judged_kind_is_not_the_judged_item()
    {
        // The entry names another item there: the verdict was on a different reading.
        Assert.Null(Reported.Reporting(30, 34, MentionKind.Quoted, "海洋经济"));
        // A span that only overlaps.
        Assert.Null(Reported.Reporting(30, 33, MentionKind.Quoted, "地瓜经济"));
        // A lexicon mention judged there is found only as a lexicon mention; a lexicon mention is never taken for a quoted one.
        Assert.Null(Reported.Reporting(50, 54, MentionKind.Lexicon, "六稳六保"));
        Assert.Null(Reported.TakenAsLexicon(10, 16, MentionKind.Lexicon, "走在前、开新局"));
    }

    [Fact]
    public void A_verdict_under_another_kind_gives_way_where_the_lexicon_mention_at_the_span_is_judged_itself()
    {
        // 地瓜经济 judged as a quoted label, now the curated entry's: it carries the verdict unless the lexicon mention is judged too.
        Assert.Equal(MentionKind.Lexicon, Reported.CarryingVerdict(30, 34, MentionKind.Quoted, "地瓜经济", spanJudgedAsLexicon: false, out bool superseded)?.Kind);
        Assert.False(superseded);
        Assert.Null(Reported.CarryingVerdict(30, 34, MentionKind.Quoted, "地瓜经济", spanJudgedAsLexicon: true, out superseded));
        Assert.True(superseded);
        // The lexicon verdict itself, and a mention still reported under its judged kind, always carry their verdict.
        Assert.NotNull(Reported.CarryingVerdict(30, 34, MentionKind.Lexicon, "地瓜经济", spanJudgedAsLexicon: true, out superseded));
        Assert.False(superseded);
        Assert.NotNull(Reported.CarryingVerdict(50, 54, MentionKind.Quoted, "六稳六保", spanJudgedAsLexicon: true, out superseded));
        Assert.False(superseded);
        // Not reported at all: no verdict carried, none superseded.
        Assert.Null(Reported.CarryingVerdict(80, 84, MentionKind.Quoted, "两新", spanJudgedAsLexicon: true, out superseded));
        Assert.False(superseded);
    }

    [Fact]
    public void Canonicals_that_normalise_alike_are_the_same_item()
    {
        Assert.True(ReportedMentions.SameCanonical("20＋8产业集群", "20+8产业集群"));
        Assert.False(ReportedMentions.SameCanonical("20+8产业集群", "20+8"));
    }
}
