// The one writer of every PolicyLens table: CSV, JSON, JSON Lines or Parquet, to a stream or (atomically) to a file.
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace PolicyLens.Export;

/// <summary>
/// Writes one table, row by row, in one format, so that a table larger than memory can be written:
/// <list type="bullet">
/// <item><b>CSV</b>: RFC 4180, UTF-8 without BOM, CRLF line ends, a header row, a field quoted when it holds a comma, a
/// quote or a line break. A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is
/// prefixed with <c>'</c> so that a spreadsheet does not run it as a formula (OWASP's advice); numeric columns are left
/// alone, so a negative number stays a number. Reals in round-trip form.</item>
/// <item><b>JSON</b>: one document, <c>{"schema_version", "table", "columns": [{"name", "type", "description"}], "rows": [{…}]}</c>.</item>
/// <item><b>JSON Lines</b>: the same row objects, one a line (LF), no header.</item>
/// <item><b>Parquet</b> (Parquet.Net): typed nullable columns, Snappy, row groups of <see cref="RowGroupSize"/> rows (fewer
/// when a text column passes 256 K characters or the group 2^18 cells, so that memory stays bounded whatever the table), the schema
/// version and table name in the key-value metadata (<c>policylens.schema_version</c>, <c>policylens.table</c>); text
/// columns' chunks carry no min/max statistics (only their null counts), so that the footer stays small.</item>
/// </list>
/// Chinese text is written as it is, never as <c>\u</c> escapes; missing values and NaN are empty (CSV) or null.
/// Rows come typed from a <see cref="Table{TRow}"/> (<see cref="Table{TRow}.Write(TableWriter, IEnumerable{TRow})"/>: each
/// cell read once through its typed accessor, never boxed) or as boxed values (<see cref="WriteRow"/>); both are encoded
/// by the same code, so they give the same bytes.
/// To a file, the rows go to a temporary file beside it that <see cref="Complete"/> renames over the target; disposing
/// without completing removes it, so a failure never leaves a half-written file.
/// </summary>
public sealed class TableWriter : IDisposable
{
    /// <summary>The most rows in a Parquet row group (a group is written sooner once it holds 2^18 cells or 256 K characters of one text column).</summary>
    public const int RowGroupSize = 100_000;

    // Text in one column before a Parquet row group is written, whatever the rows: long texts (sentences) fill memory
    // long before 100,000 rows, and Parquet.Net holds a column chunk whole, uncompressed and compressed, while writing
    // it. 256 K characters (under 1 MB of UTF-8). It was 2 M until issue 14's 1 GB run showed every table's buffers
    // growing together (peak 645 MB, 331 MB with these bounds); the national corpus's sentences table now has several
    // row groups instead of one (same values, file 0.8 % larger), and its other tables are still one group each.
    private const long RowGroupColumnCharacters = 1 << 18;

    // Cells (rows times columns) before a row group is written: a wide table of short cells (mentions, targets) holds a
    // string or a value per cell until its group is written, so a row count alone lets the buffers of every table grow to
    // hundreds of MB on a large corpus before the first group; 2^18 cells (20,000 rows of 13 columns) keeps each table's
    // buffers to a few MB, and writing groups as the run goes spreads the encoding over it instead of at the end.
    private const long RowGroupCells = 1 << 18;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly string? _temporaryPath;
    private readonly Encoder _encoder;

    // The cells of a row given boxed (WriteRow), converted for the encoders; reused.
    private TableCell[]? _boxedRow;
    private bool _completed;
    private bool _disposed;

    private TableWriter(TableSchema schema, ExportFormat format, Stream stream, bool ownsStream, string? path, string? temporaryPath)
    {
        Schema = schema;
        Format = format;
        Path = path;
        _stream = stream;
        _ownsStream = ownsStream;
        _temporaryPath = temporaryPath;
        _encoder = format switch
        {
            ExportFormat.Csv => new CsvEncoder(schema, stream),
            ExportFormat.Json => new JsonEncoder(schema, stream, document: true),
            ExportFormat.JsonLines => new JsonEncoder(schema, stream, document: false),
            ExportFormat.Parquet => new ParquetEncoder(schema, stream),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Name exactly one format."),
        };
    }

    /// <summary>The table's layout.</summary>
    public TableSchema Schema { get; }

    /// <summary>The format.</summary>
    public ExportFormat Format { get; }

    /// <summary>The file the table ends up in, or null when writing to a stream.</summary>
    public string? Path { get; }

    /// <summary>Whether <see cref="Complete"/> has run.</summary>
    internal bool IsCompleted => _completed;

    /// <summary>For a completed file, the SHA-256 (lower-case hex) and size of its bytes, hashed as they were written; else null.</summary>
    internal (string Sha256, long Bytes)? FileHash { get; private set; }

