// Round 88 (heads88): a stem that names a group of people or a class of firms holds an organisation word without being one
// body's project. 大学生 (students: 继续实施大学生乡村医生专项计划, cpc-rural-revitalization-opinion-2025; 实施大学生就业促进计划,
// gwr 2014) and 上市公司 (listed companies: 实施上市公司培育计划, pingshan 2021) name whom a programme serves, not the university
// or the firm that runs it, which the organisation guard (黄淮学院申建省工程…, 资产公司功能性改革) turns away.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Students of a school level and listed companies: people or firms a programme is for, no organisation of their own.
    private static readonly string[] GroupsHoldingOrganisationWords = ["大学生", "中学生", "小学生", "上市公司"];

    // The programme heads a group before them is read for: a 政策 for students (大学生创业扶持政策) is more often a set of
    // measures described than a named policy, so 政策 keeps the organisation guard as it was.
    private static readonly string[] HeadsServingGroups = ["工程", "行动", "计划"];

    // The stem as the organisation guard reads it: for a programme head, the groups above taken out.
    private static string WithoutGroupsServed(string stem, string suffix)
    {
        if (Array.IndexOf(HeadsServingGroups, suffix) < 0)
        {
            return stem;
        }

        foreach (string group in GroupsHoldingOrganisationWords)
        {
            stem = stem.Replace(group, "", StringComparison.Ordinal);
        }

        return stem;
    }

    // A name quoted whole (深入实施“中学生英才计划”, cpc-education-talent-speech-2026; 接续推进“一村一名大学生工程”, jiangxi 2026)
    // is the quoted label's mention already (judged right as quoted); the group read above does not turn it into a policy.
    private static bool IsWrappedInQuotes(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] == '“' && text[end] == '”';
}
