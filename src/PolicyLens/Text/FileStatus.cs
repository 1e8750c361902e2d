// What a path is (regular file, folder, FIFO, device…), its size and identity, found without opening it.
using System.Runtime.InteropServices;

namespace PolicyLens.Text;

/// <summary>
/// The type, size and identity (device and inode) of a path, following links, read with <c>stat</c> so that nothing is
/// opened: opening a FIFO blocks until a writer comes, and <c>/dev/zero</c> never ends. .NET exposes neither the file
/// type nor the inode, so on Unix this calls the runtime's own native shim (<c>SystemNative_Stat</c> in
/// <c>libSystem.Native</c>, which every .NET install ships and whose struct is the same on every Unix); where that is
/// missing (Windows), the managed answer is used: an existing file is regular, its identity is its resolved full path.
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, FileIdentity Identity)
{
    // The shim's FileStatus: int Flags, int Mode, uint Uid, uint Gid, long Size, 8 longs of times, long Dev, long RDev,
    // long Ino, uint UserFlags. The buffer is larger than the struct so that a longer future struct cannot overrun it.
    private const int ModeOffset = 4, SizeOffset = 16, DevOffset = 88, InoOffset = 104, BufferSize = 256;
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharDevice = 0x2000, Directory = 0x4000, BlockDevice = 0x6000,
        Regular = 0x8000, Socket = 0xC000;

    private static bool s_nativeMissing = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD();

    /// <summary>The status of <paramref name="path"/> (links followed), or <see cref="FileKind.Missing"/>.</summary>
    public static FileStatus Of(string path)
    {
        if (!s_nativeMissing)
        {
            try
            {
                byte[] buffer = new byte[BufferSize];
                if (NativeMethods.Stat(path, buffer) != 0)
                {
                    return new FileStatus(FileKind.Missing, 0, new FileIdentity(0, 0, path));
                }

                int mode = BitConverter.ToInt32(buffer, ModeOffset) & TypeMask;
                FileKind kind = mode switch
                {
                    Regular => FileKind.Regular,
                    Directory => FileKind.Directory,
                    Fifo => FileKind.Fifo,
                    CharDevice or BlockDevice => FileKind.Device,
                    Socket => FileKind.Socket,
                    _ => FileKind.Other,
                };
                var identity = new FileIdentity(BitConverter.ToInt64(buffer, DevOffset), BitConverter.ToInt64(buffer, InoOffset), null);
                return new FileStatus(kind, BitConverter.ToInt64(buffer, SizeOffset), identity);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_nativeMissing = true;
            }
        }

        return Managed(path);
    }

    private static FileStatus Managed(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            var dir = new DirectoryInfo(path);
            string real = dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
            return new FileStatus(FileKind.Directory, 0, new FileIdentity(0, 0, Path.TrimEndingDirectorySeparator(real)));
        }

        if (File.Exists(path))
        {
            var file = new FileInfo(path);
            var target = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
            return new FileStatus(FileKind.Regular, target.Length, new FileIdentity(0, 0, target.FullName));
        }

        return new FileStatus(FileKind.Missing, 0, new FileIdentity(0, 0, path));
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat(string path, byte[] buffer);
    }
}
