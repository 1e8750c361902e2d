// Reads a corpus lazily — a folder of .txt/.md files with sidecar metadata, a JSON Lines file, or a CSV — into
// documents; a bad source is reported and skipped, and the rest still loads.
using System.Text.Json;

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
    /// <exception cref="InputException"><paramref name="path"/> does not exist (or its name is not valid UTF-8), or is not a file or folder.</exception>
    public IEnumerable<Document> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileKind kind = TextFile.KindOf(path);
        if (kind is not (FileKind.Regular or FileKind.Directory))
        {
            throw TextFile.NotRegular(path, kind);
        }

        Summary = new CorpusSummary();
        return ReadCore(path, kind, Summary);
    }

    /// <summary>
    /// The documents of one file's decoded <paramref name="text"/>, as <see cref="Read"/> makes them from the file at
    /// <paramref name="path"/> (normalised, a page split into its articles, the metadata the file's name and text give):
    /// for text already read, such as a scorer's that measures what <c>policylens extract</c> reports for the file.
    /// </summary>
    /// <param name="text">The file's text, decoded.</param>
    /// <param name="path">The file's path (its name may carry the year or date).</param>
    /// <param name="id">The document's id (an article's is this with <c>#n</c>); the file's name without its extension by default, as <see cref="Read"/> names a file.</param>
    public IReadOnlyList<Document> Parse(string text, string path, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return Parse(text, new DocumentSource { Id = id ?? Path.GetFileNameWithoutExtension(path), Location = path, FileName = path });
    }

    private IReadOnlyList<Document> Parse(string text, DocumentSource source) => DocumentParser.Parse(text, source, _options.Documents);

    private IEnumerable<Document> ReadCore(string path, FileKind kind, CorpusSummary summary)
    {
        if (kind == FileKind.Directory)
        {
            return ReadFolder(path, summary);
        }

        string ext = Path.GetExtension(path).ToUpperInvariant();
        return ext switch
        {
            ".JSONL" or ".NDJSON" => ReadJsonLines(path, summary),
            ".CSV" or ".TSV" => ReadTable(path, summary),
            _ => ReadOneFile(path, Path.GetFileNameWithoutExtension(path), DocumentMetadata.Empty, [], summary),
        };
    }

    private IEnumerable<Document> ReadFolder(string root, CorpusSummary summary)
    {
        var sidecars = new Dictionary<string, Sidecar?>(StringComparer.Ordinal);
        var seen = new SeenTable();
        foreach (string file in EnumerateFiles(root, seen, summary))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string id = relative[..^Path.GetExtension(relative).Length];
            (DocumentMetadata given, IReadOnlyList<string> warnings) = _options.UseSidecars
                ? SidecarMetadata(root, file, sidecars, summary)
                : (DocumentMetadata.Empty, []);
            foreach (Document d in ReadOneFile(file, id, given, warnings, summary))
            {
                yield return d;
            }
        }
    }

    // Every folder and file is visited once, by identity (device and inode): a link back up the tree (a loop) or a
    // second link to the same file would otherwise count the same text many times, or without end.
    private IEnumerable<string> EnumerateFiles(string folder, SeenTable seen, CorpusSummary summary)
    {
        FileStatus self = FileStatus.Of(folder);
        if (seen.Folders.TryGetValue(self.Identity, out int earlier))
        {
            Skip(summary, new SkippedSource(folder, null, $"the same folder as {seen.FolderPaths[earlier]} (a link loop, or a second link to it); its files are read once, there"));
            yield break;
        }

        int folderIndex = seen.FolderPaths.Count;
        seen.Folders[self.Identity] = folderIndex;
        seen.FolderPaths.Add(folder);
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e is UnauthorizedAccessException
                ? "cannot list the folder: permission denied; check its permissions (chmod +rx)"
                : $"cannot list the folder ({e.Message})";
            Skip(summary, new SkippedSource(folder, null, reason));
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        var folders = new List<string>();
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            FileStatus status = FileStatus.Of(entry);
            if (status.Kind == FileKind.Directory)
            {
                folders.Add(entry);
                continue;
            }

            bool wanted = _options.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            if (!wanted)
            {
                continue;
            }

            if (status.Kind != FileKind.Regular)
            {
                Skip(summary, new SkippedSource(entry, null, TextFile.NotRegular(entry, status.Kind).Reason + Remedy(TextFile.NotRegular(entry, status.Kind))));
                continue;
            }

            if (seen.Files.TryGetValue(status.Identity, out int sameFolder))
            {
                string same = FirstPathOf(seen.FolderPaths[sameFolder], status.Identity);
                Skip(summary, new SkippedSource(entry, null, $"the same file as {same} (a link or a hard link to it); it is read once, there"));
                continue;
            }

            seen.Files[status.Identity] = folderIndex;
            yield return entry;
        }

        foreach (string d in folders)
        {
            foreach (string f in EnumerateFiles(d, seen, summary))
            {
                yield return f;
            }
        }
    }

    // The path under which a file was first read: only its folder is kept in the table of files seen, so the name is
    // found again when a second link to it comes (rare), by listing that folder in the same order as the walk did.
    private string FirstPathOf(string folder, FileIdentity identity)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"a file in {folder}";
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (_options.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                FileStatus status = FileStatus.Of(entry);
                if (status.Kind == FileKind.Regular && status.Identity == identity)
                {
                    return entry;
                }
            }
        }

        return $"a file in {folder}";
    }

    // The folders and files a folder read has visited, by identity: for each folder its path (few), for each file only
    // the index of the folder it was read in (some 40 bytes a file; its full path and a text key took some 270).
    private sealed class SeenTable
    {
        public Dictionary<FileIdentity, int> Folders { get; } = [];

        public List<string> FolderPaths { get; } = [];

        public Dictionary<FileIdentity, int> Files { get; } = [];
    }

    private IEnumerable<Document> ReadOneFile(string path, string id, DocumentMetadata given, IReadOnlyList<string> warnings, CorpusSummary summary)
    {
        DecodedText decoded;
        try
        {
            decoded = TextFile.Read(path, _options.MaxFileBytes);
        }
        catch (InputException e)
        {
            Skip(summary, new SkippedSource(path, null, e.Reason + Remedy(e)));
            yield break;
        }

        IReadOnlyList<Document> documents = Parse(decoded.Text, new DocumentSource { Id = id, Location = path, FileName = path, Encoding = decoded.Encoding, Given = given, Warnings = warnings });
        summary.Read(documents.Count);
        foreach (Document d in documents)
        {
            yield return d;
        }
    }

    private LineReader? OpenLines(string path, CorpusSummary summary)
    {
        FileStream? stream = null;
        try
        {
            stream = TextFile.OpenRead(path, long.MaxValue);
            return LineReader.Open(stream, path, MaxLineChars);
        }
        catch (InputException e)
        {
            stream?.Dispose();
            Skip(summary, new SkippedSource(path, null, e.Reason + Remedy(e)));
            return null;
        }
        catch (IOException e)
        {
            stream?.Dispose();
            Skip(summary, new SkippedSource(path, null, TextFile.Unreadable(path, e).Reason));
            return null;
        }
    }

    private int MaxLineChars => (int)Math.Clamp(_options.MaxFileBytes, 1, Array.MaxLength);

    private IEnumerable<Document> ReadJsonLines(string path, CorpusSummary summary)
    {
        LineReader? lines = OpenLines(path, summary);
        if (lines is null)
        {
            yield break;
        }

        using (lines)
        {
            string baseId = Path.GetFileNameWithoutExtension(path);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            bool anyLine = false;
            while (true)
            {
                SourceLine line;
                try
                {
                    if (lines.Next() is not { } next)
                    {
                        if (!anyLine)
                        {
                            Skip(summary, new SkippedSource(path, null, "the file holds only blank lines, no JSON record; remove it or give it one JSON object per line"));
                        }

                        yield break;
                    }

                    line = next;
                }
                catch (IOException e)
                {
                    Skip(summary, new SkippedSource(path, null, $"{TextFile.Unreadable(path, e).Reason}; the rest of the file is skipped"));
                    yield break;
                }

                if (line.Error is not null)
                {
                    anyLine = true;
                    Skip(summary, new SkippedSource(path, line.Number, line.Error));
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                anyLine = true;
                (string? id, string? text, DocumentMetadata given, IReadOnlyList<string> warnings, string? error) = ParseJsonLine(line.Text);
                if (error is null && id is not null && ids.TryGetValue(id, out int first))
                {
                    error = $"the id \"{id}\" is already used on line {first}; give each line its own id";
                }

                if (error is not null)
                {
                    Skip(summary, new SkippedSource(path, line.Number, error));
                    continue;
                }

                if (id is not null)
                {
                    ids[id] = line.Number;
                }

                foreach (Document d in FromRow(path, line.Number, id ?? $"{baseId}:{line.Number}", text!, given, warnings, summary))
                {
                    yield return d;
                }
            }
        }
    }

    private (string? Id, string? Text, DocumentMetadata Given, IReadOnlyList<string> Warnings, string? Error) ParseJsonLine(string line)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, DocumentMetadata.Empty, [], "not a JSON object; each line must be one object with \"id\" and \"text\"");
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
                    id = p.Value.ValueKind is JsonValueKind.Null ? null : value;
                }
                else if (p.Value.ValueKind != JsonValueKind.Null)
                {
                    fields.Add(new(p.Name, value));
                }
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, null, DocumentMetadata.Empty, [], $"no \"{_options.TextField}\" string (or it is empty); give each line a \"{_options.TextField}\" field");
            }

            var warnings = new List<string>();
            DocumentMetadata given = MetadataFields.Read(fields, warnings);
            return (id, text, given, warnings, null);
        }
        catch (JsonException e)
        {
            return (null, null, DocumentMetadata.Empty, [], $"invalid JSON ({e.Message}); fix the line or remove it");
        }
    }

    private IEnumerable<Document> ReadTable(string path, CorpusSummary summary)
    {
        LineReader? lines = OpenLines(path, summary);
        if (lines is null)
        {
            yield break;
        }

        using (lines)
        {
            var reader = new DelimitedReader(lines.Next, DelimitedReader.SeparatorFor(path), MaxLineChars);
            IEnumerator<DelimitedRecord> rows = reader.Read().GetEnumerator();
            using (rows)
            {
                string[]? names = null;
                int textColumn = -1, idColumn = -1;
                string baseId = Path.GetFileNameWithoutExtension(path);
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                while (true)
                {
                    DelimitedRecord row;
                    try
                    {
                        if (!rows.MoveNext())
                        {
                            yield break;
                        }

                        row = rows.Current;
                    }
                    catch (IOException e)
                    {
                        Skip(summary, new SkippedSource(path, null, $"{TextFile.Unreadable(path, e).Reason}; the rest of the file is skipped"));
                        yield break;
                    }

                    if (names is null)
                    {
                        if (row.Error is not null)
                        {
                            Skip(summary, new SkippedSource(path, row.Line, $"the header cannot be read ({row.Error}); the file is skipped"));
                            yield break;
                        }

                        names = row.Fields;
                        textColumn = Array.FindIndex(names, n => string.Equals(n.Trim(), _options.TextField, StringComparison.OrdinalIgnoreCase));
                        idColumn = Array.FindIndex(names, n => string.Equals(n.Trim(), "id", StringComparison.OrdinalIgnoreCase));
                        if (textColumn < 0)
                        {
                            Skip(summary, new SkippedSource(path, row.Line, $"no \"{_options.TextField}\" column in the header ({string.Join(", ", names)}); name the text column \"{_options.TextField}\""));
                            yield break;
                        }

                        continue;
                    }

                    if (row.Error is not null)
                    {
                        Skip(summary, new SkippedSource(path, row.Line, row.Error));
                        continue;
                    }

                    string text = row.Fields[textColumn];
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        Skip(summary, new SkippedSource(path, row.Line, $"the \"{_options.TextField}\" column is empty; give the row its text or remove it"));
                        continue;
                    }

                    string id = idColumn >= 0 && row.Fields[idColumn].Trim().Length > 0 ? row.Fields[idColumn] : $"{baseId}:{row.Line}";
                    if (ids.TryGetValue(id, out int first))
                    {
                        Skip(summary, new SkippedSource(path, row.Line, $"the id \"{id}\" is already used on line {first}; give each row its own id"));
                        continue;
                    }

                    ids[id] = row.Line;
                    var fields = new List<KeyValuePair<string, string>>();
                    for (int c = 0; c < names.Length; c++)
                    {
                        if (c != textColumn && c != idColumn)
                        {
                            fields.Add(new(names[c], row.Fields[c]));
                        }
                    }

                    var warnings = new List<string>();
                    DocumentMetadata given = MetadataFields.Read(fields, warnings);
                    foreach (Document d in FromRow(path, row.Line, id, text, given, warnings, summary))
                    {
                        yield return d;
                    }
                }
            }
        }
    }

    private IReadOnlyList<Document> FromRow(string path, int line, string id, string text, DocumentMetadata given, IReadOnlyList<string> warnings, CorpusSummary summary)
    {
        var source = new DocumentSource { Id = id, Location = $"{path}:{line}", Given = given, Warnings = Located(path, line, warnings) };
        IReadOnlyList<Document> documents = DocumentParser.Parse(text, source, _options.Documents with { ReadFileName = false });
        summary.Read(documents.Count);
        return documents;
    }

    private static IReadOnlyList<string> Located(string path, int line, IReadOnlyList<string> warnings) =>
        warnings.Count == 0 ? warnings : [.. warnings.Select(w => $"{path}:{line}: {w}")];

    private (DocumentMetadata Given, IReadOnlyList<string> Warnings) SidecarMetadata(string root, string file, Dictionary<string, Sidecar?> cache, CorpusSummary summary)
    {
        // The nearest sidecar that lists the file wins; a sidecar lists files by name or by path relative to its folder.
        string rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
        KeepAncestors(cache, folder);
        for (string? dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!cache.TryGetValue(dir, out Sidecar? sidecar))
            {
                sidecar = LoadSidecar(dir, summary);
                cache[dir] = sidecar;
            }

            if (sidecar is not null)
            {
                string relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (sidecar.Rows.TryGetValue(relative, out SidecarRow? row) || sidecar.Rows.TryGetValue(Path.GetFileName(file), out row))
                {
                    return (row.Metadata, row.Warnings);
                }
            }

            if (dir.Length <= rootFull.Length)
            {
                break;
            }
        }

        return (DocumentMetadata.Empty, []);
    }

    // Files come folder by folder, depth first, and a folder is left for good once its files and subfolders are read: so a
    // sidecar is needed only while files under its folder are read, and the cache keeps the folders above the current file
    // and no others. Keeping every folder's rows made a run's live memory grow with the number of folders (issue 14: about
    // 10 MB of sidecar rows over the 2 GB generated corpus); a folder met again would only be read again.
    private static void KeepAncestors(Dictionary<string, Sidecar?> cache, string? folder)
    {
        List<string>? left = null;
        foreach (string dir in cache.Keys)
        {
            bool above = folder is not null && folder.StartsWith(dir, StringComparison.Ordinal)
                && (folder.Length == dir.Length || folder[dir.Length] == Path.DirectorySeparatorChar || dir.EndsWith(Path.DirectorySeparatorChar));
            if (!above)
            {
                (left ??= []).Add(dir);
            }
        }

        if (left is not null)
        {
            foreach (string dir in left)
            {
                cache.Remove(dir);
            }
        }
    }

    private Sidecar? LoadSidecar(string dir, CorpusSummary summary)
    {
        foreach (string name in SidecarNames)
        {
            string path = Path.Combine(dir, name);
            FileKind kind = TextFile.KindOf(path);
            if (kind == FileKind.Missing)
            {
                continue;
            }

            DecodedText decoded;
            try
            {
                decoded = TextFile.Read(path, _options.MaxFileBytes);
            }
            catch (InputException e)
            {
                Skip(summary, new SkippedSource(path, null, $"sidecar unreadable ({e.Reason}); its metadata is not used"));
                return null;
            }

            using var text = new StringReader(decoded.Text);
            int number = 0;
            var reader = new DelimitedReader(
                () => text.ReadLine() is { } l ? new SourceLine(++number, l, null) : null, DelimitedReader.SeparatorFor(path), MaxLineChars);
            string[]? names = null;
            int key = -1;
            var rows = new Dictionary<string, SidecarRow>(StringComparer.Ordinal);
            foreach (DelimitedRecord row in reader.Read())
            {
                if (row.Error is not null)
                {
                    Skip(summary, new SkippedSource(path, row.Line, $"sidecar row not read ({row.Error}); the file it names gets no metadata from it"));
                    if (names is null)
                    {
                        return null;
                    }

                    continue;
                }

                if (names is null)
                {
                    names = row.Fields;
                    key = Array.FindIndex(names, n => n.Trim().ToUpperInvariant() is "FILE" or "FILENAME" or "PATH" or "NAME");
                    if (key < 0)
                    {
                        Skip(summary, new SkippedSource(path, 1, "sidecar has no file, filename or path column to match files by; its metadata is not used"));
                        return null;
                    }

                    continue;
                }

                string file = row.Fields[key].Trim().Replace('\\', '/');
                if (file.Length == 0)
                {
                    Skip(summary, new SkippedSource(path, row.Line, "sidecar row names no file; it is not used"));
                    continue;
                }

                if (rows.TryGetValue(file, out SidecarRow? earlier))
                {
                    Skip(summary, new SkippedSource(path, row.Line, $"\"{file}\" is already listed on line {earlier.Line}; the first row is used"));
                    continue;
                }

                var fields = new List<KeyValuePair<string, string>>();
                for (int c = 0; c < names.Length; c++)
                {
                    if (c != key)
                    {
                        fields.Add(new(names[c], row.Fields[c]));
                    }
                }

                var warnings = new List<string>();
                DocumentMetadata metadata = MetadataFields.Read(fields, warnings);
                rows[file] = new SidecarRow(row.Line, metadata, Located(path, row.Line, warnings));
            }

            return names is null ? null : new Sidecar(rows);
        }

        return null;
    }

    private void Skip(CorpusSummary summary, SkippedSource skipped)
    {
        summary.Skip(skipped);
        _options.OnSkipped?.Invoke(skipped);
    }

    private static string Remedy(InputException e) => e.Remedy is null ? string.Empty : $" ({e.Remedy})";

    private sealed record Sidecar(Dictionary<string, SidecarRow> Rows);

    private sealed record SidecarRow(int Line, DocumentMetadata Metadata, IReadOnlyList<string> Warnings);
}
