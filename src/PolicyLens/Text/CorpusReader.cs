// Reads a corpus lazily — a folder of .txt/.md files with sidecar metadata, a JSON Lines file, or a CSV — into
// documents; a bad source is reported and skipped, and the rest still loads.
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace PolicyLens.Text;

/// <summary>
/// Reads documents from a path, one source at a time, so a corpus larger than memory can be processed:
/// <list type="bullet">
/// <item>a folder: every <c>.txt</c> and <c>.md</c> file below it, in name order; a <c>metadata.csv</c> or
/// <c>index.tsv</c> in a folder fills metadata for the files it lists (by file name, or by path relative to it);</item>
/// <item>a <c>.jsonl</c>/<c>.ndjson</c> file: one JSON object a line with <c>id</c>, <c>text</c> and any metadata fields;</item>
/// <item>a <c>.csv</c>/<c>.tsv</c> file: one document a row, with a <c>text</c> column and any metadata columns;</item>
/// <item>any other file: one text file.</item>
/// </list>
/// A file that is empty, binary, unreadable or in an unknown encoding, or a row without text, is reported through
/// <see cref="CorpusOptions.OnSkipped"/> and <see cref="Summary"/> and skipped.
/// </summary>
/// <example>
/// <code>
/// var reader = new CorpusReader();
/// foreach (Document d in reader.Read("../shared/corpus/gwr")) { … }
/// Console.WriteLine(reader.Summary);   // 72 documents from 72 sources read; 0 skipped
/// </code>
/// </example>
public sealed class CorpusReader
{
    private static readonly string[] SidecarNames = ["metadata.csv", "index.tsv"];

    private readonly CorpusOptions _options;

    /// <summary>A reader with <paramref name="options"/> (or the defaults).</summary>
    public CorpusReader(CorpusOptions? options = null)
    {
        _options = options ?? CorpusOptions.Default;
    }

    /// <summary>The counts of the current (or last) <see cref="Read"/>; reset when a new read starts.</summary>
    public CorpusSummary Summary { get; private set; } = new();

