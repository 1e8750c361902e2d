// Specifications of round 107's entries (issue 13, era107; tools/lexicon/curated/round107-era107.txt): the national vocabulary
// of 2013-2020 (the 18th congress period and the 13th five-year plan) the lexicon lacked, each written in three or more
// national texts of those years and read whole at every readable place: readable +41 (gwr) and the congress reports' places,
// none removed. Real sentences of the national reports, each file named.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound107Tests
{
    [Theory]
    // 积极推进中国特色军事变革 (gwr 2004); 中国特色军事变革成就显著 (gwr 2016); …取得重大成就 and 推动…深入发展 (18th congress).
    [InlineData("gwr/2004.txt", "中国特色军事变革", "中国特色军事变革", 1)]
    [InlineData("gwr/2016.txt", "中国特色军事变革", "中国特色军事变革", 1)]
    [InlineData("cpc-congress/18_2012.txt", "中国特色军事变革", "中国特色军事变革", 2)]
    // 能源生产和消费革命，关乎发展与民生 (gwr 2015); 推进能源生产和消费革命 (19th congress).
    [InlineData("gwr/2015.txt", "能源生产和消费革命", "能源生产和消费革命", 1)]
    [InlineData("cpc-congress/19_2017.txt", "能源生产和消费革命", "能源生产和消费革命", 1)]
    // 建设中国特色新型智库 (gwr 2017); 加强中国特色新型智库建设 (19th congress).
    [InlineData("gwr/2017.txt", "中国特色新型智库", "中国特色新型智库", 1)]
    [InlineData("cpc-congress/19_2017.txt", "中国特色新型智库", "中国特色新型智库", 1)]
    // 建设一批全面创新改革试验区 (gwr 2016, the designation whole); 推进全面创新改革试验 (gwr 2018).
    [InlineData("gwr/2016.txt", "全面创新改革试验", "全面创新改革试验区", 1)]
    [InlineData("gwr/2018.txt", "全面创新改革试验", "全面创新改革试验", 1)]
    // 探索耕地轮作休耕制度试点 (gwr 2016); 耕地轮作休耕试点面积增加到3000万亩 (gwr 2018); 扩大轮作休耕试点 (19th congress).
    [InlineData("gwr/2016.txt", "耕地轮作休耕", "耕地轮作休耕制度试点", 1)]
    [InlineData("gwr/2018.txt", "耕地轮作休耕", "耕地轮作休耕试点", 1)]
    [InlineData("cpc-congress/19_2017.txt", "耕地轮作休耕", "轮作休耕试点", 1)]
    // 持续推动网络提速降费 (gwr 2019).
    [InlineData("gwr/2019.txt", "网络提速降费", "网络提速降费", 1)]
    // 积极稳妥去杠杆，控制债务规模 (gwr 2018); 稳步推进结构性去杠杆 … 坚持结构性去杠杆 (gwr 2019).
    [InlineData("gwr/2018.txt", "去杠杆", "去杠杆", 1)]
    [InlineData("gwr/2019.txt", "去杠杆", "结构性去杠杆", 2)]
    // 在区间调控基础上实施定向调控 … 实行定向调控 … 更加注重定向调控 (gwr 2015); 加强定向调控、相机调控 (gwr 2017, twice).
    [InlineData("gwr/2015.txt", "定向调控", "定向调控", 3)]
    [InlineData("gwr/2017.txt", "相机调控", "相机调控", 2)]
    // 推进工业强基、智能制造、绿色制造等重大工程 (gwr 2018): the first of the projects sharing the head 工程.
    [InlineData("gwr/2018.txt", "工业强基工程", "工业强基", 1)]
    public void A_national_term_of_2013_2020_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // 抓好去产能、去库存、去杠杆、降成本、补短板 (gwr 2016): the five-task chain (三去一降一补) keeps the place.
    [InlineData("gwr/2016.txt", "三去一降一补", "去产能、去库存、去杠杆、降成本、补短板", "去杠杆")]
    // 加强定向调控、相机调控、精准调控 (gwr 2018): the triple keeps the place.
    [InlineData("gwr/2018.txt", "定向调控、相机调控、精准调控", "定向调控、相机调控、精准调控", "定向调控")]
    public void The_longer_entry_keeps_its_place(string name, string longer, string surface, string shorter)
    {
        Assert.Equal(1, Reported(name, longer, surface));
        Assert.Equal(0, Reported(name, shorter, shorter));
    }
}
