// The identity of a corpus as an analysis read it: a hash over every document's id and text, in corpus order.
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Pipeline;

/// <summary>
/// SHA-256 over every document's id and normalised text, in corpus order, with their lengths so that no two corpora
/// run together into the same bytes. Every shard reads the whole corpus, so the shards of one run share it, and
/// <see cref="MergeJob"/> refuses shards whose fingerprints differ.
/// </summary>
internal sealed class CorpusFingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Lock _lock = new();
    private string? _value;

    /// <summary>Documents hashed.</summary>
    public long Documents { get; private set; }

    /// <summary>The fingerprint, <c>sha256:</c> and lower-case hex; no document may be added after it is read.</summary>
    public string Value => _value ??= "sha256:" + Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <summary>Adds a document (in corpus order) and passes <paramref name="passThrough"/> on, for use inside a query.</summary>
    public T Add<T>(Document document, T passThrough)
    {
        lock (_lock)
        {
            Append(document.Id);
            Append(document.Text);
            Documents++;
        }

        return passThrough;
    }

    public void Dispose() => _hash.Dispose();

    // The UTF-8 bytes in a pooled array, given back at once: a fresh array per document was 4.9 of analyze's 268 MB on
    // gwr + cpc-congress (issue 14, round 16). The bytes hashed are the same.
    private void Append(string text)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            int count = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> length = stackalloc byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, count);
            _hash.AppendData(length);
            _hash.AppendData(bytes, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
