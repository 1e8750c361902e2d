// Round 114 (count114, issue 13): more heads of kind a count label sums its list up with, and the quoted programme label
// after a list of programmes. The codebook's round-47 decision leaves round 27's generic heads open ("a count label whose head
// is a noun of kind (…集群, …本账, …篇文章, …条, …基地 …) written right after its field is one item with the field"); the 2024
// city reports write lists summed by such labels that the start build cut to the bare label or left out: 发展目标、招商目录、
// 重点项目库、骨干企业培育计划、专项政策措施五张清单 and 云网环境、数据共享、通用技术、安全保障四大支撑 (nantong 2024, coded whole),
// 统筹做好生财、聚财、用财“三篇文章” (贺州 2024), 推深做实项目招引、要素保障、风险防范三项机制 (淄博 2024). And a QUOTED “N大工程”
// after a list of as many programmes (深入推进碧水、安澜、富民“三大工程”, 合肥 2024; 实施消费保稳提质、潜能挖掘、供给优化、环境提升
// “四大工程”, 咸宁 2024; numprec114's pool sample read the bare labels wrong, class W-field) is the list with its label, as the
// unquoted one is since round 44; only the national housing list (保障性住房、“平急两用”公共基础设施、城中村改造“三大工程”), whose
// label the coders code bare as the national formula, stays as it was.
namespace PolicyLens.Extraction.Slogans;

internal static partial class SummedListLabel
{
    // Heads of kind beside GenericHeads, read only after a list of as many members (not after 等 alone: OpenList reads N大 + a
    // head of GenericHeads or 工程 only, and CountAfterNamedList's ReadsHead is unchanged).
    private static readonly string[] KindHeads = ["清单", "文章", "机制", "支撑"];

    // The heads read after a list where no finder reports the label (Propose's second pass), quoted and unquoted; built on first
    // use (static fields of partial files are initialised in no set order).
    private static string[]? quotedReadHeads;

    private static string[]? unquotedReadHeads;

    private static string[] QuotedReadHeads => quotedReadHeads ??= [.. GenericHeads, .. KindHeads, ProgrammeHead];

    private static string[] UnquotedReadHeads => unquotedReadHeads ??= [.. GenericHeads, ProgrammeHead, .. KindHeads];

    // Members of the national housing list whose quoted “三大工程” the coders code bare.
    private static readonly string[] HousingMembers = ["保障性住房", "平急两用", "城中村"];

    // Whether the head after numeralAt is one of KindHeads.
    private static bool IsKindHead(string text, int numeralAt, int end) => KindHeads.Contains(HeadOf(text, numeralAt, end), StringComparer.Ordinal);

    // Whether a label read by this file closes its sentence part: not after 等 (科技成果转化等“四大工程”, baoding 2025: a list
    // closed by 等 and then counted is no name, the codebook's round-103 decision; the label stays bare as coded), and not before
    // a word it qualifies (互办实事“双清单”制度, guangdong 2023: the head 制度 belongs to the item, a reading this file does not make).
    private static bool EndsTheItem(string text, int labelStart, int labelEnd)
    {
        int after = labelEnd < text.Length && text[labelEnd] == '”' ? labelEnd + 1 : labelEnd;
        return text[labelStart - 1] != '等' && (after >= text.Length || !TextView.IsHan(text[after]));
    }

    // Whether the list [listStart, labelStart) names a housing programme of the national 三大工程.
    private static bool NamesHousingProgrammes(string text, int listStart, int labelStart) =>
        HousingMembers.Any(m => text.IndexOf(m, listStart, labelStart - listStart, StringComparison.Ordinal) >= 0);
}
