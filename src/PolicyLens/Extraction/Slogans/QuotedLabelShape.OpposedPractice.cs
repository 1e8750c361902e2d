// Round 43 (sayings43, issue 13): quoted words that name no policy because the text opposes what they name (坚决反对“天然大树
// 进城”、“一夜成景”, gd-lvmei-decision). Both blind judges of unseen26 read them wrong as items, and its coders leave them
// uncoded. Not 防止出现 (防止出现“数字出官、官出数字”的恶性循环, cpc-seminar-speech-2026): unseen26b's two blind judges read that
// label wrong, but the development judge of round 36 (mentions-dev-quoted36.tsv) read it right — a judges' disagreement for the
// lead, not a rule.
// Labels the lexicon lists are not asked (反对“四风”, 不搞“形象工程”: the party's style rules, coded).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The verb that sets the quoted words up as something the text opposes, written right before the opening mark (or before
    // the first label of a run joined by 、; 坚决反对 included). 防止, 遏制 and 破除 are not here: what they take is often the
    // policy itself (防止“非粮化”, which the development and unseen26f golds code).
    private const string OpposingVerb = "反对";

    // How long a label of the run may be when walking back to its first opening mark.
    private const int OpposedRunLabelLength = 20;

    /// <summary>
    /// Whether the label opening at <paramref name="open"/> names a practice the text opposes: the run of quoted labels it
    /// stands in (“…”、“…”) follows 反对 (坚决反对“天然大树进城”、“一夜成景”, gd-lvmei-decision).
    /// </summary>
    internal static bool NamesAnOpposedPractice(string text, int open)
    {
        int first = RunStart(text, open, OpposedRunLabelLength);
        return first >= OpposingVerb.Length && string.CompareOrdinal(text, first - OpposingVerb.Length, OpposingVerb, 0, OpposingVerb.Length) == 0;
    }

    /// <summary>
    /// The opening mark of the first label in the run of quoted labels that the label opening at <paramref name="open"/> ends
    /// (“…”“…” or “…”、“…”, each at most <paramref name="maxLabelLength"/> characters); <paramref name="open"/> when it stands alone.
    /// </summary>
    internal static int RunStart(string text, int open, int maxLabelLength)
    {
        int first = open;
        while (first >= 2 && (text[first - 1] == '”' || (text[first - 1] == '、' && text[first - 2] == '”')))
        {
            int previousClose = text[first - 1] == '”' ? first - 1 : first - 2;
            int previousOpen = text.LastIndexOf('“', previousClose - 1, Math.Min(previousClose, maxLabelLength + 1));
            if (previousOpen < 0)
            {
                break;
            }

            first = previousOpen;
        }

        return first;
    }
}
