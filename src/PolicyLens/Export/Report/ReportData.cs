using PolicyLens.Analysis;

namespace PolicyLens.Export.Report;

/// <summary>
/// The tables of an analysis folder that the report draws from, read once into memory. The mentions table, the one that
/// grows with the corpus, is not loaded here: <see cref="KeywordInContext"/> streams it for the few rows it needs.
/// Keyness is kept as G2 per (group, item) only.
/// </summary>
internal sealed class ReportData
{
    /// <summary>The tables the report reads (mentions too, through <see cref="KeywordInContext"/>).</summary>
    internal static IReadOnlyList<TableSchema> Required { get; } =
    [
        AnalysisTables.Documents.Schema, AnalysisTables.Mentions.Schema, AnalysisTables.Frequencies.Schema, AnalysisTables.Trends.Schema,
        AnalysisTables.Keyness.Schema, AnalysisTables.Targets.Schema, AnalysisTables.Themes.Schema, AnalysisTables.Entropy.Schema,
    ];

    /// <summary>A group with less than this fraction of the median group's characters is small: its rates are noisy.</summary>
    public const double SmallGroupFraction = 0.1;

    private readonly Dictionary<ItemKey, Dictionary<string, Frequency>> _byItem = [];
    private readonly Dictionary<string, long> _groupCharacters = [];
    private double _medianCharacters;

    private ReportData(string directory) => Directory = directory;

    /// <summary>The analysis folder.</summary>
    public string Directory { get; }

    /// <summary>Every group, in time order (then by label).</summary>
    public IReadOnlyList<GroupKey> Groups { get; private set; } = [];

    /// <summary>True when every group has a time and there are at least two: the time charts can be drawn.</summary>
    public bool HasTimeAxis => Groups.Count >= 2 && Groups.All(g => g.Time is not null);

    /// <summary>Documents analysed.</summary>
    public long Documents { get; private set; }

    /// <summary>Characters analysed.</summary>
    public long Characters { get; private set; }

    /// <summary>Mentions found.</summary>
    public long Mentions { get; private set; }

    /// <summary>Frequencies, one per item and group where it is mentioned.</summary>
    public List<Frequency> Frequencies { get; } = [];

    /// <summary>Trends, per item.</summary>
    public Dictionary<ItemKey, Trend> Trends { get; } = [];

    /// <summary>Signed G2 of each item against the rest, per group.</summary>
    public Dictionary<(string Group, ItemKey Item), double> Keyness { get; } = [];

    /// <summary>Target statements (kind <c>target</c> only: the report draws what was promised).</summary>
    public List<Target> Targets { get; } = [];

    /// <summary>Theme shares per group.</summary>
    public List<(GroupKey Group, string Theme, double Share)> ThemeShares { get; } = [];

    /// <summary>Attention entropy per group.</summary>
    public List<(GroupKey Group, double Entropy, double Normalized)> Entropy { get; } = [];

    /// <summary>
    /// The sentences behind the theme shares, per theme (and <c>none</c>): how many there are, and the
    /// <see cref="SentencesShownPerTheme"/> the classifier was surest of, from the <c>theme_sentences</c> table. Empty when
    /// the folder has no such table (an analysis made before it existed) or it is empty (<c>--no-sentences</c>).
    /// </summary>
    public Dictionary<string, (long Count, List<ThemeSentence> Surest)> SentencesByTheme { get; } = [];

    /// <summary>How many sentences the report shows per theme.</summary>
    public const int SentencesShownPerTheme = ThemeSentenceTable.PerTheme;

    /// <summary>Reads the tables of <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">A table the report needs is missing; the message lists them all.</exception>
    public static ReportData Load(string directory)
    {
        TableSchema[] missing = [.. Required.Where(s => !TableReader.Exists(directory, s))];
        if (missing.Length > 0)
        {
            throw new FileNotFoundException(
                $"{directory}: the report reads the tables of 'policylens analyze' ({string.Join(", ", Required.Select(s => s.Name))}) as Parquet or CSV; " +
                $"missing: {string.Join(", ", missing.Select(s => s.Name + ".parquet/.csv"))}. Run 'policylens analyze CORPUS --out {directory}' first.",
                Path.Combine(directory, missing[0].Name + ".parquet"));
        }

        var data = new Loader(directory).Build();
        return data;
    }

