// Numeric targets of whole provincial and municipal reports, hand-coded in Gold/targets.tsv, against the extractor's output.
using System.Globalization;
using PolicyLens.Extraction.Numbers;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;
using NumberComparator = PolicyLens.Extraction.Numbers.Comparator;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>
/// Every numeric target hand-coded in <c>Gold/targets.tsv</c> (format: FORMATS.md, <c>targets.tsv</c>) must be found as a
/// <c>target</c> with the right year, value and unit in at least 90 % of cases, and at most 3 % of the <c>target</c> rows the
/// extractor gives for those reports may stand in a review section — per split, so that the held-out rows the coordinator
/// appends (<c>split=heldout</c>) are measured apart from the development rows the rules were written on (issue 12).
/// Reports are read as a new user would: through the Text stage, with no sidecar metadata.
/// </summary>
public sealed class TargetGoldTests(ITestOutputHelper output)
{
    /// <summary>Issue 12: at least 90 % of numeric targets found as <c>target</c> with the right year, value and unit.</summary>
    private const double RecallFloor = 0.90;

    /// <summary>Issue 12: at most 3 % of <c>target</c> rows are results from a review section.</summary>
    private const double ReviewShareCeiling = 0.03;

    private static readonly Lazy<IReadOnlyList<GoldTarget>> Gold = new(ReadGold);

    public static TheoryData<string> Splits()
    {
        var splits = new TheoryData<string>();
        foreach (string split in Gold.Value.Select(g => g.Split).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            splits.Add(split);
        }

        return splits;
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void NineInTenTargetsAreFoundWithTheirYearValueAndUnit(string split)
    {
        Score score = Measure(split);
        output.WriteLine(score.Describe());
        foreach (string miss in score.Misses)
        {
            output.WriteLine("missed: " + miss);
        }

        Assert.True(score.Recall >= RecallFloor, $"{split}: recall {score.Recall:P1} < {RecallFloor:P0}\n{score.Describe()}");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void FewTargetRowsComeFromReviewSections(string split)
    {
        Score score = Measure(split);
        output.WriteLine(score.Describe());
        foreach (string row in score.ReviewRows)
        {
            output.WriteLine("target row in a review section: " + row);
        }

        Assert.True(score.ReviewShare <= ReviewShareCeiling, $"{split}: {score.ReviewShare:P1} of target rows are in review sections\n{score.Describe()}");
    }

    [Fact]
    public void GoldTableHoldsAtLeastThreeDevelopmentReports()
    {
        IReadOnlyList<GoldTarget> dev = [.. Gold.Value.Where(g => g.Split == "dev")];
        Assert.True(dev.Select(g => g.File).Distinct().Count() >= 3);
        Assert.All(dev, g => Assert.True(g.End > g.Start, g.ToString()));
    }

    private static Score Measure(string split)
    {
        IReadOnlyList<GoldTarget> gold = [.. Gold.Value.Where(g => g.Split == split)];
        var score = new Score(split);
        foreach (IGrouping<string, GoldTarget> report in gold.GroupBy(g => g.File, StringComparer.Ordinal))
        {
            Document document = ReadReport(report.Key);
            IReadOnlyList<TargetRecord> records = TargetExtractor.Default.Extract(document);
            score.Add(report.Key, document, [.. report], records);
        }

        return score;
    }

    /// <summary>As a new user reads a report: decoded and normalised by the Text stage, year from the file name only.</summary>
    private static Document ReadReport(string file) =>
        new CorpusReader(new CorpusOptions { UseSidecars = false }).Read(SharedData.Require(Path.Combine("corpus", file))).Single();

    private static List<GoldTarget> ReadGold()
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Targets", "Gold", "targets.tsv");
        var rows = new List<GoldTarget>();
        string[]? header = null;
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            string[] f = line.Split('\t');
            if (header is null)
            {
                header = f;
                continue;
            }

            string Field(string name) => f[Array.IndexOf(header, name)];
            rows.Add(new GoldTarget(
                Field("file"), Field("split"), int.Parse(Field("start"), CultureInfo.InvariantCulture), int.Parse(Field("end"), CultureInfo.InvariantCulture),
                Field("indicator"), Field("value"), Field("upper"), Field("unit"), Field("comparator"), ParseHorizon(Field("horizon")), Field("kind"),
                Field("clause")));
        }

        return rows;
    }

