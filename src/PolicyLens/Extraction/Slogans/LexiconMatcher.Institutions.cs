// The lexicon guards of round 64 (institution64, issue 13): a formula written as the first words of the proper name of an
// institution — a centre (…中心) or a self-governing body (…自治组织) — is a word of that name, which the codebook does not
// count as a use of the formula (round 35's reading of …委员会, round 36's of …产业园 names, round 37's of …学院, round 60's
// of …创新中心/…促进中心).
namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    // Round 64 (institution64): a formula written right before 中心 names a centre (省中医院中医药传承创新中心, 国家中医药传承
    // 创新中心: gansu, guangdong 2024, sichuan 2026; 平安建设中心: futian 2023, longhua 2024; 社会治安综合治理中心: guizhou
    // 2026; 智能制造中心: baoan 2024, guangdong 2024; 全国碳市场中心: hubei 2026). Of the ten readable places of that shape
    // the tool reported, nine are left uncoded by their gold or judged wrong (one, 医养结合中心 of zhumadian 2025, is coded).
    // 中心 that begins a longer word is no head: 中心城市/中心城区 (粤港澳大湾区中心城市之一), 中心任务 (中国式现代化中心任务),
    // 中心环节, 中心工作, 中心区, 中心村, 中心镇. A word between the formula and 中心 (…技术创新中心, …县级支中心, 粤港澳大湾区
    // 国际仲裁中心) is left alone: there the golds read both ways.
    private static readonly string[] LongerWordsOfCentre =
        ["中心城", "中心任务", "中心环节", "中心工作", "中心区", "中心村", "中心镇", "中心课题", "中心地位", "中心位置", "中心思想"];

    //
    // 研究院 right after a formula is read the same way, as round 37 read 学院: 工业互联网研究院 (zhumadian 2023), 粤港澳大湾区
    // 数字经济研究院 (shenzhen 2025), 国家未来产业研究院 (the 15th five-year outline): the three readable places, none coded.
    private static bool NamesAnInstitutionsCentre(string text, int end) =>
        string.CompareOrdinal(text, end, "中心", 0, 2) == 0 && !Affixes.StartsWithAny(text.AsSpan(end), LongerWordsOfCentre)
        || string.CompareOrdinal(text, end, "研究院", 0, 3) == 0;

    // Round 64 (institution64): a formula ending in 自治 written right before 组织 names the self-governing bodies themselves
    // (村民自治组织, the village committees: gwr 1988 许多村民自治组织逐步发挥…, gwr 1998 村民自治组织建设, the 15th five-year
    // outline 推进村民自治组织规范化建设), never the practice of self-government the formula names; all three readable places
    // are judged wrong or left uncoded. (Round 60 measured 组织 after any formula and left it: 两新组织 is coded elsewhere.)
    private static bool NamesASelfGoverningBody(string text, int end) =>
        end >= 2 && string.CompareOrdinal(text, end - 2, "自治组织", 0, 4) == 0;
}
