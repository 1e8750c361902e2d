using PolicyLens.Analysis;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;


namespace PolicyLens.Export;

/// <summary>
/// The tables of <c>policylens analyze</c>, their columns (documented in the README with <see cref="TableSchema.Version"/>),
/// and the conversion of analysis results into rows. Counting unit everywhere: the mention (a formula mentioned twice
/// counts two; a shorter formula inside a longer one is not counted unless it is mentioned on its own).
/// </summary>
public static class AnalysisTables
{
    /// <summary>One row per document.</summary>
    public static TableSchema Documents { get; } = new("documents",
    [
        new("ordinal", ColumnType.Integer, "the document's position in the corpus, from 0: the order of a single run"),
        new("doc", ColumnType.String, "document id: the file's path relative to the corpus folder without extension; #n marks the n-th article of a page"),
        new("group", ColumnType.String, "the group the document is counted in"),
        new("title", ColumnType.String, "title"),
        new("date", ColumnType.String, "date, ISO 8601, when known"),
        new("year", ColumnType.Integer, "year, when known"),
        new("session", ColumnType.String, "congress session key (national/13/2, municipal/15/7, cpc:national/19, …) or unknown"),
        new("level", ColumnType.String, "national, provincial, municipal, county or unknown"),
        new("region", ColumnType.String, "region named in the document"),
        new("speaker", ColumnType.String, "speaker, for speeches"),
        new("genre", ColumnType.String, "speech, workreport, resolution, news, congressreport, other or unknown"),
        new("characters", ColumnType.Integer, "characters of normalised text"),
        new("mentions", ColumnType.Integer, "mentions found"),
        new("source", ColumnType.String, "where the document was read from"),
        new("encoding", ColumnType.String, "the source's encoding"),
        new("repairs", ColumnType.Integer, "normalisation and line repairs made"),
        new("warnings", ColumnType.Integer, "warnings raised while reading"),
    ]);

    /// <summary>One row per mention.</summary>
    public static TableSchema Mentions { get; } = new("mentions",
    [
        new("doc", ColumnType.String, "document id"),
        new("group", ColumnType.String, "the document's group"),
        new("kind", ColumnType.String, "lexicon, quoted, numbered, parallel, titled, policy or target"),
        new("canonical", ColumnType.String, "the canonical item (a formula's canonical form; for targets, the indicator code)"),
        new("surface", ColumnType.String, "the words as they stand in the text"),
        new("theme", ColumnType.String, "the item's policy theme, when known"),
        new("start", ColumnType.Integer, "offset of the mention's first character in the source file (UTF-16 code units)"),
        new("end", ColumnType.Integer, "offset just past the mention in the source file"),
        new("paragraph", ColumnType.Integer, "index of the paragraph (non-empty line) of the normalised text, from 0"),
    ]);

