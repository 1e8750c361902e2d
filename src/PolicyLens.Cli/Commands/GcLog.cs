// A hidden diagnostic for issue 14 (memory that stays flat on a large corpus): with POLICYLENS_GC_LOG=FILE, one line of the
// GC's own figures every second (heap, committed, fragmentation and promoted bytes, per generation), to see what grows.
using System.Globalization;

namespace PolicyLens.Cli.Commands;

/// <summary>Writes the GC's figures every second to the file named by <c>POLICYLENS_GC_LOG</c>, when it is set.</summary>
internal sealed class GcLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Timer _timer;
    private readonly long _start = Environment.TickCount64;

    private GcLog(string path)
    {
        _writer = new StreamWriter(path) { AutoFlush = true };
        _writer.WriteLine("s\tkind\tindex\tgen\tcompacted\tconcurrent\theapMB\tcommittedMB\tfragMB\tpromotedMB\tpinned\tgen0\tgen1\tgen2\tloh\tpoh\tfrag2\tfragLoh\tcount0/1/2");
        _timer = new Timer(_ => Write(), null, 1000, 1000);
    }

    /// <summary>Starts the log if <c>POLICYLENS_GC_LOG</c> names a file; null otherwise.</summary>
    internal static GcLog? StartIfAsked() =>
        Environment.GetEnvironmentVariable("POLICYLENS_GC_LOG") is { Length: > 0 } path ? new GcLog(path) : null;

    private void Write()
    {
        lock (_writer)
        {
            double s = (Environment.TickCount64 - _start) / 1000.0;
            foreach (GCKind kind in new[] { GCKind.Any, GCKind.Background, GCKind.FullBlocking })
            {
                GCMemoryInfo i = GC.GetGCMemoryInfo(kind);
                static string Mb(long b) => (b / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
                var g = i.GenerationInfo;
                _writer.WriteLine(string.Join('\t',
                    s.ToString("F0", CultureInfo.InvariantCulture), kind, i.Index, i.Generation, i.Compacted, i.Concurrent,
                    Mb(i.HeapSizeBytes), Mb(i.TotalCommittedBytes), Mb(i.FragmentedBytes), Mb(i.PromotedBytes), i.PinnedObjectsCount,
                    Mb(g[0].SizeAfterBytes), Mb(g[1].SizeAfterBytes), Mb(g[2].SizeAfterBytes), Mb(g[3].SizeAfterBytes), Mb(g[4].SizeAfterBytes),
                    Mb(g[2].FragmentationAfterBytes), Mb(g[3].FragmentationAfterBytes),
                    $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_writer)
        {
            _writer.Dispose();
        }
    }
}
