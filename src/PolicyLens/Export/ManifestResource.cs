// One file of a published run, as its manifest lists it.
namespace PolicyLens.Export;

/// <summary>One file of a run, as <c>datapackage.json</c> lists it.</summary>
/// <param name="Path">The path relative to the output folder, with <c>/</c> separators (<c>partials/counts_items.parquet</c>).</param>
/// <param name="Table">The table it holds.</param>
/// <param name="Format">Its format (exactly one).</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
public sealed record ManifestResource(string Path, string Table, ExportFormat Format, long Bytes, string Sha256);
