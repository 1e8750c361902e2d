using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Formula discovery over the Government Work Reports: the top of the list should be real formulas.</summary>
public sealed class DiscoveryTests
{
    private static readonly Lazy<IReadOnlyList<FormulaCandidate>> GwrTop = new(() =>
    {
        string folder = SharedData.Require("corpus/gwr");
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        return new FormulaDiscovery(Lexicon.Default, DiscoveryOptions.Default with { Top = 50 }).Discover(documents);
    });

    [Fact]
    public void Formulas_a_china_scholar_knows_rank_near_the_top()
    {
        string[] top = [.. GwrTop.Value.Take(40).Select(c => c.Text)];
        string[] expected = ["走出去", "九二共识", "四个现代化", "大众创业、万众创新", "双随机、一公开", "形式主义、官僚主义", "减税降费", "脱贫攻坚", "新型城镇化", "资产阶级自由化"];
        string[] missing = [.. expected.Where(e => !top.Contains(e))];
        Assert.True(missing.Length <= 1, $"missing from the top 40: {string.Join(", ", missing)}; top: {string.Join(" ", top)}");
    }

    [Fact]
    public void Boilerplate_fragments_and_known_formulas_are_not_proposed()
    {
        string[] all = [.. GwrTop.Value.Select(c => c.Text)];
        Assert.DoesNotContain("各位代表", all);
        Assert.DoesNotContain("人民群众", all);
        Assert.DoesNotContain("比上年增长", all);
        Assert.DoesNotContain(all, t => Lexicon.Default.Find(t) is not null);
        Assert.DoesNotContain(all, t => t.Contains("供给侧", StringComparison.Ordinal) || t.Contains("六稳", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_candidate_carries_its_evidence()
    {
        FormulaCandidate c = Assert.Single(GwrTop.Value, c => c.Text == "九二共识");
        Assert.True(c.Frequency >= 10 && c.Documents.Count >= 10, $"{c.Frequency}× in {c.Documents.Count}");
        Assert.Equal("2009", c.Documents[0]); // grep -l 九二共识 corpus/gwr: 2009 first, 13 reports
        Assert.True(c.Cohesion > 5 && c.LeftEntropy > 1 && c.RightEntropy > 1);
        Assert.Equal(MentionKind.Quoted, c.Pattern);
        Assert.Equal(GwrTop.Value.OrderByDescending(x => x.Score).Select(x => x.Text), GwrTop.Value.Select(x => x.Text));
    }

    [Fact]
    public void A_formula_added_to_the_lexicon_is_no_longer_proposed()
    {
        var documents = new[] { ("a", "坚持大众创业、万众创新，推进大众创业、万众创新。"), ("b", "大众创业、万众创新蓬勃发展。大众创业、万众创新，好。") };
        var options = DiscoveryOptions.Default with { MinFrequency = 2 };
        Assert.Contains(new FormulaDiscovery(Lexicon.Default, options).Discover(documents), c => c.Text == "大众创业、万众创新");
        Lexicon extended = Lexicon.Default.WithEntries([new LexiconEntry { Canonical = "大众创业、万众创新", Variants = ["双创"] }]);
        Assert.DoesNotContain(new FormulaDiscovery(extended, options).Discover(documents), c => c.Text.Contains("万众创新", StringComparison.Ordinal));
    }
}
