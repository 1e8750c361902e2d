// The error for bytes that are not text PolicyLens can read, saying where and what to do.
namespace PolicyLens.Text;

/// <summary>Bytes that are empty, binary, or text in none of the encodings PolicyLens reads.</summary>
public sealed class TextDecodingException : Exception
{
    /// <summary>Creates the exception; <paramref name="reason"/> is the whole message.</summary>
    public TextDecodingException(string reason, long? byteOffset = null)
        : base(reason)
    {
        ByteOffset = byteOffset;
    }

    /// <summary>Creates the exception with a fixed message (for serialisers and tools).</summary>
    public TextDecodingException()
        : this("The bytes are not text PolicyLens can read.")
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public TextDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The offset of the first offending byte, when there is one.</summary>
    public long? ByteOffset { get; }
}
