// One change made by normalisation, with where it happened in both texts.
namespace PolicyLens.Text;

/// <summary>
/// One change made by normalisation: the original span <c>[OriginalStart, OriginalStart + OriginalLength)</c> became the
/// normalised span <c>[NormalizedStart, NormalizedStart + NormalizedLength)</c>. Runs of the same one-for-one change
/// (a run of full-width digits) are recorded as one repair.
/// </summary>
/// <param name="Kind">What was changed.</param>
/// <param name="OriginalStart">Where the change starts in the original text.</param>
/// <param name="OriginalLength">How many original characters it covers.</param>
/// <param name="NormalizedStart">Where the result starts in the normalised text.</param>
/// <param name="NormalizedLength">How many normalised characters it produced (0 for a removal).</param>
public readonly record struct TextRepair(RepairKind Kind, int OriginalStart, int OriginalLength, int NormalizedStart, int NormalizedLength)
{
    /// <summary>
    /// <paramref name="repairs"/> in the order <c>Array.Sort(repairs, comparison)</c> gives, ties included, sorted as
    /// positions (<see cref="SortedPositions"/>: a sort over this struct was compiled by the JIT at every run).
    /// </summary>
    internal static TextRepair[] Sorted(TextRepair[] repairs, Comparison<TextRepair> comparison)
    {
        int[] order = SortedPositions.Of(repairs.Length, (a, b) => comparison(repairs[a], repairs[b]));
        var sorted = new TextRepair[repairs.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = repairs[order[i]];
        }

        return sorted;
    }
}
