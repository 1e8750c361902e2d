// Where the field of a programme whose whole name is quoted opens (round 68, field68): FIELD“LABEL HEAD” (实施社区健身设备夜间
// “点亮工程”, baoan 2024; 坚持招商引资“源动力工程”, luohu 2025; 实施上市“蝶变计划”, hebei 2022) is the same name as
// FIELD“LABEL”HEAD, whose field FieldBefore reads; the codebook's round-43 decision makes the whole name the item, and the
// opened sets' golds code the field with the label (社区健身设备夜间点亮工程 | 点亮工程, 上市蝶变计划 | 蝶变计划).
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Heads that close a programme's whole name inside the marks (“点亮工程”, “苗圃计划”, “璀璨行动”).
    private static readonly string[] QuotedProgrammeHeads = ["工程", "计划", "行动"];

    /// <summary>
    /// The start of the field written right before the quoted programme name opening at <paramref name="open"/> and closing
    /// at <paramref name="close"/>, read as FieldBefore reads the field of a label before its head; -1 when the content ends
    /// with no programme head or no field stands before it.
    /// </summary>
    internal static int QuotedProgrammeFieldStart(TextView view, int open, int close)
    {
        string text = view.Text;
        if (open == 0 || !TextView.IsHan(text[open - 1]) || close - open - 1 < 3
            || !QuotedProgrammeHeads.Any(head => text.AsSpan(open + 1, close - open - 1).EndsWith(head, StringComparison.Ordinal)))
        {
            return -1;
        }

        // A count label (“七大工程”, “双千工程”) is NumberedFinder's (QuotedCountLabelFieldStart reads its field); a name whose
        // label before the head is as long as an unquoted name's modifier (“产业强市倍增计划”, baoding 2022) is the policy
        // finder's own, read whole in the marks.
        if (CountOpening().IsMatch(text.AsSpan(open + 1, close - open - 1)) || close - open - 1 - 2 >= MinStemLength)
        {
            return -1;
        }

        // A label named by a count of people (“万人计划”, “百人计划”: the national talent programmes' names) or by a rank
        // (“头号工程”) is left bare: round 68's unread judges read 毕业生就业能力培训“万人计划” and 工业经济“头号工程” wrong with their field
        // (the canonical names another programme, or a rank that names none), where the held-out judges had read the bare
        // labels right.
        if (PeopleCountOrRank().IsMatch(text.AsSpan(open + 1, close - open - 1)))
        {
            return -1;
        }

        // Only a field the name's introducing verb governs (实施|社区健身设备夜间“点亮工程”), or one that opens the next member
        // of a list of names (实施新兴产业“倍增计划”和|未来产业“苗圃计划”): at a clause's start the run before the marks is a verb
        // of its own (学习运用“千万工程”经验; 开展有组织的科研，系统实施“2030启航计划”).
        int start = FieldBefore(view, open);
        if (start >= open)
        {
            return -1;
        }

        // A field that is itself a programme's name holds the quoted one (整体提升教育水平攻坚行动“七大工程”), and a quoted name
        // that a longer name continues after the marks (“百千万工程”集成式改革) is the policy finder's, read from the quote.
        if (Suffixes.Any(head => text.AsSpan(start, open - start).EndsWith(head, StringComparison.Ordinal)) || ContinuesIntoName(text, close))
        {
            return -1;
        }

        // A place written first is where the programme is carried out, not its field (round 26): 六盘山“山水工程”,
        // 南部典型热带区域“山水工程” (round 68's unread changes, both judges: the bare national 山水工程 is the item).
        if (EndsWithPlace(text.AsSpan(start, open - start)))
        {
            return -1;
        }

        int k = view.TokenIndexAt(start - 1);
        bool governed = start > 0 && k >= 0 && view.Tokens[k].End == start && OpensQuotedNameField(view, k, start);
        return governed || OpensListMember(text, start) ? start : -1;
    }

    // Whether a programme head (Suffixes) is written in the phrase that runs on after the closing mark at `close`, before the
    // next mark of punctuation or quotation, or a conjunction that opens the next name (“玉如意计划”和贷款畅通工程, gansu 2026),
    // at most MaxContinuation characters.
    private static bool ContinuesIntoName(string text, int close)
    {
        int end = close + 1;
        while (end < text.Length && end - close - 1 < MaxContinuation && TextView.IsHan(text[end]) && text[end] is not ('和' or '与' or '及'))
        {
            end++;
        }

        string after = text[(close + 1)..end];
        return Suffixes.Any(head => after.Contains(head, StringComparison.Ordinal));
    }

    private const int MaxContinuation = 10;

    // Whether a field ends in a place: a region's short name (渝西 is no field of its own), or a word of administrative or
    // natural geography (省, 县, 州, 山, 区域, 地区, 流域, 片区; not 市, which ends 上市, the field of listing programmes).
    private static bool EndsWithPlace(ReadOnlySpan<char> field)
    {
        if (Text.Regions.ShortNameSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(field)
            || (field.Length > 1 && field[^1] is '省' or '县' or '州' or '山'))
        {
            return true;
        }

        foreach (string ending in PlaceEndings)
        {
            if (field.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlaceEndings = ["区域", "地区", "流域", "片区"];

    [System.Text.RegularExpressions.GeneratedRegex("^[一二两三四五六七八九十百千万双]{1,3}[一二两三四五六七八九十百千万大个项条]")]
    private static partial System.Text.RegularExpressions.Regex CountOpening();

    [System.Text.RegularExpressions.GeneratedRegex("^(?:[一二两三四五六七八九十百千万]{1,3}[人名]|头号)")]
    private static partial System.Text.RegularExpressions.Regex PeopleCountOrRank();
}
