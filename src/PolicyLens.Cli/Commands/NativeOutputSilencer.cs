using System.Runtime.InteropServices;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Keeps native code's printf output off the process's standard output while it is in scope. ML.NET's LDA runs the
/// native LightLDA library, which logs its log-likelihood every few iterations with printf, straight to file descriptor 1:
/// in <c>policylens themes --table topics</c> that would land in the middle of the CSV. On Unix, descriptor 1 is pointed at
/// /dev/null for the duration (C's buffers flushed first and last); elsewhere nothing is done. It is process-wide, so it
/// lives here, in the program that owns the process and knows that nothing else writes to standard output meanwhile,
/// not in the library (issue 17), whose callers may be writing from other threads.
/// </summary>
internal sealed class NativeOutputSilencer : IDisposable
{
    private const int StandardOutput = 1;
    private readonly int _saved = -1;

    internal NativeOutputSilencer()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return;
        }

        try
        {
            Console.Out.Flush();
            _ = Fflush(IntPtr.Zero);
            int devNull = Open("/dev/null\0"u8.ToArray(), 1 /* O_WRONLY */);
            if (devNull < 0)
            {
                return;
            }

            _saved = Dup(StandardOutput);
            if (_saved >= 0)
            {
                _ = Dup2(devNull, StandardOutput);
            }

            _ = Close(devNull);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to call: the log lines stay, which is untidy but harmless.
            _saved = -1;
        }
    }

    public void Dispose()
    {
        if (_saved < 0)
        {
            return;
        }

        _ = Fflush(IntPtr.Zero);
        _ = Dup2(_saved, StandardOutput);
        _ = Close(_saved);
    }

    // DllImport rather than LibraryImport: the program is built without unsafe code, and these signatures are blittable.
    [DllImport("libc", EntryPoint = "fflush")]
    private static extern int Fflush(IntPtr stream);

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "dup")]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2")]
    private static extern int Dup2(int oldFd, int newFd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
