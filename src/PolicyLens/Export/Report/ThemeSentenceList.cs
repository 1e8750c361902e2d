// The report's view of the sentences behind each theme share: one folding list per theme.
using System.Globalization;
using System.Text;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Export.Report;

/// <summary>
/// Under the theme charts, one <c>&lt;details&gt;</c> per theme (largest first, <c>none</c> last) listing the sentences
/// the classifier was surest of, with the document, the source offsets, the section, the probability and the secondary
/// theme: a reader can check what a share is made of. The full list is the <c>sentences</c> table.
/// </summary>
internal static class ThemeSentenceList
{
    /// <summary>The HTML, or an empty string when the analysis has no (or an empty) theme_sentences table.</summary>
    public static string Render(ReportData data)
    {
        if (data.SentencesByTheme.Count == 0)
        {
            return string.Empty;
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        var html = new StringBuilder("<h3>主题背后的句子 <small>the sentences behind the shares: the ")
            .Append(ReportData.SentencesShownPerTheme.ToString(c))
            .Append(" the classifier was surest of, per theme; every sentence is in the sentences table (with its text under <code>analyze --sentence-text</code>). <code>none</code>: procedural, ceremonial and closing sentences, in no share</small></h3>");
        foreach ((string theme, (long count, List<ReportData.ThemeSentence> surest)) in data.SentencesByTheme
            .OrderBy(e => e.Key == ThemeClassifier.None ? 1 : 0).ThenByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            html.Append("<details class=\"theme-sentences\"><summary>").Append(Html.Escape(Labels.Theme(theme))).Append(" <small>")
                .Append(Html.Escape(theme)).Append(", ").Append(count.ToString("N0", c)).Append(" sentences</small></summary>")
                .Append("<table><thead><tr><th>doc</th><th>start–end</th><th>section</th><th>p</th><th>secondary</th><th>sentence</th></tr></thead><tbody>");
            foreach (ReportData.ThemeSentence s in surest)
            {
                html.Append("<tr><td>").Append(Html.Escape(s.Document)).Append("</td><td>").Append(s.Start.ToString(c)).Append('–').Append(s.End.ToString(c))
                    .Append("</td><td>").Append(Html.Escape(s.Section)).Append("</td><td>").Append(s.Probability.ToString("F2", c))
                    .Append("</td><td>").Append(Html.Escape(s.Secondary is null ? null : Labels.Theme(s.Secondary))).Append("</td><td>")
                    .Append(Html.Escape(s.Text)).Append("</td></tr>");
            }

            html.Append("</tbody></table></details>");
        }

        return html.ToString();
    }
}
