// Which file or folder a path leads to (device and inode), as two numbers, so that a table of files seen stays small.

namespace PolicyLens.Text;

/// <summary>
/// The identity of a file or folder: its <paramref name="Device"/> and <paramref name="Inode"/> where <c>stat</c> is
/// available (then <paramref name="ResolvedPath"/> is null, and the value holds no string: 16 bytes a file in a table of
/// files seen, where a text key took some 100); elsewhere (Windows) its resolved full path, with both numbers 0.
/// </summary>
internal readonly record struct FileIdentity(long Device, long Inode, string? ResolvedPath);
