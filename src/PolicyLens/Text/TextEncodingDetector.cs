using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyLens.Text;

/// <summary>
/// Decides how a file's bytes are to be read: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the
/// bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312, the encodings of older Chinese files).
/// </summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>UTF-8 that throws on invalid bytes instead of inventing replacement characters.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030, strict: bytes it cannot decode are an error, not a silent replacement.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>GB18030 that replaces what it cannot decode (to compare readings, never to read).</summary>
    internal static Encoding Gb18030Lenient => Encoding.GetEncoding("GB18030");

    /// <summary>Big5, strict (to recognise it, never to read).</summary>
    internal static Encoding Big5 => Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>
    /// The encoding named by <paramref name="name"/> (<c>utf-8</c>, <c>utf-16</c>, <c>utf-16be</c>, <c>gb18030</c>,
    /// <c>gbk</c>, <c>gb2312</c>, or any name .NET knows), strict about invalid bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static Encoding FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "UTF-8" or "UTF8" => StrictUtf8,
            "UTF-16" or "UTF16" or "UTF-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            "UTF-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            "GB18030" or "GBK" or "GB2312" or "CP936" => Gb18030,
            _ => GetOrThrow(name),
        };
    }

    /// <summary>
    /// Detects the encoding of the stream's bytes from a BOM, or by validating it as UTF-8 to the end; the stream
    /// is left where it was. Returns the encoding and the length of the BOM to skip.
    /// </summary>
    public static (Encoding Encoding, int PreambleLength) Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long start = stream.Position;
        Span<byte> head = stackalloc byte[3];
        int n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = start;
        if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (n >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return (new UnicodeEncoding(false, false, true), 2);
        }

        if (n >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return (new UnicodeEncoding(true, false, true), 2);
        }

        bool utf8 = IsValidUtf8(stream);
        stream.Position = start;
        return utf8 ? (StrictUtf8, 0) : (Gb18030, 0);
    }

    private static bool IsValidUtf8(Stream stream)
    {
        byte[] buffer = new byte[1 << 16];
        char[] chars = new char[buffer.Length];
        int carry = 0;
        while (true)
        {
            int read = stream.Read(buffer, carry, buffer.Length - carry);
            int length = carry + read;
            bool final = read == 0;
            OperationStatus status = Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == OperationStatus.InvalidData)
            {
                return false;
            }

            if (final)
            {
                return status == OperationStatus.Done;
            }

            // A sequence cut by the end of the buffer is carried into the next read.
            carry = length - consumed;
            Array.Copy(buffer, consumed, buffer, 0, carry);
        }
    }

    private static Encoding GetOrThrow(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Unknown encoding '{name}'. Use utf-8, utf-16, utf-16be or gb18030.", nameof(name), e);
        }
    }
}
