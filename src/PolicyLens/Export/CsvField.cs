// RFC 4180 fields and the spreadsheet formula guard, for the one CSV writer and its reader.
namespace PolicyLens.Export;

/// <summary>
/// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. Text
/// fields are also neutralised against spreadsheet formula injection. Every CSV PolicyLens writes follows these rules (<see cref="TableWriter"/>
/// writes the fields straight to UTF-8 with them) and <see cref="TableReader"/> undoes the guard.
/// </summary>
internal static class CsvField
{
    /// <summary>Takes off the quote the writer put before text a spreadsheet would run as a formula (<see cref="NeedsFormulaGuard"/>).</summary>
    internal static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    /// <summary>Whether a text cell begins with a character a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, tab or carriage return), so that the writer prefixes it with <c>'</c> (OWASP's advice).</summary>
    internal static bool NeedsFormulaGuard(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Whether a field must be quoted: it holds a comma, a quote or a line break.</summary>
    internal static bool NeedsQuotes(ReadOnlySpan<char> field) => field.IndexOfAny(",\"\r\n") >= 0;
}
