// Opens input files safely: only regular files, sizes checked before reading, every failure an InputException.
using System.Buffers;

namespace PolicyLens.Text;

/// <summary>
/// The one way PolicyLens opens an input file. Before anything is opened, the path must name a regular file (links
/// followed): a FIFO would block, a device such as <c>/dev/zero</c> would never end. Its size must be at most a limit
/// (<see cref="DefaultMaxBytes"/> unless given), checked before a byte is read. Every failure is an
/// <see cref="InputException"/> naming the file and saying what to do, also for a missing file, a broken link, a file
/// whose name is not valid UTF-8, and a file the user may not read.
/// </summary>
/// <example>
/// <code>
/// DecodedText text = TextFile.Read("corpus/2019.txt");          // UTF-8, UTF-16 with BOM or GB18030
/// long size = TextFile.Check("metadata.csv", maxBytes: 1 &lt;&lt; 20); // throws for a FIFO or a 2 MB file
/// </code>
/// </example>
public static class TextFile
{
    /// <summary>The largest input file read by default: 256 MiB, far above any report (the longest is under 1 MB).</summary>
    public const long DefaultMaxBytes = 256L << 20;

    /// <summary>What <paramref name="path"/> names, links followed, without opening it.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FileStatus.Of(path).Kind;
    }

    /// <summary>Checks that <paramref name="path"/> is a regular file of at most <paramref name="maxBytes"/> bytes; returns its size.</summary>
    /// <exception cref="InputException">It is missing, not a regular file, or too large.</exception>
    public static long Check(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStatus status = FileStatus.Of(path);
        if (status.Kind != FileKind.Regular)
        {
            throw NotRegular(path, status.Kind);
        }

        if (status.Size > maxBytes)
        {
            throw new InputException(path, $"the file is {Megabytes(status.Size)}, above the limit of {Megabytes(maxBytes)}",
                remedy: "split it, or raise the limit with --max-file-mb");
        }

        return status.Size;
    }

    /// <summary>Checks <paramref name="path"/> as <see cref="Check"/> does, then opens it for reading.</summary>
    /// <exception cref="InputException">It is missing, not a regular file, too large, or unreadable.</exception>
    public static FileStream OpenRead(string path, long maxBytes = DefaultMaxBytes) => Open(path, maxBytes, 1 << 16);

    private static FileStream Open(string path, long maxBytes, int bufferSize)
    {
        Check(path, maxBytes);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    /// <summary>Reads and decodes <paramref name="path"/> (UTF-8, UTF-16 with a BOM, or GB18030; see <see cref="TextDecoder"/>).</summary>
    /// <exception cref="InputException">It is missing, not a regular file, too large, unreadable, or not text (a <see cref="TextDecodingException"/>).</exception>
    public static DecodedText Read(string path, long maxBytes = DefaultMaxBytes)
    {
        // The bytes go into an array rented from the shared pool (they are decoded into a string and dropped), through a
        // stream without a buffer of its own: the whole file is asked for at once, so a buffer would only serve the
        // one-byte probe for a file that grew, and it cost 64 KB per file (issue 14, round 16: with the bytes themselves,
        // 10.6 of analyze's 268 MB on gwr + cpc-congress).
        byte[] bytes = [];
        try
        {
            int length;
            using (FileStream stream = Open(path, maxBytes, bufferSize: 0))
            {
                try
                {
                    // Sized by the check; a file that grew meanwhile is still bounded by the limit.
                    bytes = Rent(stream.Length);
                    length = stream.ReadAtLeast(bytes.AsSpan(0, (int)stream.Length), (int)stream.Length, throwOnEndOfStream: false);
                    if (length == stream.Length && stream.ReadByte() >= 0)
                    {
                        if (stream.Length > maxBytes)
                        {
                            throw new InputException(path, $"the file grew above the limit of {Megabytes(maxBytes)} while it was read",
                                remedy: "read it when it is complete");
                        }

                        stream.Position = 0;
                        ArrayPool<byte>.Shared.Return(bytes);
                        bytes = []; // returned once, should the next line throw
                        bytes = Rent(stream.Length);
                        length = stream.ReadAtLeast(bytes.AsSpan(0, (int)stream.Length), (int)stream.Length, throwOnEndOfStream: false);
                    }
                }
                catch (IOException e)
                {
                    throw Unreadable(path, e);
                }
            }

            return TextDecoder.Decode(bytes.AsSpan(0, length), path);
        }
        finally
        {
            if (bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        static byte[] Rent(long length) => length == 0 ? [] : ArrayPool<byte>.Shared.Rent((int)length);
    }

    /// <summary>The <see cref="InputException"/> for a path that is not a regular file.</summary>
    internal static InputException NotRegular(string path, FileKind kind) => kind switch
    {
        FileKind.Missing => Missing(path),
        FileKind.Directory => new InputException(path, "a folder, not a file", remedy: "name a file, or pass the folder where a corpus is expected"),
        FileKind.Fifo => new InputException(path, "a named pipe (FIFO), not a regular file; it is not read, since reading it would wait for a writer",
            remedy: "copy its contents into a file"),
        FileKind.Device => new InputException(path, "a device, not a regular file; it is not read", remedy: "name a regular file"),
        FileKind.Socket => new InputException(path, "a socket, not a regular file; it is not read", remedy: "name a regular file"),
        _ => new InputException(path, "not a regular file; it is not read", remedy: "name a regular file"),
    };

    /// <summary>The <see cref="InputException"/> for a path that does not exist: a missing file, a broken link, or a name that is not UTF-8.</summary>
    internal static InputException Missing(string path)
    {
        if (path.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return new InputException(path, "the name is not valid UTF-8 (its bad bytes were replaced by U+FFFD), so the file cannot be opened by name",
                remedy: "rename it to a UTF-8 name, e.g. with convmv -f gbk -t utf-8");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return new InputException(path.Replace("\0", "\\0", StringComparison.Ordinal), "the name contains a NUL character, which no file name can",
                remedy: "check the argument");
        }

        string? target = null;
        try
        {
            target = new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // No link to describe; the plain message follows.
        }

        return target is null
            ? new InputException(path, "no such file or folder", remedy: "check the name")
            : new InputException(path, $"a broken link (its target {target} does not exist, or is a link loop)", remedy: "fix or remove the link");
    }

    /// <summary>The <see cref="InputException"/> for an I/O error while opening or reading <paramref name="path"/>.</summary>
    internal static InputException Unreadable(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => Missing(path),
        UnauthorizedAccessException => new InputException(path, "permission denied", remedy: "check its permissions (chmod +r)", innerException: e),
        _ => new InputException(path, $"cannot be read ({e.Message})", innerException: e),
    };

    internal static string Megabytes(long bytes) => bytes >= 1 << 20
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MiB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
