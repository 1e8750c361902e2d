// The error a user sees for a bad lexicon file: it names the file, the line and what to do about it.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A lexicon file that cannot be read as a lexicon, with the file and line at fault: an <see cref="InputException"/>.</summary>
public sealed class LexiconFormatException : InputException
{
    /// <summary>Creates the exception for line <paramref name="lineNumber"/> (1-based; 0 when unknown) of <paramref name="source"/>.</summary>
    public LexiconFormatException(string source, int lineNumber, string problem)
        : base(source, problem, line: lineNumber > 0 ? lineNumber : null)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public LexiconFormatException()
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file (or the name given to the reader) that is at fault.</summary>
    public string SourceName => InputName;

    /// <summary>The 1-based line number, or 0 when the problem is not on one line.</summary>
    public int LineNumber => (int)(Line ?? 0);
}
