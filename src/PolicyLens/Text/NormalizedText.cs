// The result of normalisation: the clean text, the way back to the original, and what was changed.
namespace PolicyLens.Text;

/// <summary>A normalised text with its original, the offset map between them and every repair made.</summary>
/// <param name="Original">The text as decoded.</param>
/// <param name="Text">The normalised text every later stage works on.</param>
/// <param name="Map">Offsets of <paramref name="Text"/> → offsets of <paramref name="Original"/>, and back.</param>
/// <param name="Repairs">Every change, in original order, with its place in both texts.</param>
public sealed record NormalizedText(string Original, string Text, OffsetMap Map, IReadOnlyList<TextRepair> Repairs)
{
    /// <summary>How many repairs of <paramref name="kind"/> were made.</summary>
    public int Count(RepairKind kind)
    {
        int n = 0;
        for (int i = 0; i < Repairs.Count; i++) // by index: foreach through the interface was generic code the JIT compiled at start-up
        {
            TextRepair r = Repairs[i];
            if (r.Kind == kind)
            {
                n++;
            }
        }

        return n;
    }
}
