// The JSON and JSON Lines rows written straight to UTF-8 are the bytes System.Text.Json's writer gives, on real text and on every character.
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Tests.Export;

/// <summary>
/// The table writer encodes JSON rows itself (issue 15: the sentences table's cost), and promises the bytes a
/// <see cref="Utf8JsonWriter"/> writes cell by cell with the relaxed escaping (Chinese as it is, never <c>\u</c>): the
/// reference here is that writer, used as the writer used it before. Checked on the sentences table of a real development
/// report, on every UTF-16 code unit standing alone and inside a Chinese sentence (those the writer escapes, unpaired
/// surrogates and characters outside the BMP included), on numbers at their limits, and on the value the writer refuses.
/// </summary>
public sealed class JsonRowBytesTests
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = true };

    private static readonly TableSchema Cells = new("cells",
    [
        new TableColumn("text", ColumnType.String, "a text"),
        new TableColumn("integer", ColumnType.Integer, "an integer"),
        new TableColumn("real", ColumnType.Real, "a real"),
        new TableColumn("flag", ColumnType.Boolean, "true or false"),
    ]);

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.JsonLines)]
    public void The_sentences_table_of_a_report_is_the_bytes_of_the_library_writer(ExportFormat format)
    {
        Document document = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        SentenceTheme[] rows = [.. ThemeClassifier.Default.ClassifyDocument(document)];
        using var written = new MemoryStream();
        SentenceTable.Table.Write(written, format, rows);

        Assert.True(rows.Length > 100, $"{rows.Length} rows");
        Assert.Contains(rows, r => r.SecondaryTheme is null);
        Assert.Contains(rows, r => r.Text.Contains('“'));
        Assert.Equal(Reference(SentenceTable.Schema, [.. rows.Select(SentenceTable.Row)], format), written.ToArray());
    }

    [Fact]
    public void Every_utf16_code_unit_alone_and_inside_a_sentence_is_written_as_the_library_writes_it()
    {
        var rows = new List<object?[]>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string unit = ((char)c).ToString();
            rows.Add([unit, (long)c, null, c % 2 == 0]);
            rows.Add(["推动高质量发展" + unit + "，扎实推进“十五五”规划", null, c / 7.0, null]);
        }

        // Pairs (characters outside the BMP), unpaired surrogates in either order, the characters JSON escapes, and text
        // long enough to cross the writer's buffer.
        rows.Add(["𠀀中国𝕏😀", 1L, 0.5, true]);
        rows.Add(["\uDC00\uD800 尾", 2L, -0.0, false]);
        rows.Add(["\"引号\" \\ 反斜杠 \u0000 \u001F \u007F \u2028 \u2029 <&>'+`", 3L, 1e-7, true]);
        rows.Add([string.Concat(Enumerable.Repeat("发展是第一要务，", 20_000)), 4L, 1e21, false]);
        rows.Add([string.Concat(Enumerable.Repeat("a\"", 40_000)), 5L, 123456789.123456789, true]);
        rows.Add(["", long.MinValue, double.MaxValue, null]);
        rows.Add([null, long.MaxValue, double.Epsilon, false]);
        rows.Add(["=1+2", -1L, -1.0 / 3, true]);

        AssertWrittenAsTheLibraryWritesThem(rows);
    }

    [Fact]
    public void Runs_of_ascii_latin_and_chinese_of_every_length_up_to_a_vector_and_beyond_are_transcoded_as_the_library_writes_them()
    {
        // The plain text is transcoded a run at a time: ASCII runs (digits, Latin letters) of every length up to past two
        // 32-byte vectors, between Chinese characters and two-byte characters (é, §, ×), at a text's start, inside and at
        // its end; a character to escape or a pair after a long plain run; texts whose worst case is just under, at and
        // over the writer's 64 KB buffer; and enough rows of varied lengths to end at every place in the buffer.
        var rows = new List<object?[]>();
        for (int n = 0; n <= 70; n++)
        {
            string ascii = string.Concat(Enumerable.Range(0, n).Select(i => (char)('0' + (i % 10))));
            rows.Add([ascii, (long)n, null, null]);
            rows.Add([ascii + "增长" + ascii, null, n / 3.0, true]);
            rows.Add(["国内生产总值" + ascii + "é§×" + ascii + "万亿元", (long)-n, null, false]);
            rows.Add([new string('中', n) + "é" + new string('§', n) + ascii, null, null, null]);
            rows.Add([ascii + "增长" + ascii + "\"", 1L, 0.1, true]);
            rows.Add([new string('中', n) + "\uD83D\uDE00" + ascii, 2L, 0.2, false]);
        }

        foreach (int length in new[] { 21_843, 21_844, 21_845, 21_846 })
        {
            rows.Add([new string('发', length), (long)length, null, true]);
            rows.Add([new string('a', length * 3), (long)length, null, false]);
        }

        for (int k = 0; k < 2_000; k++)
        {
            rows.Add([new string('展', k % 97) + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('é', k % 13), (long)k, k * 0.5, k % 3 == 0]);
        }

        AssertWrittenAsTheLibraryWritesThem(rows);
    }

    // The rows written by TableWriter, as JSON and as JSON Lines, are the bytes Utf8JsonWriter gives cell by cell.
    private static void AssertWrittenAsTheLibraryWritesThem(IReadOnlyList<object?[]> rows)
    {
        foreach (ExportFormat format in new[] { ExportFormat.Json, ExportFormat.JsonLines })
        {
            using var written = new MemoryStream();
            using (TableWriter writer = TableWriter.Create(Cells, written, format))
            {
                foreach (object?[] row in rows)
                {
                    writer.WriteRow(row);
                }

                writer.Complete();
            }

            Assert.Equal(Reference(Cells, rows, format), written.ToArray());
        }
    }

    [Fact]
    public void Column_names_of_every_length_around_a_vector_store_and_names_to_escape_are_written_as_the_library_writes_them()
    {
        // Each name is copied by one 32-byte store when it fits (with its quotes, colon and the comma before it), else
        // copied whole: names of 1 to 40 characters, Chinese ones (three bytes a character) and ones JSON escapes, over
        // enough rows to end at every place in the writer's buffer.
        var columns = new List<TableColumn>();
        for (int n = 1; n <= 40; n++)
        {
            columns.Add(new TableColumn(new string((char)('a' + (n % 26)), n), n % 3 == 0 ? ColumnType.Integer : ColumnType.String, "a column"));
        }

        columns.Add(new TableColumn("政府工作报告的句子", ColumnType.String, "a Chinese name"));
        columns.Add(new TableColumn("引号\"与\\反斜杠", ColumnType.Real, "a name to escape"));
        var schema = new TableSchema("names", columns);
        var rows = new List<object?[]>();
        for (int k = 0; k < 700; k++)
        {
            rows.Add([.. columns.Select((c, i) => c.Type switch
            {
                ColumnType.Integer => (object?)(long)(k * i),
                ColumnType.Real => k % 5 == 0 ? null : k / 7.0,
                _ => (k + i) % 11 == 0 ? null : new string('发', (k + i) % 9),
            })]);
        }

        foreach (ExportFormat format in new[] { ExportFormat.Json, ExportFormat.JsonLines })
        {
            using var written = new MemoryStream();
            using (TableWriter writer = TableWriter.Create(schema, written, format))
            {
                foreach (object?[] row in rows)
                {
                    writer.WriteRow(row);
                }

                writer.Complete();
            }

            Assert.True(written.Length > 2 * (1 << 16));
            Assert.Equal(Reference(schema, rows, format), written.ToArray());
        }
    }

    [Fact]
    public void An_infinite_real_is_refused_as_the_library_writer_refuses_it()
    {
        using var written = new MemoryStream();
        using TableWriter writer = TableWriter.Create(Cells, written, ExportFormat.Json);

        Assert.Throws<ArgumentException>(() => writer.WriteRow("中国", 1L, double.PositiveInfinity, true));
    }

    [Fact]
    public void A_json_lines_stream_keeps_the_rows_written_before_a_failure_and_no_part_of_the_failing_one()
    {
        using var written = new MemoryStream();
        using (TableWriter writer = TableWriter.Create(Cells, written, ExportFormat.JsonLines))
        {
            writer.WriteRow("第一行", 1L, 0.25, true);
            writer.WriteRow("第二行", 2L, 0.5, false);
            Assert.Throws<ArgumentException>(() => writer.WriteRow("第三行", 3L, double.NegativeInfinity, true));
        }

        Assert.Equal(
            "{\"text\":\"第一行\",\"integer\":1,\"real\":0.25,\"flag\":true}\n{\"text\":\"第二行\",\"integer\":2,\"real\":0.5,\"flag\":false}\n",
            Encoding.UTF8.GetString(written.ToArray()));
    }

    // The rows as the writer wrote them before it was replaced: one Utf8JsonWriter call per cell.
    private static byte[] Reference(TableSchema schema, IReadOnlyList<object?[]> rows, ExportFormat format)
    {
        using var output = new MemoryStream();
        using var json = new Utf8JsonWriter(output, Options);
        JsonEncodedText[] names = [.. schema.Columns.Select(c => JsonEncodedText.Encode(c.Name, Options.Encoder))];
        if (format == ExportFormat.Json)
        {
            json.WriteStartObject();
            json.WriteString("schema_version", TableSchema.Version);
            json.WriteString("table", schema.Name);
            json.WriteStartArray("columns");
            foreach (TableColumn column in schema.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", column.Type switch { ColumnType.Integer => "integer", ColumnType.Real => "number", ColumnType.Boolean => "boolean", _ => "string" });
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
        }

        foreach (object?[] row in rows)
        {
            json.WriteStartObject();
            for (int i = 0; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case null:
                        json.WriteNull(names[i]);
                        break;
                    case string text:
                        json.WriteString(names[i], text);
                        break;
                    case long integer:
                        json.WriteNumber(names[i], integer);
                        break;
                    case int integer:
                        json.WriteNumber(names[i], integer);
                        break;
                    case double real when double.IsNaN(real):
                        json.WriteNull(names[i]);
                        break;
                    case double real:
                        json.WriteNumber(names[i], real);
                        break;
                    case bool flag:
                        json.WriteBoolean(names[i], flag);
                        break;
                    default:
                        throw new ArgumentException($"No reference for {row[i]!.GetType()}.");
                }
            }

            json.WriteEndObject();
            if (format == ExportFormat.JsonLines)
            {
                json.Flush();
                output.WriteByte((byte)'\n');
                json.Reset();
            }
        }

        if (format == ExportFormat.Json)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
        }

        json.Flush();
        return output.ToArray();
    }
}
