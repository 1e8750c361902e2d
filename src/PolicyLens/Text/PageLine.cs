// One non-blank line of a page with its kinds.
namespace PolicyLens.Text;

/// <summary>One non-blank line: its span (spaces at either end excluded) and its kinds.</summary>
internal readonly record struct PageLine(int Start, int End, LineKinds Kinds)
{
    internal int Length => End - Start;

    /// <summary>A line that marks the one before it as a title.</summary>
    internal bool IsMarker => Is(LineKinds.Byline) || Is(LineKinds.Parenthetical) || Is(LineKinds.Date) || Is(LineKinds.Name);

    internal bool Is(LineKinds kind) => (Kinds & kind) != 0;

    internal PageLine With(LineKinds kind) => this with { Kinds = Kinds | kind };
}
