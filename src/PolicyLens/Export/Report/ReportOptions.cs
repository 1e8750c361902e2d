using PolicyLens.Text;

namespace PolicyLens.Export.Report;

/// <summary>What <see cref="HtmlReport"/> writes and where. Immutable; vary it with <c>with</c>.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: <c>report.html</c> in the analysis folder, no corpus (contexts are listed as locations).</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The HTML file to write; null writes <c>report.html</c> in the analysis folder.</summary>
    public string? OutputPath { get; init; }

    /// <summary>
    /// The corpus that was analysed, re-read to show each mention in its context (KWIC lines); null lists the contexts
    /// as document ids and source offsets only. It must be read as the analysis read it (<see cref="Corpus"/>), or the
    /// offsets point elsewhere.
    /// </summary>
    public string? CorpusPath { get; init; }

    /// <summary>How <see cref="CorpusPath"/> is read: the options the analysis used.</summary>
    public CorpusOptions Corpus { get; init; } = CorpusOptions.Default;

    /// <summary>Rows of each group's table of top items.</summary>
    public int TopItemsPerGroup { get; init; } = 15;

    /// <summary>Rows of the table of top items over the whole corpus.</summary>
    public int TopItemsOverall { get; init; } = 50;

    /// <summary>Contexts shown per table row.</summary>
    public int ContextsPerItem { get; init; } = 5;

    /// <summary>Characters of context on each side of a mention.</summary>
    public int ContextWidth { get; init; } = 30;

    /// <summary>Panels in each of the rising and falling small multiples.</summary>
    public int TrendPanels { get; init; } = 12;

    /// <summary>The report's title; null names it after the analysis folder.</summary>
    public string? Title { get; init; }
}
