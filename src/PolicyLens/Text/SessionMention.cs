// Where a session name occurs in a text.
namespace PolicyLens.Text;

/// <summary>A session name found in a text: the key it names and where it is.</summary>
/// <param name="Key">The session.</param>
/// <param name="Start">Where the name starts in the searched text.</param>
/// <param name="Length">The name's length.</param>
public readonly record struct SessionMention(SessionKey Key, int Start, int Length);
