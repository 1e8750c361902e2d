// The manifest of a published run (datapackage.json): who wrote what from which corpus, with every file's size and hash.
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyLens.Export;

/// <summary>
/// The manifest of one run's output folder: a Frictionless Data Package (<c>datapackage.json</c>, profile
/// <c>tabular-data-package</c>) that R's <c>frictionless</c>, Python's <c>frictionless</c>/<c>datapackage</c> and dashboard
/// tools read as it is. Besides the standard fields (<c>resources</c> with <c>path</c>, <c>format</c>, <c>bytes</c>,
/// <c>hash</c> as <c>sha256:…</c> and each table's <c>schema.fields</c>) it carries a <c>policylens</c> object: the run id,
/// the schema version, the corpus fingerprint, the shard, the options that shape the tables, and for a merge the run
/// ids of its shards. It is written last, inside the staging folder, and published with the tables in one step: a
/// folder with a manifest holds exactly the files it lists.
/// </summary>
public sealed class RunManifest
{
    /// <summary>The manifest's file name in an output folder.</summary>
    public const string FileName = "datapackage.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>A new run's manifest (the resources are filled in when it is written).</summary>
    /// <param name="runId">A unique id of the run.</param>
    /// <param name="corpusFingerprint">The corpus fingerprint (<c>sha256:…</c> over every document's id and text, all shards').</param>
    /// <param name="documents">Documents in the whole corpus.</param>
    /// <param name="shard">This run's shard, from 0.</param>
    /// <param name="shardCount">Shards the corpus is split into.</param>
    /// <param name="options">The options that shape the tables, by name.</param>
    /// <param name="mergedFrom">For a merge, the run ids of the shards in shard order; else empty.</param>
    public RunManifest(string runId, string corpusFingerprint, long documents, int shard, int shardCount,
        IReadOnlyDictionary<string, string> options, IReadOnlyList<string>? mergedFrom = null)
    {
        RunId = runId;
        CorpusFingerprint = corpusFingerprint;
        Documents = documents;
        Shard = shard;
        ShardCount = shardCount;
        // A plain copy (the manifest lists them in name order, sorted when written): a SortedDictionary's tree over
        // key-value pairs and ToDictionary were compiled by the JIT at every run (issue 14, start-up code).
        var copy = new Dictionary<string, string>(options.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> option in options)
        {
            copy.Add(option.Key, option.Value);
        }

        Options = copy;
        MergedFrom = mergedFrom ?? [];
    }

    /// <summary>The run's unique id (time and random part).</summary>
    public string RunId { get; }

    /// <summary>When the run was published (UTC).</summary>
    public DateTimeOffset Created { get; private set; }

    /// <summary>The tables' schema version (<see cref="TableSchema.Version"/> of the writer).</summary>
    public string SchemaVersion { get; private set; } = TableSchema.Version;

    /// <summary>The corpus fingerprint: <c>sha256:</c> over every document's id and normalised text, in corpus order, whatever the shard.</summary>
    public string CorpusFingerprint { get; }

    /// <summary>Documents in the whole corpus (every shard's).</summary>
    public long Documents { get; }

    /// <summary>This run's shard, from 0.</summary>
    public int Shard { get; }

    /// <summary>Shards the corpus was split into (1: the whole corpus).</summary>
    public int ShardCount { get; }

    /// <summary>
    /// The options that shape the tables (<c>group_by</c>, <c>classify_themes</c>, …), by name (ordinal); the manifest file lists
    /// them in ordinal order of their names, and the dictionary promises no order of its own.
    /// </summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>For a merged run, the run ids of the shards, in shard order; else empty.</summary>
    public IReadOnlyList<string> MergedFrom { get; }

    /// <summary>The files of the run.</summary>
    public IReadOnlyList<ManifestResource> Resources { get; private set; } = [];

    /// <summary>A new run id: the UTC time and 8 random hex digits (<c>20261130T124501Z-1f3a9c2e</c>).</summary>
    public static string NewRunId() =>
        DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>True when the run lists the file at <paramref name="path"/> (relative, <c>/</c> separators).</summary>
    public bool Lists(string path) => Resources.Any(r => r.Path == path);

    /// <summary>The manifest of the folder, or null when it has none (an empty folder, or one written before manifests).</summary>
    /// <exception cref="InputException">The manifest is there but cannot be read.</exception>
    public static RunManifest? TryRead(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Parse(path) : null;
    }

    /// <summary>The manifest of the folder.</summary>
    /// <exception cref="InputException">There is none, or it cannot be read.</exception>
    public static RunManifest Read(string directory) =>
        TryRead(directory) ?? throw new InputException(directory, $"no {FileName}: this is not the output of 'policylens analyze' (or was written by a version before 0.2)",
            remedy: "run 'policylens analyze' into it again");

    /// <summary>Checks that a listed file is there with its listed size and hash.</summary>
    /// <exception cref="InputException">It is missing, or its size or hash differs: the file was changed or damaged.</exception>
    public void Verify(string directory, ManifestResource resource)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(resource);
        string path = Path.Combine(directory, resource.Path);
        if (!File.Exists(path))
        {
            throw new InputException(path, $"listed in {FileName} but missing", remedy: "the folder was changed after the run; re-run it");
        }

