// The error for bytes that are not text PolicyLens can read, saying where and what to do.
namespace PolicyLens.Text;

/// <summary>Bytes that are empty, binary, or text in none of the encodings PolicyLens reads: an <see cref="InputException"/>.</summary>
public sealed class TextDecodingException : InputException
{
    /// <summary>Creates the exception for the bytes of <paramref name="inputName"/>; <paramref name="reason"/> says what is wrong and what to do.</summary>
    public TextDecodingException(string inputName, string reason, long? byteOffset)
        : base(inputName, reason, byteOffset: byteOffset)
    {
    }

    /// <summary>Creates the exception for bytes of no known source.</summary>
    public TextDecodingException(string reason, long? byteOffset = null)
        : this("input", reason, byteOffset)
    {
    }

    /// <summary>Creates the exception with a fixed message (for serialisers and tools).</summary>
    public TextDecodingException()
        : this("the bytes are not text PolicyLens can read")
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public TextDecodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
