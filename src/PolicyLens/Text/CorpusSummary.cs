// The counts of a corpus read: what was read, what was skipped and why.
namespace PolicyLens.Text;

/// <summary>What a <see cref="CorpusReader"/> read so far: sources, documents, and every skipped source with its reason.</summary>
public sealed class CorpusSummary
{
    private readonly List<SkippedSource> _skipped = [];

    /// <summary>Files (or rows) read successfully.</summary>
    public int SourcesRead { get; private set; }

    /// <summary>Documents produced (a page split into articles counts each article).</summary>
    public int DocumentsRead { get; private set; }

    /// <summary>Sources that could not be read, in the order met.</summary>
    public IReadOnlyList<SkippedSource> Skipped => _skipped;

    /// <summary><c>12 documents from 10 sources read; 2 skipped</c>.</summary>
    public override string ToString() => $"{DocumentsRead} documents from {SourcesRead} sources read; {_skipped.Count} skipped";

    internal void Read(int documents)
    {
        SourcesRead++;
        DocumentsRead += documents;
    }

    internal void Skip(SkippedSource skipped) => _skipped.Add(skipped);
}
