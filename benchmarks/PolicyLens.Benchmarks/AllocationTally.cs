// What a stage allocates, by type: the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of
// the object that crossed the mark) summed per type while a StageProbe stage runs (POLICYLENS_ALLOCATIONS=1).
using System.Diagnostics.Tracing;

namespace PolicyLens.Benchmarks;

/// <summary>Listens to the runtime's GC allocation ticks and sums the bytes they stand for by type name.</summary>
internal sealed class AllocationTally : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int AllocationTickEvent = 10;
    private readonly Dictionary<string, long> _bytes = [];

    /// <summary>The types that allocated most since the last <see cref="Clear"/>, with their bytes.</summary>
    public IEnumerable<(string Type, long Bytes)> Top(int count)
    {
        lock (_bytes)
        {
            return [.. _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value))];
        }
    }

    public void Clear()
    {
        lock (_bytes)
        {
            _bytes.Clear();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickEvent || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        int name = eventData.PayloadNames.IndexOf("TypeName");
        int amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (name < 0 || amount < 0)
        {
            return;
        }

        string type = eventData.Payload[name] as string ?? "?";
        long bytes = Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + bytes;
        }
    }
}
