using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Tests.Export;

/// <summary>
/// The typed cells the writers read (each cell read once through its column's typed accessor, never boxed), on the
/// sentences and sections tables of a real development report (Beijing 2026): CSV written character by character as
/// RFC 4180 says, CSV, JSON Lines and Parquet read back to the records' own values, the JSON document's rows those of JSON
/// Lines; the typed path and the boxed one
/// (<see cref="Table{TRow}.Cells"/> through <see cref="TableWriter.WriteRow"/>) give the same bytes.
/// </summary>
public sealed class TypedCellTests : IDisposable
{
    private static readonly Lazy<(Document Document, SentenceTheme[] Rows)> Beijing = new(() =>
    {
        Document document = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        return (document, [.. ThemeClassifier.Default.ClassifyDocument(document)]);
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-typed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_sentences_table_as_csv_is_each_record_written_out_in_rfc_4180()
    {
        SentenceTheme[] rows = Beijing.Value.Rows;
        using var csv = new MemoryStream();
        SentenceTable.Table.Write(csv, ExportFormat.Csv, rows);

        // The reference: every cell formatted on its own (invariant culture, reals in round-trip form), quoted when needed.
        var expected = new StringBuilder(string.Join(',', SentenceTable.Schema.Columns.Select(c => c.Name)) + "\r\n");
        foreach (SentenceTheme r in rows)
        {
            string?[] cells =
            [
                Text(r.Doc), Integer(r.Sentence), Integer(r.Start), Integer(r.End), Text(r.Section), Text(r.SectionKind), Text(r.Theme),
                Real(r.Probability), Text(r.SecondaryTheme), r.SecondaryTheme is null ? "" : Real(r.SecondaryProbability),
                CapCrosswalk.Find(r.Theme) is { } cap ? Integer(cap.MajorTopic) : "", Integer(r.Characters), Text(r.Text),
            ];
            expected.Append(string.Join(',', cells)).Append("\r\n");
        }

        Assert.Contains(rows, r => r.SecondaryTheme is not null);
        Assert.Contains(rows, r => r.Section is null);
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(csv.ToArray()));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void Every_format_reads_back_as_the_records_values_with_missing_ones_null(ExportFormat format)
    {
        SentenceTheme[] rows = Beijing.Value.Rows;
        string path = WriteFile(SentenceTable.Table, format, rows);
        TableRecord[] back = [.. TableReader.Read(path, SentenceTable.Schema)];

        Assert.Equal(rows.Length, back.Length);
        Assert.Contains(rows, r => r.Section is null);
        Assert.Contains(rows, r => r.SecondaryTheme is null);
        for (int i = 0; i < rows.Length; i++)
        {
            SentenceTheme r = rows[i];
            TableRecord b = back[i];
            Assert.Equal(r.Doc, b.Text("doc"));
            Assert.Equal(r.Sentence, b.Integer("sentence"));
            Assert.Equal(r.Start, b.Integer("start"));
            Assert.Equal(r.End, b.Integer("end"));
            Assert.Equal(r.Section, b.TextOrNull("section"));
            Assert.Equal(r.SectionKind, b.TextOrNull("section_kind"));
            Assert.Equal(r.Theme, b.Text("theme"));
            Assert.Equal(r.Probability, b.Real("probability"));
            Assert.Equal(r.SecondaryTheme, b.TextOrNull("secondary_theme"));
            Assert.Equal(r.SecondaryTheme is null ? null : r.SecondaryProbability, b.Real("secondary_probability"));
            Assert.Equal(CapCrosswalk.Find(r.Theme)?.MajorTopic, b.Integer("cap_topic"));
            Assert.Equal(r.Characters, b.Integer("characters"));
            Assert.Equal(r.Text, b.Text("text"));
        }
    }

    [Fact]
    public void The_json_documents_rows_are_the_json_lines_rows()
    {
        SentenceTheme[] rows = Beijing.Value.Rows;
        using JsonDocument json = JsonDocument.Parse(Typed(SentenceTable.Table, ExportFormat.Json, rows));
        string[] lines = Encoding.UTF8.GetString(Typed(SentenceTable.Table, ExportFormat.JsonLines, rows)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Length, lines.Length);
        Assert.Equal(lines, json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void Typed_and_boxed_rows_give_the_same_bytes_for_the_sentences_and_sections_tables(ExportFormat format)
    {
        (Document document, SentenceTheme[] rows) = Beijing.Value;
        Assert.Equal(Boxed(SentenceTable.Table, format, rows), Typed(SentenceTable.Table, format, rows));
        (Document, Section)[] sections = [.. SectionTable.Rows(document)];
        Assert.Contains(sections, s => s.Item2.ParentId is null);
        Assert.Contains(sections, s => s.Item2.ParentId is not null);
        Assert.Equal(Boxed(SectionTable.Table, format, sections), Typed(SectionTable.Table, format, sections));
    }

    [Fact]
    public void Csv_text_longer_than_the_writers_buffer_is_the_utf8_of_the_text_even_outside_the_bmp_and_for_a_lone_surrogate()
    {
        // The first 15,000 characters of the 2019 report twice (about 90 KB of UTF-8, so the pieces written cross the
        // 64 KB buffer's end), with a character outside the BMP every 997 characters; then an unpaired surrogate, which
        // UTF-8 writes as U+FFFD, a formula guard with quotes, and a character outside the BMP alone.
        string report = File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "2019.txt"))[..15_000];
        string twice = report + report;
        var text = new StringBuilder();
        for (int i = 0; i < twice.Length; i += 997)
        {
            text.Append(twice, i, Math.Min(997, twice.Length - i)).Append("𠮷");
        }

        string[] cells = [text.ToString(), "\uD800" + report[..100], "=" + report[..50] + "\"引号\"", "𠮷"];
        var table = new Table<string>("texts").Text("text", "a text", t => t);
        using var csv = new MemoryStream();
        table.Write(csv, ExportFormat.Csv, cells);

        string expected = "text\r\n" + string.Concat(cells.Select(c => Text(c) + "\r\n"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(expected), csv.ToArray());
        Assert.Contains("\uFFFD", Encoding.UTF8.GetString(csv.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_boxed_value_of_the_wrong_type_is_refused_and_an_int_or_a_float_is_taken_as_a_number()
    {
        var table = new Table<int>("t").Integer("n", "a count", n => n).Real("x", "a rate", _ => 0.5).Text("s", "a label", _ => "六稳");
        using var refused = new MemoryStream();
        using TableWriter writer = TableWriter.Create(table.Schema, refused, ExportFormat.Csv);
        Assert.Throws<ArgumentException>(() => writer.WriteRow("六稳", 0.5, "六稳"));
        Assert.Throws<ArgumentException>(() => writer.WriteRow(1L, "0.5", "六稳"));

        using var boxed = new MemoryStream();
        using (TableWriter w = TableWriter.Create(table.Schema, boxed, ExportFormat.Csv))
        {
            w.WriteRow(3, 0.5f, 2026);
            w.Complete();
        }

        Assert.Equal("n,x,s\r\n3,0.5,2026\r\n", Encoding.UTF8.GetString(boxed.ToArray()));
    }

    private static string Text(string? text)
    {
        if (text is null)
        {
            return "";
        }

        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static byte[] Typed<TRow>(Table<TRow> table, ExportFormat format, IEnumerable<TRow> rows)
    {
        using var output = new MemoryStream();
        table.Write(output, format, rows);
        return output.ToArray();
    }

    private static byte[] Boxed<TRow>(Table<TRow> table, ExportFormat format, IEnumerable<TRow> rows)
    {
        using var output = new MemoryStream();
        using (TableWriter writer = TableWriter.Create(table.Schema, output, format))
        {
            foreach (TRow row in rows)
            {
                writer.WriteRow(table.Cells(row));
            }

            writer.Complete();
        }

        return output.ToArray();
    }

    private string WriteFile<TRow>(Table<TRow> table, ExportFormat format, IEnumerable<TRow> rows)
    {
        using TableWriter writer = TableWriter.Create(table.Schema, _folder, format);
        table.Write(writer, rows);
        writer.Complete();
        return writer.Path!;
    }
}
