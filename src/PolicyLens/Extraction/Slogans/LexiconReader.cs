// Reads lexicon files, the shipped JSON and users' own (JSON or tab-separated lines), and turns every mistake into
// a LexiconFormatException naming the file, the line and the fix.
using System.Text;
using System.Text.Json;

namespace PolicyLens.Extraction.Slogans;

internal static class LexiconReader
{
    private const string LineFormat = "Expected 'canonical<TAB>theme<TAB>variants separated by |<TAB>members separated by |', only the first field required.";

    /// <summary>The columns of the table format (a header line naming them, in any order; only <c>canonical</c> required).</summary>
    internal static readonly string[] TableColumns =
    [
        "canonical", "kind", "theme", "variants", "members", "first_year", "first_document", "first_offset", "first_form",
        "coined", "venue", "confidence", "note", "checked", "place", "anywhere", "bare", "since", "name_only",
    ];

    internal static (string? Version, List<LexiconEntry> Entries) ReadLines(string text, string source)
    {
        // A header line starting with "canonical<TAB>" selects the table format, with named columns.
        return FirstContentLine(text) is { } header && header.StartsWith("canonical\t", StringComparison.Ordinal)
            ? ReadTable(text, source)
            : ReadPositional(text, source);
    }

    // The first line that is neither blank nor a comment, or null.
    private static string? FirstContentLine(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            string line = text[start..end].TrimEnd('\r').TrimStart('\uFEFF');
            if (!string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
            {
                return line;
            }

            start = end + 1;
        }

        return null;
    }

