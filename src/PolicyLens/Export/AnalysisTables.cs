// Every table PolicyLens writes, declared once: name, columns (type, description) and how each cell is read from a row.
using System.Globalization;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Export;

/// <summary>
/// The tables of <c>policylens analyze</c> and of the commands that print one of them (<c>targets</c>, <c>themes</c>,
/// <c>extract</c>), each declared once as a <see cref="Table{TRow}"/> over the analysis's own row type: the declaration
/// is the layout documented in the README with <see cref="TableSchema.Version"/>, what every format writes and what
/// readers check. Counting unit everywhere: the mention (a formula mentioned twice counts two; a shorter formula inside a
/// longer one is not counted unless it is mentioned on its own). A new table is one more declaration here (and, for
/// <c>analyze</c>, one line in <see cref="Results"/> and one <c>Write</c> where its rows are made).
/// </summary>
public static class AnalysisTables
{
    /// <summary>One row per document; a row is the document's position in the corpus and its analysis.</summary>
    public static Table<(long Ordinal, DocumentAnalysis Analysis)> Documents { get; } = new Table<(long Ordinal, DocumentAnalysis Analysis)>("documents")
        .Integer("ordinal", "the document's position in the corpus, from 0: the order of a single run", r => r.Ordinal)
        .Text("doc", "document id: the file's path relative to the corpus folder without extension; #n marks the n-th article of a page", r => r.Analysis.Document.Id)
        .Text("group", "the group the document is counted in", r => r.Analysis.Group.Label)
        .Text("title", "title", r => r.Analysis.Document.Metadata.Title)
        .Text("date", "date, ISO 8601, when known", r => r.Analysis.Document.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .Integer("year", "year, when known", r => r.Analysis.Document.Metadata.Year)
        .Text("session", "congress session key (national/13/2, municipal/15/7, cpc:national/19, …) or unknown", r => r.Analysis.Document.Metadata.Session.Canonical)
        .Text("level", "national, provincial, municipal, county or unknown", r => Name(r.Analysis.Document.Metadata.Level))
        .Text("region", "region named in the document", r => r.Analysis.Document.Metadata.Region)
        .Text("speaker", "speaker, for speeches", r => r.Analysis.Document.Metadata.Speaker)
        .Text("genre", "speech, workreport, resolution, news, congressreport, other or unknown", r => Name(r.Analysis.Document.Metadata.Genre))
        .Integer("characters", "characters of normalised text", r => r.Analysis.Document.Text.Length)
        .Integer("mentions", "mentions found", r => r.Analysis.Mentions.Count)
        .Text("source", "where the document was read from", r => r.Analysis.Document.Source)
        .Text("encoding", "the source's encoding", r => r.Analysis.Document.Encoding)
        .Integer("repairs", "normalisation and line repairs made", r => r.Analysis.Document.Repairs.Count)
        .Integer("warnings", "warnings raised while reading", r => r.Analysis.Document.Warnings.Count);

    /// <summary>One row per mention; a row is a document's analysis and the mention's index in it. Offsets are mapped back to the source file.</summary>
    public static Table<(DocumentAnalysis Analysis, int Index)> Mentions { get; } = new Table<(DocumentAnalysis Analysis, int Index)>("mentions")
        .Text("doc", "document id", r => r.Analysis.Document.Id)
        .Text("group", "the document's group", r => r.Analysis.Group.Label)
        .Text("kind", "lexicon, quoted, numbered, parallel, titled, policy or target", r => r.Analysis.Mentions[r.Index].Item.Kind)
        .Text("canonical", "the canonical item (a formula's canonical form; for targets, the indicator code)", r => r.Analysis.Mentions[r.Index].Item.Canonical)
        .Text("surface", "the words as they stand in the text", r => r.Analysis.Mentions[r.Index].Surface)
        .Text("theme", "the item's policy theme, when known", r => r.Analysis.Mentions[r.Index].Theme)
        .Integer("start", "offset of the mention's first character in the source file (UTF-16 code units)", r => r.Analysis.Document.ToSourceOffset(r.Analysis.Mentions[r.Index].Start))
        .Integer("end", "offset just past the mention in the source file",
            r => r.Analysis.Document.SourceOffset + r.Analysis.Document.Map.ToOriginalEnd(r.Analysis.Mentions[r.Index].End))
        .Integer("paragraph", "index of the paragraph (non-empty line) of the normalised text, from 0", r => r.Analysis.MentionParagraphs[r.Index])
        .Real("confidence", "for a formula, policy or titled document, how likely a reader is to judge the mention right, 0 to 1 (4 decimals); empty for a target",
            r => r.Analysis.Mentions[r.Index].Confidence is { } c ? Math.Round(c, 4) : null);

    /// <summary>Tidy frequencies: one row per item per group where it is mentioned.</summary>
    public static Table<FrequencyRow> Frequencies { get; } = new Table<FrequencyRow>("frequencies")
        .Text("group", "the group", r => r.Group.Label)
        .Real("group_time", "the group's time in years (null when the grouping has none)", r => r.Group.Time)
        .Text("kind", "item kind", r => r.Item.Kind)
        .Text("canonical", "item", r => r.Item.Canonical)
        .Integer("count", "mentions in the group", r => r.Count)
        .Integer("documents", "documents of the group mentioning it", r => r.Documents)
        .Integer("characters", "characters in the group", r => r.GroupCharacters)
        .Real("rate_per_10k", "mentions per 10,000 characters", r => r.RatePer10K)
        .Real("share", "share of all mentions in the group", r => r.Share);

    /// <summary>One row per item over the groups of a time axis.</summary>
    public static Table<TrendRow> Trends { get; } = new Table<TrendRow>("trends")
        .Text("kind", "item kind", r => r.Item.Kind)
        .Text("canonical", "item", r => r.Item.Canonical)
        .Text("first_group", "first group mentioning it", r => r.FirstGroup.Label)
        .Text("last_group", "last group mentioning it", r => r.LastGroup.Label)
        .Text("peak_group", "group with the highest rate", r => r.PeakGroup.Label)
        .Real("peak_rate", "that rate per 10,000 characters", r => r.PeakRate)
        .Integer("groups", "groups mentioning it", r => r.GroupsSeen)
        .Real("slope", "least-squares slope of the rate per 10,000 characters, per year", r => r.Slope)
        .Real("slope_p", "two-sided p-value of the slope", r => r.SlopeP)
        .Real("mk_tau", "Mann-Kendall tau of the rate series", r => r.Tau)
        .Real("mk_p", "Mann-Kendall two-sided p-value", r => r.TauP)
        .Text("status", "new, rising, stable, falling or gone", r => Name(r.Status));

    /// <summary>Each group against the rest, per item mentioned in the group.</summary>
    public static Table<KeynessRow> Keyness { get; } = new Table<KeynessRow>("keyness")
        .Text("group", "the target group", r => r.Group.Label)
        .Text("kind", "item kind", r => r.Item.Kind)
        .Text("canonical", "item", r => r.Item.Canonical)
        .Integer("count_target", "mentions in the group", r => (long)r.Score.TargetCount)
        .Integer("count_reference", "mentions in all other groups", r => (long)r.Score.ReferenceCount)
        .Integer("characters_target", "characters in the group", r => (long)r.Score.TargetTotal)
        .Integer("characters_reference", "characters in all other groups", r => (long)r.Score.ReferenceTotal)
        .Real("g2", "signed log-likelihood G2, Williams-corrected (quanteda: measure lr, correction williams)", r => r.Score.G2)
        .Real("g2_p", "p-value of G2", r => r.Score.G2P)
        .Real("chi2", "signed chi-squared, Yates-corrected as quanteda's default", r => r.Score.Chi2)
        .Real("chi2_p", "p-value of chi2", r => r.Score.Chi2P)
        .Real("log_ratio", "log2 ratio of the relative frequencies (zero counts as 0.5)", r => r.Score.LogRatio);

    /// <summary>
    /// The target time series: every numeric statement (offsets as the record holds them: map them to the source before,
    /// as <c>TargetExtractor.Extract(Document)</c> does). <c>policylens targets</c> prints this table.
    /// </summary>
    public static Table<TargetRecord> Targets { get; } = new Table<TargetRecord>("targets")
        .Text("doc", "document id", r => r.DocumentId)
        .Integer("year", "the document's year", r => r.Year)
        .Text("indicator", "indicator code (gdp_growth, cpi, urban_new_jobs, …, other)", r => r.Indicator)
        .Text("indicator_text", "the words naming the indicator", r => r.IndicatorText)
        .Text("comparator", "eq, approx, ge, gt, le, lt or range", r => Name(r.Comparator))
        .Real("value", "value, scale applied; the lower end of a range", r => (double)r.Value)
        .Real("value_max", "upper end of a range", r => (double?)r.ValueMax)
        .Real("stretch", "stretch goal", r => (double?)r.Stretch)
        .Text("unit", "normalised unit (%, pp, 人, 元, …)", r => r.Unit)
        .Text("kind", "target, actual, estimate or other", r => Name(r.Kind))
        .Text("horizon", "the year or period it applies to (2019, 2016-2020, 2016-2020/annual)", r => r.Horizon?.ToString())
        .Integer("start", "offset of the sentence in the source file (in the text when the record was made from a string)", r => SentenceOffsets(r).Start)
        .Integer("end", "offset just past the sentence", r => SentenceOffsets(r).End)
        .Integer("sentence_index", "ordinal of the sentence in the document, from 0", r => r.SentenceIndex)
        .Text("clause", "the clause that states it (normalised, at most 80 characters)", r => r.Clause);

    /// <summary>Pairs of items in the same paragraph, per group.</summary>
    public static Table<CooccurrenceRow> Cooccurrence { get; } = new Table<CooccurrenceRow>("cooccurrence")
        .Text("group", "the group", r => r.Group.Label)
        .Text("kind_a", "first item's kind", r => r.First.Kind)
        .Text("canonical_a", "first item", r => r.First.Canonical)
        .Text("kind_b", "second item's kind", r => r.Second.Kind)
        .Text("canonical_b", "second item", r => r.Second.Canonical)
        .Integer("paragraphs", "paragraphs mentioning both", r => r.Paragraphs)
        .Real("pmi", "pointwise mutual information in bits over the group's paragraphs", r => r.Pmi);

    /// <summary>Attention to policy themes: characters of the sentences classified into each theme, per group. <c>policylens themes</c> prints this table.</summary>
    public static Table<ThemeShare> Themes { get; } = new Table<ThemeShare>("themes")
        .Text("group", "the group", r => r.Group)
        .Real("group_time", "the group's time in years (null when the grouping has none)", r => r.GroupTime)
        .Text("theme", "theme code (see src/PolicyLens/Analysis/Themes/themes.json)", r => r.Theme)
        .Integer("characters", "characters (letters and digits) of the group's sentences classified into the theme", r => r.Characters)
        .Real("share", "the theme's share of the group's classified characters", r => r.Share);

    /// <summary>Attention entropy per group. <c>policylens themes --table entropy</c> prints this table.</summary>
    public static Table<AttentionEntropy> Entropy { get; } = new Table<AttentionEntropy>("entropy")
        .Text("group", "the group", r => r.Group)
        .Real("group_time", "the group's time in years", r => r.GroupTime)
        .Real("entropy", "Shannon entropy of the theme shares, in nats", r => r.Entropy)
        .Real("normalized_entropy", "entropy divided by ln(number of themes): 0 all attention on one theme, 1 spread evenly", r => r.NormalizedEntropy);

    /// <summary>LDA topic shares per group (<c>policylens themes --table topics</c>; not part of <c>analyze</c>).</summary>
    public static Table<TopicShare> Topics { get; } = new Table<TopicShare>("topics")
        .Text("group", "the group", r => r.Group)
        .Integer("topic", "topic number, from 0", r => r.Topic)
        .Text("label", "the topic's top words", r => r.Label)
        .Real("characters", "characters of the group's documents attributed to the topic", r => r.Characters)
        .Real("share", "the topic's share of the group", r => r.Share);

    /// <summary>The top words of each LDA topic (<c>policylens themes --table topic-words</c>).</summary>
    public static Table<TopicWord> TopicWords { get; } = new Table<TopicWord>("topic_words")
        .Integer("topic", "topic number, from 0", r => r.Topic)
        .Integer("rank", "the word's rank in the topic, from 1", r => r.Rank)
        .Text("word", "the word", r => r.Word)
        .Real("score", "the word's weight in the topic", r => r.Score);

    /// <summary>
    /// Formulas, slogans, titled documents and named policies with their context (<c>policylens extract</c>; <c>analyze</c>'s
    /// <see cref="Mentions"/> holds the same mentions by group). Offsets are in the source file.
    /// </summary>
    public static Table<SloganMention> Extracted { get; } = new Table<SloganMention>("extract")
        .Text("doc", "document id", r => r.DocumentId)
        .Integer("year", "the document's year", r => r.Year)
        .Text("kind", "lexicon, quoted, numbered, parallel, titled or policy", r => Name(r.Kind))
        .Text("canonical", "the canonical form", r => r.Canonical)
        .Text("surface", "the words as they stand in the text", r => r.Surface)
        .Text("theme", "the item's policy theme, when known", r => r.Theme)
        .Integer("start", "offset of the mention's first character in the source file (UTF-16 code units)", r => r.Source?.Start ?? r.Start)
        .Integer("end", "offset just past the mention", r => r.Source?.End ?? r.End)
        .Text("context", "the words around the mention", r => r.Context)
        .Text("subtype", "a titled document's type; canonical, variant or members for a lexicon formula", r => r.Subtype)
        .Boolean("nested", "true for a formula inside a longer one (only with --nested)", r => r.Nested)
        .Text("label", "for a programme named on a label in quotation marks (文旅投资“双百”计划), the label (双百); else empty", r => r.Label)
        .Real("confidence", "how likely a reader is to judge the mention right (right item, right boundaries), 0 to 1: the mention confidence model's probability (4 decimals)", r => Math.Round(r.Confidence, 4));

    /// <summary>Partial theme counts, for merging shards (Parquet, under <c>partials/</c>).</summary>
    public static Table<ThemeShare> ThemeCounts { get; } = new Table<ThemeShare>("counts_themes")
        .Text("group", "the group", r => r.Group)
        .Real("group_time", "its time", r => r.GroupTime)
        .Text("theme", "theme code", r => r.Theme)
        .Integer("characters", "classified characters", r => r.Characters);

    /// <summary>Partial counts, per group, for merging shards (always Parquet, under <c>partials/</c>).</summary>
    public static Table<(GroupKey Group, GroupTotals Totals)> GroupCounts { get; } = new Table<(GroupKey Group, GroupTotals Totals)>("counts_groups")
        .Text("group", "the group", r => r.Group.Label)
        .Real("group_time", "its time", r => r.Group.Time)
        .Integer("documents", "documents", r => r.Totals.Documents)
        .Integer("characters", "characters", r => r.Totals.Characters)
        .Integer("paragraphs", "paragraphs", r => r.Totals.Paragraphs)
        .Integer("mentions", "mentions", r => r.Totals.Mentions);

    /// <summary>Partial counts per group and item.</summary>
    public static Table<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> ItemCounts { get; } = new Table<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>>("counts_items")
        .Text("group", "the group", r => r.Key.Group.Label)
        .Real("group_time", "its time", r => r.Key.Group.Time)
        .Text("kind", "item kind", r => r.Key.Item.Kind)
        .Text("canonical", "item", r => r.Key.Item.Canonical)
        .Integer("mentions", "mentions", r => r.Value.Mentions)
        .Integer("documents", "documents mentioning it", r => r.Value.Documents)
        .Integer("paragraphs", "paragraphs mentioning it", r => r.Value.Paragraphs);

    /// <summary>Partial counts per group and pair of items.</summary>
    public static Table<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>> PairCounts { get; } =
        new Table<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>>("counts_pairs")
        .Text("group", "the group", r => r.Key.Group.Label)
        .Real("group_time", "its time", r => r.Key.Group.Time)
        .Text("kind_a", "first item's kind", r => r.Key.First.Kind)
        .Text("canonical_a", "first item", r => r.Key.First.Canonical)
        .Text("kind_b", "second item's kind", r => r.Key.Second.Kind)
        .Text("canonical_b", "second item", r => r.Key.Second.Canonical)
        .Integer("paragraphs", "paragraphs mentioning both", r => r.Value);

    /// <summary>The layouts of the tables every analysis writes, in order.</summary>
    public static IReadOnlyList<TableSchema> Results { get; } =
        [Documents.Schema, Mentions.Schema, Frequencies.Schema, Trends.Schema, Keyness.Schema, Targets.Schema, Cooccurrence.Schema, Themes.Schema, Entropy.Schema,
         SectionTable.Schema, SentenceTable.WithoutText.Schema, ThemeSentenceTable.Schema];

    /// <summary>The layouts of the partial counts every analysis writes under <c>partials/</c>.</summary>
    public static IReadOnlyList<TableSchema> Partials { get; } = [ThemeCounts.Schema, GroupCounts.Schema, ItemCounts.Schema, PairCounts.Schema];

    /// <summary>The lower-case name of an enum value as tables write it (<c>approx</c>, <c>target</c>, <c>workreport</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>The sentence's offsets in the source file when the record has them (<see cref="TargetRecord.SentenceSource"/>), else in the text.</summary>
    private static (int Start, int End) SentenceOffsets(TargetRecord r) =>
        r.SentenceSource is { } source ? (source.Start, source.End) : (r.Sentence.Start, r.Sentence.End);
}
