// The main job's parallel loop: documents analysed on worker threads, handed back in corpus order, a bounded number in flight.
using System.Runtime.ExceptionServices;

namespace PolicyLens.Pipeline;

/// <summary>
/// Runs a function over a sequence on dedicated worker threads and yields the results in the sequence's order, with at
/// most <c>capacity</c> items taken from the sequence and not yet yielded: memory stays bounded by that many documents
/// whatever the size of the corpus (issue 14: a 1 GB corpus in flat memory), and a slow document holds up only the
/// <c>capacity</c> behind it.
/// </summary>
/// <remarks>
/// <para>
/// It replaces PLINQ's <c>AsOrdered().Select</c> over a non-buffering partitioner, which did the same but compiled about
/// 200 generic methods at every start (PLINQ's partitions, merges and spooling tasks over the job's value tuples: no
/// ReadyToRun image can hold them) and bounded its reordering buffers only by their own heuristics.
/// </para>
/// <para>
/// Items are taken one at a time under a lock (a worker finishing early takes the next document, so no thread is left
/// alone with a run of long reports at the end). A failure is thrown to the consumer at the place of its item in the
/// sequence, after every earlier result, as itself (not wrapped): the same failure whatever the number of threads. A
/// failure of the sequence itself (a file that cannot be read) is thrown the same way, at its place. Leaving the loop
/// early, failing or cancelling stops the workers and waits for them, so that nothing still runs once the caller
/// removes its staging folder.
/// </para>
/// </remarks>
internal static class OrderedWork
{
    /// <summary>
    /// <paramref name="work"/> applied to each item of <paramref name="source"/> on <paramref name="workers"/> threads,
    /// in the order of <paramref name="source"/>.
    /// </summary>
    /// <param name="source">The items; enumerated under a lock, by one worker at a time.</param>
    /// <param name="work">What to do with one item; called on a worker thread.</param>
    /// <param name="workers">Worker threads (at least 1).</param>
    /// <param name="capacity">Items taken and not yet yielded, at most (at least <paramref name="workers"/>).</param>
    /// <param name="cancellationToken">Stops the workers; the consumer then throws <see cref="OperationCanceledException"/>.</param>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int workers, int capacity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, workers);
        return Iterate(source, work, workers, capacity, cancellationToken);
    }

    // The source is opened and the threads started at the first MoveNext, and both are let go however the loop ends.
    private static IEnumerable<TResult> Iterate<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int workers, int capacity,
        CancellationToken cancellationToken)
    {
        var run = new Run<TSource, TResult>(source, work, capacity, cancellationToken);
        var threads = new Thread[workers];
        try
        {
            for (int i = 0; i < threads.Length; i++)
            {
                threads[i] = new Thread(run.Work) { IsBackground = true, Name = $"policylens worker {i + 1}" };
                threads[i].Start();
            }

            while (run.Next(out TResult result))
            {
                yield return result;
            }
        }
        finally
        {
            run.Stop();
            foreach (Thread? thread in threads)
            {
                thread?.Join();
            }

            run.Dispose();
        }
    }

    /// <summary>The state shared by the workers and the consumer, every field guarded by <see cref="_gate"/>.</summary>
    private sealed class Run<TSource, TResult> : IDisposable
    {
        // A plain object, not a System.Threading.Lock: the threads wait on it with Monitor.Wait.
        private readonly object _gate = new();
        private readonly IEnumerator<TSource> _source;
        private readonly Func<TSource, TResult> _work;
        private readonly CancellationToken _cancellation;
        private readonly CancellationTokenRegistration _wakeOnCancel;

        // Slot sequence % capacity holds item `sequence` from when it is taken until the consumer yields it.
        private readonly TResult[] _results;
        private readonly ExceptionDispatchInfo?[] _failures;
        private readonly bool[] _done;
        private long _taken;     // items taken from the source (the next item's sequence number)
        private long _yielded;   // items handed to the consumer
        private long _end = long.MaxValue; // the sequence's length, once a worker has found its end (or its failure)
        private bool _stopped;

        public Run(IEnumerable<TSource> source, Func<TSource, TResult> work, int capacity, CancellationToken cancellationToken)
        {
            _source = source.GetEnumerator();
            _work = work;
            _cancellation = cancellationToken;
            _results = new TResult[capacity];
            _failures = new ExceptionDispatchInfo?[capacity];
            _done = new bool[capacity];
            _wakeOnCancel = cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            });
        }

        /// <summary>A worker: takes the next item while there is room, works on it outside the lock, and files the result in its slot.</summary>
        public void Work()
        {
            while (true)
            {
                TSource item;
                long sequence;
                lock (_gate)
                {
                    while (!_stopped && !_cancellation.IsCancellationRequested && _taken < _end && _taken - _yielded >= _results.Length)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopped || _cancellation.IsCancellationRequested || _taken >= _end)
                    {
                        return;
                    }

                    sequence = _taken;
                    try
                    {
                        if (!_source.MoveNext())
                        {
                            _end = sequence;
                            Monitor.PulseAll(_gate);
                            return;
                        }

                        item = _source.Current;
                        _taken++;
                    }
                    catch (Exception e)
                    {
                        // The sequence failed here: its failure takes this place, and nothing comes after it.
                        File(sequence, default!, ExceptionDispatchInfo.Capture(e));
                        _taken++;
                        _end = _taken;
                        return;
                    }
                }

                TResult result = default!;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    result = _work(item);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }

                lock (_gate)
                {
                    File(sequence, result, failure);
                }
            }
        }

        /// <summary>The consumer: waits for the next result in order; false at the end of the sequence.</summary>
        public bool Next(out TResult result)
        {
            lock (_gate)
            {
                int slot = (int)(_yielded % _results.Length);
                while (!_done[slot] && _yielded < _end)
                {
                    _cancellation.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate);
                }

                if (!_done[slot])
                {
                    result = default!;
                    return false;
                }

                result = _results[slot];
                ExceptionDispatchInfo? failure = _failures[slot];
                _results[slot] = default!;
                _failures[slot] = null;
                _done[slot] = false;
                _yielded++;
                Monitor.PulseAll(_gate);
                failure?.Throw();
                return true;
            }
        }

        /// <summary>Tells the workers to take nothing more.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose()
        {
            _wakeOnCancel.Dispose();
            _source.Dispose();
        }

        private void File(long sequence, TResult result, ExceptionDispatchInfo? failure)
        {
            int slot = (int)(sequence % _results.Length);
            _results[slot] = result;
            _failures[slot] = failure;
            _done[slot] = true;
            Monitor.PulseAll(_gate);
        }
    }
}
