// Specifications of round 100's Shenzhen entries (issue 13, sz100; tools/lexicon/curated/round100-sz100.txt): the city's own
// formulas set in 2019-2021 (the positionings and goals of the centre's Opinion on the pilot demonstration zone, August 2019;
// the goal 率先实现社会主义现代化; the 东进、西协、南联、北拓、中优 strategy), scoped to the city (@place 深圳)
// as rounds 94 and 98 scoped the later ones: reported in the readable texts that name 深圳 three times, and nowhere else.
// Real sentences of the readable texts where one writes the entry (each file named); else a sentence written here from the
// Opinion's wording, naming 深圳 three times.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ShenzhenLexiconRound100Tests
{
    [Theory]
    // 创建社会主义现代化强国的城市范例，率先实现社会主义现代化 (j2 and l4 code the goal; gd-15th-fyp-proposal writes it of 深圳).
    [InlineData("unseen/shenzhen-gwr-2024.txt", "率先实现社会主义现代化", "率先实现社会主义现代化", 1)]
    [InlineData("unseen/pingshan-gwr-2021.txt", "率先实现社会主义现代化", "率先实现社会主义现代化", 2)]
    [InlineData("unseen/gd-15th-fyp-proposal.txt", "率先实现社会主义现代化", "率先实现社会主义现代化", 1)]
    // （七）推进文化建设，打造文明城市典范 (l4 codes it as a variant of the positioning 城市文明典范).
    [InlineData("unseen/pingshan-gwr-2021.txt", "城市文明典范", "文明城市典范", 1)]
    // 聚力建设具有全球影响力的创新创业创意之都 (d3 codes it).
    [InlineData("unseen/gd-shenzhen-inspection-2026.txt", "具有全球影响力的创新创业创意之都", "具有全球影响力的创新创业创意之都", 1)]
    // 深入实施“东进、西协、南联、北拓、中优”发展战略 (j3 codes the strategy with 发展战略).
    [InlineData("unseen/shenzhen-gwr-2022.txt", "东进、西协、南联、北拓、中优发展战略", "“东进、西协、南联、北拓、中优”发展战略", 1)]
    public void A_Shenzhen_formula_of_2019_to_2021_is_reported_in_the_readable_texts(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // Sentences written for this test from the Opinion of August 2019 (no readable text naming 深圳 writes these spellings).
    [InlineData("城市文明典范", "{0}要践行社会主义核心价值观，建设{1}，推动{0}文化繁荣，{0}成为引领型全球城市。")]
    [InlineData("法治城市示范", "{0}要全面提升法治建设水平，建设{1}，推动{0}营造国际一流法治化营商环境，{0}走在前列。")]
    [InlineData("现代化国际化创新型城市", "到2025年，{0}经济实力、发展质量跻身全球城市前列，{0}建成{1}，{0}公共服务水平达到国际先进水平。")]
    [InlineData("竞争力、创新力、影响力卓著的全球标杆城市", "到本世纪中叶，{0}以更加昂扬的姿态屹立于世界先进城市之林，{0}成为{1}，{0}再创新辉煌。")]
    public void A_documented_Shenzhen_formula_is_reported_only_where_the_city_is_named(string canonical, string sentence)
    {
        AssertReportedOnlyWherePlaceIsNamed("深圳", canonical, sentence, "全市");
    }

    [Fact]
    public void Another_city_writing_the_words_gets_no_Shenzhen_entry()
    {
        // No readable text of another place writes these spellings: a sentence written here naming 上海 three times, and one
        // naming no place, get no Shenzhen goal (the words are the Opinion's and gd-15th-fyp-proposal's, said of Shenzhen).
        Assert.DoesNotContain(Mentions("上海要建设具有世界影响力的社会主义现代化国际大都市，推动上海率先实现社会主义现代化，上海走在前列。"),
            m => m.Kind == MentionKind.Lexicon && m.Canonical == "率先实现社会主义现代化");
        Assert.DoesNotContain(Mentions("支持全市建设中国特色社会主义先行示范区，努力创建社会主义现代化强国的城市范例，率先实现社会主义现代化。"),
            m => m.Kind == MentionKind.Lexicon && m.Canonical == "率先实现社会主义现代化");
    }
}