    /// <summary>Rows written so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Opens a writer to <paramref name="output"/>, which stays open; the header (if any) is written at once.</summary>
    public static TableWriter Create(TableSchema schema, Stream output, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(output);
        return new TableWriter(schema, format, output, ownsStream: false, path: null, temporaryPath: null);
    }

    /// <summary>Opens a writer to <c>directory/NAME.ext</c> through a temporary file; <see cref="Complete"/> moves it into place.</summary>
    public static TableWriter Create(TableSchema schema, string directory, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(directory);
        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, schema.FileName(format)));
        string temporary = $"{path}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var stream = new HashingFileStream(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        try
        {
            return new TableWriter(schema, format, stream, ownsStream: true, path, temporary);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes one row: one value per column, <see cref="string"/>, <see cref="long"/>/<see cref="int"/>, <see cref="double"/>, <see cref="bool"/>, or null.</summary>
    /// <exception cref="ArgumentException">The row has the wrong width, or a value the wrong type.</exception>
    public void WriteRow(params ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_disposed || _completed, this);
        if (values.Length != Schema.Columns.Count)
        {
            throw new ArgumentException($"Table '{Schema.Name}' has {Schema.Columns.Count} columns; the row has {values.Length} values.", nameof(values));
        }

        _boxedRow ??= new TableCell[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            _boxedRow[i] = TableCell.From(Schema.Columns[i].Type, values[i]);
        }

        _encoder.WriteRow(_boxedRow);
        RowCount++;
    }

    /// <summary>Writes one row of typed cells, one per column, each of its column's type (a <see cref="Table{TRow}"/>'s row).</summary>
    internal void WriteCells(ReadOnlySpan<TableCell> cells)
    {
        ObjectDisposedException.ThrowIf(_disposed || _completed, this);
        if (cells.Length != Schema.Columns.Count)
        {
            throw new ArgumentException($"Table '{Schema.Name}' has {Schema.Columns.Count} columns; the row has {cells.Length} values.", nameof(cells));
        }

        _encoder.WriteRow(cells);
        RowCount++;
    }

    /// <summary>Finishes the table: flushes it, and for a file moves it into place, replacing an older one.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed || _completed, this);
        _encoder.Finish();
        _stream.Flush();
        _completed = true;
        if (_ownsStream)
        {
            FileHash = (_stream as HashingFileStream)?.TryFinish();
            _stream.Dispose();
            File.Move(_temporaryPath!, Path!, overwrite: true);
        }
    }

    /// <summary>Releases the file; without <see cref="Complete"/>, the temporary file is deleted and the target left as it was.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_completed)
        {
            _encoder.Abandon();
            if (_ownsStream)
            {
                _stream.Dispose();
                File.Delete(_temporaryPath!);
            }
        }
    }

    /// <summary>The name of a column type in JSON headers and Frictionless schemas: <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>.</summary>
    internal static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Real => "number",
        ColumnType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>One format's bytes.</summary>
    private abstract class Encoder
    {
        public abstract void WriteRow(ReadOnlySpan<TableCell> cells);

        public abstract void Finish();

        public virtual void Abandon()
        {
        }
    }

    /// <summary>
    /// CSV straight to UTF-8: numbers formatted into the byte buffer (<see cref="IUtf8SpanFormattable"/>, the same characters
    /// as <c>ToString</c> in the invariant culture), text transcoded with unpaired surrogates replaced by U+FFFD as
    /// <see cref="UTF8Encoding"/> does, so the bytes are those a <see cref="StreamWriter"/> would write, without its UTF-16 buffer.
    /// </summary>
    private sealed class CsvEncoder : Encoder
    {
        // Room for any formatted number (a long is at most 20 characters, a double in round-trip form 24).
        private const int NumberRoom = 32;

        private readonly ColumnType[] _types;
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[1 << 16];
        private readonly LastText?[] _last;
        private int _length;

        // Buffers written out so far: a text's bytes are kept for the next row only when they were written in one piece.
        private long _flushes;

        public CsvEncoder(TableSchema schema, Stream stream)
        {
            _types = [.. schema.Columns.Select(c => c.Type)];
            _last = [.. schema.Columns.Select(c => c.Type == ColumnType.String ? new LastText() : null)];
            _stream = stream;
            for (int i = 0; i < schema.Columns.Count; i++)
            {
                if (i > 0)
                {
                    WriteAscii((byte)',');
                }

                WriteField(schema.Columns[i].Name, neutralise: false);
            }

            WriteLineEnd();
        }

        public override void WriteRow(ReadOnlySpan<TableCell> cells)
        {
            ColumnType[] types = _types;
            for (int i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    WriteAscii((byte)',');
                }

                TableCell cell = cells[i];
                switch (types[i])
                {
                    case ColumnType.Integer when cell.HasValue:
                        WriteFormatted(cell.Integer, default);
                        break;
                    case ColumnType.Real when cell.HasValue:
                        WriteReal(cell.Real);
                        break;
                    case ColumnType.Boolean when cell.HasValue:
                        WriteUtf8(cell.Boolean ? "true" : "false");
                        break;
                    case ColumnType.String when cell.Text is string text:
                        WriteText(_last[i]!, text);
                        break;
                }
            }

            WriteLineEnd();
        }

        public override void Finish() => FlushBuffer();

        // To a stream (standard output) the rows written before a failure are kept; a file's temporary copy is deleted anyway.
        public override void Abandon() => FlushBuffer();

        /// <summary>A text cell: the bytes of the column's previous cell when it is the same string, else the field encoded.</summary>
        private void WriteText(LastText last, string text)
        {
            if (last.TryGet(text, _flushes, out int from, out int count) && _length + count <= _buffer.Length)
            {
                _buffer.AsSpan(from, count).CopyTo(_buffer.AsSpan(_length));
                _length += count;
                return;
            }

            int start = _length;
            long flushes = _flushes;
            WriteField(text, neutralise: true);
            last.Set(text, start, _length - start, flushes, _flushes);
        }

        /// <summary>A field as <see cref="CsvField"/> says: a text cell neutralised against formulas, quoted when needed, quotes doubled.</summary>
        private void WriteField(string field, bool neutralise)
        {
            if (neutralise && CsvField.NeedsFormulaGuard(field))
            {
                // The guard's quote does not change whether the field needs quoting.
                if (!CsvField.NeedsQuotes(field))
                {
                    WriteAscii((byte)'\'');
                    WriteUtf8(field);
                    return;
                }

                WriteAscii((byte)'"');
                WriteAscii((byte)'\'');
            }
            else if (!CsvField.NeedsQuotes(field))
            {
                WriteUtf8(field);
                return;
            }
            else
            {
                WriteAscii((byte)'"');
            }

            ReadOnlySpan<char> rest = field;
            for (int quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
            {
                WriteUtf8(rest[..(quote + 1)]);
                WriteAscii((byte)'"');
                rest = rest[(quote + 1)..];
            }

            WriteUtf8(rest);
            WriteAscii((byte)'"');
        }

        private void WriteLineEnd()
        {
            if (_length + 2 > _buffer.Length)
            {
                FlushBuffer();
            }

            _buffer[_length++] = (byte)'\r';
            _buffer[_length++] = (byte)'\n';
        }

        private void WriteAscii(byte b)
        {
            if (_length == _buffer.Length)
            {
                FlushBuffer();
            }

            _buffer[_length++] = b;
        }

        // A number formatted in place: the same characters as ToString, without a string per cell.
        private void WriteFormatted<T>(T value, ReadOnlySpan<char> format)
            where T : IUtf8SpanFormattable, IFormattable
        {
            if (_length + NumberRoom > _buffer.Length)
            {
                FlushBuffer();
            }

            if (value.TryFormat(_buffer.AsSpan(_length), out int written, format, CultureInfo.InvariantCulture))
            {
                _length += written;
            }
            else
            {
                WriteUtf8(value.ToString(format.ToString(), CultureInfo.InvariantCulture));
            }
        }

        // A real in round-trip form ("R", the same text as the JSON writer's, which RealText shares between them).
        private void WriteReal(double value)
        {
            if (!double.IsFinite(value))
            {
                WriteFormatted(value, "R");
                return;
            }

            if (_length + RealText.MaxLength > _buffer.Length)
            {
                FlushBuffer();
            }

            _length += RealText.Write(value, _buffer.AsSpan(_length));
        }

        /// <summary>Text as UTF-8, in as many pieces as the buffer needs (never inside a surrogate pair); an unpaired surrogate becomes U+FFFD.</summary>
        private void WriteUtf8(ReadOnlySpan<char> text)
        {
            while (true)
            {
                OperationStatus status = Utf8.FromUtf16(text, _buffer.AsSpan(_length), out int read, out int written, replaceInvalidSequences: true, isFinalBlock: true);
                _length += written;
                if (status == OperationStatus.Done)
                {
                    return;
                }

                text = text[read..];
                FlushBuffer();
            }
        }

        private void FlushBuffer()
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
            _flushes++;
        }
    }

    /// <summary>
    /// JSON and JSON Lines straight to UTF-8, the bytes <see cref="Utf8JsonWriter"/> writes with <see cref="Options"/>
    /// (it still writes the header): each row's names are pre-encoded with their quotes and colon, integers and reals are
    /// formatted by <see cref="Utf8Formatter"/> as the writer formats them, and a text is transcoded and checked for
    /// characters to escape in one pass over a table of the characters the writer's encoder leaves as they are. A text
    /// holding any other character (one to escape, an unpaired surrogate, a character outside the BMP), a non-finite real
    /// (which the writer refuses) or a text too long for the buffer goes through <see cref="Utf8JsonWriter"/> itself, so
    /// every byte stays the writer's (issue 15: the sentences table's cost; README, Benchmarks).
    /// </summary>
    private sealed class JsonEncoder : Encoder
    {
        // SkipValidation: the encoder writes one fixed shape (objects of named values in one array), so the writer's
        // per-call check that a value may stand there only costs time; the bytes are the same.
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = true };

        // Room for a formatted number (a long is at most 20 bytes, a double in its shortest round-trip form 24) or a literal.
        private const int NumberRoom = 32;

        // The bytes of one vector store of a column's name (at most NumberRoom).
        private const int NameVector = 32;

        private readonly ColumnType[] _types;
        private readonly Stream _stream;
        private readonly bool _document;

        // Each column's name as the writer writes it before a value: quoted, escaped, UTF-8, with its colon, and after the
        // first column with the comma before it; each array padded with zeros to at least NameVector bytes, so that a name
        // that fits is copied by one vector store (the padding lands past the row's end and is overwritten by what follows).
        private readonly byte[][] _names;
        private readonly int[] _nameLengths;
        private readonly byte[] _buffer = new byte[1 << 16];
        private readonly LastText?[] _last;
        private int _length;

        // Buffers written out so far: a text's bytes are kept for the next row only when they were written in one piece.
        private long _flushes;

        // The end of the last complete row in the buffer (what a JSON Lines stream keeps when a row fails half-way).
        private int _complete;
        private bool _firstRow = true;

        // The library's writer, for the values the fast path leaves to it.
        private ArrayBufferWriter<byte>? _slowOutput;
        private Utf8JsonWriter? _slow;

        public JsonEncoder(TableSchema schema, Stream stream, bool document)
        {
            _types = [.. schema.Columns.Select(c => c.Type)];
            _stream = stream;
            _document = document;
            byte[][] names = [.. schema.Columns.Select((c, i) => (byte[])[.. i > 0 ? ","u8 : [], (byte)'"', .. JsonEncodedText.Encode(c.Name, Options.Encoder).EncodedUtf8Bytes, (byte)'"', (byte)':'])];
            _nameLengths = [.. names.Select(n => n.Length)];
            _names = [.. names.Select(n => n.Length >= NameVector ? n : [.. n, .. new byte[NameVector - n.Length]])];
            _last = [.. schema.Columns.Select(c => c.Type == ColumnType.String ? new LastText() : null)];
            if (!document)
            {
                return;
            }

            var header = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(header, Options))
            {
                json.WriteStartObject();
                json.WriteString("schema_version", TableSchema.Version);
                json.WriteString("table", schema.Name);
                json.WriteStartArray("columns");
                foreach (TableColumn column in schema.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", column.Name);
                    json.WriteString("type", TypeName(column.Type));
                    json.WriteString("description", column.Description);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("rows");
            }

            WriteBytes(header.WrittenSpan);
            _complete = _length;
        }

        public override void WriteRow(ReadOnlySpan<TableCell> cells)
        {
            ColumnType[] types = _types;
            byte[][] names = _names;
            int[] nameLengths = _nameLengths;
            Room(2);
            if (_document && !_firstRow)
            {
                _buffer[_length++] = (byte)',';
            }

            _firstRow = false;
            _buffer[_length++] = (byte)'{';
            for (int i = 0; i < cells.Length; i++)
            {
                byte[] name = names[i];
                int nameLength = nameLengths[i];
                Room(nameLength + NumberRoom);
                if (nameLength <= NameVector)
                {
                    // Room leaves NumberRoom (>= NameVector) bytes past the name: the whole vector fits in the buffer.
                    Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(name))
                        .StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_buffer), (nuint)_length);
                }
                else
                {
                    name.AsSpan(0, nameLength).CopyTo(_buffer.AsSpan(_length));
                }

                _length += nameLength;
                TableCell cell = cells[i];
                if (!cell.HasValue)
                {
                    WriteLiteral("null"u8);
                    continue;
                }

                switch (types[i])
                {
                    case ColumnType.Integer:
                        Utf8Formatter.TryFormat(cell.Integer, _buffer.AsSpan(_length), out int written);
                        _length += written;
                        break;
                    case ColumnType.Real:
                        WriteReal(cell.Real);
                        break;
                    case ColumnType.Boolean:
                        WriteLiteral(cell.Boolean ? "true"u8 : "false"u8);
                        break;
                    default:
                        WriteText(_last[i]!, cell.Text!);
                        break;
                }
            }

            Room(2);
            _buffer[_length++] = (byte)'}';
            if (!_document)
            {
                _buffer[_length++] = (byte)'\n';
            }

            _complete = _length;
        }

        public override void Finish()
        {
            if (_document)
            {
                WriteBytes("]}\n"u8);
            }

            Flush(_length);
            _slow?.Dispose();
        }

        // To a stream (standard output) the JSON Lines rows written before a failure are kept, as the CSV rows are; the
        // rest of a JSON document is not wanted. A file's temporary copy is deleted anyway.
        public override void Abandon()
        {
            if (!_document)
            {
                Flush(_complete);
            }

            _length = 0;
            _slow?.Dispose();
        }

        private void WriteLiteral(ReadOnlySpan<byte> literal)
        {
            literal.CopyTo(_buffer.AsSpan(_length));
            _length += literal.Length;
        }

        private void WriteReal(double value)
        {
            if (double.IsFinite(value))
            {
                _length += RealText.Write(value, _buffer.AsSpan(_length));
                return;
            }

            // Refused by the writer (ArgumentException), as before.
            Slow().WriteNumberValue(value);
        }

        /// <summary>A text cell: the bytes of the column's previous cell when it is the same string, else the value encoded.</summary>
        private void WriteText(LastText last, string text)
        {
            if (last.TryGet(text, _flushes, out int from, out int count) && _length + count <= _buffer.Length)
            {
                _buffer.AsSpan(from, count).CopyTo(_buffer.AsSpan(_length));
                _length += count;
                return;
            }

            long flushes = _flushes;
            int start = _length;
            WriteText(text);
            last.Set(text, start, _length - start, flushes, _flushes);
        }

        /// <summary>
        /// A text value, quoted: transcoded here when every character is one the encoder leaves alone, else by the writer.
        /// The characters are checked first, a bit-table look-up each, and the text then transcoded in one call of
        /// <see cref="Utf8.FromUtf16"/>, which takes runs of ASCII (digits, Latin letters) a vector at a time and
        /// Chinese characters two at a time instead of branching on each character's UTF-8 length.
        /// </summary>
        private void WriteText(string text)
        {
            if ((long)text.Length * 3 + 2 > _buffer.Length || !IsPlain(text))
            {
                // A character to escape, a surrogate, or one the table leaves out: the writer's own path.
                WriteSlowText(text);
                return;
            }

            Room((text.Length * 3) + 2);
            Span<byte> output = _buffer.AsSpan(_length);
            output[0] = (byte)'"';

            // Every character is plain, so none is a surrogate and the transcoding cannot fail.
            Utf8.FromUtf16(text, output[1..], out _, out int written, replaceInvalidSequences: false);
            output[written + 1] = (byte)'"';
            _length += written + 2;
        }

        /// <summary>Whether the encoder writes every character of <paramref name="text"/> as it is.</summary>
        private static bool IsPlain(string text)
        {
            ReadOnlySpan<ulong> plain = PlainCharacters.Bits;
            foreach (char c in text)
            {
                if ((plain[c >> 6] & (1UL << c)) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        private void WriteSlowText(string text)
        {
            Utf8JsonWriter slow = Slow();
            slow.WriteStringValue(text);
            slow.Flush();
            WriteBytes(_slowOutput!.WrittenSpan);
        }

        // The writer over a scratch buffer, emptied for each value.
        private Utf8JsonWriter Slow()
        {
            if (_slow is null)
            {
                _slowOutput = new ArrayBufferWriter<byte>();
                _slow = new Utf8JsonWriter(_slowOutput, Options);
            }
            else
            {
                _slowOutput!.ResetWrittenCount();
                _slow.Reset(_slowOutput);
            }

            return _slow;
        }

        private void WriteBytes(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                if (_length == _buffer.Length)
                {
                    Flush(_length);
                }

                int n = Math.Min(bytes.Length, _buffer.Length - _length);
                bytes[..n].CopyTo(_buffer.AsSpan(_length));
                _length += n;
                bytes = bytes[n..];
            }
        }

        // Makes room for `bytes` more by writing out the complete rows (and, for a row longer than the buffer, the rest).
        private void Room(int bytes)
        {
            if (_length + bytes > _buffer.Length)
            {
                Flush(_complete);
                if (_length + bytes > _buffer.Length)
                {
                    Flush(_length);
                }
            }
        }

        // Writes the buffer's first `end` bytes (the complete rows, or everything) and keeps the rest at its start.
        private void Flush(int end)
        {
            _flushes++;
            _stream.Write(_buffer, 0, end);
            _buffer.AsSpan(end, _length - end).CopyTo(_buffer);
            _length -= end;
            _complete = Math.Max(0, _complete - end);
        }

        /// <summary>
        /// The characters of the BMP that <see cref="Options"/>' encoder writes as they are (a bit each), asked of the
        /// encoder itself once: every other character (one to escape, a surrogate) sends its text to the writer.
        /// </summary>
        private static class PlainCharacters
        {
            public static readonly ulong[] Bits = Build();

            private static ulong[] Build()
            {
                var bits = new ulong[1 << 10];
                for (int c = 0; c < 1 << 16; c++)
                {
                    if (!char.IsSurrogate((char)c) && !Options.Encoder!.WillEncode(c))
                    {
                        bits[c >> 6] |= 1UL << c;
                    }
                }

                return bits;
            }
        }
    }

    /// <summary>
    /// A text column's last cell and where an encoder wrote its bytes in its buffer: the next cell holding the same string
    /// (a document's id over its hundreds of sentences, a section's heading, a theme code) is copied from there instead of
    /// encoded again, as long as the buffer has not been written out since (then it is encoded again). Only the position
    /// is kept, so a cell that does not repeat (a sentence) costs no copy (round 16; it kept a copy of up to 512 bytes).
    /// </summary>
    private sealed class LastText
    {
        private string? _text;
        private int _start;
        private int _length;

        // The encoder's count of buffers written out when the bytes were written.
        private long _flushes;

        /// <summary>Whether <paramref name="text"/> is the last cell and its bytes still stand in the buffer at <paramref name="start"/>.</summary>
        public bool TryGet(string text, long flushes, out int start, out int length)
        {
            start = _start;
            length = _length;
            return ReferenceEquals(text, _text) && flushes == _flushes;
        }

        /// <summary>Keeps where <paramref name="text"/>'s bytes were written, when no buffer was written out meanwhile (else forgets it).</summary>
        public void Set(string text, int start, int length, long flushesBefore, long flushesAfter)
        {
            _text = flushesBefore == flushesAfter ? text : null;
            _start = start;
            _length = length;
            _flushes = flushesAfter;
        }
    }

    /// <summary>
    /// A few spare column arrays of each type for <see cref="ParquetEncoder"/>, shared by every table of the process.
    /// Not the runtime's <c>ArrayPool&lt;T&gt;.Shared</c>: its code over <c>long?</c>, <c>double?</c>, <c>bool?</c> and
    /// <c>ReadOnlyMemory&lt;char&gt;?</c> is not in any ReadyToRun image, and the JIT compiled 37 methods of it at every
    /// run, which cost what the saved allocations gained (round 16, README, Benchmarks). The shelves hold arrays as
    /// <see cref="Array"/>, so no generic code is instantiated. At most <see cref="Slots"/> arrays of at most
    /// <see cref="LargestKept"/> cells per type stay on them: 15 MB in all at most.
    /// </summary>
    private static class ColumnArrays
    {
        /// <summary>Arrays kept per type.</summary>
        public const int Slots = 8;

        /// <summary>The longest array kept; longer ones are left to the garbage collector.</summary>
        public const int LargestKept = 1 << 15;

        public static readonly Shelf Integers = new();
        public static readonly Shelf Reals = new();
        public static readonly Shelf Booleans = new();
        public static readonly Shelf Texts = new();

        /// <summary>Spare arrays of one element type; thread-safe.</summary>
        public sealed class Shelf
        {
            private readonly Array?[] _free = new Array?[Slots];
            private readonly Lock _lock = new();

            /// <summary>A spare array of at least <paramref name="length"/> elements, or null.</summary>
            public Array? Take(int length)
            {
                lock (_lock)
                {
                    for (int i = 0; i < _free.Length; i++)
                    {
                        if (_free[i] is Array array && array.Length >= length)
                        {
                            _free[i] = null;
                            return array;
                        }
                    }
                }

                return null;
            }

            /// <summary>Keeps <paramref name="array"/> (its contents as they are) in a free slot or in place of a shorter one.</summary>
            public void Put(Array array)
            {
                if (array.Length == 0 || array.Length > LargestKept)
                {
                    return;
                }

                lock (_lock)
                {
                    int shortest = -1;
                    for (int i = 0; i < _free.Length; i++)
                    {
                        if (_free[i] is null)
                        {
                            _free[i] = array;
                            return;
                        }

                        if (_free[i]!.Length < array.Length && (shortest < 0 || _free[i]!.Length < _free[shortest]!.Length))
                        {
                            shortest = i;
                        }
                    }

                    if (shortest >= 0)
                    {
                        _free[shortest] = array;
                    }
                }
            }
        }
    }

    private sealed class ParquetEncoder : Encoder
    {
        private readonly TableSchema _schema;
        private readonly Stream _stream;
        private readonly ParquetSchema _parquetSchema;
        private readonly DataField[] _fields;
        private readonly ColumnBuffer[] _buffers;
        private int _rows;
        private ParquetWriter? _writer;
        private ParquetFooterStore? _footer;

        public ParquetEncoder(TableSchema schema, Stream stream)
        {
            _schema = schema;
            _stream = new SynchronousStream(stream);
            _fields = [.. schema.Columns.Select(c => c.Type switch
            {
                ColumnType.Integer => (DataField)new DataField<long?>(c.Name),
                ColumnType.Real => new DataField<double?>(c.Name),
                ColumnType.Boolean => new DataField<bool?>(c.Name),
                _ => new DataField(c.Name, typeof(string), true),
            })];
            _parquetSchema = new ParquetSchema(_fields);
            _buffers = [.. schema.Columns.Select(c => c.Type switch
            {
                ColumnType.Integer => (ColumnBuffer)new IntegerBuffer(),
                ColumnType.Real => new RealBuffer(),
                ColumnType.Boolean => new BooleanBuffer(),
                _ => new TextBuffer(),
            })];
        }

        public override void WriteRow(ReadOnlySpan<TableCell> cells)
        {
            bool full = false;
            ColumnBuffer[] buffers = _buffers;
            for (int i = 0; i < cells.Length; i++)
            {
                full |= buffers[i].Add(cells[i]);
            }

            if (++_rows >= RowGroupSize || full || (long)_rows * buffers.Length >= RowGroupCells)
            {
                FlushRowGroup();
            }
        }

        public override void Finish()
        {
            if (_buffers.Length == 0 || _rows > 0 || _writer is null)
            {
                FlushRowGroup();
            }

            _footer!.Restore();
            Wait(_writer!.DisposeAsync().AsTask());
            _writer = null;
            ReleaseBuffers();
        }

        public override void Abandon()
        {
            if (_writer is not null)
            {
                _footer?.Restore();
                Wait(_writer.DisposeAsync().AsTask());
                _writer = null;
            }

            ReleaseBuffers();
        }

        private void ReleaseBuffers()
        {
            foreach (ColumnBuffer buffer in _buffers)
            {
                buffer.Release();
            }
        }

        private void FlushRowGroup()
        {
            _writer ??= Wait(ParquetWriter.CreateAsync(_parquetSchema, _stream));
            _footer ??= ParquetFooterStore.For(_writer);
            _writer.CustomMetadata = new Dictionary<string, string>
            {
                ["policylens.schema_version"] = TableSchema.Version,
                ["policylens.table"] = _schema.Name,
            };
            using (ParquetRowGroupWriter group = _writer.CreateRowGroup())
            {
                for (int i = 0; i < _fields.Length; i++)
                {
                    Wait(_buffers[i].WriteTo(group, _fields[i]));
                    _buffers[i].Clear();
                }
            }

            _footer.RowGroupWritten();
            _rows = 0;
        }

        /// <summary>
        /// One column's cells of the row group being filled, typed (no boxing), in an array taken from
        /// <see cref="ColumnArrays"/> and put back when it grows and when the table is finished, so that other columns and
        /// the next tables reuse it. Each column's array grows by doubling to a row group's cells (up to 32,768 rows for a
        /// twelve-column table): allocated afresh for every column of every table, these arrays were the largest
        /// allocation of analyze (about 56 of gwr + cpc-congress's 268 MB, issue 14, round 16).
        /// </summary>
        private abstract class ColumnBuffer
        {
            /// <summary>Gives the column's array back to the pool; the buffer is empty and can be filled again.</summary>
            public abstract void Release();

            /// <summary>Adds a row's cell; true when the buffered text has reached <see cref="RowGroupColumnCharacters"/>.</summary>
            public abstract bool Add(in TableCell cell);

            public abstract Task WriteTo(ParquetRowGroupWriter group, DataField field);

            public abstract void Clear();
        }

        // One class per column type rather than one generic buffer over long, double and bool: the ReadyToRun image of
        // this assembly holds the code of a non-generic class and, through crossgen2's cross-module generics, of the
        // Parquet.Net methods it calls over long, double and bool. The generic buffer's own methods and the Parquet.Net
        // code under them were compiled by the JIT at every run (about 100 methods for analyze of gwr + cpc-congress),
        // and ran unoptimised at first over the sentences table's rows (issue 15, README, Benchmarks).

        /// <summary>An integer column's cells.</summary>
        private sealed class IntegerBuffer : ColumnBuffer
        {
            private long?[] _values = [];
            private int _count;

            public override bool Add(in TableCell cell)
            {
                if (_count == _values.Length)
                {
                    int length = Math.Max(16, _count * 2);
                    long?[] larger = (long?[]?)ColumnArrays.Integers.Take(length) ?? new long?[length];
                    Array.Copy(_values, larger, _count);
                    ColumnArrays.Integers.Put(_values);
                    _values = larger;
                }

                _values[_count++] = cell.HasValue ? cell.Integer : null;
                return false;
            }

            public override Task WriteTo(ParquetRowGroupWriter group, DataField field) => group.WriteAsync<long>(field, new ReadOnlyMemory<long?>(_values, 0, _count));

            public override void Clear() => _count = 0;

            public override void Release()
            {
                ColumnArrays.Integers.Put(_values);
                _values = [];
                _count = 0;
            }
        }

        /// <summary>A real column's cells.</summary>
        private sealed class RealBuffer : ColumnBuffer
        {
            private double?[] _values = [];
            private int _count;

            public override bool Add(in TableCell cell)
            {
                if (_count == _values.Length)
                {
                    int length = Math.Max(16, _count * 2);
                    double?[] larger = (double?[]?)ColumnArrays.Reals.Take(length) ?? new double?[length];
                    Array.Copy(_values, larger, _count);
                    ColumnArrays.Reals.Put(_values);
                    _values = larger;
                }

                _values[_count++] = cell.HasValue ? cell.Real : null;
                return false;
            }

            public override Task WriteTo(ParquetRowGroupWriter group, DataField field) => group.WriteAsync<double>(field, new ReadOnlyMemory<double?>(_values, 0, _count));

            public override void Clear() => _count = 0;

            public override void Release()
            {
                ColumnArrays.Reals.Put(_values);
                _values = [];
                _count = 0;
            }
        }

        /// <summary>A true/false column's cells.</summary>
        private sealed class BooleanBuffer : ColumnBuffer
        {
            private bool?[] _values = [];
            private int _count;

            public override bool Add(in TableCell cell)
            {
                if (_count == _values.Length)
                {
                    int length = Math.Max(16, _count * 2);
                    bool?[] larger = (bool?[]?)ColumnArrays.Booleans.Take(length) ?? new bool?[length];
                    Array.Copy(_values, larger, _count);
                    ColumnArrays.Booleans.Put(_values);
                    _values = larger;
                }

                _values[_count++] = cell.HasValue ? cell.Boolean : null;
                return false;
            }

            public override Task WriteTo(ParquetRowGroupWriter group, DataField field) => group.WriteAsync<bool>(field, new ReadOnlyMemory<bool?>(_values, 0, _count));

            public override void Clear() => _count = 0;

            public override void Release()
            {
                ColumnArrays.Booleans.Put(_values);
                _values = [];
                _count = 0;
            }
        }

        private sealed class TextBuffer : ColumnBuffer
        {
            private ReadOnlyMemory<char>?[] _values = [];
            private int _count;

            /// <summary>Characters of the buffered values.</summary>
            public long Characters { get; private set; }

            public override bool Add(in TableCell cell)
            {
                if (_count == _values.Length)
                {
                    int length = Math.Max(16, _count * 2);
                    ReadOnlyMemory<char>?[] larger = (ReadOnlyMemory<char>?[]?)ColumnArrays.Texts.Take(length) ?? new ReadOnlyMemory<char>?[length];
                    Array.Copy(_values, larger, _count);
                    Array.Clear(_values, 0, _count);
                    ColumnArrays.Texts.Put(_values);
                    _values = larger;
                }

                string? value = cell.Text;
                _values[_count++] = value?.AsMemory();
                Characters += value?.Length ?? 0;
                return Characters >= RowGroupColumnCharacters;
            }

            // The strings as ReadOnlyMemory<char>, the form Parquet.Net encodes: its string[] overload would copy them into
            // one for every row group.
            public override Task WriteTo(ParquetRowGroupWriter group, DataField field) => group.WriteAsync<ReadOnlyMemory<char>>(field, new ReadOnlyMemory<ReadOnlyMemory<char>?>(_values, 0, _count));

            // The strings are let go with the row group.
            public override void Clear()
            {
                Array.Clear(_values, 0, _count);
                _count = 0;
                Characters = 0;
            }

            // Cleared first, so that the shelf holds no strings.
            public override void Release()
            {
                Clear();
                ColumnArrays.Texts.Put(_values);
                _values = [];
            }
        }

        /// <summary>
        /// The output as Parquet.Net sees it: its asynchronous writes done synchronously. A <see cref="FileStream"/> opened for
        /// synchronous I/O hands an asynchronous write larger than its buffer (a column chunk) to the thread pool, and the
        /// encoder, waiting for it, spun a core: about 45 ms of CPU over analyze's tables on the national corpus.
        /// </summary>
        private sealed class SynchronousStream(Stream inner) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => inner.CanSeek;

            public override bool CanWrite => true;

            public override long Length => inner.Length;

            public override long Position
            {
                get => inner.Position;
                set => inner.Position = value;
            }

            public override void Flush() => inner.Flush();

            public override Task FlushAsync(CancellationToken cancellationToken)
            {
                inner.Flush();
                return Task.CompletedTask;
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

            public override void SetLength(long value) => inner.SetLength(value);

            public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

            public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

            public override void WriteByte(byte value) => inner.WriteByte(value);

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                inner.Write(buffer, offset, count);
                return Task.CompletedTask;
            }

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                inner.Write(buffer.Span);
                return ValueTask.CompletedTask;
            }

            // The inner stream belongs to the table writer, which closes it.
            protected override void Dispose(bool disposing)
            {
            }
        }

        // Parquet.Net's API is asynchronous only; the writers here are synchronous, like the rest of the export stage.
        private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

        private static void Wait(Task task) => task.GetAwaiter().GetResult();
    }
}
