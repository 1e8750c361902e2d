// Finds the opinions, decisions, resolutions and notices of state and party bodies named by their full title without 《》
// (落实国务院关于支持贵州在新时代西部大开发上闯新路的意见, guizhou 2026; 落实中央关于加快建设全国统一大市场的意见, shenzhen 2022;
// 十二届三中全会通过了关于经济体制改革的决定, cpc-congress 1992; the heading 中共中央 国务院关于…的意见 of a central document).
// The codebook codes titled documents with or without 《》, and the readable golds code such a title whole at 7 of the 8 places
// they cover (round 86, longer86: the eighth, guangdong 2023's 省委关于深入学习贯彻党的二十大精神的决定, is uncoded); the build
// reported only the formula inside it (节能降碳, 全国统一大市场, 新时代西部大开发), a part the count rule leaves to the title.
// A title is 关于 + its subject + 的 + the kind of document (意见, 决定, 决议, 通知 and their longer spellings), with the issuing
// body written right before it (国务院, 中共中央 国务院, 省委) taken into the name as the golds code it. 意见 is also anyone's
// opinion (征求群众关于…的意见), so a title is read only where the issuer stands before it, where a verb of issuing, adopting
// or carrying out a document does (落实, 贯彻, 作出, 通过的, 根据 …), where it is a line of its own (a document's heading), or where it
// continues a list of such titles after ，/、. Reports, proposals and regulations (…的报告, …的建议, …的规定) are left out: the
// golds leave a county government's reports and a party committee's proposal uncoded at every covered place.
namespace PolicyLens.Extraction.Slogans;

internal static class UnmarkedTitleFinder
{
    /// <summary>The subtype of a title found here (<see cref="SloganMention.Subtype"/>).</summary>
    public const string Subtype = "unmarked";

    private const string About = "关于";

    // The kinds of document a title names, longest first so that 实施意见 wins over 意见.
    private static readonly string[] Kinds = ["实施意见", "指导意见", "若干意见", "意见", "决定", "决议", "通知"];

    // Characters a kind may not run on into: 决定性, 通知书, 意见箱 are other words.
    private const string WordContinuations = "性书箱者权稿";

    // The issuing bodies a title may open with, longest first (中共中央办公厅 before 中共中央 before 中央).
    private static readonly string[] Issuers =
    [
        "中共中央办公厅", "国务院办公厅", "全国人大常委会", "省委办公厅", "省政府办公厅", "中共中央", "中央办公厅", "中央军委", "党中央",
        "国务院", "中央", "省委", "省政府", "市委", "市政府",
    ];

    // What may join two issuers (中共中央 国务院, 中共中央办公厅 国务院办公厅, 中共中央和国务院, 党中央、国务院).
    private const string IssuerJoins = " 　、和";

    // The verbs that issue, adopt or carry out a document, written right before an issuer-less title.
    private static readonly string[] Verbs =
    [
        "落实", "贯彻", "执行", "出台", "印发", "制定", "发布", "颁布", "作出", "作出了", "通过", "通过了", "通过的", "根据", "按照",
        "依据", "遵照", "拥护", "批准", "学习", "所作的",
        // 十二届六中全会关于精神文明建设的决议: the plenum that adopted it, named before the title but no part of it; and a
        // ministry's letterhead (国家发展改革委 工业和信息化部 国家能源局 / 关于开展零碳园区建设的通知: the view joins the
        // heading's lines), which the gold leaves out of the title's name.
        "全会", "大会", "局", "部",
    ];

    // The longest subject read between 关于 and 的 + kind.
    private const int MaxSubject = 60;

    // The shortest subject (关于经济体制改革的决定 has six characters).
    private const int MinSubject = 2;

