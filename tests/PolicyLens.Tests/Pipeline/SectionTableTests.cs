// The sections table that `analyze` writes: the heading tree of each report with offsets into its source file.
using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary><c>sections.csv</c> of an analysis of one real report.</summary>
public sealed class SectionTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-sections-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Analyze_writes_each_sections_heading_kind_years_and_source_offsets()
    {
        string report = SharedData.Require("corpus/provincial/anhui_2026.txt");
        string corpus = Path.Combine(_folder, "corpus");
        Directory.CreateDirectory(corpus);
        File.Copy(report, Path.Combine(corpus, "anhui_2026.txt"));

        AnalyzeJob.Run(corpus, new AnalyzeOptions { OutputDirectory = Path.Combine(_folder, "out"), Formats = ExportFormat.Csv, ClassifyThemes = false });
        string[] lines = File.ReadAllLines(Path.Combine(_folder, "out", "sections.csv"));
        string source = File.ReadAllText(report);

        Assert.Equal(string.Join(',', SectionTable.Schema.Columns.Select(c => c.Name)), lines[0]);
        string[] first = lines[1].Split(',');
        Assert.Equal(["anhui_2026", "0", "", "1", "2025年工作和“十四五”发展回顾", "review", "2021", "2025"], first[..8]);
        Assert.StartsWith("一、2025年工作和“十四五”发展回顾", source[int.Parse(first[8], System.Globalization.CultureInfo.InvariantCulture)..], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("anhui_2026,", StringComparison.Ordinal) && l.Contains(",2026年重点工作,tasks,2026,2026,", StringComparison.Ordinal));
        Assert.Equal(1 + 3 + 24, lines.Length);
    }
}
