// Specifications of tools/lexicon/curated/round38-national38.txt (issue 13, round 38): established national vocabulary the lexicon
// lacked — formulas of the 20th Party Congress, the third plenum and the 15th plan, institution-building items and reforms, and two
// talent categories — and the plan whose title holds 教育现代化. Sentences of the national corpus, the development reports and the
// opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconNational38Tests
{
    [Theory]
    // gwr 2025.
    [InlineData("梯度培育创新型企业，促进专精特新中小企业发展壮大，支持独角兽企业、瞪羚企业发展，让更多企业在新领域新赛道跑出加速度。", "新领域新赛道")]
    // provincial/guangdong_2026.
    [InlineData("加快发展融资租赁，加强金融服务供需对接，提升金融服务实体经济质效，优化个人金融服务。", "金融服务实体经济")]
    // unseen/cpc-third-plenum-decision-2024.
    [InlineData("构建城乡统一的建设用地市场。", "城乡统一的建设用地市场")]
    [InlineData("对侵犯各种所有制经济产权和合法利益的行为实行同责同罪同罚，完善惩罚性赔偿制度。", "同责同罪同罚")]
    [InlineData("加强技术经理人队伍建设。", "技术经理人")]
    // unseen/cpc-15th-fyp-outline.
    [InlineData("把积极老龄观、健康老龄化融入经济社会发展全过程，深入开展人口老龄化国情教育，营造孝老敬老社会环境。", "积极老龄观")]
    [InlineData("把积极老龄观、健康老龄化融入经济社会发展全过程，深入开展人口老龄化国情教育，营造孝老敬老社会环境。", "健康老龄化")]
    [InlineData("稳步发展数字人民币。", "数字人民币")]
    [InlineData("深化国有企业分类改革，进一步明晰不同类型国有企业功能定位，加强主责主业管理。", "国有企业分类改革")]
    // gwr 2024.
    [InlineData("我们要坚持教育优先发展，加快推进教育现代化，厚植人民幸福之本，夯实国家富强之基。", "教育现代化")]
    // unseen/guangdong-plan-outline-2026-2.
    [InlineData("健全立法机关和社会公众沟通机制，发挥基层立法联系点民意“直通车”作用，积极推进立法协商。", "基层立法联系点")]
    // provincial/liaoning_2026.
    [InlineData("弘扬科学家精神、劳模精神，培养造就更多战略科学家、科技领军人才、卓越工程师、大国工匠、高技能人才。", "大国工匠")]
    public void National_terms_the_lexicon_lacked_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Fact]
    // unseen/cpc-15th-fyp-outline: the market written with 体系 is the same reform, reported whole.
    public void The_power_market_written_with_its_system_is_the_entry()
    {
        Assert.Contains(Outermost("基本建成全国统一电力市场体系，完善油气“全国一张网”运行调度机制。"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "全国统一电力市场体系" && m.Canonical == "全国统一电力市场");
    }

    [Fact]
    // gwr 2017: the plan's working title holds the formula; the title is the item, so 教育现代化 is not reported inside it.
    public void The_education_plan_s_title_is_reported_and_not_the_formula_inside_it()
    {
        var outermost = Outermost("制定实施《中国教育现代化2030》。");
        Assert.Contains(outermost, m => m.Surface == "中国教育现代化2030" && m.Canonical == "中国教育现代化2035");
        Assert.DoesNotContain(outermost, m => m.Surface == "教育现代化");
    }
}
