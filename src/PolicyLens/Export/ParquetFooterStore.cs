// Keeps a Parquet file's footer small while the file is written: the row groups already written wait as Thrift bytes.
using System.Reflection;
using Parquet;
using Parquet.Meta;

namespace PolicyLens.Export;

/// <summary>
/// The footer entries of the row groups of one Parquet file being written (Parquet.Net's <see cref="FileMetaData"/>), kept
/// small until the file closes. Parquet.Net holds one <see cref="RowGroup"/> per row group written, with a
/// <see cref="ColumnChunk"/>, <see cref="ColumnMetaData"/>, <see cref="Statistics"/> and two lists per column, until it
/// writes the footer at the end: about 560 bytes a column chunk, some 9 MB for the sentences table of issue 14's 1 GB
/// corpus (1,250 row groups of 13 columns) and 20 MB with every table, the only live data that grew over that run. So
/// once a row group is written, <see cref="RowGroupWritten"/>
/// <list type="bullet">
/// <item>drops its text columns' min/max statistics: Parquet.Net keeps the smallest and largest value four times
/// (<c>min</c>, <c>max</c>, <c>min_value</c>, <c>max_value</c>), a whole sentence each, and a reader skipping row groups
/// by the alphabetical range of a text column is their only user (nobody filters sentences so); the null counts and every
/// number column's statistics stay;</item>
/// <item>serialises its entry with Parquet.Net's own Thrift code (the compact protocol of the file format, some 65 bytes
/// a column chunk), takes it out of the footer and empties the entry's list of column chunks, which the row group's
/// writer (kept by Parquet.Net to the end for its row count) still holds; <see cref="Restore"/> reads the entries back,
/// in order, just before the writer writes the footer, so the file's bytes are those Parquet.Net would have written (each
/// entry is read back and serialised again when it is stored, and stays as it is unless the bytes come out the same).</item>
/// </list>
/// Parquet.Net (6.1) has no option for either, so its footer and Thrift code are reached by reflection; were the
/// library's inside to change, the statistics or the entries simply stay as they were (ParquetFooterStoreTests says
/// whether the route still works). One instance per file, used from one thread.
/// </summary>
internal sealed class ParquetFooterStore
{
    // Every type and member below is named by a constant the trimmer reads (typeof(…).GetField("…"), Type.GetType("…")), so
    // a trimmed or Native AOT build keeps exactly these members and the route works there as it does under the JIT; a
    // member reached through another's type (FieldType.GetField, ParameterType.GetConstructor) it could not see, and
    // dropped (IL2075). The types are checked against the ones the members actually use.
    private const string FooterType = "Parquet.File.ThriftFooter, Parquet";
    private const string ThriftWriterType = "Parquet.Meta.Proto.ThriftCompactProtocolWriter, Parquet";
    private const string ThriftReaderType = "Parquet.Meta.Proto.ThriftCompactProtocolReader, Parquet";

