using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Opens a command's input (a path, or <c>-</c> for standard input) as text, with its encoding detected or forced,
/// after checking that every byte decodes so that nothing is printed for a file that turns out to be bad.
/// </summary>
internal static class InputFile
{
    internal const string StandardInput = "-";

    /// <summary>
    /// Opens <paramref name="path"/> (a regular file of at most <paramref name="maxBytes"/>, or standard input); on
    /// failure returns null and sets <paramref name="error"/> to a one-line message naming the file. A file that is not
    /// UTF-8 goes through <see cref="TextDecoder"/> as a whole, so that GB18030 is checked to be Chinese and Big5 is refused.
    /// </summary>
    internal static TextReader? Open(string path, string? encodingName, long maxBytes, out string? error)
    {
        error = null;
        Stream? stream = null;
        try
        {
            stream = path == StandardInput ? Buffer(Console.OpenStandardInput(), maxBytes) : TextFile.OpenRead(path, maxBytes);
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
                    CheckDecodes(stream, encoding);
                }
            }
            else
            {
                encoding = TextEncodingDetector.FromName(encodingName);
                preamble = SkipPreamble(stream, encoding);
                CheckDecodes(stream, encoding);
            }

            stream.Position = preamble;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException)
        {
            stream?.Dispose();
            error = e switch
            {
                InputException => e.Message,
                DecoderFallbackException => $"{path}: not valid {encodingName ?? "UTF-16"} text ({e.Message})",
                _ => $"{path}: {e.Message}",
            };
            return null;
        }
    }

    private static MemoryStream Buffer(Stream input, long maxBytes)
    {
        // Standard input cannot be read twice; detection needs a second look. It is bounded like a file.
        var memory = new MemoryStream();
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > maxBytes)
            {
                throw new InputException("standard input", $"more than {maxBytes >> 20} MiB", remedy: "cut a file instead, or raise --max-file-mb");
            }
        }

        memory.Position = 0;
        return memory;
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

    private static void CheckDecodes(Stream stream, Encoding encoding)
    {
        Decoder decoder = encoding.GetDecoder();
        byte[] bytes = new byte[1 << 16];
        char[] chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
        }

        decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
    }
}
