// Specifications of the extractor's short-reference stage (AliasMentionFinder, issue 13, round 21): a document or name a
// report gives in full and then refers to by a short form is counted at every short reference as the full item, on
// passages of development reports (each passage is sentences of one report, in the report's order; the file is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Aliases: an explicit one (（以下简称《纲要草案》）) where it is defined and wherever it stands later, and a short title in
/// 《》 that is the tail of an earlier full title (《纲要（草案）》, 省委《建议》), reported with the full mention's kind and
/// canonical form, their own offsets and surface, and the subtype <c>alias</c>; never a short title with no full form before it.
/// </summary>
public sealed class AliasMentionTests
{
    private const string BeijingPlan = "北京市国民经济和社会发展第十五个五年规划纲要（草案）";

    private static IReadOnlyList<SloganMention> Aliases(string text) => [.. Mentions(text).Where(m => m.Subtype == "alias")];

    [Fact]
    public void An_alias_the_report_defines_counts_as_the_full_document_where_it_is_defined_and_after()
    {
        // beijing_2026 (the development gold codes 《北京市…纲要（草案）》 | 《纲要草案》 six times: the full title and five 《纲要草案》).
        string text = "根据《中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议》，我们编制了《北京市国民经济和社会发展第十五个五年规划纲要（草案）》"
            + "（以下简称《纲要草案》），全文提交大会审查。这里作简要说明。在《纲要草案》编制过程中，注意把握以下原则。《纲要草案》明确了今后五年的发展目标。";
        SloganMention full = Assert.Single(Mentions(text), m => m.Surface == "《" + BeijingPlan + "》");
        IReadOnlyList<SloganMention> aliases = Aliases(text);

        Assert.Equal(3, aliases.Count);
        Assert.All(aliases, a => Assert.Equal((full.Kind, full.Canonical, "《纲要草案》"), (a.Kind, a.Canonical, a.Surface)));
        Assert.All(aliases, a => Assert.Equal("《纲要草案》", text[a.Start..a.End]));
        Assert.Equal(full.End + 5, aliases[0].Start);
    }

    [Fact]
    public void A_short_title_after_the_full_one_counts_as_it_without_an_explicit_alias()
    {
        // jiangxi_2026: the plan and the provincial committee's proposal are titled in full once, then by their heads.
        string text = "省政府根据《中共江西省委关于制定全省国民经济和社会发展第十五个五年规划的建议》，编制了《江西省国民经济和社会发展第十五个五年规划纲要（草案）》，按规定与国家发展规划进行了衔接。"
            + "（二）关于“十五五”时期发展的总体要求。《纲要（草案）》提出的总体要求，与省委《建议》保持一致。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);
        SloganMention plan = Assert.Single(mentions, m => m.Surface.StartsWith("《江西省", StringComparison.Ordinal));
        SloganMention proposal = Assert.Single(mentions, m => m.Surface.StartsWith("《中共江西省委", StringComparison.Ordinal));
        IReadOnlyList<SloganMention> aliases = Aliases(text);

        Assert.Equal(2, aliases.Count);
        Assert.Equal((plan.Canonical, plan.Kind, "《纲要（草案）》"), (aliases[0].Canonical, aliases[0].Kind, aliases[0].Surface));
        Assert.Equal((proposal.Canonical, proposal.Kind, "《建议》"), (aliases[1].Canonical, aliases[1].Kind, aliases[1].Surface));
    }

    [Fact]
    public void A_draft_short_title_matches_a_full_title_written_without_brackets_round_its_status()
    {
        // sichuan_2026 (both, with and without 以下简称), fujian_2026: 《…规划纲要草案》 and then 《纲要草案》.
        string text = "省政府组织编制了《福建省国民经济和社会发展第十五个五年规划纲要草案》，提交本次大会审查。"
            + "到2035年要在基本实现社会主义现代化中走在前列。《纲要草案》据此细化设定了今后五年经济社会发展的主要目标。";

        SloganMention alias = Assert.Single(Aliases(text));
        Assert.Equal("福建省国民经济和社会发展第十五个五年规划纲要草案", alias.Canonical);
    }