    // The table format: a header naming the columns (TableColumns), then one entry a line. Built-in lexicon and user files.
    private static (string? Version, List<LexiconEntry> Entries) ReadTable(string text, string source)
    {
        var entries = new List<LexiconEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? version = null;
        int[]? columns = null;
        foreach ((int lineNumber, string line) in Lines(text))
        {

            if (line.StartsWith("# version:", StringComparison.Ordinal))
            {
                version = line["# version:".Length..].Trim();
                continue;
            }

            if (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (columns is null)
            {
                columns = new int[fields.Length];
                for (int c = 0; c < fields.Length; c++)
                {
                    columns[c] = Array.IndexOf(TableColumns, fields[c].Trim());
                    if (columns[c] < 0)
                    {
                        throw new LexiconFormatException(source, lineNumber, $"Unknown column '{fields[c].Trim()}'; the columns are {string.Join(", ", TableColumns)}.");
                    }
                }

                continue;
            }

            if (fields.Length > columns.Length)
            {
                throw new LexiconFormatException(source, lineNumber, $"{fields.Length} tab-separated fields but the header names {columns.Length} columns.");
            }

            var cells = new string[TableColumns.Length];
            for (int c = 0; c < fields.Length; c++)
            {
                cells[columns[c]] = fields[c].Trim();
            }

            LexiconEntry entry = ReadRow(cells, source, lineNumber);
            if (!seen.TryAdd(entry.Canonical, lineNumber))
            {
                throw new LexiconFormatException(source, lineNumber, $"'{entry.Canonical}' is already defined on line {seen[entry.Canonical]}; keep one line per formula.");
            }

            entries.Add(entry);
        }

        return (version, entries);
    }

    private static LexiconEntry ReadRow(string?[] cells, string source, int line)
    {
        string canonical = cells[0] ?? "";
        if (canonical.Length == 0)
        {
            throw new LexiconFormatException(source, line, "The canonical form is empty; every entry needs one.");
        }

        FirstAppearance? first = null;
        if (!string.IsNullOrEmpty(cells[9]) || !string.IsNullOrEmpty(cells[10]) || !string.IsNullOrEmpty(cells[11]) || !string.IsNullOrEmpty(cells[12]))
        {
            first = new FirstAppearance(NullIfEmpty(cells[9]), NullIfEmpty(cells[10]), ParseConfidence(cells[11] ?? "", source, line), NullIfEmpty(cells[12]));
            CheckDate(first.Date, source, line);
        }

        CorpusAppearance? national = null;
        if (!string.IsNullOrEmpty(cells[5]))
        {
            if (!int.TryParse(cells[5], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                || !int.TryParse(cells[7], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int offset)
                || string.IsNullOrEmpty(cells[6]))
            {
                throw new LexiconFormatException(source, line, "first_year, first_document and first_offset go together: a year, a document path and a character offset.");
            }

            national = new CorpusAppearance(year, cells[6]!, offset, cells[8] ?? "");
        }

        List<FormulaMember> members = string.IsNullOrEmpty(cells[4]) ? [] : [.. SplitList(cells[4]!, '|').Select(m => MemberOf(m, source, line))];
        if (members.Count == 1)
        {
            throw new LexiconFormatException(source, line, "A formula with members needs at least two of them.");
        }

        List<string> variants = string.IsNullOrEmpty(cells[3]) ? [] : SplitList(cells[3]!, '|');
        return new LexiconEntry
        {
            Canonical = canonical,
            Kind = ParseKind(cells[1] ?? "", source, line),
            Theme = cells[2] ?? "",
            Variants = variants,
            Members = members,
            NationalFirst = national,
            First = first,
            Checked = cells[13] ?? "",
            Place = cells[14] ?? "",
            Anywhere = string.IsNullOrEmpty(cells[15]) ? [] : SplitList(cells[15]!, '|'),
            Bare = string.IsNullOrEmpty(cells[16]) ? [] : SplitList(cells[16]!, '|'),
            Since = string.IsNullOrEmpty(cells[17]) ? LexiconEntry.EmptySince : SinceOf(cells[17]!, variants.Prepend(canonical), source, line),
            NameOnly = NameOnlyOf(cells[18], source, line),
            Source = source,
        };
    }

    // The name_only column: "yes" where the canonical form is only the entry's name (LexiconEntry.NameOnly), empty otherwise.
    private static bool NameOnlyOf(string? cell, string source, int line) => cell switch
    {
        null or "" => false,
        "yes" => true,
        _ => throw new LexiconFormatException(source, line, $"The name_only cell holds '{cell}'; write yes where the canonical form is matched only through the variants, or leave it empty."),
    };

    // The since column: spelling=year pairs separated by '|' (设备更新=2024), or a year alone for every spelling of the entry.
    // Whether a number is a plausible year, and no later than the entry's coined year, is `lexicon check`'s to say.
    private static Dictionary<string, int> SinceOf(string cell, IEnumerable<string> spellings, string source, int line)
    {
        var since = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string pair in SplitList(cell, '|'))
        {
            int equals = pair.LastIndexOf('=');
            string spelling = equals < 0 ? "" : pair[..equals].Trim();
            string number = equals < 0 ? pair : pair[(equals + 1)..].Trim();
            if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
            {
                throw new LexiconFormatException(source, line, $"The since cell '{cell}' holds '{pair}', not a year: write spelling=YYYY pairs separated by | (设备更新=2024), or a year alone for every spelling.");
            }

            foreach (string s in spelling.Length > 0 ? [spelling] : spellings)
            {
                since[s] = year;
            }
        }

        return since;
    }

    /// <summary>The name of a kind in lexicon files: <c>guiding-thought</c> for <see cref="FormulaKind.GuidingThought"/>.</summary>
    internal static string KindName(FormulaKind kind) => kind switch
    {
        FormulaKind.Unspecified => "",
        FormulaKind.GuidingThought => "guiding-thought",
        FormulaKind.InstitutionBuilding => "institution-building",
        FormulaKind.NumberedFormula => "numbered-formula",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static string ConfidenceName(AppearanceConfidence confidence) => confidence switch
    {
        AppearanceConfidence.Documented => "documented",
        AppearanceConfidence.CommonKnowledge => "common-knowledge",
        _ => "uncertain",
    };

    private static FormulaKind ParseKind(string name, string source, int line)
    {
        if (name.Length == 0)
        {
            return FormulaKind.Unspecified;
        }

        foreach (FormulaKind kind in Enum.GetValues<FormulaKind>())
        {
            if (kind != FormulaKind.Unspecified && KindName(kind) == name)
            {
                return kind;
            }
        }

        throw new LexiconFormatException(source, line, $"Unknown kind '{name}'; use slogan, guiding-thought, strategy, policy, campaign, plan, institution-building or numbered-formula.");
    }

    private static AppearanceConfidence ParseConfidence(string name, string source, int line) => name switch
    {
        "documented" => AppearanceConfidence.Documented,
        "common-knowledge" => AppearanceConfidence.CommonKnowledge,
        "uncertain" or "" => AppearanceConfidence.Uncertain,
        _ => throw new LexiconFormatException(source, line, $"Unknown confidence '{name}'; use documented, common-knowledge or uncertain."),
    };

    private static void CheckDate(string? date, string source, int line)
    {
        if (date is not null && (date.Length < 4 || !date.Take(4).All(char.IsAsciiDigit)))
        {
            throw new LexiconFormatException(source, line, $"The date '{date}' does not start with a year; write it as YYYY, YYYY-MM or YYYY-MM-DD.");
        }
    }

    // The lines of a lexicon file, numbered from 1, without line ends and without a leading byte-order mark.
    private static IEnumerable<(int Number, string Line)> Lines(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            yield return (i + 1, i == 0 ? line.TrimStart('\uFEFF') : line);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static (string? Version, List<LexiconEntry> Entries) ReadPositional(string text, string source)
    {
        var entries = new List<LexiconEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((int lineNumber, string line) in Lines(text))
        {

            if (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length > 4)
            {
                throw new LexiconFormatException(source, lineNumber, $"{fields.Length} tab-separated fields, at most 4 allowed. {LineFormat}");
            }

            string canonical = fields[0].Trim();
            if (canonical.Length == 0)
            {
                throw new LexiconFormatException(source, lineNumber, $"The first field (the canonical form) is empty. {LineFormat}");
            }

            if (HasWhiteSpace(canonical))
            {
                throw new LexiconFormatException(source, lineNumber, $"The canonical form '{canonical}' contains white space; separate fields with tabs, not spaces. {LineFormat}");
            }

            if (seen.TryGetValue(canonical, out int earlier))
            {
                throw new LexiconFormatException(source, lineNumber, $"'{canonical}' is already defined on line {earlier}; keep one line per formula.");
            }

            seen[canonical] = lineNumber;
            entries.Add(new LexiconEntry
            {
                Canonical = canonical,
                Theme = fields.Length > 1 ? fields[1].Trim() : "",
                Variants = fields.Length > 2 ? SplitList(fields[2], '|') : [],
                Members = fields.Length > 3 ? [.. SplitList(fields[3], '|').Select(m => MemberOf(m, source, lineNumber))] : [],
                Source = source,
            });
        }

        return (null, entries);
    }

    internal static (string? Version, List<LexiconEntry> Entries) ReadJson(string text, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new LexiconFormatException(source, (int)(e.LineNumber ?? -1) + 1, $"Not valid JSON ({e.Message}). Fix the JSON, or use the tab-separated line format.");
        }

        using (document)
        {
            List<int> entryLines = FindEntryLines(text);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
            {
                throw new LexiconFormatException(source, 1, "Expected an object with an \"entries\" array: { \"version\": \"…\", \"entries\": [ { \"canonical\": \"六稳\" } ] }.");
            }

            string? version = root.TryGetProperty("version", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var entries = new List<LexiconEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                int line = index < entryLines.Count ? entryLines[index] : 0;
                LexiconEntry entry = ReadEntry(item, source, line);
                if (!seen.Add(entry.Canonical))
                {
                    throw new LexiconFormatException(source, line, $"'{entry.Canonical}' is defined twice; keep one entry per formula.");
                }

                entries.Add(entry);
                index++;
            }

            return (version, entries);
        }
    }

    private static LexiconEntry ReadEntry(JsonElement item, string source, int line)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new LexiconFormatException(source, line, "Each entry must be an object such as { \"canonical\": \"六稳\", \"theme\": \"economy\" }.");
        }

        string canonical = GetString(item, "canonical", source, line) ?? "";
        if (canonical.Trim().Length == 0)
        {
            throw new LexiconFormatException(source, line, "An entry has no \"canonical\" form; every entry needs one.");
        }

        return new LexiconEntry
        {
            Canonical = canonical.Trim(),
            Variants = GetStrings(item, "variants", source, line),
            Members = item.TryGetProperty("members", out JsonElement members) ? ReadMembers(members, source, line) : [],
            Theme = GetString(item, "theme", source, line) ?? "",
            Kind = ParseKind(GetString(item, "kind", source, line) ?? "", source, line),
            First = item.TryGetProperty("first", out JsonElement first) ? ReadFirst(first, source, line) : null,
            Place = GetString(item, "place", source, line)?.Trim() ?? "",
            Anywhere = GetStrings(item, "anywhere", source, line),
            Bare = GetStrings(item, "bare", source, line),
            Since = item.TryGetProperty("since", out JsonElement since) ? ReadSince(since, source, line) : LexiconEntry.EmptySince,
            NameOnly = item.TryGetProperty("name_only", out JsonElement nameOnly) && ReadNameOnly(nameOnly, source, line),
            Source = source,
        };
    }

