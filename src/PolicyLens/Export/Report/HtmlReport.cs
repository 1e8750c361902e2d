using System.Globalization;
using System.Reflection;
using System.Text;

namespace PolicyLens.Export.Report;

/// <summary>
/// The HTML report of an analysis: one self-contained file, built from the tables <c>policylens analyze</c> wrote, that
/// opens offline. Rising and falling formulas as small multiples, first appearances on a timeline, the target series,
/// theme shares and attention entropy over time, and sortable tables of the top items with links to their contexts.
/// </summary>
/// <remarks>
/// <para>
/// Charts are inline SVG drawn here, with the style sheet and the few lines of sorting script inlined too: the file
/// makes no network request and references no other file, so it can be mailed or archived as it is. Every text from
/// the tables is escaped.
/// </para>
/// <para>
/// The report reads the folder's Parquet tables, or its CSV tables where there is no Parquet. With
/// <see cref="ReportOptions.CorpusPath"/> it re-reads the corpus for the words around each mention.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// AnalyzeJob.Run("corpus/gwr", new AnalyzeOptions { OutputDirectory = "out" });
/// string file = HtmlReport.Write("out", new ReportOptions { CorpusPath = "corpus/gwr" }); // out/report.html
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>The report's file name in the analysis folder, unless <see cref="ReportOptions.OutputPath"/> says otherwise.</summary>
    public const string DefaultFileName = "report.html";

    /// <summary>Writes the report of the analysis in <paramref name="analysisDirectory"/> and returns the file's full path.</summary>
    /// <remarks>The file is written under a temporary name and renamed into place: an existing report is replaced whole or not at all.</remarks>
    /// <exception cref="FileNotFoundException">A table the report needs is missing from the folder (the message lists them).</exception>
    public static string Write(string analysisDirectory, ReportOptions? options = null)
    {
        options ??= ReportOptions.Default;
        string html = Render(analysisDirectory, options);
        string path = Path.GetFullPath(options.OutputPath ?? Path.Combine(analysisDirectory, DefaultFileName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = $"{path}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllText(temporary, html, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>The report of the analysis in <paramref name="analysisDirectory"/>, as HTML text.</summary>
    /// <exception cref="FileNotFoundException">A table the report needs is missing from the folder (the message lists them).</exception>
    public static string Render(string analysisDirectory, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysisDirectory);
        options ??= ReportOptions.Default;
        if (!Directory.Exists(analysisDirectory))
        {
            throw new DirectoryNotFoundException($"{analysisDirectory}: no such folder; name the output folder of 'policylens analyze'.");
        }

        ReportData data = ReportData.Load(analysisDirectory);
        var tables = new ItemTables(data, options);
        KeywordInContext kwic = KeywordInContext.Collect(analysisDirectory, tables.Keys, options);
        string title = options.Title ?? $"PolicyLens 报告 · {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(analysisDirectory)))}";

        var html = new StringBuilder(1 << 20);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"PolicyLens\"><title>").Append(Html.Escape(title)).Append("</title><style>").Append(Resource("charts.css")).Append(Resource("report.css"))
            .Append("</style></head><body class=\"").Append(ReportCharts.CssClass).Append("\"><header><h1>").Append(Html.Escape(title)).Append("</h1>")
            .Append("<p class=\"summary\">").Append(Html.Escape(Summary(data, kwic, options))).Append("</p><nav>")
            .Append("<a href=\"#trends\">上升与下降</a><a href=\"#first\">首次出现</a><a href=\"#targets\">目标</a><a href=\"#themes\">政策主题</a><a href=\"#tables\">高频条目</a></nav></header><main>");

        Section(html, "trends", "上升与下降的提法", "Rising and falling formulas",
            "Rate per 10,000 characters in each group over time; each panel on its own scale. Rising: trend status rising, steepest first. " +
            "Falling: status falling or gone, with a negative slope and mentioned in at least three groups.");
        if (data.HasTimeAxis)
        {
            html.Append("<h3>上升 <small>rising</small></h3>").Append(Panels(data, TrendPanels.Rising(data, options.TrendPanels), "rising"))
                .Append("<h3>下降 <small>falling</small></h3>").Append(Panels(data, TrendPanels.Falling(data, options.TrendPanels), "falling"));
        }
        else
        {
            html.Append(NoTime);
        }

        Section(html, "first", "首次出现", "First appearances",
            $"Each formula at the first group that mentions it, for those first seen after the first group and mentioned at least " +
            $"{FirstAppearanceTimeline.MinimumMentions} times; at most {FirstAppearanceTimeline.PerGroup} per group, the most mentioned.");
        html.Append(data.HasTimeAxis ? FirstAppearanceTimeline.Render(data) : NoTime);

        Section(html, "targets", "目标", "Targets",
            "Each year's annual target as first stated in that year's report: a band for a range, ▲ at least, ▼ at most, ● a point target; " +
            "dashed lines are five-year plans' annual targets across their period. Hover for the sentence.");
        html.Append(data.HasTimeAxis ? TargetSeriesChart.Render(data) : NoTime);

        Section(html, "themes", "政策主题", "Theme shares",
            "Share of each group's classified characters per policy theme, stacked to 100%.");
        html.Append(data.HasTimeAxis ? ThemeShareChart.RenderShares(data) : NoTime)
            .Append("<h3>注意力熵 <small>attention entropy, normalised: 1 when attention is spread evenly over the themes, 0 when one theme takes all</small></h3>")
            .Append(data.HasTimeAxis ? ThemeShareChart.RenderEntropy(data) : NoTime)
            .Append(ThemeSentenceList.Render(data));

        Section(html, "tables", "高频条目", "Top items",
            "Click a heading to sort; click an item for its contexts" + (kwic.HasCorpus ? " (keyword in context)." : " (document and source offsets; pass the corpus for the words around them)."));
        html.Append("<h3>全部 <small>over all groups</small></h3>").Append(tables.RenderOverall())
            .Append("<h3>各组 <small>per group</small></h3>").Append(tables.RenderGroups())
            .Append("</section><div id=\"context-panels\">").Append(tables.RenderContexts(kwic)).Append("</div>")
            .Append("</main><script>").Append(Resource("report.js")).Append("</script></body></html>\n");
        return html.ToString();
    }

    /// <summary>The note in place of a time chart when the groups have no time.</summary>
    internal const string NoTime = "<p class=\"note\">The groups have no time (grouped by level or region), so there is nothing to draw over time; analyse with --group-by year, session or doc.</p>";

    private static string Panels(ReportData data, IReadOnlyList<ReportData.Trend> items, string kind) =>
        items.Count > 0 ? TrendPanels.Render(data, items, kind, kind) : $"<p class=\"note\" id=\"{kind}\">No {kind} formula.</p>";

    private static void Section(StringBuilder html, string id, string chinese, string english, string explanation)
    {
        if (id != "trends")
        {
            html.Append("</section>");
        }

        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(Html.Escape(chinese)).Append(" <small>").Append(Html.Escape(english)).Append("</small></h2>")
            .Append("<p class=\"explain\">").Append(Html.Escape(explanation)).Append("</p>");
    }

    private static string Summary(ReportData data, KeywordInContext kwic, ReportOptions options)
    {
        string span = data.HasTimeAxis ? $" ({Html.Year(data.Groups[0].Time!.Value)}–{Html.Year(data.Groups[^1].Time!.Value)})" : "";
        string contexts = kwic.HasCorpus
            ? $"contexts from {options.CorpusPath}: {kwic.Located} located" + (kwic.NotLocated > 0 ? $", {kwic.NotLocated} not found (was the corpus read as the analysis read it?)" : "")
            : "no corpus given: contexts are listed as document and offset";
        return string.Create(CultureInfo.InvariantCulture,
            $"{data.Documents:N0} documents · {data.Groups.Count} groups{span} · {data.Characters:N0} characters · {data.Mentions:N0} mentions · {contexts}");
    }

    /// <summary>A text file embedded beside this class (the style sheets and the script).</summary>
    internal static string Resource(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyLens.Export.Report." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the PolicyLens assembly; the build embeds Export/Report/{name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
