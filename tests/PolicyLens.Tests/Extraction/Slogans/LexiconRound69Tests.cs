// Specifications of round 69's lexicon69 entries (issue 13, tools/lexicon/curated/round69-lexicon69.txt): established 、-chains
// the readable golds code whole, now lexicon entries, and fuller spellings of chain entries the build already had; and the
// chains read and rejected (rejected.txt) that stay no lexicon mention. Sentences of the readable development reports and the
// opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound69Tests
{
    [Theory]
    // municipal/zhumadian_2024: the 20th Congress's grassroots governance platform, whole (the build reported 网格化管理 alone).
    [InlineData("提升乡村治理水平，完善网格化管理、精细化服务、信息化支撑的基层治理平台，持续推进农村移风易俗，塑造文明乡风。", "网格化管理、精细化服务、信息化支撑", "网格化管理、精细化服务、信息化支撑")]
    // unseen/gd-15th-fyp-proposal: Guangdong's county-empowerment reform, both halves.
    [InlineData("统筹扩权强县、强县扩权和县镇管理体制改革，支持东莞、中山探索开展特大镇（中心镇）扩权赋能改革试点。", "扩权强县、强县扩权", "扩权强县")]
    // unseen/guangming-gwr-2025: Guangdong's charge to Shenzhen.
    [InlineData("为深圳加快建设更具全球影响力的经济中心城市和现代化国际大都市，在推进中国式现代化的伟大实践中走在前列、勇当尖兵作出新的更大贡献。", "走在前列、勇当尖兵", "走在前列、勇当尖兵")]
    // unseen/hebei-gwr-2022: Hebei's six-step project mechanism, with its quotation marks.
    [InlineData("完善推进机制，突出抓好“实、考、保、包、促、评”，实施项目清单管理，加强要素服务保障。", "“实、考、保、包、促、评”", "实、考、保、包、促、评")]
    public void An_established_chain_the_golds_code_whole_is_one_lexicon_mention(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // unseen/hebei-gwr-2023: the pair without 信息化支撑, a variant of the chain.
    [InlineData("完善基层治理平台，强化网格化管理、精细化服务。", "网格化管理、精细化服务", "网格化管理、精细化服务、信息化支撑")]
    // unseen/guangdong-gwr-2025: the reform's halves joined by 和.
    [InlineData("推进扩权强县和强县扩权，深化赋予特大镇同人口和经济规模相适应的经济社会管理权改革。", "扩权强县和强县扩权", "扩权强县")]
    // unseen/guangdong-plan-outline-2026-1: the modern enterprise system's formula with 责权 (gwr 1994's spelling).
    [InlineData("落实广东省现代企业制度建设促进条例，在完善产权清晰、责权明确、政企分开、管理科学的现代企业制度上率先突破。", "产权清晰、责权明确、政企分开、管理科学", "产权清晰、权责明确、政企分开、管理科学")]
    public void A_fuller_or_other_spelling_is_a_variant_of_the_chain(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    // unseen/gd-governor-speech-2024: the three driving forces without 、 (the build reported a bare 三大动力, judged wrong). The
    // entry is Guangdong's (round 22, @place 广东): reported in a Guangdong document.
    [Fact]
    public void The_three_driving_forces_without_commas_are_a_variant_in_a_Guangdong_text()
    {
        const string text = "我们要抓住用好粤港澳大湾区高水平人才高地建设机遇，大力培养引进各类创新人才，着力激活改革开放创新三大动力，畅通教育、科技、人才良性循环，让各类先进优质生产要素向发展新质生产力顺畅流动。";
        IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2024, Region: "广东"));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "改革开放创新三大动力" && m.Canonical == "改革、开放、创新三大动力" && !m.Nested);
    }

    [Theory]
    // unseen/guangdong-plan-outline-2026-2: coded there, uncoded in gd-15th-fyp-proposal and guangdong_2026 (rejected).
    [InlineData("坚持经略海洋、向海图强，建设全国海洋经济发展示范区，以海洋经济发展带动全面建设海洋强省。", "经略海洋、向海图强")]
    // provincial/guangdong_2023: the gold codes 教育优先发展 and 科技自立自强 here, so the chain stays no entry (rejected).
    [InlineData("坚持教育优先发展、科技自立自强、人才引领驱动，全面建设教育强省、科技创新强省、人才强省。", "教育优先发展、科技自立自强、人才引领驱动")]
    // provincial/fujian_2026: uncoded by its gold (rejected).
    [InlineData("推动生活垃圾分类提质增效，倡导简约适度、绿色低碳、文明健康的生活方式。", "简约适度、绿色低碳、文明健康的生活方式")]
    public void A_rejected_chain_is_not_a_lexicon_mention(string text, string form)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == form);
    }
}