    // "name_only": true, where the canonical form is only the entry's name (LexiconEntry.NameOnly).
    private static bool ReadNameOnly(JsonElement nameOnly, string source, int line) => nameOnly.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new LexiconFormatException(source, line, "\"name_only\" must be true or false."),
    };

    // "since": { "设备更新": 2024 }, each spelling's first year as the formula.
    private static Dictionary<string, int> ReadSince(JsonElement since, string source, int line)
    {
        if (since.ValueKind != JsonValueKind.Object)
        {
            throw new LexiconFormatException(source, line, "\"since\" must be an object of spellings and years: { \"设备更新\": 2024 }.");
        }

        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonProperty spelling in since.EnumerateObject())
        {
            if (spelling.Value.ValueKind != JsonValueKind.Number || !spelling.Value.TryGetInt32(out int year))
            {
                throw new LexiconFormatException(source, line, $"\"since\" gives '{spelling.Name}' no year; write it as a number: {{ \"{spelling.Name}\": 2024 }}.");
            }

            years[spelling.Name.Trim()] = year;
        }

        return years;
    }

    private static List<FormulaMember> ReadMembers(JsonElement members, string source, int line)
    {
        if (members.ValueKind != JsonValueKind.Array)
        {
            throw new LexiconFormatException(source, line, "\"members\" must be an array of strings, or of arrays of alternative spellings.");
        }

        var list = new List<FormulaMember>();
        foreach (JsonElement member in members.EnumerateArray())
        {
            List<string> spellings = member.ValueKind switch
            {
                JsonValueKind.String => [member.GetString()!],
                JsonValueKind.Array when member.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String) => [.. member.EnumerateArray().Select(s => s.GetString()!)],
                _ => throw new LexiconFormatException(source, line, "Each member must be a string or an array of its spellings."),
            };
            if (spellings.Count == 0 || spellings.Any(s => s.Trim().Length == 0))
            {
                throw new LexiconFormatException(source, line, "A member is empty; remove it or give its spelling.");
            }

            list.Add(ToMember(spellings));
        }

        return list.Count == 1
            ? throw new LexiconFormatException(source, line, "A formula with members needs at least two of them.")
            : list;
    }

    private static FirstAppearance ReadFirst(JsonElement first, string source, int line)
    {
        if (first.ValueKind != JsonValueKind.Object)
        {
            throw new LexiconFormatException(source, line, "\"first\" must be an object: { \"date\": \"2018-07-31\", \"venue\": \"…\", \"confidence\": \"documented\" }.");
        }

        string confidenceName = GetString(first, "confidence", source, line) ?? "uncertain";
        AppearanceConfidence confidence = confidenceName switch
        {
            "documented" => AppearanceConfidence.Documented,
            "common-knowledge" => AppearanceConfidence.CommonKnowledge,
            "uncertain" => AppearanceConfidence.Uncertain,
            _ => throw new LexiconFormatException(source, line, $"Unknown confidence '{confidenceName}'; use documented, common-knowledge or uncertain."),
        };
        string? date = GetString(first, "date", source, line);
        if (date is not null && (date.Length < 4 || !date.Take(4).All(char.IsAsciiDigit)))
        {
            throw new LexiconFormatException(source, line, $"The date '{date}' does not start with a year; write it as YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        return new FirstAppearance(date, GetString(first, "venue", source, line), confidence, GetString(first, "note", source, line));
    }

    private static string? GetString(JsonElement item, string name, string source, int line)
    {
        if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new LexiconFormatException(source, line, $"\"{name}\" must be a string.");
    }

    private static List<string> GetStrings(JsonElement item, string name, string source, int line)
    {
        if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String || s.GetString()!.Trim().Length == 0))
        {
            throw new LexiconFormatException(source, line, $"\"{name}\" must be an array of non-empty strings.");
        }

        return [.. value.EnumerateArray().Select(s => s.GetString()!.Trim())];
    }

    private static FormulaMember ToMember(List<string> spellings) => new(spellings[0], spellings.Skip(1).ToList());

    // A member written in a table or line file: its spellings separated by '/' (稳金融/金融稳). A cell of separators only ('/')
    // names no spelling: the same error as an empty member of the JSON format (found by InputFuzzTests).
    private static FormulaMember MemberOf(string cell, string source, int line)
    {
        List<string> spellings = SplitList(cell, '/');
        return spellings.Count == 0 ? throw new LexiconFormatException(source, line, "A member is empty; remove it or give its spelling.") : ToMember(spellings);
    }

    private static List<string> SplitList(string field, char separator) =>
        [.. field.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    // The 1-based line on which each element of the "entries" array starts, so that an error in an entry can name its line.
    private static List<int> FindEntryLines(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new List<int>();
        bool inEntries = false;
        int line = 1;
        long counted = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                inEntries = reader.ValueTextEquals("entries"u8);
            }
            else if (inEntries && reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                line += bytes.AsSpan((int)counted, (int)(reader.TokenStartIndex - counted)).Count((byte)'\n');
                counted = reader.TokenStartIndex;
                lines.Add(line);
            }
        }

        return lines;
    }

    // A loop, not LINQ over the string's characters: it runs for every entry of a user lexicon.
    private static bool HasWhiteSpace(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
