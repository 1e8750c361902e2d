using System.Text;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The built-in taxonomy, seed labelling (leftmost-longest, ties left unlabelled) and user seed files.</summary>
public sealed class ThemeTaxonomyTests
{
    private static ThemeTaxonomy FromJson(string json) => ThemeTaxonomy.FromJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void BuiltInTaxonomyHasTheIssuesThemesEachWithSeeds()
    {
        IReadOnlyList<PolicyTheme> themes = ThemeTaxonomy.Default.Themes;
        Assert.InRange(themes.Count, 15, 20);
        string[] required =
        [
            "macroeconomy", "reform_opening", "agriculture", "industry_innovation", "environment", "education", "health", "social_security",
            "employment", "urban_regional", "fiscal_financial", "law_governance", "party_ideology", "security_defence", "foreign_affairs",
            "culture", "poverty",
        ];
        Assert.All(required, code => Assert.NotNull(ThemeTaxonomy.Default.Find(code)));
        Assert.All(themes, t => Assert.True(t.Seeds.Count >= 15, $"{t.Code} has only {t.Seeds.Count} seeds"));
        Assert.All(themes, t => Assert.False(string.IsNullOrEmpty(t.Name) || string.IsNullOrEmpty(t.EnglishName)));
    }

    [Theory]
    [InlineData("粮食产量达到6.07亿吨。", "agriculture")]
    [InlineData("城镇新增就业1322万人。", "employment")] // 城镇新增就业 (employment) hides 城镇 (urbanisation)
    [InlineData("扩大养老保险覆盖面。", "social_security")]
    [InlineData("保持经济持续健康发展。", null)] // no seed: 健康 alone is not one, or this set phrase would be about health
    [InlineData("发展教育和卫生事业。", null)] // one education seed, one health seed: a tie is not a label
    public void SeedThemeIsTheThemeWithMostSeedsAndNullOnNoneOrATie(string sentence, string? expected)
    {
        Assert.Equal(expected, ThemeTaxonomy.Default.SeedTheme(sentence));
    }

    [Fact]
    public void LongestSeedWinsAtAPosition()
    {
        ThemeTaxonomy taxonomy = FromJson("""
            [ { "code": "finance", "seeds": ["保险"] }, { "code": "welfare", "seeds": ["社会保险"] } ]
            """);
        Assert.Equal("welfare", taxonomy.SeedTheme("健全社会保险制度"));
        Assert.Equal("finance", taxonomy.SeedTheme("发展商业保险"));
    }

    [Fact]
    public void ASeedInTwoThemesIsAnErrorNamingBoth()
    {
        var e = Assert.Throws<InputException>(() => FromJson("""[ { "code": "a", "seeds": ["改革"] }, { "code": "b", "seeds": ["改革"] } ]"""));
        Assert.Contains("test.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"a\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"b\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThemeWithoutSeedsIsAnError()
    {
        var e = Assert.Throws<InputException>(() => FromJson("""[ { "code": "a", "seeds": [] } ]"""));
        Assert.Contains("theme #1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonIsAnInputErrorWithTheSourceName()
    {
        var e = Assert.Throws<InputException>(() => FromJson("[ { \"code\": "));
        Assert.StartsWith("test.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserFileReplacesAThemeByCodeAndAddsNewOnes()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                // comments are allowed, as in the built-in file
                [ { "code": "agriculture", "name": "农业", "english": "Farming", "seeds": ["种粮"] },
                  { "code": "housing", "name": "住房", "english": "Housing", "seeds": ["房地产", "保障性租赁住房"] } ]
                """);
            ThemeTaxonomy merged = ThemeTaxonomy.Default.With(ThemeTaxonomy.Load(path));
            Assert.Equal(ThemeTaxonomy.Default.Themes.Count + 1, merged.Themes.Count);
            Assert.Equal(["种粮"], merged.Find("agriculture")!.Seeds);
            Assert.Equal("housing", merged.SeedTheme("促进房地产市场平稳健康发展"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
