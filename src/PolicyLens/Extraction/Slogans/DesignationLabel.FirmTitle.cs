// Round 74 (designation74): the state's titles of firms (制造业单项冠军, 专精特新“小巨人”) written with their national level word
// and their head (国家级专精特新“小巨人”企业742家, shenzhen 2024; 全区国家级专精特新“小巨人”企业、制造业单项冠军企业及国高企业
// 数量相对较少, longgang 2025; 新增国家级单项冠军3个, nanshan 2024). The level names the ministry's title a firm is awarded: the
// golds of the opened sets code the label with its level (国家级专精特新小巨人企业 first in shenzhen 2022/2024/2025, longgang 2025,
// baoan 2024, nanshan 2024; 国家级制造业单项冠军 first in hebei 2025 and guangdong 2025), and the judges read the formula cut from
// its level wrong (单项冠军 in 新增国家级单项冠军3个, mentions-unseen26k-judged.tsv). Round 56's won labels take the level only
// after a verb of winning (新增, 培育); a level right before one of these titles signs it alone. Without a level the title is left
// as found (制造业单项冠军企业, 专精特新“小巨人”企业: judged right bare, 4 of 4 readable places), and a lower grade (省级单项冠军
// 企业) is the formula's, as round 56 left it.
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The national level words a firm's title opens with.
    private static readonly string[] FirmTitleLevels = ["国家级", "国家"];

    // The lexicon canonicals of the state's titles of firms.
    private static readonly string[] FirmTitles = ["制造业单项冠军", "专精特新"];

    // The head of a firm's title (企业); a champion (单项冠军) is a title written without it too (国家级制造业单项冠军132家).
    private const string FirmHead = "企业";

    /// <summary>The spans of the firm titles with their national level the text writes around a lexicon formula (see above).</summary>
    private static IEnumerable<(int Start, int End)> FirmTitleLabels(TextView view, List<MentionCandidate> candidates)
    {
        string text = view.Text;
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind != MentionKind.Lexicon || c.Subtype == Subtype || Array.IndexOf(FirmTitles, c.Canonical) < 0)
            {
                continue;
            }

            // 专精特新“小巨人”, 国家“小巨人”企业: the quoted title's marks around the formula.
            int before = c.Start > 0 && text[c.Start - 1] == '“' ? c.Start - 1 : c.Start;
            int after = c.End < text.Length && text[c.End] == '”' ? c.End + 1 : c.End;
            string? level = EndsWithAny(text, before, FirmTitleLevels);
            // 国家 inside 国家级 is no level of its own; a coordination before the level (…和国家级…) is left to round 56's reading.
            if (level is null || (level == "国家" && string.CompareOrdinal(text, before, "级", 0, 1) == 0))
            {
                continue;
            }

            int start = before - level.Length;
            if (!view.IsBoundary(start))
            {
                continue;
            }

            // The head: 企业 closing the title (a mark, a count, the end or a word boundary after it), or the champion's own words.
            int end;
            if (string.CompareOrdinal(text, after, FirmHead, 0, FirmHead.Length) == 0 && (after + FirmHead.Length >= text.Length || view.IsBoundary(after + FirmHead.Length)))
            {
                end = after + FirmHead.Length;
            }
            else if (text.AsSpan(c.Start, c.End - c.Start).EndsWith(FirmHead, StringComparison.Ordinal) && (after >= text.Length || view.IsBoundary(after)))
            {
                // 国家级单项冠军企业: the lexicon's spelling holds the head.
                end = after;
            }
            else if (c.Canonical == "制造业单项冠军" && text.AsSpan(c.Start, c.End - c.Start).EndsWith("单项冠军", StringComparison.Ordinal)
                && (after >= text.Length || !TextView.IsHan(text[after])))
            {
                end = after;
            }
            else
            {
                continue;
            }

            yield return (start, end);
        }
    }

    // Round 74 (designation74): whether the words at `at` are a unit a level pilot designates (试点医院: the hospital's title).
    private static bool PilotUnitAt(string text, int at) => string.CompareOrdinal(text, at, "医院", 0, 2) == 0;
}
