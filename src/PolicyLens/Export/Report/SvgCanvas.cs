using System.Text;

namespace PolicyLens.Export.Report;

/// <summary>
/// Writes one inline SVG chart. Shapes take their colours from the report's style sheet through classes, so the charts
/// look alike and print well; only data colours (theme areas) are set inline. No <c>xmlns</c>: inline SVG in HTML
/// needs none, and the report then holds no URL at all.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _svg = new();

    /// <summary>Starts a chart that scales to its container.</summary>
    /// <param name="width">Width in user units (pixels at full size).</param>
    /// <param name="height">Height in user units.</param>
    /// <param name="id">The element id (tests and links find charts by it), or null.</param>
    /// <param name="cssClass">Classes; <c>chart</c> is always added.</param>
    /// <param name="label">What the chart shows, for screen readers.</param>
    public SvgCanvas(double width, double height, string? id, string cssClass, string label)
    {
        Width = width;
        Height = height;
        _svg.Append("<svg");
        if (id is not null)
        {
            _svg.Append(" id=\"").Append(Html.Escape(id)).Append('"');
        }

        _svg.Append(" class=\"chart ").Append(Html.Escape(cssClass)).Append("\" viewBox=\"0 0 ").Append(Html.Number(width)).Append(' ').Append(Html.Number(height))
            .Append("\" role=\"img\" aria-label=\"").Append(Html.Escape(label)).Append("\">");
    }

    /// <summary>The chart's width in user units.</summary>
    public double Width { get; }

    /// <summary>The chart's height in user units.</summary>
    public double Height { get; }

    /// <summary>A straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
        _svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(Html.Number(x1)).Append("\" y1=\"").Append(Html.Number(y1))
            .Append("\" x2=\"").Append(Html.Number(x2)).Append("\" y2=\"").Append(Html.Number(y2)).Append("\"/>");

    /// <summary>A rectangle, with a tooltip when <paramref name="tooltip"/> is given.</summary>
    public void Rect(double x, double y, double width, double height, string cssClass, string? tooltip = null)
    {
        _svg.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(Html.Number(x)).Append("\" y=\"").Append(Html.Number(y))
            .Append("\" width=\"").Append(Html.Number(Math.Max(0, width))).Append("\" height=\"").Append(Html.Number(Math.Max(0, height))).Append('"');
        Close("rect", tooltip);
    }

    /// <summary>A circle, with a tooltip when <paramref name="tooltip"/> is given.</summary>
    public void Circle(double x, double y, double radius, string cssClass, string? tooltip = null)
    {
        _svg.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(Html.Number(x)).Append("\" cy=\"").Append(Html.Number(y))
            .Append("\" r=\"").Append(Html.Number(radius)).Append('"');
        Close("circle", tooltip);
    }

    /// <summary>A path through <paramref name="points"/>; closed and filled with <paramref name="fill"/> when given.</summary>
    public void Path(IReadOnlyList<(double X, double Y)> points, string cssClass, bool closed = false, string? fill = null, string? tooltip = null)
    {
        if (points.Count == 0)
        {
            return;
        }

        _svg.Append("<path class=\"").Append(cssClass).Append("\" d=\"");
        for (int i = 0; i < points.Count; i++)
        {
            _svg.Append(i == 0 ? 'M' : 'L').Append(Html.Number(points[i].X)).Append(',').Append(Html.Number(points[i].Y));
        }

        if (closed)
        {
            _svg.Append('Z');
        }

        _svg.Append('"');
        if (fill is not null)
        {
            _svg.Append(" style=\"fill:").Append(Html.Escape(fill)).Append('"');
        }

        Close("path", tooltip);
    }

    /// <summary>A label; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string text, string cssClass, string anchor = "start", string? tooltip = null)
    {
        _svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(Html.Number(x)).Append("\" y=\"").Append(Html.Number(y))
            .Append("\" text-anchor=\"").Append(anchor).Append("\">");
        if (tooltip is not null)
        {
            _svg.Append("<title>").Append(Html.Escape(tooltip)).Append("</title>");
        }

        _svg.Append(Html.Escape(text)).Append("</text>");
    }

    /// <summary>The finished element.</summary>
    public override string ToString() => _svg + "</svg>";

    private void Close(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            _svg.Append("/>");
            return;
        }

        _svg.Append("><title>").Append(Html.Escape(tooltip)).Append("</title></").Append(element).Append('>');
    }
}
