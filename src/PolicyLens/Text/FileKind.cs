// The kinds of thing a path can name, as far as reading input cares.
namespace PolicyLens.Text;

/// <summary>What a path names, links followed: only a <see cref="Regular"/> file is read as input.</summary>
public enum FileKind
{
    /// <summary>Nothing (or a broken link).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A character or block device (<c>/dev/zero</c>, a disk): endless or huge.</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}
