using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Export.Report;

/// <summary>
/// Chinese names for the codes in the tables (item kinds, theme codes, indicator codes), for chart labels. A code the
/// built-in taxonomies do not know (a user's own theme or indicator) is shown as it is.
/// </summary>
internal static class Labels
{
    /// <summary>An item kind.</summary>
    public static string Kind(string kind) => kind switch
    {
        "lexicon" => "提法",
        "quoted" => "引语",
        "numbered" => "数字概括",
        "parallel" => "排比",
        "titled" => "文件",
        "policy" => "政策",
        "target" => "指标",
        _ => kind,
    };

    /// <summary>A theme: its Chinese name in the built-in taxonomy.</summary>
    public static string Theme(string code) => ThemeTaxonomy.Default.Find(code)?.Name ?? code;

    /// <summary>
    /// An indicator: its first subject and verb in the built-in vocabulary (国内生产总值 + 增长), which is how the reports
    /// name it.
    /// </summary>
    public static string Indicator(string code)
    {
        Indicator? indicator = IndicatorVocabulary.Default.Indicators.FirstOrDefault(i => i.Code == code);
        return indicator is { Subjects.Count: > 0 } ? indicator.Subjects[0] + (indicator.Verbs.Count > 0 ? indicator.Verbs[0] : "") : code;
    }
}
