// One article of a page as PageSplitter found it.
namespace PolicyLens.Text;

/// <summary>One article of a page: its span in the page's normalised text and what its header says.</summary>
/// <param name="Start">Where the article starts.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Title">Its title lines joined by a space, or null.</param>
/// <param name="Date">The date of its date line.</param>
/// <param name="Speaker">The name on its name line.</param>
/// <param name="HeaderLines">All header lines (title, subtitle, date, name, parenthetical).</param>
/// <param name="BodyStart">Where its body starts.</param>
/// <param name="Untitled">Found by a second resolution opening: the page lost its title.</param>
internal sealed record ArticleLayout(int Start, int End, string? Title, DateOnly? Date, string? Speaker, IReadOnlyList<string> HeaderLines,
    int BodyStart, bool Untitled);
