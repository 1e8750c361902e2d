// Finds documents of state, party and international bodies named in 《…》 and types them by the title's last word,
// after dropping a trailing status such as （草案） or （试行）. Titles of other things (《人民日报》, a book, a film)
// are not reported.
namespace PolicyLens.Extraction.Slogans;

internal static class TitledFinder
{
    // The longest title read between 《 and 》 (UnmarkedTitleFinder looks this far back for an open mark).
    internal const int MaxLength = 100;

    private static readonly (string Ending, TitledDocumentType Type)[] Endings =
    [
        ("办法", TitledDocumentType.Regulation),
        ("条例", TitledDocumentType.Regulation),
        ("规定", TitledDocumentType.Regulation),
        ("细则", TitledDocumentType.Regulation),
        ("规则", TitledDocumentType.Regulation),
        ("规划", TitledDocumentType.Plan),
        ("纲要", TitledDocumentType.Plan),
        ("计划", TitledDocumentType.Plan),
        ("意见", TitledDocumentType.Opinion),
        ("决定", TitledDocumentType.Decision),
        ("决议", TitledDocumentType.Decision),
        ("方案", TitledDocumentType.Programme),
        ("报告", TitledDocumentType.Report),
        ("条约", TitledDocumentType.Treaty),
        ("公约", TitledDocumentType.Treaty),
        ("协定", TitledDocumentType.Treaty),
        ("协议", TitledDocumentType.Treaty),
        ("宣言", TitledDocumentType.Treaty),
        ("议定书", TitledDocumentType.Treaty),
        ("公报", TitledDocumentType.Treaty),
        ("宪章", TitledDocumentType.Treaty),
        ("章程", TitledDocumentType.Regulation),
        ("准则", TitledDocumentType.Regulation),
        ("通知", TitledDocumentType.Opinion),
        ("通告", TitledDocumentType.Opinion),
        ("指引", TitledDocumentType.Opinion),
        ("清单", TitledDocumentType.Programme),
        ("白皮书", TitledDocumentType.Report),
        ("建议", TitledDocumentType.Opinion),
        ("标准", TitledDocumentType.Regulation),
        ("法", TitledDocumentType.Law),
    ];

    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = text.IndexOf('《'); i >= 0 && i < text.Length; i = text.IndexOf('《', i + 1))
        {
            // Searches reach no further than a title can be long, so a run of unclosed 《 stays linear.
            int window = Math.Min(MaxLength + 1, text.Length - i - 1);
            int end = text.IndexOf('》', i + 1, window);
            int nextOpen = text.IndexOf('《', i + 1, window);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end) || end - i - 1 > MaxLength || end == i + 1)
            {
                continue;
            }

            string title = string.Concat(text.AsSpan(i + 1, end - i - 1).ToString().Where(c => !char.IsWhiteSpace(c)));
            if (title.Length == 0)
            {
                continue;
            }

            // Only documents of state, party and international bodies: a newspaper, book, film or song (type Other) is
            // not a titled document in the sense researchers count.
            TitledDocumentType type = TypeOf(title);
            if (type == TitledDocumentType.Other)
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Titled, i, end + 1, title)
            {
                Subtype = type.ToString().ToLowerInvariant(),
            });
        }
    }

    // 《纲要草案》, 《建议》, 《纲要（草案）》: a back-reference to a document named in full earlier, by its kind alone.
    private static readonly HashSet<string> BareKinds = new(StringComparer.Ordinal)
    {
        "纲要", "建议", "意见", "决定", "决议", "规划", "报告", "方案", "条例", "办法", "通知", "计划", "规定", "规划纲要", "实施方案", "实施意见", "实施办法", "实施细则",
    };

    internal static TitledDocumentType TypeOf(string title)
    {
        string core = StripStatus(title);
        if (BareKinds.Contains(core))
        {
            return TitledDocumentType.Other;
        }

        foreach ((string ending, TitledDocumentType type) in Endings)
        {
            if (core.EndsWith(ending, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return TitledDocumentType.Other;
    }

    // 《…条例（草案）》, 《…办法(试行)》: the status in brackets is not the document's type (nor part of the core a short
    // title refers to, AliasMentionFinder).
    internal static string StripStatus(string title)
    {
        string core = title;
        while (core.Length > 0 && core[^1] is ')' or '）')
        {
            int open = core.AsSpan().LastIndexOfAny('(', '（');
            if (open <= 0)
            {
                break;
            }

            core = core[..open];
        }

        return core.EndsWith("草案", StringComparison.Ordinal) && core.Length > 2 ? core[..^2] : core;
    }
}
