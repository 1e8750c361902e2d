// Where a text came from and what is already known about it, before it is parsed into documents.
namespace PolicyLens.Text;

/// <summary>A text's origin and the metadata its source gives (a sidecar row, JSON fields, CSV columns).</summary>
public sealed record DocumentSource
{
    /// <summary>The id the documents are named after (<c>gwr/2019</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Where it came from, for messages: a path, or <c>path:line</c>.</summary>
    public required string Location { get; init; }

    /// <summary>A file path whose name may hold a year or a congress number (null: none).</summary>
    public string? FileName { get; init; }

    /// <summary>The encoding the bytes were read in, when they were bytes.</summary>
    public string? Encoding { get; init; }

    /// <summary>Warnings about the source found before parsing (a metadata value that was ignored), each naming where.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Metadata the source states; it wins over anything inferred.</summary>
    public DocumentMetadata Given { get; init; } = DocumentMetadata.Empty;
}
