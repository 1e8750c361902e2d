// Recognises a province's flow and brand labels in quote marks, a shape of current provincial formulas that names no policy
// word: capital, visitors or power brought into the province (“险资入豫”, “引客入川”, “吉电入京”), aid to it (“数据援青”),
// its goods or firms sent abroad (“冀货出海”, “渝企出海”) and its label for local products (“青字号”, “粤字号”).
using System.Text.RegularExpressions;

namespace PolicyLens.Extraction.Slogans;

internal static partial class RegionalFlowLabel
{
    // The short names of the provinces (with their classical ones: 蜀, 黔, 滇, 陇, 秦, 晋) that these labels are built on.
    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀黔滇陇秦";

    // X入豫 / X援青 (one to three characters of what flows), 冀货出海 (province + one or two characters + 出海), 青字号.
    [GeneratedRegex("^(?:\\p{IsCJKUnifiedIdeographs}{1,3}[入援][" + Provinces + "]|[" + Provinces + "]\\p{IsCJKUnifiedIdeographs}{1,2}出海|[" + Provinces + "]字号)$")]
    private static partial Regex Shape();

    /// <summary>True when the quoted content is a province's flow or brand label (“基金入豫”, “冀货出海”, “川字号”).</summary>
    internal static bool IsMatch(string content) => Shape().IsMatch(content);
}
