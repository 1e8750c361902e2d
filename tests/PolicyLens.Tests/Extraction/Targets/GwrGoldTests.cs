using System.Globalization;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Numbers;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>
/// The headline targets of every national Government Work Report, as read by hand into <c>gwr-headline-targets.tsv</c>:
/// each must be found with its comparator, value and horizon, and no other figure for those indicators may be labelled
/// as the report's own-year target (results, five-year figures and last year's targets must not pass for it).
/// </summary>
public sealed class GwrGoldTests
{
    private static readonly HashSet<string> Headline =
        ["gdp_growth", "gnp_growth", "cpi", "retail_price", "urban_new_jobs", "surveyed_unemployment", "registered_unemployment"];

    private static readonly Lazy<IReadOnlyList<GoldRow>> Gold = new(ReadGold);

    public static TheoryData<int> Reports()
    {
        var years = new TheoryData<int>();
        string folder = Path.Combine(SharedData.Root, "corpus", "gwr");
        if (!Directory.Exists(folder))
        {
            years.Add(0); // one case that skips (or fails in CI) with SharedData's message
            return years;
        }

        foreach (string file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            years.Add(int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture));
        }

        return years;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryStatedHeadlineTargetIsFound(int year)
    {
        IReadOnlyList<TargetRecord> records = ExtractReport(year);
        foreach (GoldRow gold in Gold.Value.Where(g => g.Year == year))
        {
            Assert.True(records.Any(r => r.Kind == TargetKind.Target && gold.Matches(r)), $"{year}: missed {gold}");
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void NoOtherFigureIsLabelledTheReportsOwnYearTarget(int year)
    {
        IReadOnlyList<GoldRow> gold = [.. Gold.Value.Where(g => g.Year == year)];
        foreach (TargetRecord r in ExtractReport(year))
        {
            if (r.Kind == TargetKind.Target && Headline.Contains(r.Indicator) && r.Horizon == Horizon.Year(year))
            {
                Assert.True(gold.Any(g => g.Matches(r)), $"{year}: {r.Indicator} {r.Comparator} {r.Value} labelled a {year} target: {r.Clause}");
            }
        }
    }

    [Fact]
    public void GoldTableCoversTheReportsThatStateTargets()
    {
        Assert.Equal(104, Gold.Value.Count);
        Assert.Equal(32, Gold.Value.Select(g => g.Year).Distinct().Count());
    }

    private static IReadOnlyList<TargetRecord> ExtractReport(int year)
    {
        // As the analysis reads it: decoded, normalised and repaired by the Text stage.
        Document document = new CorpusReader().Read(SharedData.Require($"corpus/gwr/{year}.txt")).Single();
        Assert.Equal(year, document.Metadata.Year);
        return TargetExtractor.Default.Extract(document.Text, ExtractionContext.Of(document));
    }

    private static List<GoldRow> ReadGold()
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Targets", "gwr-headline-targets.tsv");
        var rows = new List<GoldRow>();
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            string[] f = line.Split('\t');
            rows.Add(new GoldRow(
                int.Parse(f[0], CultureInfo.InvariantCulture), f[1], Enum.Parse<Comparator>(f[2], ignoreCase: true), decimal.Parse(f[3], CultureInfo.InvariantCulture),
                f[4].Length > 0 ? decimal.Parse(f[4], CultureInfo.InvariantCulture) : null, f[5].Length > 0 ? decimal.Parse(f[5], CultureInfo.InvariantCulture) : null,
                f[6], Horizon.Parse(f[7]), f[8]));
        }

        return rows;
    }

    private sealed record GoldRow(int Year, string Indicator, Comparator Comparator, decimal Value, decimal? Max, decimal? Stretch, string Unit, Horizon Horizon, string Quote)
    {
        public bool Matches(TargetRecord r) =>
            r.Indicator == Indicator && r.Comparator == Comparator && r.Value == Value && r.ValueMax == Max && r.Stretch == Stretch && r.Unit == Unit &&
            r.Horizon == Horizon;

        public override string ToString() => $"{Indicator} {Comparator} {Value}{(Max is null ? "" : $"–{Max}")} {Unit} for {Horizon}: {Quote}";
    }
}
