// A file written once from start to end, hashed (SHA-256) as it is written, so the run manifest need not read it back.
using System.Security.Cryptography;

namespace PolicyLens.Export;

/// <summary>
/// A write-only file whose bytes are hashed on their way to it: <see cref="TryFinish"/> gives the SHA-256 of everything
/// written, which <see cref="RunManifest"/> would otherwise compute by reading the file again (47 MB for the national
/// corpus in every format). The hash is given only for a file written straight through; a seek or a position set elsewhere
/// than the end (which no encoder does today) makes it unknown, and the manifest then reads the file as before.
/// </summary>
internal sealed class HashingFileStream(FileStream file) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _written;
    private bool _straight = true;

    public override bool CanRead => false;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => Moved(file.Position = value);
    }

    /// <summary>Flushes the file; returns the lower-case hex SHA-256 and size of its bytes, or null when it was not written straight through.</summary>
    public (string Sha256, long Bytes)? TryFinish()
    {
        file.Flush();
        return _straight ? (Convert.ToHexStringLower(_hash.GetHashAndReset()), _written) : null;
    }

    public override void Flush() => file.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => Moved(file.Seek(offset, origin));

    public override void SetLength(long value)
    {
        _straight = false;
        file.SetLength(value);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        _written += buffer.Length;
        file.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _hash.AppendData(buffer.Span);
        _written += buffer.Length;
        return file.WriteAsync(buffer, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            file.Dispose();
        }

        base.Dispose(disposing);
    }

    private long Moved(long position)
    {
        _straight &= position == _written;
        return position;
    }
}
