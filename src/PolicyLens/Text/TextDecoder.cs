// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 — or says why not.
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyLens.Text;

/// <summary>
/// Decodes the bytes of a document. A BOM decides UTF-8 or UTF-16; otherwise valid UTF-8 is UTF-8, and bytes that are
/// not are tried as GB18030 (the superset of GBK and GB2312). Empty files, binary files and bytes that are neither are
/// rejected with a <see cref="TextDecodingException"/> that says where and what to do.
/// </summary>
public static class TextDecoder
{
    // Share of non-ASCII characters of a GB18030 reading that must be common Chinese characters or punctuation for the
    // reading to be believed: Latin-1 or Big5 bytes also "decode" as GB18030, into rare characters.
    private const double MinimumChineseShare = 0.9;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="sourceName"/> (a path) names them in errors.</summary>
    /// <exception cref="TextDecodingException">The bytes are empty, binary, Big5, or in no encoding PolicyLens reads.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? sourceName = null)
    {
        string name = sourceName ?? "input";
        if (bytes.IsEmpty)
        {
            throw new TextDecodingException(name, "the file is empty (0 bytes); remove it or give it text", null);
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            bool bigEndian = bytes[0] == 0xFE;
            return Check(DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian, false, true), bigEndian ? "UTF-16BE" : "UTF-16LE", 2, name),
                bigEndian ? "utf-16be" : "utf-16le", name);
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        ReadOnlySpan<byte> body = bom ? bytes[3..] : bytes;
        int nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new TextDecodingException(name,
                $"binary file: a NUL byte at byte offset {nul + (bom ? 3 : 0)}; PolicyLens reads text files (UTF-8, UTF-16 with a BOM, GB18030)",
                nul + (bom ? 3 : 0));
        }

        int invalid = DecodeUtf8(body, out string? utf8);
        if (invalid < 0)
        {
            return Check(utf8!, bom ? "utf-8-bom" : "utf-8", name);
        }

        long utf8Offset = invalid + (bom ? 3 : 0);
        if (bom)
        {
            throw new TextDecodingException(name,
                $"not valid UTF-8 although it starts with a UTF-8 byte-order mark: invalid byte 0x{body[invalid]:X2} at byte offset {utf8Offset}; " +
                "re-save the file as UTF-8", utf8Offset);
        }

        if (LooksLikeBig5(body))
        {
            throw new TextDecodingException(name,
                $"not UTF-8 (invalid byte 0x{body[invalid]:X2} at byte offset {utf8Offset}): the bytes read as Big5 (traditional Chinese), " +
                "which PolicyLens does not read, since read as GB18030 they would be garbled; re-save the file as UTF-8 (iconv -f BIG5 -t UTF-8)", utf8Offset);
        }

        string text;
        try
        {
            text = TextEncodingDetector.Gb18030.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new TextDecodingException(name,
                $"neither UTF-8 (invalid byte 0x{body[invalid]:X2} at byte offset {utf8Offset}) nor GB18030; re-save the file as UTF-8", utf8Offset);
        }

        if (ChineseShare(text) < MinimumChineseShare)
        {
            throw new TextDecodingException(name,
                $"not UTF-8 (invalid byte 0x{body[invalid]:X2} at byte offset {utf8Offset}), and read as GB18030 it is not Chinese text; " +
                "re-save the file as UTF-8", utf8Offset);
        }

        return Check(text, "gb18030", name);
    }

    // The control characters but tab, newline, carriage return and form feed.
    private static readonly SearchValues<char> Controls = SearchValues.Create(ControlCharacters());

    // A loop, not Range/Select/Where over int and char (generic code the JIT compiled at start-up for this alone).
    private static string ControlCharacters()
    {
        var controls = new StringBuilder(' ');
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }

    private static DecodedText Check(string text, string encoding, string name)
    {
        // Control characters other than tab, newline, carriage return and form feed mean a binary file that happened
        // to decode.
        // Found by a vectorised search: a text has none or a few.
        int controls = 0, firstControl = -1;
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny(Controls);
            if (next < 0)
            {
                break;
            }

            i += next;
            controls++;
            if (firstControl < 0)
            {
                firstControl = i;
            }
        }

        if (text.Length == 0 || (controls > 0 && controls * 100 >= text.Length))
        {
            throw text.Length == 0
                ? new TextDecodingException(name, "the file holds no text (only a byte-order mark); remove it or give it text", null)
                : new TextDecodingException(name, $"binary file: control character U+{(int)text[firstControl]:X4} at character {firstControl}; PolicyLens reads text files", null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TextDecodingException(name, "the file holds only white space; remove it or give it text", null);
        }

        return new DecodedText(text, encoding);
    }

    private static string DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string encodingName, int offset, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            long at = e.Index >= 0 ? e.Index + offset : offset;
            throw new TextDecodingException(name, $"not valid {encodingName} although it starts with a {encodingName} byte-order mark (near byte offset {at}); re-save the file as UTF-8", at);
        }
    }

    // The text when the bytes are valid UTF-8 (and -1), else the offset of the first invalid byte: one transcoding, into a
    // rented buffer (UTF-8 never has fewer bytes than UTF-16 has characters), where a check of the whole file and then the
    // decoder's own pass each transcoded it.
    private static int DecodeUtf8(ReadOnlySpan<byte> bytes, out string? text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            OperationStatus status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            text = status == OperationStatus.Done ? new string(buffer, 0, written) : null;
            return status == OperationStatus.Done ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Big5 and GBK share the lead-byte range, so Big5 text "decodes" as GB18030: its most common characters (lead bytes
    // 0xA4-0xAF) land in the GB symbol rows (kana, Greek, Cyrillic, box drawing) and in private use. The bytes are Big5
    // when they decode strictly as Big5 into Chinese text and read as GB18030 give clearly less of it. GB text rarely
    // decodes as Big5 at all: its common lead bytes 0xC7 and 0xC8 are unassigned there.
    private static bool LooksLikeBig5(ReadOnlySpan<byte> bytes)
    {
        string big5;
        try
        {
            big5 = Big5.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        string gb = TextEncodingDetector.Gb18030Lenient.GetString(bytes);
        double big5Share = ChineseShare(big5), gbShare = ChineseShare(gb);
        return big5Share >= MinimumChineseShare && big5Share > gbShare + 0.05;
    }

    private static Encoding Big5 => TextEncodingDetector.Big5;

    private static double ChineseShare(string text)
    {
        int other = 0, chinese = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2000' and <= '\u206F')
            {
                chinese++;
            }
            else
            {
                other++;
            }
        }

        return chinese + other == 0 ? 1 : (double)chinese / (chinese + other);
    }
}
