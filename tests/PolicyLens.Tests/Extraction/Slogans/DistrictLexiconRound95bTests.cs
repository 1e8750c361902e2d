// Specifications of round 95's district entries of 光明区, 龙岗区 and 大鹏新区 (issue 13, district95b;
// tools/lexicon/curated/round95-district95b.txt): each district's own recurring goals, brands and mechanisms, scoped to the
// district by its full name, reported in its readable report and nowhere a text does not name the district three times.
// Real reports and sentences of the readable Shenzhen district reports (each file named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class DistrictLexiconRound95bTests
{
    [Theory]
    // The full names the scopes need (guangming 12 times, longgang 10, dapeng 5).
    [InlineData("unseen/guangming-gwr-2025.txt", "光明区")]
    [InlineData("unseen/longgang-gwr-2025.txt", "龙岗区")]
    [InlineData("unseen/dapeng-gwr-2025.txt", "大鹏新区")]
    public void A_district_report_names_its_district_in_full_often_enough_for_the_scope(string name, string district)
    {
        int named = TimesWritten(name, district);
        Assert.True(named >= Lexicon.PlaceMentionsNeeded, $"{name} names {district} {named} times");
    }

    [Theory]
    // 高标准建设世界一流科学城 (l1 codes its four places); 把“田园上的科学城”越建越美; 大力培育发展科研经济;
    // “数治光明”整合接入5大领域113项城市运行指标; 精心塑造“山水连城”绿美光明; 织密经济服务格 and 8.经济服务格工作机制;
    // 全市率先开展科普教育学分制试点. The bare 经济服务格 also where 78个经济服务格 and 组建经济服务格服务队伍 (l1 codes five places).
    [InlineData("unseen/guangming-gwr-2025.txt", "世界一流科学城", "世界一流科学城", 4)]
    [InlineData("unseen/guangming-gwr-2025.txt", "田园上的科学城", "田园上的科学城", 2)]
    [InlineData("unseen/guangming-gwr-2025.txt", "科研经济", "科研经济", 3)]
    [InlineData("unseen/guangming-gwr-2025.txt", "数治光明", "数治光明", 3)]
    [InlineData("unseen/guangming-gwr-2025.txt", "山水连城", "山水连城", 3)]
    [InlineData("unseen/guangming-gwr-2025.txt", "经济服务格工作机制", "经济服务格工作机制", 1)]
    [InlineData("unseen/guangming-gwr-2025.txt", "经济服务格工作机制", "经济服务格", 4)]
    [InlineData("unseen/guangming-gwr-2025.txt", "科普教育学分制", "科普教育学分制", 2)]
    // 奋力打造有意思、有商机、有得住、有品质的现代化城区典范 (twice) and 让龙岗更加有意思、有商机、有得住、有品质 (j3 codes all three).
    [InlineData("unseen/longgang-gwr-2025.txt", "有意思、有商机、有得住、有品质的现代化城区典范", "有意思、有商机、有得住、有品质的现代化城区典范", 2)]
    [InlineData("unseen/longgang-gwr-2025.txt", "有意思、有商机、有得住、有品质的现代化城区典范", "有意思、有商机、有得住、有品质", 1)]
    [InlineData("unseen/longgang-gwr-2025.txt", "AI龙岗", "AI龙岗", 1)]
    [InlineData("unseen/longgang-gwr-2025.txt", "事交我办无问题", "事交我办无问题", 2)]
    // 加快建设世界级滨海生态旅游度假区 (l3 codes both places).
    [InlineData("unseen/dapeng-gwr-2025.txt", "世界级滨海生态旅游度假区", "世界级滨海生态旅游度假区", 2)]
    public void A_district_formula_is_reported_in_its_report(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // unseen/guangming-gwr-2025, without the rest of its report: a sentence naming the district fewer than three times gets
    // no district entry.
    [InlineData("紧紧围绕区委“一城三区”总目标，高标准建设世界一流科学城，加快打造大湾区综合性国家科学中心先行启动区。", "世界一流科学城")]
    // unseen/dapeng-gwr-2025.
    [InlineData("加快建设世界级滨海生态旅游度假区、全球海洋中心城市集中承载区。", "世界级滨海生态旅游度假区")]
    public void A_sentence_naming_no_district_gets_no_district_entry(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }

    [Fact]
    public void Another_district_writing_the_words_gets_no_Guangming_entry()
    {
        // unseen/pingshan-gwr-2021: 实施“山水连城”计划 is Pingshan's own, under Pingshan's name; Guangming's entry stays out.
        Assert.DoesNotContain(InReport("unseen/pingshan-gwr-2021.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "山水连城");
    }
}
