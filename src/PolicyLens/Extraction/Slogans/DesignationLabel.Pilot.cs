// Round 67 (designation67): a pilot programme written as a formula and 试点 (开展首批15个以县城为重要载体的新型城镇化建设试点,
// guangdong 2025; 宣读了第三批…建设试点). The golds of the readable texts
// code the pilot where a sign of a designation stands right before it (a round or count of pilots, a level word, a verb of
// applying or winning: 8 of 8 coded places), and the judges read the formula alone there as cut from it (the codebook's round-17
// decision: a designation applied for or awarded is the item). Without such a sign the golds are split (抓好城乡融合发展试点 and
// 推进制度型开放试点 code the formula, 深化以县城为重要载体的新型城镇化建设试点 the pilot): the formula is left as found there.
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The head of a pilot: the signed head read by PilotSigned.
    private const string PilotHead = "试点";

    // Words after 试点 that make it part of a longer name or a demonstration (盐碱地综合利用试点示范, read right as the formula by
    // the coders of hebei 2024): not a pilot's label that ends there.
    private static readonly string[] PilotRunOns = ["示范", "经验"];

    // The levels that open a pilot's label, right before the formula. Not 全省 or 全市: a scope (推进全省低效用地再开发试点,
    // whose gold codes the pilot without it).
    private static readonly string[] PilotLevels = ["国家级", "国家", "全国", "省级", "市级"];

    // Whether the head ending at `end` is a bare pilot (试点).
    private static bool IsPilotHead(string text, int end) =>
        end >= PilotHead.Length && string.CompareOrdinal(text, end - PilotHead.Length, PilotHead, 0, PilotHead.Length) == 0;

    // Whether the pilot label at [labelStart, end) around the formula at `start` is signed as a designation: a round or count of
    // pilots right before the formula (首批, 第三批, 15个), a level word right before it (开展省级碳达峰试点, zhumadian 2024),
    // or a verb of applying or winning. A modifier between the count and the formula (2个县新农保试点, zhumadian 2011: the
    // counties the pilot runs in) is no part of the pilot's name: left as found. Nor is a pilot that runs on (…试点示范).
    private static bool PilotSigned(string text, int start, int end, int labelStart, bool level, bool creation, bool count)
    {
        if (Array.Exists(PilotRunOns, w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0))
        {
            return false;
        }

        // Round 61's paired levels (加快国家、省级城市更新试点建设, heilongjiang 2026; 推进国家和省级生态产品价值实现机制试点, sichuan
        // 2026, the formula judged right there) make no label: DesignationRound61Tests.
        if (level)
        {
            return Array.IndexOf(PilotLevels, text[labelStart..start]) >= 0 && !(labelStart > 0 && text[labelStart - 1] is '、' or '和' or '及' or '与');
        }

        return (creation || count) && labelStart == start;
    }
}
