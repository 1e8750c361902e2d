// Reading tables back by column name, whatever the format, and the one-line errors a damaged table gives.
using System.Text;
using PolicyLens.Export;

namespace PolicyLens.Tests.Export;

/// <summary>
/// <see cref="TableReader"/>: what <see cref="TableWriter"/> wrote comes back cell for cell in CSV, JSON Lines and Parquet;
/// columns are found by name, not position; a missing column or a bad cell is an <see cref="InputException"/> naming the
/// file, the row and the column.
/// </summary>
public sealed class TableReaderTests : IDisposable
{
    private static readonly Table<Mention> Table = new Table<Mention>("mentions")
        .Text("canonical", "the formula", m => m.Canonical)
        .Integer("count", "mentions", m => m.Count)
        .Real("rate", "per 10,000 characters", m => m.Rate)
        .Boolean("nested", "inside a longer formula", m => m.Nested);

    private static readonly Mention[] Rows =
    [
        new("六稳", 2, 0.25, false),
        new("=HYPERLINK(\"x\")", 1, -0.5, true),
        new("稳就业、稳金融,\"稳外贸\"\n稳外资", 0, null, null),
        new(null, null, null, false),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.JsonLines)]
    [InlineData(ExportFormat.Parquet)]
    public void What_the_writer_wrote_reads_back_cell_for_cell(ExportFormat format)
    {
        using (TableWriter writer = TableWriter.Create(Table.Schema, _folder, format))
        {
            Table.Write(writer, Rows);
            writer.Complete();
        }

        Mention[] read = [.. TableReader.Read(Path.Combine(_folder, Table.Schema.FileName(format)), Table.Schema)
            .Select(r => new Mention(r.TextOrNull("canonical"), r.Integer("count"), r.Real("rate"), r.Boolean("nested")))];
        Assert.Equal(Rows, read);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_extra_ones_are_ignored()
    {
        string path = Write("mentions.csv", "nested,added_later,rate,count,canonical\r\ntrue,x,0.5,3,两个维护\r\n");
        TableRecord row = Assert.Single(TableReader.Read(path, Table.Schema));
        Assert.Equal(new Mention("两个维护", 3, 0.5, true), new Mention(row.TextOrNull("canonical"), row.Integer("count"), row.Real("rate"), row.Boolean("nested")));
    }

    [Fact]
    public void A_missing_column_is_named_with_the_file()
    {
        string path = Write("mentions.csv", "canonical,count,nested\r\n六稳,1,false\r\n");
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, Table.Schema).ToList());
        Assert.StartsWith($"{path}: no column 'rate'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cell_is_named_by_row_and_column()
    {
        string path = Write("mentions.jsonl", "{\"canonical\":\"六稳\",\"count\":1,\"rate\":0.5,\"nested\":false}\n{\"canonical\":\"六保\",\"count\":\"two\",\"rate\":0.5,\"nested\":false}\n");
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, Table.Schema).ToList());
        Assert.StartsWith($"{path}: row 2, column 'count': 'two' is not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_named()
    {
        string path = Write("mentions.parquet", "PAR1 but nothing after it");
        InputException e = Assert.Throws<InputException>(() => TableReader.Read(path, Table.Schema).ToList());
        Assert.StartsWith($"{path}: the table cannot be read", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private sealed record Mention(string? Canonical, long? Count, double? Rate, bool? Nested);
}