    private static readonly FieldInfo? FooterField = typeof(ParquetWriter).GetField("_footer", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly FieldInfo? FileMetaField = System.Type.GetType(FooterType)?.GetField("_fileMeta", BindingFlags.NonPublic | BindingFlags.Instance) is { } field
        && field.DeclaringType == FooterField?.FieldType && field.FieldType == typeof(FileMetaData) ? field : null;

    private static readonly ThriftRoute? Thrift = ThriftRoute.Find();

    private readonly FileMetaData? _meta;
    private readonly List<byte[]> _stored = [];
    private bool _storing;

    private ParquetFooterStore(FileMetaData? meta, bool storeWrittenRowGroups)
    {
        _meta = meta;
        _storing = meta is not null && storeWrittenRowGroups && Thrift is not null;
    }

    /// <summary>Row groups whose footer entry is held as bytes now.</summary>
    internal int StoredRowGroups => _stored.Count;

    /// <summary>Row groups whose footer entry is held as objects in Parquet.Net's footer now (-1 when it cannot be reached).</summary>
    internal int FooterRowGroups => _meta?.RowGroups?.Count ?? -1;

    /// <summary>
    /// The store of <paramref name="writer"/>'s footer; <paramref name="storeWrittenRowGroups"/> false only drops the
    /// text columns' min/max (for tests comparing the two).
    /// </summary>
    internal static ParquetFooterStore For(ParquetWriter writer, bool storeWrittenRowGroups = true)
    {
        FileMetaData? meta = FooterField?.GetValue(writer) is { } footer ? FileMetaField?.GetValue(footer) as FileMetaData : null;
        return new ParquetFooterStore(meta, storeWrittenRowGroups);
    }

    /// <summary>Called after each row group is written and its writer disposed: slims the group's footer entry and stores it.</summary>
    internal void RowGroupWritten()
    {
        if (_meta?.RowGroups is not { Count: > 0 } groups)
        {
            return;
        }

        RowGroup group = groups[^1];
        DropTextMinMax(group);
        if (_storing && groups.Count == 1 && Thrift!.TryStore(group) is { } bytes)
        {
            _stored.Add(bytes);
            groups.Clear();

            // The row group's writer, which Parquet.Net keeps until the file closes (for its row count), holds the entry
            // too: its column chunks go, the rest is a few numbers.
            group.Columns = [];
        }
        else
        {
            // A group that did not come back from its bytes the same stays as it is, and so do the ones after it.
            _storing = false;
        }
    }

    /// <summary>Puts the stored entries back in front of the footer's, in order; call it before the writer is disposed.</summary>
    internal void Restore()
    {
        if (_stored.Count == 0)
        {
            return;
        }

        _meta!.RowGroups.InsertRange(0, _stored.Select(Thrift!.Read));
        _stored.Clear();
        _storing = false;
    }

    private static void DropTextMinMax(RowGroup group)
    {
        foreach (ColumnChunk chunk in group.Columns)
        {
            if (chunk.MetaData is { Type: Parquet.Meta.Type.BYTE_ARRAY, Statistics: { } statistics })
            {
                statistics.Min = statistics.Max = statistics.MinValue = statistics.MaxValue = null;
                statistics.IsMinValueExact = statistics.IsMaxValueExact = null;
            }
        }
    }

    /// <summary>Parquet.Net's internal Thrift code for a row group's entry: <c>RowGroup.Write(writer)</c>, <c>RowGroup.Read(reader)</c>.</summary>
    private sealed class ThriftRoute(MethodInfo write, MethodInfo read, ConstructorInfo writer, ConstructorInfo reader)
    {
        public static ThriftRoute? Find()
        {
            const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Public;
            MethodInfo? write = typeof(RowGroup).GetMethod("Write", Internal | BindingFlags.Instance);
            MethodInfo? read = typeof(RowGroup).GetMethod("Read", Internal | BindingFlags.Static);
            if (write?.GetParameters() is not [{ } writerParameter] || read?.GetParameters() is not [{ } readerParameter] || read.ReturnType != typeof(RowGroup))
            {
                return null;
            }

            ConstructorInfo? writer = System.Type.GetType(ThriftWriterType)?.GetConstructor(Internal | BindingFlags.Instance, [typeof(Stream)]);
            ConstructorInfo? reader = System.Type.GetType(ThriftReaderType)?.GetConstructor(Internal | BindingFlags.Instance, [typeof(Stream)]);
            return writer is not null && reader is not null
                && writer.DeclaringType == writerParameter.ParameterType && reader.DeclaringType == readerParameter.ParameterType
                ? new ThriftRoute(write, read, writer, reader)
                : null;
        }

        /// <summary>The group's bytes, or null unless reading them back and writing that again gives the same bytes.</summary>
        public byte[]? TryStore(RowGroup group)
        {
            try
            {
                byte[] bytes = Write(group);
                return bytes.AsSpan().SequenceEqual(Write(Read(bytes))) ? bytes : null;
            }
            catch (TargetInvocationException)
            {
                return null;
            }
        }

        public RowGroup Read(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return (RowGroup)read.Invoke(null, [reader.Invoke([stream])])!;
        }

        private byte[] Write(RowGroup group)
        {
            using var stream = new MemoryStream();
            write.Invoke(group, [writer.Invoke([stream])]);
            return stream.ToArray();
        }
    }
}