    [Fact]
    public void The_nearest_full_title_with_that_tail_is_the_one_referred_to()
    {
        // gwr 2006: a science plan titled earlier ends in 纲要 too; 《纲要（草案）》 refers to the five-year plan titled just before.
        string text = "制定了《国家中长期科学和技术发展规划纲要》。三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明。"
            + "为编制《纲要（草案）》提供了基础。";

        SloganMention alias = Assert.Single(Aliases(text));
        Assert.Equal("国民经济和社会发展第十一个五年规划纲要（草案）", alias.Canonical);
    }

    [Fact]
    public void A_short_title_the_report_never_gave_in_full_is_not_reported()
    {
        // henan_2026, zhumadian_2026: 省委/市委“十五五”规划《建议》 is the report's first and only word on the proposal; the 1969
        // congress report names the 1966 《通知》 only by its head.
        string henan = "根据省委“十五五”规划《建议》，省政府编制了《河南省国民经济和社会发展第十五个五年规划纲要（草案）》，并按照国家发展改革委要求进行了衔接。";
        string congress = "毛主席亲自主持制定的一九六六年五月十六日的《通知》，为这场无产阶级文化大革命确定了理论、路线、方针和政策。这个《通知》彻底批判了错误路线。";

        Assert.Empty(Aliases(henan));
        Assert.DoesNotContain(Mentions(henan), m => m.Surface == "《建议》");
        Assert.Empty(Aliases(congress));
        Assert.DoesNotContain(Mentions(congress), m => m.Surface == "《通知》");
    }

    [Fact]
    public void A_short_title_before_the_full_one_is_not_an_alias_of_it()
    {
        // hebei_2026: the proposal is named by its head first; the full title that follows is another document (the plan).
        string text = "根据中共河北省委“十五五”规划《建议》，编制了《河北省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。"
            + "各位代表！《纲要（草案）》经大会通过后，将成为全省人民共同奋斗的行动纲领。";

        SloganMention alias = Assert.Single(Aliases(text));
        Assert.Equal("《纲要（草案）》", alias.Surface);
        Assert.Equal("河北省国民经济和社会发展第十五个五年规划纲要（草案）", alias.Canonical);
    }

    [Fact]
    public void An_alias_in_quotes_counts_quoted_or_not_after_its_definition()
    {
        // The shape of （以下简称“…”） after a named programme (anhui_2026's programme; no development text defines an alias in
        // quotes): the quoted alias in the brackets and later, and the bare one, are the programme, not a quoted label of their own.
        // The programme before the brackets is reported as a repeat of its later mention after 大力实施.
        string text = "一体推进教育科技人才发展，深入推进人才兴皖工程（以下简称“兴皖工程”），强化企业科技创新主体地位。推进兴皖工程提质增效，“兴皖工程”成效明显。"
            + "大力实施人才兴皖工程，创建国家吸引和集聚人才平台。";
        Assert.Equal(2, Mentions(text).Count(m => m.Surface == "人才兴皖工程"));
        IReadOnlyList<SloganMention> aliases = Aliases(text);

        Assert.Equal(3, aliases.Count);
        Assert.All(aliases, a => Assert.Equal((MentionKind.Policy, "人才兴皖工程", "兴皖工程"), (a.Kind, a.Canonical, a.Surface)));
        Assert.DoesNotContain(Mentions(text), m => m.Canonical == "兴皖工程");
    }

    [Fact]
    public void An_alias_of_a_law_counts_as_the_law_bare_or_quoted()
    {
        // The shape of （以下简称“…”） after a law (no development text defines one in quotes after a law).
        string text = "认真贯彻《中华人民共和国民营经济促进法》（以下简称“促进法”），促进法实施以来成效明显。";
        IReadOnlyList<SloganMention> aliases = Aliases(text);

        Assert.Equal(2, aliases.Count);
        Assert.All(aliases, a => Assert.Equal((MentionKind.Titled, "中华人民共和国民营经济促进法", "促进法"), (a.Kind, a.Canonical, a.Surface)));
    }

    [Fact]
    public void Aliases_can_be_turned_off()
    {
        string text = "编制了《辽宁省国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审议。《纲要（草案）》提出了经济社会发展的主要目标。";
        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { Aliases = false });

        Assert.Single(Aliases(text));
        Assert.DoesNotContain(extractor.Extract(text, new ExtractionContext("t", 2026)), m => m.Subtype == "alias");
    }
}
