using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The crosswalk from PolicyLens's themes to the Comparative Agendas Project's major topics.</summary>
public sealed class CapCrosswalkTests
{
    // The CAP Master Codebook's major topic codes (1-10, 12-21, 23).
    private static readonly int[] CapMajorTopics = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23];

    [Fact]
    public void EveryBuiltInThemeHasExactlyOneRowWithValidCapCodes()
    {
        Assert.Equal(ThemeTaxonomy.Default.Themes.Select(t => t.Code), CapCrosswalk.All.Select(r => r.Theme));
        Assert.All(CapCrosswalk.All, r =>
        {
            Assert.Contains(r.MajorTopic, CapMajorTopics);
            Assert.All(r.AlsoTopics, a => Assert.Contains(a, CapMajorTopics));
            Assert.DoesNotContain(r.MajorTopic, r.AlsoTopics);
            Assert.False(string.IsNullOrWhiteSpace(r.MajorTopicName));
        });
    }

    [Theory]
    [InlineData("agriculture", 4, "Agriculture")]
    [InlineData("employment", 5, "Labor")]
    [InlineData("security_defence", 16, "Defense")]
    [InlineData("foreign_affairs", 19, "International Affairs")]
    public void ThemesWithACapTwinMapToIt(string theme, int code, string name)
    {
        CapTopic row = CapCrosswalk.Find(theme)!;
        Assert.Equal(code, row.MajorTopic);
        Assert.Equal(name, row.MajorTopicName);
    }

    [Fact]
    public void NoneHasNoCapTopic()
    {
        Assert.Null(CapCrosswalk.Find(ThemeClassifier.None));
    }
}
