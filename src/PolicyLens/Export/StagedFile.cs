namespace PolicyLens.Export;

/// <summary>
/// A file of a run being published: its table's layout, its format, and its SHA-256 and size when its writer hashed it as
/// it wrote (else null: <see cref="RunManifest"/> reads it back). A class, not a value tuple: the dictionary of them and
/// the LINQ that built it were compiled by the JIT at every run over the tuple (issue 14, start-up code).
/// </summary>
internal sealed record StagedFile(TableSchema Schema, ExportFormat Format, (string Sha256, long Bytes)? Hash);
