// The kinds a line of a page can be, as PageLayout classifies it.
namespace PolicyLens.Text;

/// <summary>What a line of a page looks like (flags, several may hold).</summary>
[Flags]
internal enum LineKinds
{
    None = 0,
    Terminal = 1,
    Enumerated = 2,
    Parenthetical = 4,
    Byline = 8,
    Date = 16,
    Name = 32,
    Head = 64,
    Title = 128,
}
