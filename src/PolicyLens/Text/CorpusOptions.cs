// How a corpus is read.
namespace PolicyLens.Text;

/// <summary>How <see cref="CorpusReader"/> reads a corpus; immutable, change with <c>with</c>.</summary>
public sealed record CorpusOptions
{
    /// <summary>The defaults.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>How each text becomes documents.</summary>
    public DocumentOptions Documents { get; init; } = DocumentOptions.Default;

    /// <summary>File extensions read from a folder (case-insensitive).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".md"];

    /// <summary>Read <c>metadata.csv</c> and <c>index.tsv</c> sidecars in a folder (matched by file name or relative path).</summary>
    public bool UseSidecars { get; init; } = true;

    /// <summary>The column (CSV) or field (JSON Lines) that holds the text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>
    /// The largest text file or sidecar read, in bytes, checked before a byte is read; also the longest line of a
    /// JSON Lines or CSV corpus, in characters (those are streamed, so the file itself may be larger).
    /// Default <see cref="TextFile.DefaultMaxBytes"/>.
    /// </summary>
    public long MaxFileBytes { get; init; } = TextFile.DefaultMaxBytes;

    /// <summary>Called when a source is skipped, as it happens (the summary has them all at the end).</summary>
    public Action<SkippedSource>? OnSkipped { get; init; }
}