    /// <summary>Adds a titled candidate for every full 关于…的 title of a document written without 《》.</summary>
    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        int previousEnd = -1;
        for (int about = text.IndexOf(About, StringComparison.Ordinal); about >= 0; about = text.IndexOf(About, about + About.Length, StringComparison.Ordinal))
        {
            int end = TitleEnd(text, about + About.Length);
            if (end < 0 || InsideTitleMarks(text, about))
            {
                continue;
            }

            int start = IssuerStart(text, about);
            if (!OpensTitle(text, start, end, start < about, previousEnd))
            {
                continue;
            }

            string title = string.Concat(text.AsSpan(start, end - start).ToString().Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '‘' or '’')));
            into.Add(new MentionCandidate(MentionKind.Titled, start, end, title) { Subtype = Subtype });
            previousEnd = end;
            about = end - About.Length;
        }
    }

    // Where the title whose subject starts at `subject` ends (after 的 + a kind of document), or -1: the subject holds no
    // sentence punctuation, line break or title mark.
    private static int TitleEnd(string text, int subject)
    {
        int limit = Math.Min(text.Length, subject + MaxSubject + 1);
        for (int i = subject; i < limit; i++)
        {
            char c = text[i];
            if (c is '，' or '。' or '；' or '：' or '！' or '？' or '\n' or '\r' or '《' or '》' or ',' or ';')
            {
                return -1;
            }

            if (c != '的' || i < subject + MinSubject)
            {
                continue;
            }

            foreach (string kind in Kinds)
            {
                int end = i + 1 + kind.Length;
                if (string.CompareOrdinal(text, i + 1, kind, 0, kind.Length) == 0
                    && (end >= text.Length || !WordContinuations.Contains(text[end], StringComparison.Ordinal)))
                {
                    return end;
                }
            }
        }

        return -1;
    }

    // Where the issuers written right before 关于 start (中共中央 国务院关于…), or `about` when none is.
    private static int IssuerStart(string text, int about)
    {
        int start = about;
        int at = about;
        while (true)
        {
            string? issuer = Issuers.FirstOrDefault(i => at >= i.Length && string.CompareOrdinal(text, at - i.Length, i, 0, i.Length) == 0);
            if (issuer is null)
            {
                return start;
            }

            start = at - issuer.Length;
            at = start;
            // At most two joining characters between two issuers (中共中央办公厅 国务院办公厅, 党中央、国务院).
            while (at > 0 && at > start - 2 && IssuerJoins.Contains(text[at - 1], StringComparison.Ordinal))
            {
                at--;
            }
        }
    }

    // Whether the title at [start, end) is a document's name and not anyone's opinion: an issuer opens it, or a verb of
    // issuing or carrying out stands right before it, or it is a line of its own (a document's heading: a section heading
    // 关于国内建设 runs on into its text, gwr 1984), or it continues a list of titles (…的决定，关于…).
    private static bool OpensTitle(string text, int start, int end, bool hasIssuer, int previousEnd)
    {
        if (hasIssuer)
        {
            return true;
        }

        if (IsLineEdge(text, start, -1) && IsLineEdge(text, end, +1))
        {
            return true;
        }

        if (previousEnd >= 0 && start == previousEnd + 1 && text[previousEnd] is '，' or '、')
        {
            return true;
        }

        return Verbs.Any(v => start >= v.Length && string.CompareOrdinal(text, start - v.Length, v, 0, v.Length) == 0);
    }

    // Whether only spaces stand between `at` and the line's start (direction -1) or end (+1).
    private static bool IsLineEdge(string text, int at, int direction)
    {
        for (int i = direction < 0 ? at - 1 : at; i >= 0 && i < text.Length; i += direction)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }

            if (text[i] is not (' ' or '　' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // Whether `at` stands inside 《…》 on its line (TitledFinder reads those, up to its MaxLength). The open mark is looked
    // for only that far back, so a long text with many 关于 and few marks is not read again for each 关于.
    private static bool InsideTitleMarks(string text, int at)
    {
        int from = Math.Max(0, at - TitledFinder.MaxLength - 1);
        int open = text.LastIndexOf('《', at, at - from + 1);
        if (open < 0)
        {
            return false;
        }

        int close = text.IndexOf('》', open);
        int line = text.IndexOf('\n', open);
        return close > at && (line < 0 || close < line);
    }
}
