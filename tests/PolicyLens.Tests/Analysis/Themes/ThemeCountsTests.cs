using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>Theme shares and entropy per group, on made-up text and on the real reports.</summary>
public sealed class ThemeCountsTests
{
    [Fact]
    public void EveryGroupHasARowPerThemeAndSharesSumToOne()
    {
        ThemeCounts attention = ThemeCounts.Measure(
        [
            ("a", "粮食产量达到6.07亿吨。城镇新增就业1322万人。"),
            ("b", "加强国防和军队建设。"),
            ("a", "农民收入增长。"),
        ]);
        int themes = ThemeClassifier.Default.Themes.Count;
        Assert.Equal(2 * themes, attention.Shares().Count());
        Assert.Equal(["a", "b"], attention.Entropies().Select(e => e.Group));
        foreach (IGrouping<string, ThemeShare> group in attention.Shares().GroupBy(s => s.Group))
        {
            Assert.Equal(1, group.Sum(s => s.Share), 9);
        }

        ThemeShare[] a = [.. attention.Shares().Where(s => s.Group == "a" && s.Characters > 0)];
        Assert.Equal(["agriculture", "employment"], a.Select(s => s.Theme).Order(StringComparer.Ordinal));
        Assert.Equal(11 + 6, a.Single(s => s.Theme == "agriculture").Characters); // both documents of group a pooled
        Assert.Equal(0, attention.Entropies().Single(e => e.Group == "b").Entropy); // one sentence, one theme
    }

    [Fact]
    public void CulturalRevolutionReportIsLessDiverseThanRecentOnes()
    {
        // A substantive check on real text: 1975's report is about ideology and foreign affairs; 2010s reports spread
        // attention over many themes (agenda-diversity studies find the same rise in entropy after reform).
        (string, string)[] reports =
        [
            ("1975", SharedData.ReadText("corpus/gwr/1975.txt")),
            ("2015", SharedData.ReadText("corpus/gwr/2015.txt")),
            ("2019", SharedData.ReadText("corpus/gwr/2019.txt")),
        ];
        ThemeCounts attention = ThemeCounts.Measure(reports);
        double Entropy(string year) => attention.Entropies().Single(e => e.Group == year).NormalizedEntropy;
        Assert.True(Entropy("1975") + 0.2 < Entropy("2015"));
        Assert.True(Entropy("1975") + 0.2 < Entropy("2019"));
        ThemeShare top1975 = attention.Shares().Where(s => s.Group == "1975").MaxBy(s => s.Share)!;
        Assert.Equal("party_ideology", top1975.Theme);
    }
}
