// Strict CSV/TSV rows over lines: quoting errors are reported with their line, and never swallow the rows after them.
using System.Text;

namespace PolicyLens.Text;

/// <summary>
/// Reads RFC 4180 rows (a header, then one record a row; a field in double quotes may hold separators, doubled quotes
/// and line breaks) strictly. A quote that is never closed, text after a closing quote, or a row whose field count
/// differs from the header's is an error for the row's first line; when the bad row had taken in later lines (an
/// unterminated quote), those lines are read again as rows of their own, so one bad quote costs one row.
/// A quote inside an unquoted field is kept as a character (<c>他说"好"</c>), as spreadsheets write it.
/// </summary>
/// <remarks>
/// Written here rather than taken from Sep (which reads the rest of the file into the field of an unterminated quote
/// and cannot resynchronise) because losing only the bad row is the point.
/// </remarks>
internal sealed class DelimitedReader
{
    private readonly Func<SourceLine?> _next;
    private readonly char _separator;
    private readonly int _maxChars;
    private readonly Queue<SourceLine> _replay = new();

    // Lines that, entered inside a quoted field, lead to the end of the file with the quote still open. The rest of the
    // parse from there does not depend on where the quote opened, so a later row that runs into one of these lines fails
    // at once: without this, a file of N rows that each open a quote would be re-read N times (N² work).
    private readonly HashSet<int> _deadEnds = [];
    private int _columns = -1;

    /// <summary>Rows from <paramref name="next"/> (lines in order, null at the end), fields split at <paramref name="separator"/>.</summary>
    public DelimitedReader(Func<SourceLine?> next, char separator, int maxChars)
    {
        _next = next;
        _separator = separator;
        _maxChars = maxChars;
    }

    /// <summary>The separator for a file: tab for <c>.tsv</c>, otherwise comma.</summary>
    public static char SeparatorFor(string path) => path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';

    /// <summary>The rows, the header first; an empty file yields nothing.</summary>
    public IEnumerable<DelimitedRecord> Read()
    {
        while (NextLine() is { } first)
        {
            if (first.Error is not null)
            {
                yield return new DelimitedRecord(first.Number, [], first.Error);
                continue;
            }

            if (_columns >= 0 && first.Text.Length == 0)
            {
                continue;
            }

            var taken = new List<SourceLine>();
            DelimitedRecord record = Parse(first, taken);
            if (record.Error is null && _columns >= 0 && record.Fields.Length != _columns)
            {
                record = record with
                {
                    Error = taken.Count > 0
                        ? $"a quoted field runs over {taken.Count + 1} lines and the row has {record.Fields.Length} fields, the header {_columns}: a quote that is never closed?"
                        : $"the row has {record.Fields.Length} fields, the header {_columns}; quote fields that contain '{Show(_separator)}'",
                };
            }

            if (record.Error is not null)
            {
                // The lines the bad row took in are rows of their own.
                foreach (SourceLine line in taken)
                {
                    _replay.Enqueue(line);
                }
            }
            else if (_columns < 0)
            {
                _columns = record.Fields.Length;
            }

            yield return record;
        }
    }

    private SourceLine? NextLine() => _replay.Count > 0 ? _replay.Dequeue() : _next();

    private DelimitedRecord Parse(SourceLine first, List<SourceLine> taken)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        string text = first.Text;
        int i = 0, chars = text.Length;
        while (true)
        {
            // At the start of a field.
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i == text.Length)
                    {
                        // The quoted field goes on at the next line.
                        SourceLine? more = _replay.Count > 0 ? _replay.Dequeue() : _next();
                        if (more is { } known && _deadEnds.Contains(known.Number))
                        {
                            taken.Add(known);
                            more = null;
                        }

                        if (more is not { } line)
                        {
                            foreach (SourceLine entered in taken)
                            {
                                _deadEnds.Add(entered.Number);
                            }

                            return new DelimitedRecord(first.Number, [], "a quote opened on this line is never closed; close it, or double a quote inside a field (\"\")");
                        }

                        taken.Add(line);
                        chars += line.Text.Length;
                        if (line.Error is not null || chars > _maxChars)
                        {
                            return new DelimitedRecord(first.Number, [],
                                line.Error is not null
                                    ? $"a quoted field from this line runs into line {line.Number}, which cannot be read ({line.Error})"
                                    : $"a quoted field from this line runs over {_maxChars:N0} characters: a quote that is never closed?");
                        }

                        field.Append('\n');
                        text = line.Text;
                        i = 0;
                        continue;
                    }

                    char c = text[i++];
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (i < text.Length && text[i] != _separator)
                {
                    int line = taken.Count == 0 ? first.Number : taken[^1].Number;
                    return new DelimitedRecord(first.Number, [],
                        $"text after a closing quote (line {line}, '{text[i]}'); a quote inside a quoted field must be doubled (\"\")");
                }
            }
            else
            {
                int end = text.IndexOf(_separator, i);
                field.Append(text.AsSpan(i, (end < 0 ? text.Length : end) - i));
                i = end < 0 ? text.Length : end;
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                return new DelimitedRecord(first.Number, [.. fields], null);
            }

            i++; // the separator
        }
    }

    private static string Show(char separator) => separator == '\t' ? "\\t" : separator.ToString();
}
