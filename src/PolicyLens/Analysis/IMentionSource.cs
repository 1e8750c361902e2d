using PolicyLens.Text;

namespace PolicyLens.Analysis;

/// <summary>
/// Finds the mentions of one family of items in a document. The analysis composes several sources (targets, slogans,
/// a user's own), each independent of the others; a new kind of item is a new source, not a flag in the analysis.
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface IMentionSource
{
    /// <summary>The mentions in <paramref name="document"/>, located in its normalised text, in any order.</summary>
    IEnumerable<ItemMention> FindMentions(Document document);
}
