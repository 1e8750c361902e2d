namespace PolicyLens.Analysis;

/// <summary>
/// One mention of a counted item in a document, located in the document's normalised text: a formula, a named policy,
/// a titled document or a target statement. The counting unit of every table is the mention.
/// </summary>
/// <param name="Item">What is mentioned.</param>
/// <param name="Surface">The words as they stand in the text (<c>稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期</c> for 六稳).</param>
/// <param name="Theme">The item's policy theme, when its source knows one.</param>
/// <param name="Start">Offset of the first character in the normalised text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Confidence">How likely a reader is to judge the mention right, 0 to 1, where its source scores one (a formula's
/// <see cref="Extraction.Slogans.SloganMention.Confidence"/>); null for a source that does not (targets).</param>
public sealed record ItemMention(ItemKey Item, string Surface, string? Theme, int Start, int End, double? Confidence = null);
