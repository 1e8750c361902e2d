using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using PolicyLens.Export;

namespace PolicyLens.Tests.Export;

/// <summary>The one table writer: CSV, JSON, JSON Lines and Parquet; RFC 4180 and formula neutralisation, typed read-back by name, byte-identical output, no partial files.</summary>
public sealed class TableWriterTests : IDisposable
{
    private static readonly TableSchema Schema = new("mentions",
    [
        new TableColumn("canonical", ColumnType.String, "the formula"),
        new TableColumn("count", ColumnType.Integer, "mentions"),
        new TableColumn("rate", ColumnType.Real, "per 10,000 characters"),
    ]);

    private static readonly object?[][] Rows =
    [
        ["六稳", 2L, 0.25],
        ["=HYPERLINK(\"x\")", 1L, -0.5],
        ["稳就业、稳金融,\"稳外贸\"\n稳外资", 0L, double.NaN],
        [null, null, null],
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_is_rfc_4180_with_formulas_neutralised_and_numbers_left_alone()
    {
        string path = Write(ExportFormat.Csv);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM");
        Assert.Equal(
            "canonical,count,rate\r\n" +
            "六稳,2,0.25\r\n" +
            "\"'=HYPERLINK(\"\"x\"\")\",1,-0.5\r\n" +
            "\"稳就业、稳金融,\"\"稳外贸\"\"\n稳外资\",0,\r\n" +
            ",,\r\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("-1", "'-1")]
    [InlineData("+86", "'+86")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("两个维护", "两个维护")]
    public void Text_that_a_spreadsheet_would_run_is_prefixed(string cell, string expected)
    {
        var table = new Table<string>("cells").Text("cell", "a text cell", c => c);
        using var csv = new MemoryStream();
        table.Write(csv, ExportFormat.Csv, [cell]);
        Assert.Equal($"cell\r\n{expected}\r\n", Encoding.UTF8.GetString(csv.ToArray()));
        string path = Path.Combine(_folder, "cells.csv");
        File.WriteAllBytes(path, csv.ToArray());
        Assert.Equal(cell, TableReader.Read(path, table.Schema).Single().Text("cell"));
    }

    [Fact]
    public void Json_has_the_schema_version_typed_columns_and_rows_with_nulls()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Write(ExportFormat.Json)));
        JsonElement root = json.RootElement;
        Assert.Equal(TableSchema.Version, root.GetProperty("schema_version").GetString());
        Assert.Equal("mentions", root.GetProperty("table").GetString());
        Assert.Equal(["string", "integer", "number"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        JsonElement[] rows = [.. root.GetProperty("rows").EnumerateArray()];
        Assert.Equal(4, rows.Length);
        Assert.Equal("六稳", rows[0].GetProperty("canonical").GetString());
        Assert.Equal(-0.5, rows[1].GetProperty("rate").GetDouble());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[3].GetProperty("canonical").ValueKind);
        Assert.Contains("稳就业", File.ReadAllText(Path.Combine(_folder, "mentions.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_reads_back_with_its_types_values_nulls_and_schema_version()
    {
        string path = Write(ExportFormat.Parquet);
        using Stream stream = File.OpenRead(path);
        CancellationToken cancel = TestContext.Current.CancellationToken;
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        Assert.Equal(TableSchema.Version, reader.CustomMetadata["policylens.schema_version"]);
        DataField[] fields = reader.Schema.GetDataFields();
        Assert.Equal(["canonical", "count", "rate"], fields.Select(f => f.Name));
        Assert.Contains(fields[0].ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.Equal([typeof(long), typeof(double)], fields[1..].Select(f => f.ClrType));
        Assert.All(fields, f => Assert.True(f.IsNullable));

        using ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        Assert.Equal(4, group.RowCount);
        var canonical = new string?[4];
        var count = new long?[4];
        var rate = new double?[4];
        await group.ReadAsync(fields[0], canonical.AsMemory(), cancellationToken: cancel);
        await group.ReadAsync<long>(fields[1], count.AsMemory(), cancellationToken: cancel);
        await group.ReadAsync<double>(fields[2], rate.AsMemory(), cancellationToken: cancel);
        Assert.Equal(new[] { "六稳", "=HYPERLINK(\"x\")", "稳就业、稳金融,\"稳外贸\"\n稳外资", null }, canonical);
        Assert.Equal([2L, 1L, 0L, null], count);
        Assert.Equal([0.25, -0.5, null, null], rate);
    }

    [Fact]
    public async Task A_wide_parquet_table_of_short_cells_is_cut_into_row_groups_that_read_back_as_every_row()
    {
        // 60,000 rows of six cells (two characters of the 2019 report and five numbers): far fewer rows than RowGroupSize
        // and little text, but 360,000 cells, which a row count alone would hold until the table is complete (the
        // mentions and targets tables of a large corpus are like this).
        string report = File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "2019.txt"));
        var table = new Table<int>("cells").Integer("n", "row number", n => n).Text("pair", "two characters", n => report.Substring(n % (report.Length - 2), 2))
            .Integer("a", "n+1", n => n + 1).Integer("b", "n+2", n => n + 2).Integer("c", "n+3", n => n + 3).Real("d", "n/2", n => n / 2.0);
        (int groups, TableRecord[] rows) = await WriteParquetAndReadBack(table, 60_000);
        Assert.True(groups > 1, $"{groups} row group for 360,000 cells");
        Assert.Equal(Enumerable.Range(0, 60_000).Select(n => (long)n), rows.Select(r => r.RequiredInteger("n")));
        Assert.Equal(Enumerable.Range(0, 60_000).Select(n => report.Substring(n % (report.Length - 2), 2)), rows.Select(r => r.Text("pair")));
        Assert.Equal(Enumerable.Range(0, 60_000).Select(n => (long)n + 3), rows.Select(r => r.RequiredInteger("c")));
    }

    [Fact]
    public async Task A_parquet_table_of_long_texts_is_cut_into_row_groups_that_read_back_as_every_row()
    {
        // The first 15,000 characters of the 2019 government work report in each of 400 rows: far fewer rows than
        // RowGroupSize, but 6 M characters, which would all be held in memory until the table is complete if only rows counted.
        string report = File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "2019.txt"));
        var table = new Table<int>("texts").Integer("n", "row number", n => n).Text("text", "the report", _ => report[..15_000]);
        (int groups, TableRecord[] rows) = await WriteParquetAndReadBack(table, 400);
        Assert.True(groups > 1, $"{groups} row group for 6 M characters of text");
        Assert.Equal(Enumerable.Range(0, 400).Select(n => (long)n), rows.Select(r => r.RequiredInteger("n")));
        Assert.All(rows, r => Assert.Equal(report[..15_000], r.Text("text")));
    }

    [Fact]
    public async Task The_sentences_of_the_national_reports_read_back_from_parquet_cell_for_cell()
    {
        // Every sentence of the government work reports, each once (a unique text column, as in the sentences table), with
        // a null every seventh row, an empty text, and a character outside the BMP: the strings go to Parquet.Net as
        // ReadOnlyMemory<char>, in several row groups (about 1.4 M characters).
        string[] sentences = [.. Directory.EnumerateFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split('。', StringSplitOptions.RemoveEmptyEntries)), "", "𠀀字"];
        string? TextOf(int n) => n % 7 == 3 ? null : sentences[n];
        var table = new Table<int>("sentences").Integer("n", "row number", n => n).Text("text", "the sentence", TextOf);
        (int groups, TableRecord[] rows) = await WriteParquetAndReadBack(table, sentences.Length);
        Assert.True(groups > 1, $"{groups} row group for {sentences.Sum(s => s.Length):N0} characters");
        Assert.Equal(Enumerable.Range(0, sentences.Length).Select(TextOf), rows.Select(r => r.TextOrNull("text")));
    }

    [Fact]
    public async Task Parquet_row_groups_keep_null_counts_and_number_ranges_but_no_text_min_max()
    {
        // The footer keeps one entry per row group until the file closes; a text column's min/max would be two whole
        // sentences (four copies) in each, so they are left out: every group's text column has its null count and no range,
        // and the number column keeps its exact range.
        string[] sentences = [.. Directory.EnumerateFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split('。', StringSplitOptions.RemoveEmptyEntries))];
        string? TextOf(int n) => n % 7 == 3 ? null : sentences[n];
        var table = new Table<int>("sentences").Integer("n", "row number", n => n).Text("text", "the sentence", TextOf);
        (int groups, TableRecord[] rows) = await WriteParquetAndReadBack(table, sentences.Length);
        Assert.Equal(Enumerable.Range(0, sentences.Length).Select(TextOf), rows.Select(r => r.TextOrNull("text")));

        using Stream stream = File.OpenRead(Path.Combine(_folder, "sentences.parquet"));
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        DataField[] fields = reader.Schema.GetDataFields();
        Assert.True(groups > 1, $"{groups} row group");
        long first = 0;
        for (int g = 0; g < groups; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            long last = first + group.RowCount - 1;
            Parquet.Data.DataColumnStatistics numbers = group.GetStatistics(fields[0])!;
            Assert.Equal((first, last), ((long)numbers.MinValue!, (long)numbers.MaxValue!));
            Parquet.Data.DataColumnStatistics texts = group.GetStatistics(fields[1])!;
            Assert.Equal(Enumerable.Range((int)first, (int)group.RowCount).Count(n => TextOf(n) is null), texts.NullCount);
            Assert.Null(texts.MinValue);
            Assert.Null(texts.MaxValue);
            first = last + 1;
        }

        Assert.Equal(sentences.Length, first);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void A_completed_file_carries_the_sha256_and_size_of_its_bytes(ExportFormat format)
    {
        // The run manifest lists these instead of reading every file back.
        using TableWriter writer = TableWriter.Create(Schema, _folder, format);
        foreach (object?[] row in Rows)
        {
            writer.WriteRow(row);
        }

        Assert.Null(writer.FileHash);
        writer.Complete();
        byte[] bytes = File.ReadAllBytes(writer.Path!);
        Assert.Equal((Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes.LongLength), writer.FileHash);
    }

    [Fact]
    public void A_file_not_written_straight_through_has_no_hash()
    {
        string path = Path.Combine(_folder, "moved.bin");
        using var stream = new HashingFileStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write));
        stream.Write("六稳六保"u8);
        stream.Position = 0;
        stream.Write("七"u8);
        Assert.Null(stream.TryFinish());
    }

    // Writes rows 0..count-1 of the table as Parquet, then returns the file's row-group count and its rows read back.
    private async Task<(int Groups, TableRecord[] Rows)> WriteParquetAndReadBack(Table<int> table, int count)
    {
        string path = Path.Combine(_folder, table.Schema.Name + ".parquet");
        using (TableWriter writer = TableWriter.Create(table.Schema, _folder, ExportFormat.Parquet))
        {
            table.Write(writer, Enumerable.Range(0, count));
            writer.Complete();
        }

        using Stream stream = File.OpenRead(path);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        return (reader.RowGroupCount, [.. TableReader.Read(path, table.Schema)]);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Parquet)]
    public void The_same_rows_give_byte_identical_files(ExportFormat format)
    {
        byte[] first = File.ReadAllBytes(Write(format));
        byte[] second = File.ReadAllBytes(Write(format));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Parquet)]
    public void An_interrupted_write_leaves_the_previous_file_and_no_partial_one(ExportFormat format)
    {
        string path = Write(format);
        byte[] before = File.ReadAllBytes(path);
        Assert.Throws<InvalidOperationException>(() => WriteAndFail(format));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused()
    {
        using TableWriter writer = TableWriter.Create(Schema, _folder, ExportFormat.Csv);
        Assert.Throws<ArgumentException>(() => writer.WriteRow("六稳", 1L));
    }

    private void WriteAndFail(ExportFormat format)
    {
        using TableWriter writer = TableWriter.Create(Schema, _folder, format);
        writer.WriteRow("新质生产力", 1L, 1.0);
        throw new InvalidOperationException("the analysis failed half-way");
    }

    private string Write(ExportFormat format)
    {
        using TableWriter writer = TableWriter.Create(Schema, _folder, format);
        foreach (object?[] row in Rows)
        {
            writer.WriteRow(row);
        }

        writer.Complete();
        return writer.Path!;
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void A_typed_table_writes_each_row_as_its_own_cells_though_one_array_carries_them_all(ExportFormat format)
    {
        var table = new Table<object?[]>("mentions")
            .Text("canonical", "the formula", r => (string?)r[0])
            .Integer("count", "mentions", r => (long?)r[1])
            .Real("rate", "per 10,000 characters", r => (double?)r[2]);
        using var typed = new MemoryStream();
        table.Write(typed, format, Rows);

        using var cellByCell = new MemoryStream();
        using (TableWriter writer = TableWriter.Create(table.Schema, cellByCell, format))
        {
            foreach (object?[] row in Rows)
            {
                writer.WriteRow(table.Cells(row));
            }

            writer.Complete();
        }

        Assert.Equal(cellByCell.ToArray(), typed.ToArray());
        Assert.NotEmpty(typed.ToArray());
    }
}
