// Round 43 (sayings43, issue 13): quoted words that name no policy because the text opposes what they name (坚决反对“天然大树
// 进城”、“一夜成景”; 防止出现“数字出官、官出数字”的恶性循环). The blind judges of the opened unseen sets read them wrong as items,
// and the coders of those texts leave them uncoded (a development judge of round 36 read 数字出官、官出数字 right).
// Labels the lexicon lists are not asked (反对“四风”, 不搞“形象工程”: the party's style rules, coded).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Verbs that set the quoted words up as something the text opposes or wants never to happen, written right before the
    // opening mark (or before the first label of a run joined by 、). 防止, 遏制 and 破除 alone are not here: what they take is
    // often the policy itself (防止“非粮化”, which the development and unseen26f golds code).
    private static readonly string[] OpposingVerbs = ["反对", "防止出现", "避免出现", "杜绝出现"];

    // How long a label of the run may be when walking back to its first opening mark.
    private const int OpposedRunLabelLength = 20;

    /// <summary>
    /// Whether the label opening at <paramref name="open"/> names a practice the text opposes: the run of quoted labels it
    /// stands in (“…”、“…”) follows one of <see cref="OpposingVerbs"/> (坚决反对“天然大树进城”、“一夜成景”, gd-lvmei-decision;
    /// 防止出现“数字出官、官出数字”的恶性循环, cpc-seminar-speech-2026).
    /// </summary>
    internal static bool NamesAnOpposedPractice(string text, int open)
    {
        int first = open;
        while (first >= 2 && (text[first - 1] == '”' || (text[first - 1] == '、' && text[first - 2] == '”')))
        {
            int previousClose = text[first - 1] == '”' ? first - 1 : first - 2;
            int previousOpen = text.LastIndexOf('“', previousClose - 1, Math.Min(previousClose, OpposedRunLabelLength + 1));
            if (previousOpen < 0)
            {
                break;
            }

            first = previousOpen;
        }

        return OpposingVerbs.Any(v => first >= v.Length && string.CompareOrdinal(text, first - v.Length, v, 0, v.Length) == 0);
    }
}
