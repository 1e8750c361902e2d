// Specifications of round 102's second pass on the own signature formulas of 云南 广西 西藏 河南 江苏 and 广东 (issue 13, prov102;
// tools/lexicon/curated/round102-prov102.txt), each scoped to its province (@place). Where a readable text of the province writes
// an entry, the test reads that real text (each file named; the golds named in the curated file code every place); where none
// does, the entry stands on its documented source, and the test reads a sentence written here from that source's wording (not
// corpus text) that names the province three times (the scope), and the same sentence naming no place, where nothing of the
// province's is reported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProvinceLexiconRound102Tests
{
    [Theory]
    // 以“再造一个新广东”的闯劲拼劲再出发 … 共同为推动高质量发展、“再造一个新广东”作出应有的贡献: the quoted finder reported both
    // (judged right, mentions-dev-quoted36/37); the entry reports the same spans as lexicon.
    [InlineData("provincial/guangdong_2024.txt", "再造一个新广东", "再造一个新广东", 2)]
    // 以“再造一个新广东”的意志和干劲奋力开拓 (the quoted finder refused it; unseen26c codes it).
    [InlineData("unseen/gd-plenum4-2023.txt", "再造一个新广东", "再造一个新广东", 1)]
    // 这些是再造一个新广东的后劲所在 (unquoted; unseen26h codes it).
    [InlineData("unseen/guangdong-gwr-2025.txt", "再造一个新广东", "再造一个新广东", 1)]
    // 建成3000多个宜居宜业和美乡村及820个特色田园乡村 (formulas-dev-recall17 codes it).
    [InlineData("provincial/jiangsu_2026.txt", "特色田园乡村", "特色田园乡村", 1)]
    // 大力实施文旅文创融合战略 (the policy finder reported the same span before) and 催生了创新驱动、换道领跑的“才富”集聚效应
    // (formulas-dev-recall17 codes 换道领跑): two of Henan's 十大战略 in a Zhumadian report that names 河南 three times or more.
    [InlineData("municipal/zhumadian_2023.txt", "文旅文创融合战略", "文旅文创融合战略", 1)]
    [InlineData("municipal/zhumadian_2023.txt", "换道领跑战略", "换道领跑", 1)]
    public void A_province_formula_is_reported_in_its_readable_texts(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // Sentences written for this test from each entry's documented source (the note in round102-prov102.txt), not corpus text:
    // no readable text of these provinces writes the entry.
    [InlineData("云南", "中国最美丽省份",
        "{0}努力把{0}建设成为{1}，推动{0}生态文明建设迈上新台阶。")]
    [InlineData("广西", "国内国际双循环市场经营便利地",
        "{0}积极打造{1}，推动{0}扩大开放，{0}发展迈上新台阶。")]
    [InlineData("西藏", "团结富裕文明和谐美丽的社会主义现代化新西藏",
        "{0}各族干部群众奋力建设{1}，推动{0}长治久安，{0}高质量发展迈出新步伐。")]
    [InlineData("西藏", "依法治藏、富民兴藏、长期建藏、凝聚人心、夯实基础",
        "{0}坚持{1}的重要原则，推动{0}长治久安，{0}高质量发展迈出新步伐。")]
    [InlineData("河南", "优势再造战略",
        "{0}深入实施{1}，推动{0}现代化建设，{0}发展迈上新台阶。")]
    [InlineData("江苏", "在科技创新上取得新突破、在强链补链延链上展现新作为、在建设中华民族现代文明上探索新经验、在推进社会治理现代化上实现新提升",
        "{0}牢记嘱托，{1}，推动{0}高质量发展，{0}现代化建设迈出新步伐。")]
    public void A_documented_province_formula_is_reported_only_where_the_province_is_named(string province, string canonical, string sentence)
    {
        AssertReportedOnlyWherePlaceIsNamed(province, canonical, sentence);
    }

    [Fact]
    public void Guangdongs_goal_is_not_reported_where_guangdong_is_not_named()
    {
        // A sentence written here: without 广东 named three times, the quoted finder keeps the label and the entry stays out.
        Assert.DoesNotContain(Mentions("全省上下以“再造一个新广东”的闯劲拼劲再出发。"),
            m => m.Kind == MentionKind.Lexicon && m.Canonical == "再造一个新广东");
    }
}
