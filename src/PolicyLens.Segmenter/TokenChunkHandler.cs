namespace PolicyLens.Tokenization;

/// <summary>
/// Receives the tokens of one chunk of a streamed text, without a string made per token: <paramref name="tokens"/>
/// are offsets into <paramref name="chunk"/>, which starts <paramref name="chunkOffset"/> code units into the stream.
/// Both spans are only valid during the call.
/// </summary>
public delegate void TokenChunkHandler(ReadOnlySpan<char> chunk, ReadOnlySpan<Token> tokens, long chunkOffset);
