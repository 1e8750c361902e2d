// Specifications of policy round 44 (issue 13, branch policy44): a reform named between its introducing verb and the clause's
// end (深化县镇扩权赋能改革， 推进要素配置市场化改革。) is a named reform whole, as the readable golds code it; a category of reforms
// (重点领域改革, 小切口专项改革, a list closed by 等), a stretch that opens with the verb's particle (实行了…), and a reform whose stem
// holds a lexicon formula (深化疾病预防控制体系改革: the development judges read the formula right there) are not reported so.
// A benefit policy named by its beneficiary or object after an introducing verb (落实生育补贴政策。) is a named policy; the
// instrument after the purse it comes from (财政补贴政策) is not.
// Real sentences of the development reports, the national corpus and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>深化/推进/推行/实施 … + a reform's name + 改革 + the clause's end is a named reform.</summary>
public sealed class PolicyRound44Tests
{
    [Theory]
    [InlineData("深化县镇扩权赋能改革，赋予县更多市级经济社会管理权限，赋予部分中心镇县级管理权限，确保放到位、接得住、管得好。", "县镇扩权赋能改革")] // unseen/gd-baiqianwan-decision
    [InlineData("推进要素配置市场化改革。", "要素配置市场化改革")] // zhumadian 2020
    [InlineData("深化财税金融改革，健全预算管理机制，抓好税收征管改革国家试点。", "财税金融改革")] // unseen/hebei-gwr-2022
    [InlineData("盘活用好各类公共文化设施资源，健全社会力量参与公共文化服务机制，有序推进公共文化设施所有权和使用权分置改革。", "公共文化设施所有权和使用权分置改革")] // unseen/cpc-15th-fyp-outline
    [InlineData("深化金融化险改革。", "金融化险改革")] // liaoning 2026
    public void A_reform_named_after_its_introducing_verb_is_a_named_reform(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }

    [Theory]
    [InlineData("聚焦专项改革，扎实抓好“一市一试点、一县一特色”专项改革，优先抓好民生领域改革，鼓励基层因地制宜开展小切口专项改革。", "小切口专项改革")] // fujian 2026: a kind of reform
    [InlineData("财政体制在分税制改革的基础上，实行了所得税分享改革。", "所得税分享改革")] // gwr 2003: 了 is the verb's, the stretch no name
    [InlineData("深化供水、供气、供热等公用事业价格改革。", "公用事业价格改革")] // a list closed by 等
    [InlineData("深化财税、国资国企、农村等重点领域改革，", "重点领域改革")] // a category of reforms
    public void A_category_of_reforms_or_a_stretch_cut_at_the_verb_is_no_named_reform(string sentence, string tail)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(tail, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reform_whose_stem_holds_a_lexicon_formula_is_left_to_the_formula()
    {
        // gwr 2021: mentions-dev-lexrecall14.tsv judges 疾病预防控制体系 right here.
        IReadOnlyList<SloganMention> mentions = Mentions("深入开展爱国卫生运动，深化疾病预防控制体系改革，强化基层公共卫生体系，创新医防协同机制。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "疾病预防控制体系");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Policy && m.Surface.EndsWith("体系改革", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("扩大长期护理保险覆盖面，增加普惠性养老床位2000个。落实生育补贴政策。", "生育补贴政策")] // jilin 2026
    [InlineData("支持西宁建设青藏高原区域性消费中心城市。落实离境退税政策，扩大入境消费。", "离境退税政策")] // qinghai 2026
    [InlineData("用好新型政策性金融工具，持续实施重点项目贷款贴息政策，扩大省级REITs项目库。", "重点项目贷款贴息政策")] // shaanxi 2026
    [InlineData("完善计划生育利益导向机制，全面落实计划生育四项手术免费政策，", "计划生育四项手术免费政策")] // zhumadian 2009
    public void A_benefit_named_by_its_beneficiary_after_an_introducing_verb_is_a_named_policy(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }

    [Fact]
    public void A_benefit_named_by_its_purse_is_no_named_policy()
    {
        // qinghai 2026: the subsidies of public finance in general.
        Assert.DoesNotContain(Policies("深化市场准入壁垒清理整治，规范税收优惠、财政补贴政策。"), m => m.Surface.EndsWith("补贴政策", StringComparison.Ordinal));
        Assert.False(IntroducedProgrammeFinder.IsNamedBenefit("财政补贴"));
        Assert.True(IntroducedProgrammeFinder.IsNamedBenefit("离境退税"));
    }
}
