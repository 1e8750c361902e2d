using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Formula discovery over the Government Work Reports: the top of the list should be real formulas.</summary>
public sealed class DiscoveryTests
{
    // The 2025.1 lexicon (63 entries): the research-scale lexicon knows most of the formulas these tests expect discovery
    // to find, and discovery never proposes what the lexicon knows.
    private static readonly Lexicon Seed = Lexicon.Parse("# no entries\n", "none")
        .WithEntries(Lexicon.Default.Entries.Where(e => e.Checked.StartsWith("from shared/notes", StringComparison.Ordinal)), "2025.1");

    private static readonly Lazy<IReadOnlyList<FormulaCandidate>> GwrTop = new(() =>
    {
        string folder = SharedData.Require("corpus/gwr");
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        return new FormulaDiscovery(Seed, DiscoveryOptions.Default with { Top = 50 }).Discover(documents);
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
        Assert.DoesNotContain(all, t => Seed.Find(t) is not null);
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
        Assert.Contains(new FormulaDiscovery(Seed, options).Discover(documents), c => c.Text == "大众创业、万众创新");
        Lexicon extended = Seed.WithEntries([new LexiconEntry { Canonical = "大众创业、万众创新", Variants = ["双创"] }]);
        Assert.DoesNotContain(new FormulaDiscovery(extended, options).Discover(documents), c => c.Text.Contains("万众创新", StringComparison.Ordinal));
    }

    // The development provincial reports of 2026 (never the held-out ones): 以旧换新 and 专精特新 are in most of them.
    private static List<(string Id, string Text)> Provincial2026()
    {
        string folder = SharedData.Require("corpus/provincial");
        string[] heldOut = ["shanxi", "tianjin", "hainan", "xizang", "yunnan", "ningxia", "guangxi", "shandong", "shanghai", "neimenggu"];
        return [.. Directory.GetFiles(folder, "*_2026.txt").Order(StringComparer.Ordinal)
            .Where(f => !heldOut.Contains(Path.GetFileName(f).Split('_')[0]))
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))];
    }

    [Fact]
    public void Against_earlier_reports_formulas_of_the_day_rank_above_the_genres_vocabulary()
    {
        // Reference: the national reports before 2024, before 以旧换新's revival (2009-10 had 家电以旧换新) and the
        // 专精特新 campaign's spread. Without it 以旧换新 ranked 89th and 专精特新 not in the top 300 (its two words
        // 专精/特新 are in nearly every 2026 report, which read as boilerplate), behind 生态环境 (6th), 服务体系, 重大项目.
        string[] reference = [.. Directory.GetFiles(SharedData.Require("corpus/gwr"), "*.txt")
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "2024") < 0).Select(File.ReadAllText)];
        IReadOnlyList<FormulaCandidate> top = new FormulaDiscovery(Seed, DiscoveryOptions.Default with { Top = 100 }).Discover(Provincial2026(), reference);
        string[] texts = [.. top.Select(c => c.Text)];
        string list = string.Join(" ", texts);
        Assert.True(Array.IndexOf(texts, "专精特新") is >= 0 and < 20, list);
        Assert.True(Array.FindIndex(texts, t => t.Contains("以旧换新", StringComparison.Ordinal)) is >= 0 and < 30, list);
        Assert.Contains("内卷式", texts.Take(10));
        string[] genre = ["生态环境", "服务体系", "重大项目", "传统产业", "新兴产业", "科技成果", "重点项目", "城乡居民"];
        Assert.DoesNotContain(texts.Take(50), genre.Contains);

        // Names of people by their office and rankings of the provincial genre are not formulas.
        Assert.DoesNotContain(texts, t => t.EndsWith("总书记", StringComparison.Ordinal) || t.StartsWith("居全国", StringComparison.Ordinal) || t.StartsWith("全省", StringComparison.Ordinal));
        Assert.True(top.Take(50).Min(c => c.Documents.Count) >= 5, string.Join(" ", top.Take(50).Select(c => $"{c.Text}:{c.Documents.Count}")));
    }

    [Fact]
    public void Cross_document_formulas_rank_above_single_report_phrases_and_names_are_dropped()
    {
        IReadOnlyList<FormulaCandidate> top = new FormulaDiscovery(Seed, DiscoveryOptions.Default with { Top = 100 }).Discover(Provincial2026());
        string[] texts = [.. top.Select(c => c.Text)];
        string list = string.Join(" ", texts);
        // 以旧换新 mostly comes inside longer wording (消费品以旧换新, 以旧换新政策), which is what is ranked.
        Assert.True(Array.FindIndex(texts, t => t.Contains("以旧换新", StringComparison.Ordinal)) is >= 0 and < 100, list);
        Assert.True(Array.FindIndex(texts, t => t.Contains("专精特新", StringComparison.Ordinal) || t == "小巨人") is >= 0 and < 50, list);
        Assert.True(top.Take(50).Average(c => c.Documents.Count) > 3, string.Join(" ", texts.Take(50)));
        Assert.DoesNotContain(texts, t => t.EndsWith('省') || t.EndsWith('市') || t.EndsWith("委员会", StringComparison.Ordinal) || t.EndsWith("政府", StringComparison.Ordinal));
    }
}
