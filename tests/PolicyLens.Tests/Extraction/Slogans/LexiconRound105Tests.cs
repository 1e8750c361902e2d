// Specifications of round 105's entries (issue 13, lexcoded105; tools/lexicon/curated/round105-lexcoded105.txt): national
// formulas and programmes the readable golds code at most of the places they are written, in two or more texts, that the
// start build reported nowhere (政治纪律和政治规矩, 法治思维和法治方式, 新的文化使命, 科技特派团): readable +34, none removed. Real sentences of the
// readable reports, each file named.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound105Tests
{
    [Theory]
    // 严守政治纪律和政治规矩，从严从实抓好中央巡视反馈意见整改 (guangdong 2026); 严守党的政治纪律和政治规矩 (zhumadian 2018).
    [InlineData("provincial/guangdong_2026.txt", "政治纪律和政治规矩", "政治纪律和政治规矩", 1)]
    [InlineData("provincial/chongqing_2026.txt", "政治纪律和政治规矩", "政治纪律和政治规矩", 1)]
    [InlineData("municipal/zhumadian_2018.txt", "政治纪律和政治规矩", "政治纪律和政治规矩", 1)]
    // 不断提高运用法治思维和法治方式解决问题的能力 (jilin 2026); 把法治思维和法治方式贯穿政府工作各领域和全过程 (zhumadian 2024).
    [InlineData("provincial/jilin_2026.txt", "法治思维和法治方式", "法治思维和法治方式", 1)]
    [InlineData("municipal/zhumadian_2024.txt", "法治思维和法治方式", "法治思维和法治方式", 1)]
    // 建设中华民族现代文明这个新的文化使命; 要勇担新的文化使命; 自觉担负起新的文化使命 (the provincial conference of 2023, c2 codes it).
    [InlineData("unseen/gd-propaganda-culture-conference-2023.txt", "新的文化使命", "新的文化使命", 4)]
    // 组建266个科技特派团服务企业 … 发挥科技特派团作用 (hebei 2023); 医疗、教育干部人才“组团式”帮扶和科技特派团选派 (No. 1 document 2024).
    [InlineData("unseen/hebei-gwr-2023.txt", "科技特派团", "科技特派团", 2)]
    [InlineData("unseen/cpc-rural-revitalization-opinion-2024.txt", "科技特派团", "科技特派团", 1)]
    // 科技特派团助力企业攻克技术难关 (hebei 2026); the hebei reports of 2023-2025 write it twice each.
    [InlineData("provincial/hebei_2026.txt", "科技特派团", "科技特派团", 1)]
    [InlineData("unseen/hebei-gwr-2024.txt", "科技特派团", "科技特派团", 2)]
    public void A_national_term_the_golds_code_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // 担负起新时代新的文化使命 (shenzhen 2024 and 2025): the longer entry keeps the place, the bare one is not reported inside it.
    [InlineData("unseen/shenzhen-gwr-2024.txt")]
    [InlineData("unseen/shenzhen-gwr-2025.txt")]
    public void The_longer_entry_keeps_its_place(string name)
    {
        Assert.Equal(1, Reported(name, "新时代新的文化使命", "新时代新的文化使命"));
        Assert.Equal(0, Reported(name, "新的文化使命", "新的文化使命"));
    }
}
