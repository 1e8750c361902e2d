using System.Text;

namespace PolicyLens.Tokenization;

/// <summary>
/// Reads jieba user dictionaries: UTF-8 text, one <c>word [freq] [tag]</c> a line, blank lines ignored.
/// Unlike Python jieba, which silently takes a malformed line as one long word, a line that does not fit
/// is an error naming the file and the line.
/// </summary>
public static class UserDictionary
{
    /// <summary>Reads the user dictionary file at <paramref name="path"/>.</summary>
    /// <exception cref="UserDictionaryFormatException">A line is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read; the message names it.</exception>
    public static IReadOnlyList<UserWord> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return Parse(reader, path);
        }
        catch (DecoderFallbackException e)
        {
            throw new UserDictionaryFormatException($"{path}: a user dictionary must be UTF-8 ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileNotFoundException)
        {
            throw new IOException($"Cannot read the user dictionary '{path}': {e.Message}", e);
        }
    }

    /// <summary>Parses user dictionary lines from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="UserDictionaryFormatException">A line is malformed.</exception>
    public static IReadOnlyList<UserWord> Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var words = new List<UserWord>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim().TrimStart('\uFEFF');
            if (trimmed.Length > 0)
            {
                words.Add(ParseLine(trimmed, sourceName, lineNumber));
            }
        }

        return words;
    }

    private static UserWord ParseLine(string line, string source, int lineNumber)
    {
        string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length > 3)
        {
            throw new UserDictionaryFormatException(source, lineNumber, $"'{line}' has {fields.Length} fields; a word cannot contain white space.");
        }

        string word = fields[0];
        long? frequency = null;
        string? tag = null;
        if (fields.Length >= 2)
        {
            if (IsTag(fields[1]) && fields.Length == 2)
            {
                tag = fields[1];
            }
            else if (long.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long f))
            {
                frequency = f;
            }
            else
            {
                throw new UserDictionaryFormatException(source, lineNumber, $"the frequency '{fields[1]}' is not a whole number of 0 or more.");
            }
        }

        if (fields.Length == 3)
        {
            if (!IsTag(fields[2]))
            {
                throw new UserDictionaryFormatException(source, lineNumber, $"the tag '{fields[2]}' is not lower-case letters.");
            }

            tag = fields[2];
        }

        return new UserWord(word, frequency, tag);
    }

    private static bool IsTag(string field)
    {
        foreach (char c in field)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return field.Length > 0;
    }
}