    /// <summary>The rate per 10,000 characters of <paramref name="item"/> in <paramref name="group"/>, 0 where it is not mentioned.</summary>
    public double Rate(ItemKey item, GroupKey group) =>
        _byItem.TryGetValue(item, out Dictionary<string, Frequency>? groups) && groups.TryGetValue(group.Label, out Frequency? f) ? f.Rate : 0;

    /// <summary>Mentions of <paramref name="item"/> over all groups.</summary>
    public long TotalCount(ItemKey item) =>
        _byItem.TryGetValue(item, out Dictionary<string, Frequency>? groups) ? groups.Values.Sum(f => f.Count) : 0;

    /// <summary>Characters of the documents in <paramref name="group"/>.</summary>
    public long CharactersIn(GroupKey group) => _groupCharacters.GetValueOrDefault(group.Label);

    /// <summary>
    /// True for a group with less than <see cref="SmallGroupFraction"/> of the median group's characters (a year with only a
    /// short resolution): one mention there is a high rate, so charts draw it hollow and do not scale to it.
    /// </summary>
    public bool IsSmall(GroupKey group) => CharactersIn(group) < SmallGroupFraction * _medianCharacters;

    /// <summary>The group called <paramref name="label"/>, if there is one.</summary>
    public GroupKey? Group(string label) => Groups.FirstOrDefault(g => g.Label == label);

    /// <summary>One row of the frequencies table.</summary>
    internal sealed record Frequency(GroupKey Group, ItemKey Item, long Count, long Documents, double Rate, double Share);

    /// <summary>One row of the trends table.</summary>
    internal sealed record Trend(ItemKey Item, string FirstGroup, string LastGroup, string PeakGroup, double PeakRate, long Groups, double Slope, double? SlopeP, double Tau, double? MannKendallP, string Status);

    /// <summary>One target statement.</summary>
    internal sealed record Target(string Document, long? Year, string Indicator, string IndicatorText, string Comparator, double Value, double? ValueMax, string? Unit, string? Horizon, long Start, string Sentence);

    /// <summary>One row of the theme_sentences table, as the report shows it.</summary>
    internal sealed record ThemeSentence(string Document, long Start, long End, string? Section, double Probability, string? Secondary, string Text);

    /// <summary>Fills a <see cref="ReportData"/> table by table, so that the object is complete before anyone sees it.</summary>
    private sealed class Loader(string directory)
    {
        private readonly ReportData _data = new(directory);
        private readonly Dictionary<string, GroupKey> _groups = [];

        public ReportData Build()
        {
            ReadDocuments();
            ReadFrequencies();
            ReadTrends();
            ReadKeyness();
            ReadTargets();
            ReadThemes();
            ReadSentences();
            _data.Groups = [.. _groups.Values.Order()];
            long[] sizes = [.. _data._groupCharacters.Values.Order()];
            _data._medianCharacters = sizes.Length == 0 ? 0 : sizes.Length % 2 == 1 ? sizes[sizes.Length / 2] : (sizes[(sizes.Length / 2) - 1] + sizes[sizes.Length / 2]) / 2.0;
            return _data;
        }

        private IEnumerable<TableRecord> Rows<TRow>(Table<TRow> table) => TableReader.ReadFolder(directory, table.Schema);

        private GroupKey Group(string label, double? time)
        {
            if (!_groups.TryGetValue(label, out GroupKey? group) || (group.Time is null && time is not null))
            {
                group = new GroupKey(label, time);
                _groups[label] = group;
            }

            return group;
        }