        long bytes = new FileInfo(path).Length;
        if (bytes != resource.Bytes || Sha256Of(path) != resource.Sha256)
        {
            throw new InputException(path, $"its bytes are not those {FileName} lists (size {bytes}, expected {resource.Bytes})",
                remedy: "the file is damaged or was changed after the run; re-run it");
        }
    }

    /// <summary>Lists every file below <paramref name="directory"/> with its size and hash, and writes the manifest there.</summary>
    /// <param name="directory">The (staging) folder holding the run's files and nothing else.</param>
    /// <param name="schemas">The layout of each file, by relative path, and its hash and size when its writer hashed it as it wrote (else null: read back here).</param>
    internal void WriteTo(string directory, IReadOnlyDictionary<string, StagedFile> schemas)
    {
        Created = DateTimeOffset.UtcNow;
        SchemaVersion = TableSchema.Version;
        // The table writers hash their files as they write them; any other file is read back and hashed here, on every
        // core. (Parallel.For, not PLINQ: the job uses no PLINQ elsewhere, and PLINQ's generic methods over these tuples
        // would be compiled at every run; and only when a file is to be read back: `analyze` has none, and Parallel.For's
        // generic workers were compiled by the JIT at every run.)
        // The paths sorted as strings (LINQ's OrderBy over these pairs was compiled by the JIT at every run, issue 14).
        string[] files = [.. schemas.Keys];
        Array.Sort(files, StringComparer.Ordinal);
        var resources = new ManifestResource[files.Length];
        var readBack = new List<int>();
        for (int i = 0; i < files.Length; i++)
        {
            StagedFile file = schemas[files[i]];
            if (file.Hash is { } hash)
            {
                resources[i] = new ManifestResource(files[i], file.Schema.Name, file.Format, hash.Bytes, hash.Sha256);
            }
            else
            {
                readBack.Add(i);
            }
        }

        if (readBack.Count > 0)
        {
            Parallel.For(0, readBack.Count, k =>
            {
                int i = readBack[k];
                StagedFile file = schemas[files[i]];
                string path = Path.Combine(directory, files[i]);
                resources[i] = new ManifestResource(files[i], file.Schema.Name, file.Format, new FileInfo(path).Length, Sha256Of(path));
            });
        }

        Resources = resources;

        using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.CreateNew, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", "policylens-analysis");
        json.WriteString("created", Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("policylens");
        json.WriteString("run_id", RunId);
        json.WriteString("schema_version", SchemaVersion);
        json.WriteString("corpus_fingerprint", CorpusFingerprint);
        json.WriteNumber("documents", Documents);
        json.WriteNumber("shard", Shard);
        json.WriteNumber("shard_count", ShardCount);
        json.WriteStartObject("options");
        string[] names = [.. Options.Keys];
        Array.Sort(names, StringComparer.Ordinal);
        foreach (string name in names)
        {
            json.WriteString(name, Options[name]);
        }

        json.WriteEndObject();
        json.WriteStartArray("merged_from");
        foreach (string id in MergedFrom)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("resources");
        foreach (ManifestResource r in Resources)
        {
            TableSchema schema = schemas[r.Path].Schema;
            json.WriteStartObject();
            json.WriteString("name", r.Path.Replace('/', '-').ToLowerInvariant());
            json.WriteString("path", r.Path);
            json.WriteString("profile", "tabular-data-resource");
            json.WriteString("table", r.Table);
            json.WriteString("format", FormatName(r.Format));
            json.WriteString("mediatype", r.Format switch
            {
                ExportFormat.Csv => "text/csv",
                ExportFormat.Json => "application/json",
                ExportFormat.JsonLines => "application/jsonl",
                _ => "application/vnd.apache.parquet",
            });
            if (r.Format != ExportFormat.Parquet)
            {
                json.WriteString("encoding", "utf-8");
            }

            if (r.Format == ExportFormat.Csv)
            {
                json.WriteStartObject("dialect");
                json.WriteString("delimiter", ",");
                json.WriteString("lineTerminator", "\r\n");
                json.WriteBoolean("header", true);
                json.WriteEndObject();
            }

            json.WriteNumber("bytes", r.Bytes);
            json.WriteString("hash", "sha256:" + r.Sha256);
            json.WriteStartObject("schema");
            json.WriteStartArray("fields");
            foreach (TableColumn column in schema.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", TableWriter.TypeName(column.Type));
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The lower-case SHA-256 of a file's bytes.</summary>
    internal static string Sha256Of(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string FormatName(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        ExportFormat.JsonLines => "jsonl",
        _ => "parquet",
    };

    private static RunManifest Parse(string path)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            JsonElement run = root.GetProperty("policylens");
            var manifest = new RunManifest(
                run.GetProperty("run_id").GetString()!,
                run.GetProperty("corpus_fingerprint").GetString()!,
                run.GetProperty("documents").GetInt64(),
                run.GetProperty("shard").GetInt32(),
                run.GetProperty("shard_count").GetInt32(),
                run.GetProperty("options").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                [.. run.GetProperty("merged_from").EnumerateArray().Select(e => e.GetString()!)])
            {
                SchemaVersion = run.GetProperty("schema_version").GetString()!,
                Created = DateTimeOffset.Parse(root.GetProperty("created").GetString()!, CultureInfo.InvariantCulture),
            };
            manifest.Resources = [.. root.GetProperty("resources").EnumerateArray().Select(r => new ManifestResource(
                r.GetProperty("path").GetString()!,
                r.GetProperty("table").GetString()!,
                r.GetProperty("format").GetString() switch
                {
                    "csv" => ExportFormat.Csv,
                    "json" => ExportFormat.Json,
                    "jsonl" => ExportFormat.JsonLines,
                    "parquet" => ExportFormat.Parquet,
                    var other => throw new FormatException($"unknown format '{other}'"),
                },
                r.GetProperty("bytes").GetInt64(),
                r.GetProperty("hash").GetString()!.Replace("sha256:", "", StringComparison.Ordinal)))];
            return manifest;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"the run manifest cannot be read ({e.Message.Split('\n', 2)[0].TrimEnd('\r')})",
                remedy: "the folder is damaged or not a PolicyLens output; re-run the analysis into it", innerException: e);
        }
    }
}
