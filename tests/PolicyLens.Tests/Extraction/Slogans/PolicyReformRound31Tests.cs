// Specifications of the policy finder's round 31 (issue 13, branch policy31): the reform of a named institution (…制度改革,
// …体制改革, …机制改革) is a named reform unquoted, as the unseen sets' coders code it (信访制度改革, 中考制度改革,
// 县镇管理体制改革, 文化体制机制改革) and the codebook's scope clarification names 行政审批制度改革; a member of a list that
// shares the head, and an institution named by a generic word (管理体制, 人事制度, a unit's 内部管理体制), stay unreported.
// Real sentences of the development reports, the national corpus and the opened unseen26/unseen26b texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>…制度改革, …体制改革 and …机制改革 of a named institution are named reforms.</summary>
public sealed class PolicyReformRound31Tests
{
    [Theory]
    [InlineData("加强本科层次职业学校培育，探索实施职教高考制度改革。", "职教高考制度改革")] // sichuan 2026
    [InlineData("深化开发区一体化管理制度改革，打造现代化产业园区。", "开发区一体化管理制度改革")] // fujian 2026
    [InlineData("深化开发区体制机制改革，完善省、市、开发区管理体制。", "开发区体制机制改革")] // liaoning 2026
    [InlineData("加强和改进人民信访工作，深化信访制度改革，推进信访工作法治化。", "信访制度改革")] // unseen/cpc-social-work-opinion-2026
    [InlineData("要持续推动基层改革增效，深化县镇管理体制改革，进一步完善分类考核机制。", "县镇管理体制改革")] // unseen/gd-baiqianwan-meeting-2026
    [InlineData("深化教育综合改革，推进高考综合改革、中考制度改革。", "中考制度改革")] // unseen/gd-15th-fyp-proposal
    [InlineData("抓好电力和石油天然气体制改革，开放竞争性业务。", "电力和石油天然气体制改革")] // gwr 2017
    public void The_reform_of_a_named_institution_is_a_named_reform(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }

    [Theory]
    [InlineData("今年要基本完成高等学校招生、缴费制度改革，进一步完善助学金制度。")] // gwr 1997: 招生、缴费 share 制度改革
    [InlineData("继续深化企业劳动人事制度和分配制度改革，完善内部机制。")] // gwr 1994
    [InlineData("推进财政事权和支出责任划分、预算管理、政府采购制度改革，严防资金低效无效。")] // zhumadian 2020
    [InlineData("推进农村义务教育以县为主的管理体制改革，保证教师工资按时足额发放。")] // gwr 2002: 管理体制 alone
    [InlineData("深化人事制度改革，引入竞争激励机制。")] // cpc-congress 15: a field every sector has
    [InlineData("深化学校内部管理体制改革，高度重视学校思想政治工作。")] // gwr 2000: a unit's internal management
    [InlineData("持续深化重点领域体制机制改革。")] // unseen/gd-zhongshan-opinion-2026: a category
    // Round 33: unseen/gd-baiqianwan-onsite-meeting-2023 (unseen26e's judged sample): 大|抓 is the clause's verb, and 体制机制
    // after it names no institution.
    [InlineData("持续改善县镇村发展环境，建设更美好家园。要大抓体制机制改革，激发释放县镇村发展活力。")]
    public void A_shared_head_member_or_a_generic_institution_is_no_named_reform(string sentence)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith("改革", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reform_before_the_noun_it_qualifies_is_no_name()
    {
        // guangdong 2026: 高风险金融机构改革化险, the reform and risk resolution of high-risk institutions.
        Assert.DoesNotContain(Policies("抓好高风险金融机构改革化险，推动中小金融机构减量提质。"), m => m.Surface.Contains("改革", StringComparison.Ordinal));
    }
}
