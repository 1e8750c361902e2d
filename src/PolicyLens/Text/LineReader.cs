// Reads a streamed text file line by line, with a bound on line length and bad bytes confined to their line.
using System.Text;

namespace PolicyLens.Text;

/// <summary>
/// Splits a JSON Lines or CSV corpus into lines, decoded as text files are (a BOM; otherwise UTF-8, or GB18030 when
/// most lines are not UTF-8; Big5 refused), without reading the whole file into memory. A line with bytes that are not
/// in the file's encoding, or longer than the limit, becomes an error for that line only, so one bad byte costs one
/// line and the next line keeps its right number. Line breaks are <c>\n</c>, <c>\r\n</c> or <c>\r</c>.
/// </summary>
internal sealed class LineReader : IDisposable
{
    // A noncharacter stands for undecodable bytes: it is never in interchange text, unlike U+FFFD.
    private const char BadBytes = '\uFDD0';
    private const int SampleBytes = 4 << 20;

    private readonly StreamReader _reader;
    private readonly int _maxChars;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position, _length, _number;
    private bool _pendingLf;

    static LineReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private LineReader(StreamReader reader, string encodingName, int maxChars)
    {
        _reader = reader;
        _maxChars = maxChars;
        EncodingName = encodingName;
    }

    /// <summary>The encoding the file is read in (<c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>gb18030</c>…).</summary>
    public string EncodingName { get; }

    /// <summary>Opens <paramref name="stream"/> (seekable) and decides its encoding.</summary>
    /// <exception cref="TextDecodingException">The file is empty, binary or Big5.</exception>
    public static LineReader Open(Stream stream, string path, int maxChars)
    {
        Span<byte> head = stackalloc byte[3];
        int n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n == 0)
        {
            throw new TextDecodingException(path, "the file is empty (0 bytes); remove it or give it text", null);
        }

        (Encoding encoding, int preamble, string name) = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF
            ? (Utf8, 3, "utf-8-bom")
            : n >= 2 && head[0] == 0xFF && head[1] == 0xFE ? (Utf16(false), 2, "utf-16le")
            : n >= 2 && head[0] == 0xFE && head[1] == 0xFF ? (Utf16(true), 2, "utf-16be")
            : Sniff(stream, path);
        stream.Position = preamble;
        return new LineReader(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16), name, maxChars);
    }

    private static Encoding Utf8 => Encoding.GetEncoding(65001, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(BadBytes.ToString()));

    private static Encoding Utf16(bool bigEndian) =>
        Encoding.GetEncoding(bigEndian ? "utf-16BE" : "utf-16", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(BadBytes.ToString()));

    private static Encoding Gb18030 =>
        Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(BadBytes.ToString()));

    // A file whose non-ASCII lines are mostly valid UTF-8 is UTF-8 (its few bad lines are errors); otherwise it must be
    // GB18030 as a text file would be (a sample of whole lines goes through the text decoder, which refuses Big5).
    private static (Encoding, int, string) Sniff(Stream stream, string path)
    {
        byte[] sample = new byte[SampleBytes];
        int length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        bool complete = length < sample.Length;
        int utf8 = 0, other = 0, start = 0, lastBreak = -1;
        for (int i = 0; i <= length; i++)
        {
            if (i < length && sample[i] != (byte)'\n')
            {
                continue;
            }

            if (i == length && !complete)
            {
                break;
            }

            ReadOnlySpan<byte> line = sample.AsSpan(start, i - start);
            if (line.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
            {
                if (System.Text.Unicode.Utf8.IsValid(line))
                {
                    utf8++;
                }
                else
                {
                    other++;
                }
            }

            lastBreak = i;
            start = i + 1;
        }

        if (other <= utf8)
        {
            return (Utf8, 0, "utf-8");
        }

        int whole = complete ? length : Math.Max(0, lastBreak);
        TextDecoder.Decode(sample.AsSpan(0, whole), path);
        return (Gb18030, 0, "gb18030");
    }

    /// <summary>The next line, or null at the end of the file.</summary>
    public SourceLine? Next()
    {
        _line.Clear();
        bool tooLong = false, any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish(tooLong) : null;
                }
            }

            if (_pendingLf)
            {
                _pendingLf = false;
                if (_buffer[_position] == '\n')
                {
                    _position++;
                    continue;
                }
            }

            // Copy up to the next line break in one piece.
            ReadOnlySpan<char> rest = _buffer.AsSpan(_position, _length - _position);
            int end = rest.IndexOfAny('\n', '\r');
            ReadOnlySpan<char> piece = end < 0 ? rest : rest[..end];
            if (!piece.IsEmpty)
            {
                any = true;
                int room = _maxChars - _line.Length;
                if (piece.Length > room)
                {
                    tooLong = true;
                }

                _line.Append(piece[..Math.Min(piece.Length, Math.Max(0, room))]);
            }

            _position += piece.Length;
            if (end >= 0)
            {
                _pendingLf = _buffer[_position] == '\r';
                _position++;
                return Finish(tooLong);
            }
        }
    }

    private SourceLine Finish(bool tooLong)
    {
        _number++;
        if (tooLong)
        {
            return new SourceLine(_number, string.Empty, $"the line is longer than {_maxChars:N0} characters; it is not read");
        }

        string text = _line.ToString();
        int nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return new SourceLine(_number, string.Empty, $"a NUL character at character {nul + 1} of the line (binary data?); remove it");
        }

        int bad = text.IndexOf(BadBytes, StringComparison.Ordinal);
        return bad < 0
            ? new SourceLine(_number, text, null)
            : new SourceLine(_number, string.Empty, $"bytes that are not {EncodingName} at character {bad + 1} of the line; re-save the file as UTF-8");
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();
}
