// RFC 4180 fields and the spreadsheet formula guard, for the one CSV writer and its reader.
namespace PolicyLens.Export;

/// <summary>
/// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. Text
/// fields are also neutralised against spreadsheet formula injection. Every CSV PolicyLens writes goes through here (in <see cref="TableWriter"/>).
/// </summary>
internal static class CsvField
{
    /// <summary>A text cell made safe to open in a spreadsheet: one that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// tab or carriage return is prefixed with <c>'</c> (OWASP's advice).</summary>
    internal static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Takes off the quote <see cref="Neutralise"/> put before text a spreadsheet would run as a formula.</summary>
    internal static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    /// <summary>Writes a text field: neutralised, then quoted if needed. Null writes an empty field.</summary>
    internal static void WriteText(TextWriter output, string? text)
    {
        if (text is not null)
        {
            WriteQuoted(output, Neutralise(text));
        }
    }

    /// <summary>Writes a field as it is (a number, a header name), quoted if needed.</summary>
    internal static void WriteQuoted(TextWriter output, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
