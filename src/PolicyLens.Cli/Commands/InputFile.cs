using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Opens a command's input (a path, or <c>-</c> for standard input) as text, with its encoding detected or forced,
/// after checking that every byte decodes so that nothing is printed for a file that turns out to be bad.
/// </summary>
/// <remarks>
/// Standard input cannot be read twice, and holding all of it would make memory grow with the input (186 MB piped in
/// took 514 MB). So only its first <see cref="StandardInputCheckedWhole"/> bytes are held: input that short is checked
/// whole before anything is printed, as a file is; longer input has its encoding decided from that head and is then
/// decoded as it streams, so a bad byte further on is reported (<see cref="DecoderFallbackException"/>) after the tokens
/// before it were printed.
/// </remarks>
internal static class InputFile
{
    internal const string StandardInput = "-";

    /// <summary>Bytes of standard input held and checked before the first token is printed.</summary>
    internal const int StandardInputCheckedWhole = 1 << 20;

    /// <summary>
    /// Opens <paramref name="path"/> (a regular file of at most <paramref name="maxBytes"/>, or standard input, streamed
    /// after its first megabyte is checked whole: <see cref="StandardInputCheckedWhole"/>); on
    /// failure returns null and sets <paramref name="error"/> to a one-line message naming the file. A file that is not
    /// UTF-8 goes through <see cref="TextDecoder"/> as a whole, so that GB18030 is checked to be Chinese and Big5 is refused.
    /// </summary>
    internal static TextReader? Open(string path, string? encodingName, long maxBytes, out string? error)
    {
        error = null;
        Stream? stream = null;
        try
        {
            if (path == StandardInput)
            {
                return OpenStandardInput(encodingName);
            }

            stream = TextFile.OpenRead(path, maxBytes);
            Encoding encoding;
            int preamble;
            if (encodingName is null)
            {
                (encoding, preamble) = TextEncodingDetector.Detect(stream);
                if (encoding.CodePage == TextEncodingDetector.Gb18030.CodePage)
                {
                    byte[] bytes = new byte[stream.Length];
                    stream.ReadExactly(bytes);
                    stream.Dispose();
                    return new StringReader(TextDecoder.Decode(bytes, path == StandardInput ? "standard input" : path).Text);
                }

                if (encoding is UnicodeEncoding)
                {
                    stream.Position = preamble;
                    CheckDecodes(stream, encoding, flush: true);
                }
            }
            else
            {
                encoding = TextEncodingDetector.FromName(encodingName);
                preamble = SkipPreamble(stream, encoding);
                CheckDecodes(stream, encoding, flush: true);
            }

            stream.Position = preamble;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException)
        {
            stream?.Dispose();
            error = e is InputException ? e.Message : Describe(path, encodingName, e);
            return null;
        }
    }

    /// <summary>The message for a failure to read <paramref name="path"/>, naming it.</summary>
    internal static string Describe(string path, string? encodingName, Exception e)
    {
        string name = path == StandardInput ? "standard input" : path;
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => $"{name}: no such file",
            UnauthorizedAccessException => $"{name}: permission denied",
            DecoderFallbackException when path == StandardInput =>
                $"{name}: not valid {encodingName ?? "utf-8"} text past its first {StandardInputCheckedWhole:N0} bytes, the tokens before were printed ({e.Message}); name the encoding with --encoding",
            DecoderFallbackException => $"{name}: not valid {encodingName} text ({e.Message})",
            _ => $"{name}: {e.Message}",
        };
    }

    private static StreamReader OpenStandardInput(string? encodingName)
    {
        Stream input = Console.OpenStandardInput();
        byte[] head = new byte[StandardInputCheckedWhole];
        int length = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        bool whole = length < head.Length;
        Encoding encoding;
        int preamble;
        if (encodingName is null)
        {
            // A head cut inside a UTF-8 sequence is still UTF-8: judge it without its incomplete last character.
            using var judged = new MemoryStream(head, 0, whole ? length : CompleteUtf8Length(head.AsSpan(0, length)), writable: false);
            (encoding, preamble) = TextEncodingDetector.Detect(judged);
        }
        else
        {
            encoding = TextEncodingDetector.FromName(encodingName);
            using var judged = new MemoryStream(head, 0, length, writable: false);
            preamble = SkipPreamble(judged, encoding);
            judged.Position = preamble;
            CheckDecodes(judged, encoding, flush: whole);
        }

        Stream text = whole
            ? new MemoryStream(head, preamble, length - preamble, writable: false)
            : new PrefixedStream(head.AsMemory(preamble, length - preamble), input);
        return new StreamReader(text, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence that its end cuts short.</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            byte b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: its lead is further back
            }

            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }

    private static int SkipPreamble(Stream stream, Encoding encoding)
    {
        ReadOnlySpan<byte> bom = encoding is UnicodeEncoding u
            ? (u.GetPreamble().Length > 0 ? u.GetPreamble() : [])
            : encoding.WebName == "utf-8" ? [0xEF, 0xBB, 0xBF] : [];
        if (bom.IsEmpty)
        {
            return 0;
        }

        Span<byte> head = stackalloc byte[bom.Length];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return n == bom.Length && head.SequenceEqual(bom) ? bom.Length : 0;
    }

    private static void CheckDecodes(Stream stream, Encoding encoding, bool flush)
    {
        Decoder decoder = encoding.GetDecoder();
        byte[] bytes = new byte[1 << 16];
        char[] chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
        }

        decoder.GetChars(bytes, 0, 0, chars, 0, flush: flush);
    }
}
