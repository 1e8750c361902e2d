// The main job's parallel loop: results in corpus order, a bounded number of documents in flight, failures at their place.
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// <see cref="OrderedWork"/> hands documents to worker threads and gives the results back in corpus order: the tables
/// do not depend on the number of threads, memory does not grow with the corpus, and a failure is the same whatever the
/// threads. The documents here are the national reports' files; the work reads them, with delays that make the
/// threads finish out of order.
/// </summary>
public sealed class OrderedWorkTests
{
    private static string[] Reports() => [.. Directory.GetFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_back_in_corpus_order_whatever_the_number_of_threads(int threads)
    {
        string[] reports = Reports();
        int[] expected = [.. reports.Select(f => File.ReadAllText(f).Length)];

        int[] lengths = [.. OrderedWork.Select(reports, f => ReadSlowly(f, reports), threads, threads * 2, CancellationToken.None)];

        Assert.Equal(expected, lengths);
    }

    [Fact]
    public void No_more_documents_are_read_than_the_capacity_allows_ahead_of_the_consumer()
    {
        string[] reports = Reports();
        int read = 0, written = 0, mostAhead = 0;
        IEnumerable<string> Counted()
        {
            foreach (string report in reports)
            {
                int ahead = Interlocked.Increment(ref read) - Volatile.Read(ref written);
                InterlockedMax(ref mostAhead, ahead);
                yield return report;
            }
        }

        foreach (int length in OrderedWork.Select(Counted(), f => File.ReadAllText(f).Length, workers: 2, capacity: 3, CancellationToken.None))
        {
            Thread.Sleep(2); // a slow consumer (the table writers), so that the workers would run ahead if they could
            Interlocked.Increment(ref written);
        }

        // Three taken and not yet handed over, and the one the consumer is writing.
        Assert.Equal(reports.Length, read);
        Assert.InRange(mostAhead, 1, 3 + 1);
    }

    [Fact]
    public void A_failing_document_is_thrown_as_itself_after_every_earlier_result()
    {
        string[] reports = Reports();
        string bad = reports[5];
        var results = new List<string>();

        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (string report in OrderedWork.Select(reports, f => f == bad ? throw new InvalidDataException(f) : new FileInfo(f).Name, 2, 4, CancellationToken.None))
            {
                results.Add(report);
            }
        });

        Assert.Equal(bad, failure.Message);
        Assert.Equal(reports.Take(5).Select(Path.GetFileName), results);
    }

    [Fact]
    public void A_failure_of_the_corpus_itself_is_thrown_at_its_place()
    {
        string[] reports = Reports();
        IEnumerable<string> BrokenAfterThree()
        {
            foreach (string report in reports.Take(3))
            {
                yield return report;
            }

            throw new IOException("the disk went away");
        }

        var results = new List<string>();
        var failure = Assert.Throws<IOException>(() =>
        {
            foreach (string report in OrderedWork.Select(BrokenAfterThree(), f => new FileInfo(f).Name, 2, 4, CancellationToken.None))
            {
                results.Add(report);
            }
        });

        Assert.Equal("the disk went away", failure.Message);
        Assert.Equal(reports.Take(3).Select(Path.GetFileName), results);
    }

    [Fact]
    public void Cancelling_stops_the_workers_and_throws_OperationCanceledException()
    {
        string[] reports = Reports();
        using var cancel = new CancellationTokenSource();
        int started = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (int length in OrderedWork.Select(reports, f => { Interlocked.Increment(ref started); return ReadSlowly(f, reports); }, 2, 4, cancel.Token))
            {
                cancel.Cancel();
            }
        });

        Assert.InRange(Volatile.Read(ref started), 1, 2 + 4);
    }

    [Fact]
    public void Leaving_the_loop_early_stops_the_workers_before_it_returns()
    {
        string[] reports = Reports();
        int started = 0;

        foreach (int length in OrderedWork.Select(reports, f => { Interlocked.Increment(ref started); return ReadSlowly(f, reports); }, 2, 4, CancellationToken.None))
        {
            break;
        }

        int afterwards = Volatile.Read(ref started);
        Thread.Sleep(50);
        Assert.Equal(afterwards, Volatile.Read(ref started));
        Assert.True(afterwards < reports.Length, $"{afterwards} of {reports.Length} documents were started after the first result");
    }

    // Every third report waits a little, so that the threads finish out of order.
    private static int ReadSlowly(string file, string[] reports)
    {
        if (Array.IndexOf(reports, file) % 3 == 0)
        {
            Thread.Sleep(3);
        }

        return File.ReadAllText(file).Length;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