        private void ReadDocuments()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Documents))
            {
                _data.Documents++;
                _data.Characters += row.Integer("characters") ?? 0;
                _data.Mentions += row.Integer("mentions") ?? 0;
                string group = row.Text("group");
                _data._groupCharacters[group] = _data._groupCharacters.GetValueOrDefault(group) + (row.Integer("characters") ?? 0);
                if (!_groups.ContainsKey(group))
                {
                    // The documents table has no group time; a group without mentions or themes keeps none.
                    _groups[group] = new GroupKey(group, null);
                }
            }
        }

        private void ReadFrequencies()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Frequencies))
            {
                var f = new Frequency(
                    Group(row.Text("group"), row.Real("group_time")), new ItemKey(row.Text("kind"), row.Text("canonical")),
                    row.Integer("count") ?? 0, row.Integer("documents") ?? 0, row.Real("rate_per_10k") ?? 0, row.Real("share") ?? 0);
                _data.Frequencies.Add(f);
                if (!_data._byItem.TryGetValue(f.Item, out Dictionary<string, Frequency>? groups))
                {
                    groups = [];
                    _data._byItem[f.Item] = groups;
                }

                groups[f.Group.Label] = f;
            }
        }

        private void ReadTrends()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Trends))
            {
                var item = new ItemKey(row.Text("kind"), row.Text("canonical"));
                _data.Trends[item] = new Trend(
                    item, row.Text("first_group"), row.Text("last_group"), row.Text("peak_group"), row.Real("peak_rate") ?? 0, row.Integer("groups") ?? 0,
                    row.Real("slope") ?? 0, row.Real("slope_p"), row.Real("mk_tau") ?? 0, row.Real("mk_p"), row.Text("status"));
            }
        }

        private void ReadKeyness()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Keyness))
            {
                if (row.Real("g2") is double g2)
                {
                    _data.Keyness[(row.Text("group"), new ItemKey(row.Text("kind"), row.Text("canonical")))] = g2;
                }
            }
        }

        private void ReadTargets()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Targets))
            {
                if (row.Text("kind") == "target" && row.Real("value") is double value)
                {
                    _data.Targets.Add(new Target(
                        row.Text("doc"), row.Integer("year"), row.Text("indicator"), row.Text("indicator_text"), row.Text("comparator"), value,
                        row.Real("value_max"), row.TextOrNull("unit"), row.TextOrNull("horizon"), row.Integer("start") ?? 0, row.Text("clause")));
                }
            }
        }

        private void ReadSentences()
        {
            // The surest sentences of each theme, as analyze (or merge) chose them; an analysis made before the table
            // existed shows none.
            if (!TableReader.Exists(directory, ThemeSentenceTable.Schema))
            {
                return;
            }

            foreach (TableRecord row in Rows(ThemeSentenceTable.Table))
            {
                string theme = row.Text("theme");
                if (!_data.SentencesByTheme.TryGetValue(theme, out (long Count, List<ThemeSentence> Surest) entry))
                {
                    entry = (row.Integer("sentences") ?? 0, []);
                    _data.SentencesByTheme[theme] = entry;
                }

                // The table's rows are in rank order already.
                entry.Surest.Add(new ThemeSentence(row.Text("doc"), row.Integer("start") ?? 0, row.Integer("end") ?? 0, row.TextOrNull("section"),
                    row.Real("probability") ?? 0, row.TextOrNull("secondary_theme"), row.Text("text")));
            }
        }

        private void ReadThemes()
        {
            foreach (TableRecord row in Rows(AnalysisTables.Themes))
            {
                _data.ThemeShares.Add((Group(row.Text("group"), row.Real("group_time")), row.Text("theme"), row.Real("share") ?? 0));
            }

            foreach (TableRecord row in Rows(AnalysisTables.Entropy))
            {
                _data.Entropy.Add((Group(row.Text("group"), row.Real("group_time")), row.Real("entropy") ?? 0, row.Real("normalized_entropy") ?? 0));
            }
        }
    }
}
