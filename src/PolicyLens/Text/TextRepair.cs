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
public readonly record struct TextRepair(RepairKind Kind, int OriginalStart, int OriginalLength, int NormalizedStart, int NormalizedLength);
