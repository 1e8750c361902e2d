using System.Globalization;
using System.Text;
using PolicyLens.Analysis;

namespace PolicyLens.Export.Report;

/// <summary>
/// The sortable tables of top items, over the corpus and per group, and the contexts each row links to. A row's item
/// links to a panel of KWIC lines (or, without the corpus, of document ids and offsets) that opens over the page.
/// </summary>
/// <remarks>Top means most mentioned; ties go to the higher rate, then the item's name, so the tables are stable.</remarks>
internal sealed class ItemTables
{
    private readonly ReportData _data;
    private readonly List<ReportData.Trend> _overall;
    private readonly List<(GroupKey Group, List<ReportData.Frequency> Rows)> _groups;
    private readonly Dictionary<KeywordInContext.ContextKey, string> _anchors = [];

    /// <summary>Chooses the rows.</summary>
    public ItemTables(ReportData data, ReportOptions options)
    {
        _data = data;
        _overall = [.. data.Trends.Values.OrderByDescending(t => data.TotalCount(t.Item)).ThenBy(t => t.Item).Take(Math.Max(0, options.TopItemsOverall))];
        var byGroup = data.Frequencies.GroupBy(f => f.Group.Label).ToDictionary(g => g.Key, g => g.ToList());
        _groups = [.. data.Groups
            .Where(g => byGroup.ContainsKey(g.Label))
            .Select(g => (g, byGroup[g.Label].OrderByDescending(f => f.Count).ThenByDescending(f => f.Rate).ThenBy(f => f.Item).Take(Math.Max(0, options.TopItemsPerGroup)).ToList()))];
        foreach (ReportData.Trend t in _overall)
        {
            Anchor(new KeywordInContext.ContextKey(null, t.Item));
        }

        foreach ((GroupKey group, List<ReportData.Frequency> rows) in _groups)
        {
            foreach (ReportData.Frequency f in rows)
            {
                Anchor(new KeywordInContext.ContextKey(group.Label, f.Item));
            }
        }
    }

    /// <summary>Every row's context key.</summary>
    public IEnumerable<KeywordInContext.ContextKey> Keys => _anchors.Keys;

