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

    /// <summary>Opens <paramref name="path"/>; on failure returns null and sets <paramref name="error"/> to a message naming the file.</summary>
    internal static TextReader? Open(string path, string? encodingName, out string? error)
    {
        error = null;
        Stream? stream = null;
        try
        {
            stream = path == StandardInput ? Buffer(Console.OpenStandardInput()) : File.OpenRead(path);
            Encoding encoding;
            int preamble;
            if (encodingName is null)
            {
                (encoding, preamble) = TextEncodingDetector.Detect(stream);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException)
        {
            stream?.Dispose();
            error = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => $"{path}: no such file",
                UnauthorizedAccessException => $"{path}: permission denied",
                DecoderFallbackException => $"{path}: not valid {encodingName} text ({e.Message})",
                _ => $"{path}: {e.Message}",
            };
            return null;
        }
    }

    private static MemoryStream Buffer(Stream input)
    {
        // Standard input cannot be read twice; detection needs a second look.
        var memory = new MemoryStream();
        input.CopyTo(memory);
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
