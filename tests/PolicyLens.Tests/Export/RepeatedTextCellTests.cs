// Specifications: a text cell repeating its column's previous cell (the same string) is written as the same bytes as a fresh copy.
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Tests.Export;

/// <summary>
/// The CSV and JSON encoders copy a text cell that is the same string as its column's previous cell from where they wrote
/// it in their buffer, and encode it again once the buffer has been written out. These check that the bytes are those of
/// cells that are equal strings but not the same object (encoded every time), on Beijing 2026's sentences (its document
/// id over every row, its headings over runs of rows) and on runs of repeated cells of every kind (quoted, guarded against
/// formulas, escaped in JSON, outside the BMP) long enough for the buffer to be written out at every place of a run.
/// </summary>
public sealed class RepeatedTextCellTests
{
    private static readonly Table<(string Run, string Other, long Index)> Runs = new Table<(string Run, string Other, long Index)>("runs")
        .Text("run", "a cell repeated over a run of rows", r => r.Run)
        .Text("other", "a cell that changes every row", r => r.Other)
        .Integer("index", "the row", r => r.Index);

    public static TheoryData<ExportFormat> Formats => [ExportFormat.Csv, ExportFormat.Json, ExportFormat.JsonLines];

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_sentences_of_a_report_give_the_bytes_of_their_cells_copied(ExportFormat format)
    {
        Document document = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        SentenceTheme[] rows = [.. ThemeClassifier.Default.ClassifyDocument(document)];
        SentenceTheme[] copies = [.. rows.Select(r => r with
        {
            Doc = Copy(r.Doc)!,
            Section = Copy(r.Section),
            SectionKind = Copy(r.SectionKind),
            Theme = Copy(r.Theme)!,
            SecondaryTheme = Copy(r.SecondaryTheme),
        })];
        Assert.True(rows.Length > 100);
        Assert.Equal(Written(SentenceTable.Table, copies, format), Written(SentenceTable.Table, rows, format));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Runs_of_one_cell_across_the_writers_buffer_give_the_bytes_of_fresh_copies(ExportFormat format)
    {
        // Cells of every kind the encoders treat apart, repeated over runs of 1 to 9 rows, beside a changing cell whose
        // length moves the end of the buffer through every place of the runs.
        string[] kinds =
        [
            "北京市人民政府", "十五五规划, 逗号", "他说\"好\"", "=SUM(A1)", "-5%", "换行\n之后", "反斜杠\\与\t制表", "𠀀𝕏😀",
            new string('长', 400), "", "a",
        ];
        var rows = new List<(string, string, long)>();
        for (int k = 0; k < 6_000; k++)
        {
            string run = kinds[k % kinds.Length] + (k / 9 % 3 == 0 ? "" : "·" + (k / 9));
            for (int n = 0; n <= k % 9 && rows.Count < 30_000; n++)
            {
                rows.Add((run, new string('展', (k * 7 + n) % 61) + n, rows.Count));
            }
        }

        (string, string, long)[] copies = [.. rows.Select(r => (Copy(r.Item1)!, Copy(r.Item2)!, r.Item3))];
        byte[] written = Written(Runs, rows, format);
        Assert.True(written.Length > 4 * (1 << 16), "the runs should fill the writer's buffer several times");
        Assert.Equal(Written(Runs, copies, format), written);
    }

    // An equal string that is not the same object.
    private static string? Copy(string? text) => text is null ? null : new string(text.AsSpan());

    private static byte[] Written<TRow>(Table<TRow> table, IEnumerable<TRow> rows, ExportFormat format)
    {
        using var output = new MemoryStream();
        table.Write(output, format, rows);
        return output.ToArray();
    }
}