    /// <summary>A horizon as coded (<c>2026</c>, <c>2026-2030</c>, any dash), or null when the cell is empty or unreadable.</summary>
    private static Horizon? ParseHorizon(string cell)
    {
        string years = cell.Trim().Replace('–', '-').Replace('—', '-').Replace('－', '-').Replace('~', '-');
        string[] parts = years.Split('-');
        return parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? new Horizon(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture))
            : null;
    }

    private sealed record GoldTarget(
        string File, string Split, int Start, int End, string Indicator, string Value, string Upper, string Unit, string Comparator, Horizon? Horizon,
        string Kind, string Clause)
    {
        /// <summary>The gold value and unit as the scanner normalises them (<c>1.5万家</c> → 15000 家, <c>2-3名</c> → 2–3 人).</summary>
        public Quantity? Normalised { get; } = QuantityScanner.ParseOne(Value + (Upper.Length > 0 ? "-" + Upper : string.Empty) + Unit);

        public bool Overlaps(TargetRecord r) => r.Source is { } s && s.Start < End && Start < s.End;

        public bool SameValue(TargetRecord r) =>
            Normalised is { } q && Math.Abs(r.Value) == Math.Abs(q.Value) && (q.Max is null || (r.ValueMax is decimal m && Math.Abs(m) == q.Max))
            && r.Unit == q.Unit;

        public bool SameYear(TargetRecord r) => r.Horizon is Horizon h && Horizon is Horizon g && h.StartYear == g.StartYear && h.EndYear == g.EndYear;

        /// <summary>Whether the coder coded it as a target (not an estimate or a result), the rows the recall floor is about.</summary>
        public bool IsTarget => string.Equals(Kind, "target", StringComparison.OrdinalIgnoreCase);

        public bool SameComparator(TargetRecord r)
        {
            NumberComparator c = r.Comparator;
            if (r.Value < 0)
            {
                // A stated decrease (下降12%) is stored as −12 with the bound flipped; the gold codes the words as written.
                c = c switch { NumberComparator.Ge => NumberComparator.Le, NumberComparator.Le => NumberComparator.Ge, _ => c };
            }

            return string.Equals(c.ToString(), Comparator, StringComparison.OrdinalIgnoreCase);
        }

        public bool SameIndicator(TargetRecord r) =>
            r.IndicatorText.Length > 0 && (r.IndicatorText.Contains(Indicator, StringComparison.Ordinal) || Indicator.Contains(r.IndicatorText, StringComparison.Ordinal));

        public override string ToString() => $"{File}@{Start} {Indicator} {Comparator} {Value}{Unit} {Horizon}: {Clause}";
    }

    /// <summary>Recall, per-field precision and recall, and the review share, summed over the reports of one split.</summary>
    private sealed class Score(string split)
    {
        private static readonly string[] Fields = ["value+unit", "year", "comparator", "kind", "indicator"];

        private readonly Dictionary<string, int> _fieldRecall = Fields.ToDictionary(f => f, _ => 0);
        private readonly Dictionary<string, int> _fieldPrecision = Fields.ToDictionary(f => f, _ => 0);

        private int _goldCount;
        private int _goldTargets;
        private int _found;
        private int _targetRows;
        private int _reviewRows;
        private int _reports;

        public List<string> Misses { get; } = [];

        public List<string> ReviewRows { get; } = [];

        public double Recall => _goldTargets == 0 ? 1 : (double)_found / _goldTargets;

        public double ReviewShare => _targetRows == 0 ? 0 : (double)_reviewRows / _targetRows;

        public void Add(string file, Document document, IReadOnlyList<GoldTarget> gold, IReadOnlyList<TargetRecord> records)
        {
            _reports++;
            _goldCount += gold.Count;
            _goldTargets += gold.Count(g => g.IsTarget);
            List<TargetRecord> targets = [.. records.Where(r => r.Kind == TargetKind.Target)];
            _targetRows += targets.Count;
            var used = new HashSet<TargetRecord>(ReferenceEqualityComparer.Instance);
            foreach (GoldTarget g in gold)
            {
                // One record per gold row: two subjects sharing one figure (A、B分别增长6%) need two records.
                TargetRecord? match = targets.Where(r => g.Overlaps(r) && !used.Contains(r))
                    .OrderByDescending(r => g.SameIndicator(r)).FirstOrDefault();
                // Estimates and results coded in goals parts count in the per-field figures only.
                if (g.IsTarget && match is not null && g.SameValue(match) && g.SameYear(match))
                {
                    _found++;
                    used.Add(match);
                }
                else if (g.IsTarget)
                {
                    Misses.Add($"{g} → {(match is null ? "none" : Describe(match))}");
                }

                TargetRecord? any = records.Where(r => g.Overlaps(r)).OrderByDescending(r => r.Kind == TargetKind.Target).FirstOrDefault();
                if (any is not null)
                {
                    Count(_fieldRecall, g, any);
                }
            }

            foreach (TargetRecord r in targets)
            {
                if (gold.FirstOrDefault(g => g.Overlaps(r)) is { } g)
                {
                    Count(_fieldPrecision, g, r);
                }

                if (TargetGoldSections.IsReview(document, r.Span))
                {
                    _reviewRows++;
                    ReviewRows.Add($"{file}@{r.Source?.Start} {Describe(r)}");
                }
            }
        }

        public string Describe()
        {
            var lines = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"split={split}: {_reports} reports, {_goldCount} gold targets, {_targetRows} target rows"),
                string.Create(CultureInfo.InvariantCulture, $"  recall (target, right year, value and unit): {_found}/{_goldTargets} = {Recall:P1}"),
                string.Create(CultureInfo.InvariantCulture, $"  target rows in review sections: {_reviewRows}/{_targetRows} = {ReviewShare:P1}"),
            };
            foreach (string f in Fields)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {f,-11} recall {Ratio(_fieldRecall[f], _goldCount):P1}  precision {Ratio(_fieldPrecision[f], _targetRows):P1}"));
            }

            return string.Join('\n', lines);
        }

        private static double Ratio(int n, int d) => d == 0 ? 1 : (double)n / d;

        private static void Count(Dictionary<string, int> counts, GoldTarget g, TargetRecord r)
        {
            counts["value+unit"] += g.SameValue(r) ? 1 : 0;
            counts["year"] += g.SameYear(r) ? 1 : 0;
            counts["comparator"] += g.SameComparator(r) ? 1 : 0;
            counts["kind"] += string.Equals(r.Kind.ToString(), g.Kind, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            counts["indicator"] += g.SameIndicator(r) ? 1 : 0;
        }

        private static string Describe(TargetRecord r) =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Kind} {r.Indicator}/{r.IndicatorText} {r.Comparator} {r.Value}{(r.ValueMax is null ? "" : $"–{r.ValueMax}")} {r.Unit} {r.Horizon}");
    }
}
