// Specifications of round 99's second pass on the southern and western provinces' own signature formulas (issue 13, prov99;
// tools/lexicon/curated/round99-prov99.txt): the centre's charges and the positionings set from them that round 96 did not
// write, each scoped to its province (@place). Where a readable report of the province writes an entry, the test reads that
// real report (each file named); where none does, the entry stands on its documented source, and the test reads a sentence
// written here from that source's wording (not corpus text) that names the province three times (the scope), and the same
// sentence naming no place, where nothing of the province's is reported.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProvinceLexiconRound99Tests
{
    [Theory]
    // 在新起点上努力建设团结和谐、繁荣富裕、文明进步、安居乐业、生态良好的社会主义现代化新疆 (formulas-dev-recall20-xinjiang codes it).
    [InlineData("provincial/xinjiang_2026.txt", "团结和谐、繁荣富裕、文明进步、安居乐业、生态良好", "团结和谐、繁荣富裕、文明进步、安居乐业、生态良好", 1)]
    // 维护国家地缘安全的战略屏障更加巩固 and 加快建设全国能源资源战略保障基地和优质农牧产品重要供给基地 (both coded there).
    [InlineData("provincial/xinjiang_2026.txt", "维护国家地缘安全的战略屏障", "维护国家地缘安全的战略屏障", 1)]
    [InlineData("provincial/xinjiang_2026.txt", "优质农牧产品重要供给基地", "优质农牧产品重要供给基地", 1)]
    // 兵地融合发展步入快车道 … 坚持兵地融合发展; 增强综合实力和维稳戍边能力 … 形成新时代维稳戍边新优势.
    [InlineData("provincial/xinjiang_2026.txt", "兵地融合发展", "兵地融合发展", 2)]
    [InlineData("provincial/xinjiang_2026.txt", "维稳戍边", "维稳戍边", 3)]
    // 探索超大城市现代化治理新路子取得实效 … 持续推进超大城市现代化治理 (formulas-dev-recall18c codes all three places).
    [InlineData("provincial/chongqing_2026.txt", "超大城市现代化治理", "超大城市现代化治理", 3)]
    public void A_province_formula_is_reported_in_its_readable_reports(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // Sentences written for this test from each entry's documented source (the note in round99-prov99.txt), not corpus text:
    // no readable report of the province writes the entry.
    [InlineData("青海", "世界级盐湖产业基地",
        "{0}加快建设{1}，推动{0}产业“四地”建设，{0}高质量发展迈出新步伐。")]
    [InlineData("青海", "绿色有机农畜产品输出地",
        "{0}加快打造{1}，推动{0}产业“四地”建设，{0}高质量发展迈出新步伐。")]
    public void A_documented_province_formula_is_reported_only_where_the_province_is_named(string province, string canonical, string sentence)
    {
        AssertReportedOnlyWherePlaceIsNamed(province, canonical, sentence);
    }
}
