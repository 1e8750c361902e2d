// Specifications of round 54 (issue 13, branch count54): numbered mentions that count things (trading platforms, a ranking's
// landmarks, routes) are no formulas (the codebook's round-27 decision, point 3), and two more generic count
// labels are read with the field written right before them (rounds 26–27: 产业动能培育“六大计划”, 法律“七进”). Every sentence is
// a real one of a readable text, where an opened set's blind judge read main's mention wrong.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Counts of things and count labels with their field, round 54.</summary>
public sealed class CountRound54Tests
{
    [Theory]
    // shenzhen-gwr-2024 (unseen26j): five trading exchanges the report then names.
    [InlineData("持续做大做强五大交易平台，全年前海联合交易中心交易额1500亿元。", "五大交易平台")]
    // futian-gwr-2023 (unseen26l): a place ranked among the city's ten landmarks.
    [InlineData("成功举办深圳国际城市美学论坛、公共艺术季，深圳节日大道获评全市夜间经济十大地标。", "十大地标")]
    public void A_count_of_things_is_no_numbered_formula(string sentence, string count)
    {
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains(count, StringComparison.Ordinal));
    }

    [Theory]
    // futian-gwr-2023 (unseen26l): eight tourist routes promoted (listed as a count by its coders).
    [InlineData("推广“福田十景”“八大旅游线路”等旅游资源，引进全国连锁酒店。", "八大旅游线路")]
    // dapeng-gwr-2025 (unseen26l): two trails of 18 km built (listed as a count by its coders).
    [InlineData("完成东涌-大雁顶-大鹏山生态修复，加快环龙岐湾“两个十八公里”、云海山庄-水头沙森林防火道建设。", "两个十八公里")]
    // chongqing_2026 (development): six channels opened (listed among count phrases by its coder).
    [InlineData("制度型开放释放新活力，中新互联互通项目十年开辟“六条通道”，探索形成33项首创性制度型开放成果。", "六条通道")]
    public void Routes_counted_in_quotation_marks_are_no_formula(string sentence, string count)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(count, StringComparison.Ordinal));
    }

    [Theory]
    // guangdong-gwr-2025 (unseen26h): four intercity lines joined, coded (borderline) by both coders; a line is no site.
    [InlineData("广佛南环、佛莞城际开通运营，与佛肇、莞惠城际“四线贯通”，实现城际公交化运营。", "四线贯通")]
    public void A_count_of_lines_joined_stays_as_coded(string sentence, string label)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // pingshan-gwr-2021 (unseen26l): the fostering of industrial momentum is the field (coded 产业动能培育六大计划 | 六大计划).
    [InlineData("实施产业动能培育“六大计划”。实施百亿企业培育计划。", "产业动能培育“六大计划”")]
    // longgang-gwr-2025 (unseen26j): law carried into seven kinds of places (coded 法律七进活动 | 法律七进).
    [InlineData("出台“一社区一法律顾问”法律服务指引规范。广泛开展法律“七进”活动，让法治成为社会共识和基本准则。", "法律“七进”")]
    public void A_generic_count_label_is_read_with_its_field(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface.Contains(surface, StringComparison.Ordinal) && !m.Nested);
        Assert.DoesNotContain(found, m => !m.Nested && m.Surface.Length <= 4 && surface.EndsWith("“" + m.Surface + "”", StringComparison.Ordinal));
    }

    [Fact]
    // sichuan_2026 (development): 培育 ends the last member of a list the label sums up; the label stays bare, as its gold codes it.
    public void A_label_summing_up_a_list_of_fostering_stays_bare()
    {
        const string sentence = "深入开展国有企业六大优势产业提升、省属企业战略性新兴产业培育、省属企业专精特新企业培育“三大行动”。";
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.EndsWith("培育“三大行动”", StringComparison.Ordinal)
            && (m.Surface.StartsWith("省属企业专精特新", StringComparison.Ordinal) || m.Surface.StartsWith("专精特新", StringComparison.Ordinal)));
    }
}