    /// <summary>The table over the corpus.</summary>
    public string RenderOverall()
    {
        var html = new StringBuilder();
        html.Append("<table id=\"top-items\" class=\"sortable items\"><thead><tr>")
            .Append(Header("条目 item", false)).Append(Header("类别 kind", false)).Append(Header("提及 mentions", true)).Append(Header("组数 groups", true))
            .Append(Header("首次 first", false)).Append(Header("末次 last", false)).Append(Header("峰值 peak", false)).Append(Header("斜率 slope/yr", true))
            .Append(Header("趋势 status", false)).Append("</tr></thead><tbody>");
        foreach (ReportData.Trend t in _overall)
        {
            html.Append("<tr>").Append(ItemCell(new KeywordInContext.ContextKey(null, t.Item))).Append(Cell(Labels.Kind(t.Item.Kind)))
                .Append(Cell(_data.TotalCount(t.Item))).Append(Cell(t.Groups)).Append(Cell(t.FirstGroup)).Append(Cell(t.LastGroup)).Append(Cell(t.PeakGroup))
                .Append(Cell(t.Slope, t.Slope.ToString("+0.0000;-0.0000;0", CultureInfo.InvariantCulture))).Append(Cell(t.Status)).Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>One collapsible table per group, the latest open.</summary>
    public string RenderGroups()
    {
        var html = new StringBuilder();
        for (int i = 0; i < _groups.Count; i++)
        {
            (GroupKey group, List<ReportData.Frequency> rows) = _groups[i];
            html.Append("<details class=\"group\"").Append(i == _groups.Count - 1 ? " open" : "").Append("><summary>").Append(Html.Escape(group.Label))
                .Append(" <small>").Append(rows.Count).Append(" items</small></summary>")
                .Append("<table class=\"sortable items group-items\" data-group=\"").Append(Html.Escape(group.Label)).Append("\"><thead><tr>")
                .Append(Header("条目 item", false)).Append(Header("类别 kind", false)).Append(Header("次数 count", true)).Append(Header("文件 docs", true))
                .Append(Header("每万字 rate", true)).Append(Header("占比 share", true)).Append(Header("G²", true)).Append(Header("趋势 status", false))
                .Append("</tr></thead><tbody>");
            foreach (ReportData.Frequency f in rows)
            {
                double? g2 = _data.Keyness.TryGetValue((group.Label, f.Item), out double g) ? g : null;
                string status = _data.Trends.TryGetValue(f.Item, out ReportData.Trend? trend) ? trend.Status : "";
                html.Append("<tr>").Append(ItemCell(new KeywordInContext.ContextKey(group.Label, f.Item))).Append(Cell(Labels.Kind(f.Item.Kind)))
                    .Append(Cell(f.Count)).Append(Cell(f.Documents)).Append(Cell(f.Rate, Html.Readable(f.Rate)))
                    .Append(Cell(f.Share, (f.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%"))
                    .Append(g2 is double v ? Cell(v, v.ToString("0.0", CultureInfo.InvariantCulture)) : "<td data-v=\"0\"></td>").Append(Cell(status)).Append("</tr>");
            }

            html.Append("</tbody></table></details>");
        }

        return html.ToString();
    }

    /// <summary>The context panels, one per row, each shown when its link is followed.</summary>
    public string RenderContexts(KeywordInContext kwic)
    {
        var html = new StringBuilder();
        foreach ((KeywordInContext.ContextKey key, string anchor) in _anchors)
        {
            IReadOnlyList<KeywordInContext.Context> contexts = kwic[key];
            html.Append("<section class=\"contexts\" id=\"").Append(anchor).Append("\"><a class=\"close\" href=\"#closed\" title=\"close\">×</a><h4>")
                .Append(Html.Escape(key.Item.Canonical)).Append(" <small>").Append(Html.Escape(Labels.Kind(key.Item.Kind))).Append(" · ")
                .Append(key.Group is null ? "全部 all groups" : Html.Escape(key.Group)).Append(" · ").Append(contexts.Count).Append(" contexts</small></h4><ol class=\"kwic\">");
            foreach (KeywordInContext.Context c in contexts)
            {
                html.Append("<li><span class=\"doc\">").Append(Html.Escape(c.Document)).Append("</span>");
                if (c.Keyword is not null)
                {
                    html.Append("<span class=\"left\">").Append(Html.Escape(c.Left)).Append("</span><mark>").Append(Html.Escape(c.Keyword)).Append("</mark><span class=\"right\">")
                        .Append(Html.Escape(c.Right)).Append("</span>");
                }
                else
                {
                    html.Append("<span class=\"left\">@ ").Append(c.Start).Append('–').Append(c.End).Append("</span><mark>").Append(Html.Escape(c.Surface))
                        .Append("</mark><span class=\"right\"></span>");
                }

                html.Append("</li>");
            }

            html.Append("</ol></section>");
        }

        return html.ToString();
    }

    private void Anchor(KeywordInContext.ContextKey key) => _anchors.TryAdd(key, "ctx-" + _anchors.Count.ToString(CultureInfo.InvariantCulture));

    private string ItemCell(KeywordInContext.ContextKey key) =>
        $"<td class=\"item\"><a href=\"#{_anchors[key]}\">{Html.Escape(key.Item.Canonical)}</a></td>";

    private static string Header(string label, bool numeric) =>
        $"<th{(numeric ? " class=\"num\"" : "")} title=\"sort\">{Html.Escape(label)}</th>";

    private static string Cell(string text) => $"<td>{Html.Escape(text)}</td>";

    private static string Cell(long value) => $"<td class=\"num\" data-v=\"{value.ToString(CultureInfo.InvariantCulture)}\">{value.ToString(CultureInfo.InvariantCulture)}</td>";

    private static string Cell(double value, string text) =>
        $"<td class=\"num\" data-v=\"{value.ToString("R", CultureInfo.InvariantCulture)}\">{Html.Escape(text)}</td>";
}
