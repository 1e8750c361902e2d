// Specifications of ParquetFooterStore (issue 14, flat memory): written row groups wait as Thrift bytes, and the file keeps its bytes.
using Parquet;
using Parquet.Schema;
using PolicyLens.Export;

namespace PolicyLens.Tests.Export;

/// <summary>
/// A Parquet file's row groups already written wait as Thrift bytes, not in Parquet.Net's footer objects, until the file
/// closes (issue 14's flat memory), and the file comes out with the bytes it would have had without that. These tests
/// also say whether the reflection route into Parquet.Net still works after an update of the library.
/// </summary>
public sealed class ParquetFooterStoreTests
{
    // The sentences of the 2019 government work report, in row groups of 50 with a null every seventh: a text column,
    // a number column whose range each group's statistics keep, and a real one.
    private static readonly string[] Sentences = [.. File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "2019.txt"))
        .Split('。', StringSplitOptions.RemoveEmptyEntries)];

    private const int GroupRows = 50;

    private static readonly DataField[] Fields =
        [new DataField<long?>("n"), new DataField("text", typeof(string), true), new DataField<double?>("share")];

    [Fact]
    public async Task Row_groups_already_written_leave_the_footer_and_come_back_in_order_when_the_file_closes()
    {
        var footerCounts = new List<(int Footer, int Stored)>();
        byte[] file = await Write(storeWrittenRowGroups: true, footerCounts);

        int groups = Sentences.Length / GroupRows;
        Assert.True(groups > 10, $"{groups} row groups");
        Assert.Equal(Enumerable.Range(1, groups).Select(g => (0, g)), footerCounts);

        using var stream = new MemoryStream(file);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(groups, reader.RowGroupCount);
        Assert.Equal(groups * GroupRows, reader.Metadata!.NumRows);
        for (int g = 0; g < groups; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            Parquet.Data.DataColumnStatistics numbers = group.GetStatistics(Fields[0])!;
            Assert.Equal(((long)g * GroupRows, (long)g * GroupRows + GroupRows - 1), ((long)numbers.MinValue!, (long)numbers.MaxValue!));
            var texts = new ReadOnlyMemory<char>?[GroupRows];
            await group.ReadAsync<ReadOnlyMemory<char>>(Fields[1], texts.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(Enumerable.Range(g * GroupRows, GroupRows).Select(TextOf), texts.Select(t => t?.ToString()));
            Assert.Equal(Enumerable.Range(g * GroupRows, GroupRows).Count(n => TextOf(n) is null), group.GetStatistics(Fields[1])!.NullCount);
        }
    }

    [Fact]
    public async Task The_file_has_the_bytes_it_has_when_the_footer_keeps_every_row_group()
    {
        byte[] stored = await Write(storeWrittenRowGroups: true, []);
        byte[] kept = await Write(storeWrittenRowGroups: false, []);
        Assert.Equal(kept.Length, stored.Length);
        Assert.True(kept.AsSpan().SequenceEqual(stored), "the same bytes");
    }

    private static string? TextOf(int n) => n % 7 == 3 ? null : Sentences[n];

    private static async Task<byte[]> Write(bool storeWrittenRowGroups, List<(int Footer, int Stored)> footerCounts)
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        using var output = new MemoryStream();
        ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(Fields), output, cancellationToken: cancel);
        ParquetFooterStore store = ParquetFooterStore.For(writer, storeWrittenRowGroups);
        for (int first = 0; first + GroupRows <= Sentences.Length; first += GroupRows)
        {
            using (ParquetRowGroupWriter group = writer.CreateRowGroup())
            {
                int[] rows = [.. Enumerable.Range(first, GroupRows)];
                await group.WriteAsync<long>(Fields[0], rows.Select(n => (long?)n).ToArray(), cancellationToken: cancel);
                await group.WriteAsync<ReadOnlyMemory<char>>(Fields[1], rows.Select(n => TextOf(n)?.AsMemory()).ToArray(), cancellationToken: cancel);
                await group.WriteAsync<double>(Fields[2], rows.Select(n => (double?)n / Sentences.Length).ToArray(), cancellationToken: cancel);
            }

            store.RowGroupWritten();
            footerCounts.Add((store.FooterRowGroups, store.StoredRowGroups));
        }

        store.Restore();
        await writer.DisposeAsync();
        return output.ToArray();
    }
}
