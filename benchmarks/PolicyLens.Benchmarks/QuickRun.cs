using System.Diagnostics;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// <c>--quick</c>: a few seconds of Stopwatch timing for development. The README's figures come from the
/// BenchmarkDotNet runs, not from this.
/// </summary>
internal static class QuickRun
{
    internal static void Run()
    {
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 5; i++)
        {
            sw.Restart();
            byte[] raw = JiebaData.ReadResource(JiebaData.DictionaryResource);
            double tRead = sw.Elapsed.TotalMilliseconds;
            double tDecode = sw.Elapsed.TotalMilliseconds;
            var d = PrefixDictionary.CreateEmpty(JiebaData.DefaultNodeCount);
            JiebaData.AddDefaultWords(d);
            double tBuild = sw.Elapsed.TotalMilliseconds;
            d.Freeze();
            double tFreeze = sw.Elapsed.TotalMilliseconds;
            _ = JiebaData.LoadDefaultDictionary();
            double tImage = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"inflate {tRead:F1} decode {tDecode - tRead:F1} (build incl. inflate+decode) {tBuild - tDecode:F1} freeze {tFreeze - tBuild:F1}; from the image {tImage - tFreeze:F1}");
        }

        sw.Restart();
        _ = HmmModel.Default;
        Console.WriteLine($"HMM tables: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        long before = GC.GetTotalMemory(true);
        var segmenter = JiebaSegmenter.Default;
        segmenter.Tokenize("预热");
        Console.WriteLine($"dictionary + HMM ready: {sw.Elapsed.TotalMilliseconds:F0} ms, retained {(GC.GetTotalMemory(true) - before) / 1e6:F1} MB");

        string text = BenchmarkCorpus.GwrText;
        double mb = BenchmarkCorpus.GwrUtf8Bytes / 1e6;
        var tokens = new List<Token>(text.Length);
        for (int round = 0; round < 2; round++)
        {
            foreach (var (name, options) in new[]
                     {
                         ("accurate+hmm", TokenizeOptions.Default),
                         ("accurate", TokenizeOptions.Default with { Hmm = false }),
                         ("full", TokenizeOptions.Default with { Mode = SegmentationMode.Full }),
                         ("search", TokenizeOptions.Default with { Mode = SegmentationMode.Search }),
                     })
            {
                double best = double.MaxValue;
                for (int i = 0; i < 8; i++)
                {
                    tokens.Clear();
                    sw.Restart();
                    segmenter.Tokenize(text, tokens, options);
                    best = Math.Min(best, sw.Elapsed.TotalSeconds);
                }

                Console.WriteLine($"{name,-14} {mb / best,7:F1} MB/s  ({tokens.Count} tokens, best of 8: {best * 1000:F1} ms for {mb:F2} MB)");
            }
        }

        var docs = BenchmarkCorpus.GwrDocuments;
        for (int round = 0; round < 3; round++)
        {
            sw.Restart();
            int n = 0;
            foreach (string d in docs)
            {
                n += segmenter.Tokenize(d).Length;
            }

            double seq = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            int m = 0;
            Parallel.ForEach(docs, d => Interlocked.Add(ref m, segmenter.Tokenize(d).Length));
            double par = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"52 reports: sequential {seq:F1} ms, parallel {par:F1} ms ({n} = {m} tokens), speed-up {seq / par:F2}x");
        }
    }
}
