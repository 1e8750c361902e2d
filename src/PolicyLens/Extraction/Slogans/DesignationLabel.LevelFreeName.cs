// Round 79 (level79): the name of a designation without the level word written before it, carried as the mention's Label. The
// codebook's round-46 decision puts the level word (国家, 国家级, 全国, 省级 …) into the designation's span and its canonical keeps
// the national one (国家级二轮土地延包整县试点), but the coders of the opened sets name a designation as often without it (hebei
// 2023-2025: 二轮土地延包整县试点 | 二轮土地延包; 宅基地制度改革试点; 跨境贸易便利化试点; guangming 2025: 绿色工厂 beside 市级绿色
// 工厂 in the text), so a mention at the coded place, of the coded item, went uncredited. The span and the canonical stay as they
// are (national and provincial titles stay apart under their canonicals: 国家级绿色工厂, 省级绿色工厂); only a mention with no
// Label yet takes the level-free name, so a formula inside that names the programme (专精特新 in 国家级专精特新小巨人企业) keeps
// its place as the Label.
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The level words a designation's name may open with, longest first (国家级 before 国家). Not 国省 (国省乡村振兴重点帮扶县: two
    // levels at once, the pair names the list) nor a county's or district's own grade, which the readable texts do not write
    // before a designation.
    // Round 114 (desig114): a bare 省 a won label opens with (省公交优先示范城市 | 公交优先示范城市, nantong 2024's gold), last.
    private static readonly string[] NameLevels = ["自治区级", "国家级", "国家", "全国", "省级", "市级", "全省", "全市", "省"];

    // A level-free name is at least a field and a head (绿色工厂, 物流枢纽); a shorter rest (实验室, 高新区) is only the head.
    private const int MinLevelFreeName = 4;

    // Level-free rests that are only a head with a word of kind (示范基地 in 全国示范基地, 改革试点, 示范试点): no designation's name.
    private static readonly string[] BareHeads = ["示范基地", "改革试点", "示范试点"];

    // Words 国家 opens as part of a name of its own, where it is no level (国家安全屏障: national security, 国家公园品牌提升试点: the
    // national parks, 国家学院建设试点: the national colleges of engineers), which the segmenter does not always join.
    private static readonly string[] NationalTerms = ["安全", "公园", "学院"];

    /// <summary>
    /// The name of the designation at [start, start + canonical's length) without the level word it opens with (二轮土地延包整县
    /// 试点 for 国家级二轮土地延包整县试点), or empty: no level word, a rest too short to be a name or only a head (示范基地), or a
    /// level word that is part of a longer word (全国性铁路枢纽: 全国性, which the segmenter reads; 国家安全屏障: NationalTerms), so is
    /// no level of the label.
    /// </summary>
    /// <remarks>Empty too where a formula inside already names the designation without its level (海洋经济发展示范区, a lexicon
    /// designation, in 全国海洋经济发展示范区): that formula is its own nested mention, which a Label of the same name would hide
    /// from the nested count (the extractor does not count a holder's own label again), and the lexicon's first appearances
    /// are read from it.</remarks>
    internal static string LevelFreeName(TextView view, int start, string canonical, List<MentionCandidate> candidates, int end)
    {
        string name = LevelFreeNameOf(view, start, canonical);
        return name.Length > 0 && candidates.Exists(c => c.Subtype != Subtype && c.Start >= start && c.End <= end && c.Canonical == name) ? "" : name;
    }

    private static string LevelFreeNameOf(TextView view, int start, string canonical)
    {
        foreach (string level in NameLevels)
        {
            if (!canonical.StartsWith(level, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = canonical[level.Length..];
            string text = view.Text;
            // The level must stand as its own word where the text writes it (the canonical drops only spaces and marks, so the
            // level's end in the text is start + its length when the label opens on it).
            bool ownWord = string.CompareOrdinal(text, start, level, 0, level.Length) == 0 && view.IsBoundary(start + level.Length);
            bool term = level == "国家" && Array.Exists(NationalTerms, t => rest.StartsWith(t, StringComparison.Ordinal));
            bool name = rest.Length >= MinLevelFreeName && ownWord && !term && Array.IndexOf(BareHeads, rest) < 0
                && !rest.StartsWith('性') && !rest.StartsWith('的') && !rest.Contains("首个", StringComparison.Ordinal);
            return name ? rest : "";
        }

        return "";
    }
}