    /// <summary>Tidy frequencies: one row per item per group where it is mentioned.</summary>
    public static TableSchema Frequencies { get; } = new("frequencies",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "the group's time in years (null when the grouping has none)"),
        new("kind", ColumnType.String, "item kind"),
        new("canonical", ColumnType.String, "item"),
        new("count", ColumnType.Integer, "mentions in the group"),
        new("documents", ColumnType.Integer, "documents of the group mentioning it"),
        new("characters", ColumnType.Integer, "characters in the group"),
        new("rate_per_10k", ColumnType.Real, "mentions per 10,000 characters"),
        new("share", ColumnType.Real, "share of all mentions in the group"),
    ]);

    /// <summary>One row per item over the groups of a time axis.</summary>
    public static TableSchema Trends { get; } = new("trends",
    [
        new("kind", ColumnType.String, "item kind"),
        new("canonical", ColumnType.String, "item"),
        new("first_group", ColumnType.String, "first group mentioning it"),
        new("last_group", ColumnType.String, "last group mentioning it"),
        new("peak_group", ColumnType.String, "group with the highest rate"),
        new("peak_rate", ColumnType.Real, "that rate per 10,000 characters"),
        new("groups", ColumnType.Integer, "groups mentioning it"),
        new("slope", ColumnType.Real, "least-squares slope of the rate per 10,000 characters, per year"),
        new("slope_p", ColumnType.Real, "two-sided p-value of the slope"),
        new("mk_tau", ColumnType.Real, "Mann-Kendall tau of the rate series"),
        new("mk_p", ColumnType.Real, "Mann-Kendall two-sided p-value"),
        new("status", ColumnType.String, "new, rising, stable, falling or gone"),
    ]);

    /// <summary>Each group against the rest, per item mentioned in the group.</summary>
    public static TableSchema Keyness { get; } = new("keyness",
    [
        new("group", ColumnType.String, "the target group"),
        new("kind", ColumnType.String, "item kind"),
        new("canonical", ColumnType.String, "item"),
        new("count_target", ColumnType.Integer, "mentions in the group"),
        new("count_reference", ColumnType.Integer, "mentions in all other groups"),
        new("characters_target", ColumnType.Integer, "characters in the group"),
        new("characters_reference", ColumnType.Integer, "characters in all other groups"),
        new("g2", ColumnType.Real, "signed log-likelihood G2, Williams-corrected (quanteda: measure lr, correction williams)"),
        new("g2_p", ColumnType.Real, "p-value of G2"),
        new("chi2", ColumnType.Real, "signed chi-squared, Yates-corrected as quanteda's default"),
        new("chi2_p", ColumnType.Real, "p-value of chi2"),
        new("log_ratio", ColumnType.Real, "log2 ratio of the relative frequencies (zero counts as 0.5)"),
    ]);

    /// <summary>The target time series: every numeric statement.</summary>
    public static TableSchema Targets { get; } = new("targets",
    [
        new("doc", ColumnType.String, "document id"),
        new("year", ColumnType.Integer, "the document's year"),
        new("indicator", ColumnType.String, "indicator code (gdp_growth, cpi, urban_new_jobs, …, other)"),
        new("indicator_text", ColumnType.String, "the words naming the indicator"),
        new("comparator", ColumnType.String, "eq, approx, ge, gt, le, lt or range"),
        new("value", ColumnType.Real, "value, scale applied; the lower end of a range"),
        new("value_max", ColumnType.Real, "upper end of a range"),
        new("stretch", ColumnType.Real, "stretch goal"),
        new("unit", ColumnType.String, "normalised unit (%, pp, 人, 元, …)"),
        new("kind", ColumnType.String, "target, actual, estimate or other"),
        new("horizon", ColumnType.String, "the year or period it applies to (2019, 2016-2020, 2016-2020/annual)"),
        new("start", ColumnType.Integer, "offset of the sentence in the source file"),
        new("end", ColumnType.Integer, "offset just past the sentence"),
        new("sentence_index", ColumnType.Integer, "ordinal of the sentence in the document, from 0"),
        new("clause", ColumnType.String, "the clause that states it (normalised, at most 80 characters)"),
    ]);

    /// <summary>Pairs of items in the same paragraph, per group.</summary>
    public static TableSchema Cooccurrence { get; } = new("cooccurrence",
    [
        new("group", ColumnType.String, "the group"),
        new("kind_a", ColumnType.String, "first item's kind"),
        new("canonical_a", ColumnType.String, "first item"),
        new("kind_b", ColumnType.String, "second item's kind"),
        new("canonical_b", ColumnType.String, "second item"),
        new("paragraphs", ColumnType.Integer, "paragraphs mentioning both"),
        new("pmi", ColumnType.Real, "pointwise mutual information in bits over the group's paragraphs"),
    ]);

    /// <summary>Attention to policy themes: characters of the sentences classified into each theme, per group.</summary>
    public static TableSchema Themes { get; } = new("themes",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "the group's time in years (null when the grouping has none)"),
        new("theme", ColumnType.String, "theme code (see src/PolicyLens/Analysis/Themes/themes.json)"),
        new("characters", ColumnType.Integer, "characters (letters and digits) of the group's sentences classified into the theme"),
        new("share", ColumnType.Real, "the theme's share of the group's classified characters"),
    ]);

    /// <summary>Attention entropy per group.</summary>
    public static TableSchema Entropy { get; } = new("entropy",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "the group's time in years"),
        new("entropy", ColumnType.Real, "Shannon entropy of the theme shares, in nats"),
        new("normalized_entropy", ColumnType.Real, "entropy divided by ln(number of themes): 0 all attention on one theme, 1 spread evenly"),
    ]);

    /// <summary>Partial theme counts, for merging shards.</summary>
    public static TableSchema ThemeCounts { get; } = new("counts_themes",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "its time"),
        new("theme", ColumnType.String, "theme code"),
        new("characters", ColumnType.Integer, "classified characters"),
    ]);

    /// <summary>Partial counts, per group, for merging shards (always Parquet, under <c>partials/</c>).</summary>
    public static TableSchema GroupCounts { get; } = new("counts_groups",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "its time"),
        new("documents", ColumnType.Integer, "documents"),
        new("characters", ColumnType.Integer, "characters"),
        new("paragraphs", ColumnType.Integer, "paragraphs"),
        new("mentions", ColumnType.Integer, "mentions"),
    ]);

    /// <summary>Partial counts per group and item.</summary>
    public static TableSchema ItemCounts { get; } = new("counts_items",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "its time"),
        new("kind", ColumnType.String, "item kind"),
        new("canonical", ColumnType.String, "item"),
        new("mentions", ColumnType.Integer, "mentions"),
        new("documents", ColumnType.Integer, "documents mentioning it"),
        new("paragraphs", ColumnType.Integer, "paragraphs mentioning it"),
    ]);

    /// <summary>Partial counts per group and pair of items.</summary>
    public static TableSchema PairCounts { get; } = new("counts_pairs",
    [
        new("group", ColumnType.String, "the group"),
        new("group_time", ColumnType.Real, "its time"),
        new("kind_a", ColumnType.String, "first item's kind"),
        new("canonical_a", ColumnType.String, "first item"),
        new("kind_b", ColumnType.String, "second item's kind"),
        new("canonical_b", ColumnType.String, "second item"),
        new("paragraphs", ColumnType.Integer, "paragraphs mentioning both"),
    ]);

    /// <summary>The tables every analysis writes, in order.</summary>
    public static IReadOnlyList<TableSchema> Results { get; } = [Documents, Mentions, Frequencies, Trends, Keyness, Targets, Cooccurrence, Themes, Entropy];

    /// <summary>A document's row.</summary>
    public static object?[] Row(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Document d = analysis.Document;
        DocumentMetadata m = d.Metadata;
        return
        [
            d.Id, analysis.Group.Label, m.Title, m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Year,
            m.Session.Canonical, m.Level.ToString().ToLowerInvariant(), m.Region, m.Speaker, m.Genre.ToString().ToLowerInvariant(),
            (long)d.Text.Length, (long)analysis.Mentions.Count, d.Source, d.Encoding, (long)d.Repairs.Count, (long)d.Warnings.Count,
        ];
    }

    /// <summary>The rows of a document's mentions, with offsets mapped back to the source file.</summary>
    public static IEnumerable<object?[]> MentionRows(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Document d = analysis.Document;
        for (int i = 0; i < analysis.Mentions.Count; i++)
        {
            ItemMention mention = analysis.Mentions[i];
            yield return
            [
                d.Id, analysis.Group.Label, mention.Item.Kind, mention.Item.Canonical, mention.Surface, mention.Theme,
                (long)d.ToSourceOffset(mention.Start), (long)(d.SourceOffset + d.Map.ToOriginalEnd(mention.End)), (long)analysis.MentionParagraphs[i],
            ];
        }
    }

    /// <summary>A frequency row.</summary>
    public static object?[] Row(FrequencyRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return [r.Group.Label, r.Group.Time, r.Item.Kind, r.Item.Canonical, r.Count, r.Documents, r.GroupCharacters, r.RatePer10K, r.Share];
    }

    /// <summary>A trend row.</summary>
    public static object?[] Row(TrendRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.Item.Kind, r.Item.Canonical, r.FirstGroup.Label, r.LastGroup.Label, r.PeakGroup.Label, r.PeakRate, (long)r.GroupsSeen,
            r.Slope, r.SlopeP, r.Tau, r.TauP, r.Status.ToString().ToLowerInvariant(),
        ];
    }

    /// <summary>A keyness row.</summary>
    public static object?[] Row(KeynessRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        KeynessScore s = r.Score;
        return
        [
            r.Group.Label, r.Item.Kind, r.Item.Canonical, (long)s.TargetCount, (long)s.ReferenceCount, (long)s.TargetTotal, (long)s.ReferenceTotal,
            s.G2, s.G2P, s.Chi2, s.Chi2P, s.LogRatio,
        ];
    }

    /// <summary>A target row (offsets as given: map them to the source before, as <c>TargetExtractor.Extract(Document)</c> does).</summary>
    public static object?[] Row(TargetRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.DocumentId, r.Year, r.Indicator, r.IndicatorText, r.Comparator.ToString().ToLowerInvariant(), (double)r.Value, (double?)r.ValueMax,
            (double?)r.Stretch, r.Unit, r.Kind.ToString().ToLowerInvariant(), r.Horizon?.ToString(), (long)TargetTableWriter.SentenceOffsets(r).Start, (long)TargetTableWriter.SentenceOffsets(r).End, (long)r.SentenceIndex, r.Clause,
        ];
    }

    /// <summary>A co-occurrence row.</summary>
    public static object?[] Row(CooccurrenceRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return [r.Group.Label, r.First.Kind, r.First.Canonical, r.Second.Kind, r.Second.Canonical, r.Paragraphs, r.Pmi];
    }
}
