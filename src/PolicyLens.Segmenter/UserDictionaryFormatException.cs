namespace PolicyLens.Tokenization;

/// <summary>A user dictionary line that is not <c>word [freq] [tag]</c>, with the file and line it came from.</summary>
public sealed class UserDictionaryFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="lineNumber"/> of <paramref name="source"/>.</summary>
    public UserDictionaryFormatException(string source, int lineNumber, string problem)
        : base($"{source}:{lineNumber}: {problem} Expected 'word [freq] [tag]', e.g. '供给侧结构性改革 1000 n'.")
    {
        SourceName = source;
        LineNumber = lineNumber;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public UserDictionaryFormatException()
    {
        SourceName = string.Empty;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public UserDictionaryFormatException(string message)
        : base(message)
    {
        SourceName = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public UserDictionaryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
    }

    /// <summary>The file (or the name given to the reader) the line came from.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line number.</summary>
    public int LineNumber { get; }
}
