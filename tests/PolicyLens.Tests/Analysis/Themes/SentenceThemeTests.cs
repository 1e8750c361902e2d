using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The per-sentence view of a real development report (Beijing 2026): every sentence with a word, its source offsets,
/// its section, and themes; the procedural opening in <c>none</c> and out of the shares.
/// </summary>
public sealed class SentenceThemeTests
{
    private static readonly Lazy<(Document Document, IReadOnlyList<SentenceTheme> Rows)> Beijing = new(() =>
    {
        Document document = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        return (document, ThemeClassifier.Default.ClassifyDocument(document));
    });

    [Fact]
    public void EverySentenceWithAWordIsARowWhoseSourceOffsetsHoldItsText()
    {
        (Document document, IReadOnlyList<SentenceTheme> rows) = Beijing.Value;
        Assert.True(rows.Count > 150, $"{rows.Count} sentences");
        Assert.Equal(rows.Select(r => r.Sentence).Order(), rows.Select(r => r.Sentence));
        string source = File.ReadAllText(document.Source);
        Assert.All(rows, r =>
        {
            Assert.Equal(document.Text.Substring(document.Sentences[r.Sentence].Span.Start, document.Sentences[r.Sentence].Span.Length), r.Text);
            Assert.Equal(r.Text, source[r.Start..r.End]); // the corpus is already normalised text
        });
    }

    [Fact]
    public void TheOpeningLinesAreNoneAndTheBodyHasThemesAndSections()
    {
        IReadOnlyList<SentenceTheme> rows = Beijing.Value.Rows;
        Assert.Equal("现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。", rows.First(r => r.Text.StartsWith("现在", StringComparison.Ordinal)).Text);
        Assert.All(rows.TakeWhile(r => r.Section is null), r => Assert.Equal(ThemeClassifier.None, r.Theme));
        Assert.Contains(rows, r => r.SectionKind == "review" && r.Theme != ThemeClassifier.None);
        Assert.Contains(rows, r => r.SectionKind == "tasks" && r.Theme == "education");
        Assert.Equal(ThemeClassifier.None, rows[^1].Theme); // 各位代表！蓝图已经绘就… the closing call
    }

    [Fact]
    public void SharesCountOnlyThemedSentences()
    {
        IReadOnlyList<SentenceTheme> rows = Beijing.Value.Rows;
        var counts = new ThemeCounts(ThemeClassifier.Default.Themes);
        var group = new PolicyLens.Analysis.GroupKey("2026", 2026);
        counts.Add(group, rows);
        long counted = counts.Shares().Sum(s => s.Characters);
        Assert.Equal(rows.Where(r => r.Theme != ThemeClassifier.None).Sum(r => (long)r.Characters), counted);
        Assert.True(counted < rows.Sum(r => (long)r.Characters));
        Assert.Equal(1, counts.Shares().Sum(s => s.Share), 9);
    }

    [Fact]
    public void TableRowsFollowTheSchemaAndCarryTheCapTopic()
    {
        SentenceTheme row = Beijing.Value.Rows.First(r => r.Theme == "education");
        object?[] cells = SentenceTable.Row(row);
        Assert.Equal(SentenceTable.Schema.Columns.Count, cells.Length);
        Assert.Equal(6L, cells[SentenceTable.Schema.IndexOf("cap_topic")]);
        Assert.Equal("education", cells[SentenceTable.Schema.IndexOf("theme")]);
        Assert.Null(SentenceTable.Row(Beijing.Value.Rows[0])[SentenceTable.Schema.IndexOf("cap_topic")]);
    }
}
