// Captures what the drop trace (DropTrace.cs, POLICYLENS_TRACE=1) writes while one sentence is extracted, for the tests that
// read it (DropTraceTests, QuotedGuardRound89Tests): the writer is set, the sentence extracted, the writer cleared.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

internal static class DropTraceCapture
{
    // Every trace line written while the sentence was extracted, split into its tab-separated fields (lines of nine fields
    // or more), and the mentions reported with the trace on.
    internal static (List<string[]> Lines, IReadOnlyList<SloganMention> Mentions) Extract(string document, string text)
    {
        // Synchronized (its methods lock the wrapper): lines of other tests' extractions may be written while it is read.
        var written = new StringWriter();
        TextWriter sink = TextWriter.Synchronized(written);
        DropTrace.Sink = sink;
        try
        {
            IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.Extract(text, new ExtractionContext(document, 2026));
            DropTrace.Sink = null;
            string[] lines;
            lock (sink)
            {
                lines = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }

            return ([.. lines.Select(l => l.TrimEnd('\r').Split('\t')).Where(f => f.Length >= 9)], mentions);
        }
        finally
        {
            DropTrace.Sink = null;
        }
    }
}
