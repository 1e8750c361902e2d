// Specifications of round 109's entries (issue 13, miss109; tools/lexicon/curated/round109-miss109.txt): national vocabulary
// that unseen26p's coders (four 海拉尔区 reports, 2016-2019) code and the tool missed, kept only where the national texts and
// readable reports of other places write the same spelling. Five entries gain a spelling (the institution written without
// its head word, or the reform's full name), four are new: readable +39 mentions, 4 of them redraws of a cut span (行政执法体制改革 inside
// 综合行政执法体制改革), all read right. Real sentences of the readable reports, each file
// named; every entry has places outside unseen26p.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class MissRound109Tests
{
    [Theory]
    // 基本药物制度在30%的基层医疗卫生机构实施 … 实施基本药物制度 (gwr 2010); 基本药物制度全面实施 (海拉尔 2016).
    [InlineData("gwr/2010.txt", "国家基本药物制度", "基本药物制度", 2)]
    [InlineData("unseen/hailaer-gwr-2016.txt", "国家基本药物制度", "基本药物制度", 1)]
    // 扩大城镇职工基本医疗保险覆盖面 and 2007年城镇职工基本医疗保险参保人数 (gwr 2008); 城镇职工基本医疗保险待遇 (海拉尔 2019).
    [InlineData("gwr/2008.txt", "城镇职工基本医疗保险制度", "城镇职工基本医疗保险", 2)]
    [InlineData("unseen/hailaer-gwr-2019.txt", "城镇职工基本医疗保险制度", "城镇职工基本医疗保险", 1)]
    // 做好重大项目社会稳定风险评估 (驻马店 2017); 健全重大决策社会稳定风险评估和突发事件应急管理机制 (gwr 2013, a shared head).
    [InlineData("municipal/zhumadian_2017.txt", "社会稳定风险评估机制", "社会稳定风险评估", 1)]
    [InlineData("gwr/2013.txt", "社会稳定风险评估机制", "重大决策社会稳定风险评估", 1)]
    // 统筹推进生态环境损害赔偿 (广东 2025; the third plenum's decision of 2024); 探索完善生态环境损害赔偿、生态保护补偿… (福建 2026).
    [InlineData("unseen/guangdong-gwr-2025.txt", "生态环境损害赔偿制度", "生态环境损害赔偿", 1)]
    [InlineData("unseen/cpc-third-plenum-decision-2024.txt", "生态环境损害赔偿制度", "生态环境损害赔偿", 1)]
    [InlineData("provincial/fujian_2026.txt", "生态环境损害赔偿制度", "生态环境损害赔偿", 1)]
    // 深化街道综合行政执法体制改革 (福田 2023, 龙华 2024); 推进综合行政执法体制改革 (海拉尔 2018).
    [InlineData("unseen/futian-gwr-2023.txt", "综合行政执法改革", "综合行政执法体制改革", 1)]
    [InlineData("unseen/longhua-gwr-2024.txt", "综合行政执法改革", "综合行政执法体制改革", 1)]
    [InlineData("unseen/hailaer-gwr-2018.txt", "综合行政执法改革", "综合行政执法体制改革", 1)]
    // 积极推行政府法律顾问制度 (gwr 2016); 完善政府法律顾问制度 (深圳 2022); 加强政府法律顾问制度建设 (驻马店 2020).
    [InlineData("gwr/2016.txt", "政府法律顾问制度", "政府法律顾问制度", 1)]
    [InlineData("unseen/shenzhen-gwr-2022.txt", "政府法律顾问制度", "政府法律顾问制度", 1)]
    [InlineData("municipal/zhumadian_2020.txt", "政府法律顾问制度", "政府法律顾问制度", 1)]
    // 启动不动产统一登记 (gwr 2014); 建立不动产统一登记制度 (gwr 2018, whole); 不动产统一登记、机关事业单位养老保险… (海拉尔 2017).
    [InlineData("gwr/2014.txt", "不动产统一登记", "不动产统一登记", 1)]
    [InlineData("gwr/2018.txt", "不动产统一登记", "不动产统一登记制度", 1)]
    [InlineData("unseen/hailaer-gwr-2017.txt", "不动产统一登记", "不动产统一登记", 2)]
    // 坚持党要管党、从严治党 (the 17th and 18th congress reports).
    [InlineData("cpc-congress/17_2007.txt", "党要管党、从严治党", "党要管党、从严治党", 1)]
    [InlineData("cpc-congress/18_2012.txt", "党要管党、从严治党", "党要管党、从严治党", 1)]
    // 坚决把纪律和规矩挺在前面 (驻马店 2017); 坚持把… (驻马店 2018); 始终把… (海拉尔 2019): 把 stays out, as the golds list it.
    [InlineData("municipal/zhumadian_2017.txt", "纪律和规矩挺在前面", "纪律和规矩挺在前面", 1)]
    [InlineData("municipal/zhumadian_2018.txt", "纪律和规矩挺在前面", "纪律和规矩挺在前面", 1)]
    [InlineData("unseen/hailaer-gwr-2019.txt", "纪律和规矩挺在前面", "纪律和规矩挺在前面", 1)]
    public void A_national_term_the_coders_code_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // The shorter entry no longer cuts the whole form: 行政执法体制改革 inside 综合行政执法体制改革 (光明 2021, 福田 2023).
    [InlineData("unseen/guangming-gwr-2021.txt", "行政执法体制改革")]
    [InlineData("unseen/futian-gwr-2023.txt", "行政执法体制改革")]
    public void The_cut_span_is_gone(string name, string surface)
    {
        Assert.DoesNotContain(InReport(name), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Fact]
    public void The_long_entries_keep_their_places()
    {
        // 建立国家基本药物制度 (17th congress): the full name, not the short spelling inside it.
        Assert.Equal(1, Reported("cpc-congress/17_2007.txt", "国家基本药物制度", "国家基本药物制度"));
        // 落实重大决策社会稳定风险评估机制 (驻马店 2018): the mechanism whole.
        Assert.Equal(1, Reported("municipal/zhumadian_2018.txt", "社会稳定风险评估机制", "重大决策社会稳定风险评估机制"));
    }
}
