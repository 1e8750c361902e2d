namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// The units and measure words that may follow a number, each with its normalised name. Scale words (万, 亿) are read
/// as part of the number, so <c>1100万人</c> is 11000000 of <c>人</c>; <c>个百分点</c> is <c>pp</c>, kept apart from <c>%</c>.
/// </summary>
internal static class Units
{
    // Longest first, so that 个百分点 wins over 个 and 千瓦时 over 千瓦. 分 (cent, minute, point) is read only after 元.
    private static readonly (string Written, string Normalised)[] Table = Sorted(
    [
        ("个百分点", "pp"), ("百分点", "pp"), ("%", "%"), ("％", "%"), ("‰", "‰"),
        ("元", "元"), ("圆", "元"), ("美元", "美元"), ("欧元", "欧元"),
        ("人次", "人次"), ("人", "人"), ("名", "人"), ("户", "户"),
        ("吨", "吨"), ("公斤", "公斤"), ("千克", "公斤"), ("斤", "斤"),
        ("平方公里", "平方公里"), ("平方米", "平方米"), ("立方米", "立方米"), ("公里", "公里"), ("千米", "公里"), ("米", "米"),
        ("亩", "亩"), ("公顷", "公顷"), ("千瓦时", "千瓦时"), ("千瓦", "千瓦"),
        ("个月", "月"), ("个", "个"), ("项", "项"), ("倍", "倍"), ("家", "家"), ("所", "所"), ("座", "座"), ("套", "套"),
        ("条", "条"), ("件", "件"), ("次", "次"), ("岁", "岁"), ("天", "天"), ("年", "年"), ("月", "月"), ("种", "种"),
        ("批", "批"), ("辆", "辆"), ("台", "台"), ("张", "张"), ("处", "处"), ("篇", "篇"), ("部", "部"), ("支", "支"),
    ]);

    /// <summary>The length of the unit written at <paramref name="i"/> (0 when none), and its normalised name.</summary>
    internal static int Match(string text, int i, out string unit)
    {
        foreach ((string written, string normalised) in Table)
        {
            if (i + written.Length <= text.Length && string.CompareOrdinal(text, i, written, 0, written.Length) == 0)
            {
                unit = normalised;
                return written.Length;
            }
        }

        unit = string.Empty;
        return 0;
    }

    private static (string, string)[] Sorted((string, string)[] table)
    {
        Array.Sort(table, (a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return table;
    }
}
