// Data tests of Text/Data/counties.tsv (round 52, places52): the county-level divisions PlaceCampaignFinder reads for
// district and county campaigns load from the assembly, with the counts of the file and a few known entries.
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>The embedded county-level divisions: loaded, counted, and their short names as running text writes them.</summary>
public sealed class CountiesTests
{
    [Fact]
    public void The_embedded_table_loads_every_short_name_of_two_characters_or_more()
    {
        // 2,854 divisions of china-division 2.7.0 (functional areas 70-79 left out), 2,668 distinct short names: those
        // that keep their type (城区, 矿区, 赵县) have none.
        Assert.Equal(2668, Counties.ShortNames().Count());
        Assert.All(Counties.ShortNames(), s => Assert.True(s.Length >= 2, s));
        Assert.Equal(8, Counties.LongestShortName);
    }

    [Theory]
    [InlineData("光明", "光明区")] // Shenzhen
    [InlineData("福田", "福田区")]
    [InlineData("坪山", "坪山区")]
    [InlineData("龙岗", "龙岗区")]
    [InlineData("高阳", "高阳县")] // Baoding
    [InlineData("长阳", "长阳土家族自治县")] // the peoples dropped with the type
    [InlineData("巴里坤", "巴里坤哈萨克自治县")] // a people written without 族
    [InlineData("浦东", "浦东新区")]
    [InlineData("清新", "清新区")] // 清新区 is a district, not 清 + 新区
    public void A_short_name_stands_for_its_full_name(string shortName, string fullName)
    {
        Assert.Contains(fullName, Counties.FullNames(shortName));
    }

    [Fact]
    public void Names_that_keep_their_type_and_functional_areas_have_no_short_name()
    {
        Assert.Empty(Counties.FullNames("城区"));
        Assert.Empty(Counties.FullNames("赵"));
        Assert.Equal(["北戴河区"], Counties.FullNames("北戴河")); // 北戴河新区 is a functional area (130372), left out
        Assert.Equal(["朝阳区", "朝阳县"], Counties.FullNames("朝阳").Order(StringComparer.Ordinal));
        Assert.Equal(["鼓楼区"], Counties.FullNames("鼓楼")); // Nanjing, Xuzhou, Fuzhou, Kaifeng: one full name
    }
}