    /// <summary>The documents under <paramref name="path"/>, read lazily.</summary>
    public IEnumerable<Document> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Summary = new CorpusSummary();
        return ReadCore(path, Summary);
    }

    private IEnumerable<Document> ReadCore(string path, CorpusSummary summary)
    {
        if (Directory.Exists(path))
        {
            return ReadFolder(path, summary);
        }

        string ext = Path.GetExtension(path).ToUpperInvariant();
        return ext switch
        {
            ".JSONL" or ".NDJSON" => ReadJsonLines(path, summary),
            ".CSV" or ".TSV" => ReadTable(path, summary),
            _ => ReadOneFile(path, Path.GetFileNameWithoutExtension(path), DocumentMetadata.Empty, summary),
        };
    }

    private IEnumerable<Document> ReadFolder(string root, CorpusSummary summary)
    {
        var sidecars = new Dictionary<string, Dictionary<string, DocumentMetadata>?>(StringComparer.Ordinal);
        foreach (string file in EnumerateFiles(root, summary))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string id = relative[..^Path.GetExtension(relative).Length];
            DocumentMetadata given = _options.UseSidecars ? SidecarMetadata(root, file, sidecars, summary) : DocumentMetadata.Empty;
            foreach (Document d in ReadOneFile(file, id, given, summary))
            {
                yield return d;
            }
        }
    }

    private IEnumerable<string> EnumerateFiles(string folder, CorpusSummary summary)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip(summary, new SkippedSource(folder, null, $"cannot list the folder ({e.Message}); check its permissions"));
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (string f in files)
        {
            if (_options.Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                yield return f;
            }
        }

        foreach (string d in folders)
        {
            foreach (string f in EnumerateFiles(d, summary))
            {
                yield return f;
            }
        }
    }

    private IEnumerable<Document> ReadOneFile(string path, string id, DocumentMetadata given, CorpusSummary summary)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TextDecodingException)
        {
            Skip(summary, new SkippedSource(path, null, ReasonOf(e)));
            yield break;
        }

        var source = new DocumentSource { Id = id, Location = path, FileName = path, Encoding = decoded.Encoding, Given = given };
        IReadOnlyList<Document> documents = DocumentParser.Parse(decoded.Text, source, _options.Documents);
        summary.Read(documents.Count);
        foreach (Document d in documents)
        {
            yield return d;
        }
    }

    private IEnumerable<Document> ReadJsonLines(string path, CorpusSummary summary)
    {
        StreamReader? reader = OpenUtf8(path, summary);
        if (reader is null)
        {
            yield break;
        }

        using (reader)
        {
            string baseId = Path.GetFileNameWithoutExtension(path);
            int lineNumber = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or DecoderFallbackException)
                {
                    Skip(summary, new SkippedSource(path, lineNumber + 1, $"{ReasonOf(e)}; the rest of the file is skipped"));
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                (string? id, string? text, DocumentMetadata given, string? error) = ParseJsonLine(line);
                if (error is not null)
                {
                    Skip(summary, new SkippedSource(path, lineNumber, error));
                    continue;
                }

                foreach (Document d in FromRow(path, lineNumber, id ?? $"{baseId}:{lineNumber}", text!, given, summary))
                {
                    yield return d;
                }
            }
        }
    }

    private (string? Id, string? Text, DocumentMetadata Given, string? Error) ParseJsonLine(string line)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, DocumentMetadata.Empty, "not a JSON object; each line must be one object with \"id\" and \"text\"");
            }

            string? id = null, text = null;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (JsonProperty p in json.RootElement.EnumerateObject())
            {
                string value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                if (p.NameEquals(_options.TextField))
                {
                    text = p.Value.ValueKind == JsonValueKind.String ? value : null;
                }
                else if (p.NameEquals("id"))
                {
                    id = value;
                }
                else if (p.Value.ValueKind != JsonValueKind.Null)
                {
                    fields.Add(new(p.Name, value));
                }
            }

            return string.IsNullOrWhiteSpace(text)
                ? (null, null, DocumentMetadata.Empty, $"no \"{_options.TextField}\" string (or it is empty); give each line a \"{_options.TextField}\" field")
                : (id, text, MetadataFields.Read(fields), null);
        }
        catch (JsonException e)
        {
            return (null, null, DocumentMetadata.Empty, $"invalid JSON ({e.Message}); fix the line or remove it");
        }
    }

    private IEnumerable<Document> ReadTable(string path, CorpusSummary summary)
    {
        SepReader? reader = null;
        string? error = null;
        try
        {
            // The strict decoder of OpenUtf8 is not used here: Sep reads the file itself; a BOM is honoured.
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            error = ReasonOf(e);
        }

        if (reader is null)
        {
            Skip(summary, new SkippedSource(path, null, error ?? "cannot read the table"));
            yield break;
        }

        using (reader)
        {
            IReadOnlyList<string> names = reader.Header.ColNames;
            int textColumn = names.ToList().FindIndex(n => string.Equals(n.Trim(), _options.TextField, StringComparison.OrdinalIgnoreCase));
            if (textColumn < 0)
            {
                Skip(summary, new SkippedSource(path, 1, $"no \"{_options.TextField}\" column in the header ({string.Join(", ", names)}); name the text column \"{_options.TextField}\""));
                yield break;
            }

            int idColumn = names.ToList().FindIndex(n => string.Equals(n.Trim(), "id", StringComparison.OrdinalIgnoreCase));
            string baseId = Path.GetFileNameWithoutExtension(path);
            foreach (SepReader.Row row in reader)
            {
                int line = row.LineNumberFrom;
                if (textColumn >= row.ColCount || string.IsNullOrWhiteSpace(row[textColumn].Span.ToString()))
                {
                    Skip(summary, new SkippedSource(path, line, $"the \"{_options.TextField}\" column is empty; give the row its text or remove it"));
                    continue;
                }

                string text = row[textColumn].ToString();
                string id = idColumn >= 0 && idColumn < row.ColCount && row[idColumn].Span.Trim().Length > 0 ? row[idColumn].ToString() : $"{baseId}:{line}";
                var fields = new List<KeyValuePair<string, string>>();
                for (int c = 0; c < Math.Min(names.Count, row.ColCount); c++)
                {
                    if (c != textColumn && c != idColumn)
                    {
                        fields.Add(new(names[c], row[c].ToString()));
                    }
                }

                foreach (Document d in FromRow(path, line, id, text, MetadataFields.Read(fields), summary))
                {
                    yield return d;
                }
            }
        }
    }

    private IReadOnlyList<Document> FromRow(string path, int line, string id, string text, DocumentMetadata given, CorpusSummary summary)
    {
        var source = new DocumentSource { Id = id, Location = $"{path}:{line}", Given = given };
        IReadOnlyList<Document> documents = DocumentParser.Parse(text, source, _options.Documents with { ReadFileName = false });
        summary.Read(documents.Count);
        return documents;
    }

    private DocumentMetadata SidecarMetadata(string root, string file, Dictionary<string, Dictionary<string, DocumentMetadata>?> cache, CorpusSummary summary)
    {
        // The nearest sidecar that lists the file wins; a sidecar lists files by name or by path relative to its folder.
        string rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        for (string? dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!cache.TryGetValue(dir, out Dictionary<string, DocumentMetadata>? rows))
            {
                rows = LoadSidecar(dir, summary);
                cache[dir] = rows;
            }

            if (rows is not null)
            {
                string relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (rows.TryGetValue(relative, out DocumentMetadata? m) || rows.TryGetValue(Path.GetFileName(file), out m))
                {
                    return m;
                }
            }

            if (dir.Length <= rootFull.Length)
            {
                break;
            }
        }

        return DocumentMetadata.Empty;
    }

    private Dictionary<string, DocumentMetadata>? LoadSidecar(string dir, CorpusSummary summary)
    {
        foreach (string name in SidecarNames)
        {
            string path = Path.Combine(dir, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                using SepReader reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
                IReadOnlyList<string> names = reader.Header.ColNames;
                int key = names.ToList().FindIndex(n => n.Trim().ToUpperInvariant() is "FILE" or "FILENAME" or "PATH" or "NAME");
                if (key < 0)
                {
                    Skip(summary, new SkippedSource(path, 1, "sidecar has no file, filename or path column to match files by; its metadata is not used"));
                    return null;
                }

                var rows = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
                foreach (SepReader.Row row in reader)
                {
                    if (key >= row.ColCount)
                    {
                        continue;
                    }

                    var fields = new List<KeyValuePair<string, string>>();
                    for (int c = 0; c < Math.Min(names.Count, row.ColCount); c++)
                    {
                        if (c != key)
                        {
                            fields.Add(new(names[c], row[c].ToString()));
                        }
                    }

                    rows[row[key].ToString().Trim().Replace('\\', '/')] = MetadataFields.Read(fields);
                }

                return rows;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                Skip(summary, new SkippedSource(path, null, $"sidecar unreadable ({e.Message}); its metadata is not used"));
                return null;
            }
        }

        return null;
    }

    private StreamReader? OpenUtf8(string path, CorpusSummary summary)
    {
        try
        {
            // JSON is UTF-8; invalid bytes are an error, not replacement characters.
            return new StreamReader(path, TextEncodingDetector.StrictUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip(summary, new SkippedSource(path, null, ReasonOf(e)));
            return null;
        }
    }

    private void Skip(CorpusSummary summary, SkippedSource skipped)
    {
        summary.Skip(skipped);
        _options.OnSkipped?.Invoke(skipped);
    }

    private static string ReasonOf(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "cannot read: no such file (a broken link?); fix or remove it",
        UnauthorizedAccessException => "cannot read: permission denied; check the file's permissions",
        DecoderFallbackException => "not valid UTF-8; re-save the file as UTF-8",
        TextDecodingException => e.Message,
        IOException => $"cannot read ({e.Message})",
        _ => e.Message,
    };
}
