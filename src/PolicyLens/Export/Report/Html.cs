using System.Globalization;
using System.Text;

namespace PolicyLens.Export.Report;

/// <summary>
/// Escaping and number formatting for the report. Every piece of text from the tables (a canonical form, a sentence, a
/// group label, a document id) goes through <see cref="Escape(string?)"/>, in element content and in attributes alike,
/// so a formula called <c>&lt;script&gt;</c> stays text.
/// </summary>
internal static class Html
{
    /// <summary>Text made safe for element content and for quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>A coordinate or a data value for an attribute: invariant, at most two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value for people: a few significant digits, 万 and 亿 for large numbers as Chinese reports write them.</summary>
    public static string Readable(double value)
    {
        double magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e8 => (value / 1e8).ToString("0.##", CultureInfo.InvariantCulture) + "亿",
            >= 1e4 => (value / 1e4).ToString("0.##", CultureInfo.InvariantCulture) + "万",
            >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
            >= 10 => value.ToString("0.#", CultureInfo.InvariantCulture),
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A time in years as a label: a whole year without decimals.</summary>
    public static string Year(double time) => time.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// The width of <paramref name="text"/> in pixels at <paramref name="fontSize"/>, estimated: a Han character or
    /// full-width sign takes a square, a Latin letter or digit a little over half. Enough to lay out labels without a
    /// font engine.
    /// </summary>
    public static double TextWidth(string text, double fontSize)
    {
        double em = 0;
        foreach (char c in text)
        {
            em += c < 0x2E80 ? 0.6 : 1.0;
        }

        return em * fontSize;
    }

    /// <summary><paramref name="text"/> cut to about <paramref name="maxWidth"/> pixels, with an ellipsis when cut.</summary>
    public static string Fit(string text, double maxWidth, double fontSize)
    {
        if (TextWidth(text, fontSize) <= maxWidth)
        {
            return text;
        }

        int length = text.Length;
        while (length > 1 && TextWidth(text[..length], fontSize) + fontSize > maxWidth)
        {
            length--;
        }

        return text[..length] + "…";
    }
}
