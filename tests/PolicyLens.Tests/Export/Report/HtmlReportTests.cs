using System.Text.RegularExpressions;
using PolicyLens.Export.Report;

namespace PolicyLens.Tests.Export.Report;

/// <summary>
/// The report of the real reports, read as text: every chart and table is there, it references nothing outside itself,
/// contexts show the mention in its words, and it reads the same from CSV as from Parquet.
/// </summary>
[Collection(GwrReportCollection.Name)]
public sealed partial class HtmlReportTests(GwrReport report)
{
    public static TheoryData<string> Charts { get; } =
        ["rising", "falling", "first-appearances", "target-gdp_growth", "theme-shares", "attention-entropy"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_chart_is_in_the_report(string id) =>
        Assert.Matches($"<(svg|div)[^>]* id=\"{id}\"", report.Html);

    [Fact]
    public void Rising_and_falling_formulas_are_small_multiples_of_svg_panels()
    {
        Assert.Equal(12, Regex.Matches(report.Html, "<svg class=\"chart trend-panel rising\"").Count);
        Assert.InRange(Regex.Matches(report.Html, "<svg class=\"chart trend-panel falling\"").Count, 3, 12);
    }

    [Fact]
    public void The_gdp_growth_target_draws_its_ranges_as_bands()
    {
        string gdp = Regex.Match(report.Html, "<svg id=\"target-gdp_growth\".*?</svg>", RegexOptions.Singleline).Value;

        // 1995 (8–9%), 2016 (6.5–7%) and 2019 (6–6.5%) were ranges.
        Assert.True(Regex.Matches(gdp, "<rect class=\"band\"").Count >= 3, "bands for the range targets");
        Assert.Contains("<title>2019: 6–6.5%", gdp, StringComparison.Ordinal);
        Assert.Contains("<title>2024: 约 5%", gdp, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_references_nothing_outside_itself()
    {
        string html = report.Html;
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_table_row_links_to_a_context_panel_that_exists()
    {
        string html = report.Html;
        string[] links = [.. Regex.Matches(html, "<td class=\"item\"><a href=\"#(ctx-[0-9]+)\">").Select(m => m.Groups[1].Value)];
        Assert.True(links.Length > 500, $"{links.Length} rows");
        var panels = Regex.Matches(html, "<section class=\"contexts\" id=\"(ctx-[0-9]+)\">").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(links, link => Assert.Contains(link, panels));
    }

    [Fact]
    public void Contexts_from_the_corpus_highlight_the_formula_in_its_words()
    {
        string html = report.Html;
        Assert.Matches("contexts from [^:]*gwr: [0-9]+ located ·|contexts from [^:]*gwr: [0-9]+ located<", html);
        Assert.DoesNotContain("not found (was the corpus", html, StringComparison.Ordinal);

        // The over-all panel of 一带一路: the mention between its left and right context, as the source has it (the
        // lexicon counts the long form of 2014 and 2015 as 一带一路 too).
        string panel = Regex.Match(html, "<section class=\"contexts\" id=\"ctx-[0-9]+\"><a class=\"close\"[^>]*>×</a><h4>一带一路 <small>提法 · 全部.*?</section>", RegexOptions.Singleline).Value;
        MatchCollection lines = Regex.Matches(panel, "<li><span class=\"doc\">(20[0-9]{2})</span><span class=\"left\">([^<]+)</span><mark>([^<]+)</mark><span class=\"right\">([^<]+)</span></li>");
        Assert.Equal(5, lines.Count);
        Assert.Equal("2014", lines[0].Groups[1].Value);
        Assert.Equal("丝绸之路经济带、21世纪海上丝绸之路", lines[0].Groups[3].Value);
        Assert.Equal("一带一路", lines[2].Groups[3].Value);
        Assert.EndsWith("“", lines[2].Groups[2].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_corpus_contexts_are_listed_as_document_and_offsets()
    {
        string html = HtmlReport.Render(report.AnalysisFolder, new ReportOptions { ContextsPerItem = 2 });
        Assert.Contains("no corpus given", html, StringComparison.Ordinal);
        Assert.Matches("<li><span class=\"doc\">2016</span><span class=\"left\">@ [0-9]+–[0-9]+</span><mark>一带一路</mark>", html);
    }

    [Fact]
    public void A_folder_of_csv_tables_gives_the_same_report_as_parquet()
    {
        _ = report.Html;
        string csvOnly = report.Scratch("csv-only");
        foreach (string csv in Directory.GetFiles(report.AnalysisFolder, "*.csv"))
        {
            File.Copy(csv, Path.Combine(csvOnly, Path.GetFileName(csv)), overwrite: true);
        }

        var options = new ReportOptions { Title = "same" };
        Assert.Equal(HtmlReport.Render(report.AnalysisFolder, options), HtmlReport.Render(csvOnly, options));
    }

    [Fact]
    public void Writing_replaces_the_report_whole_and_leaves_no_temporary_file()
    {
        _ = report.Html;
        string folder = report.Scratch("written");
        string path = Path.Combine(folder, "r.html");
        File.WriteAllText(path, "old");
        Assert.Equal(path, HtmlReport.Write(report.AnalysisFolder, new ReportOptions { OutputPath = path }));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_folder_without_the_tables_is_refused_naming_the_files_needed()
    {
        string empty = report.Scratch("empty");
        File.WriteAllText(Path.Combine(empty, "documents.json"), "");
        var e = Assert.Throws<FileNotFoundException>(() => HtmlReport.Write(empty));
        Assert.Contains("documents.parquet/.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("entropy.parquet/.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("policylens analyze", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(empty, HtmlReport.DefaultFileName)));
    }
}
