// The one error a user's bad input produces, in every stage: which source, where in it, what is wrong, what to do.
namespace PolicyLens;

/// <summary>
/// Input PolicyLens cannot use: a file, row, argument or table that is missing, unreadable or malformed. Every reader
/// throws this type (or a subclass) for problems of the input, never for bugs; the command line prints
/// <see cref="Exception.Message"/> on one line and exits with a non-zero code, without a stack trace.
/// </summary>
/// <example>
/// <code>
/// throw new InputException("corpus/a.csv", "an opening quote is never closed", line: 12,
///     remedy: "close the quote or escape it as \"\"");
/// // corpus/a.csv:12: an opening quote is never closed (close the quote or escape it as "")
/// </code>
/// </example>
public class InputException : Exception
{
    /// <summary>Creates the error for <paramref name="inputName"/>.</summary>
    /// <param name="inputName">The file, row (<c>path:line</c>), option (<c>--context</c>) or table the problem is in.</param>
    /// <param name="reason">What is wrong, in words a user understands.</param>
    /// <param name="line">The 1-based line of the problem, when known.</param>
    /// <param name="byteOffset">The byte offset of the problem, when known and no line is.</param>
    /// <param name="remedy">What the user can do about it, when there is something.</param>
    /// <param name="innerException">The low-level error behind it, kept for <c>--debug</c>.</param>
    public InputException(string inputName, string reason, long? line = null, long? byteOffset = null,
        string? remedy = null, Exception? innerException = null)
        : base(Format(inputName, reason, line, byteOffset, remedy), innerException)
    {
        InputName = inputName;
        Reason = reason;
        Line = line;
        ByteOffset = byteOffset;
        Remedy = remedy;
    }

    /// <summary>Creates the error with a generic message (for serialisers and tools).</summary>
    public InputException()
        : this("input", "the input cannot be used")
    {
    }

    /// <summary>Creates the error with a message and nothing else known.</summary>
    public InputException(string message)
        : this("input", message)
    {
    }

    /// <summary>Creates the error with a message and the low-level error behind it.</summary>
    public InputException(string message, Exception innerException)
        : this("input", message, innerException: innerException)
    {
    }

    /// <summary>The file, row, option or table the problem is in.</summary>
    public string InputName { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? Line { get; }

    /// <summary>The byte offset of the problem, when known.</summary>
    public long? ByteOffset { get; }

    /// <summary>What the user can do about it, or null.</summary>
    public string? Remedy { get; }

    private static string Format(string inputName, string reason, long? line, long? byteOffset, string? remedy)
    {
        string where = line is { } l ? $"{inputName}:{l}" : byteOffset is { } b ? $"{inputName} (byte {b})" : inputName;
        return remedy is null ? $"{where}: {reason}" : $"{where}: {reason} ({remedy})";
    }
}
