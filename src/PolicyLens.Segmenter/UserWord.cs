namespace PolicyLens.Tokenization;

/// <summary>
/// A word added to a segmenter's dictionary: one line <c>word [freq] [tag]</c> of a jieba user dictionary.
/// </summary>
/// <param name="Word">The word; it must not contain white space (jieba never cuts across white space).</param>
/// <param name="Frequency">
/// Its frequency. <see langword="null"/> lets jieba's <c>suggest_freq</c> choose one just high enough for the word to
/// come out whole; 0 forces the word to be split even where the HMM would join it.
/// </param>
/// <param name="Tag">An optional part-of-speech tag (lower-case letters), kept but not used for cutting.</param>
public sealed record UserWord(string Word, long? Frequency = null, string? Tag = null);
