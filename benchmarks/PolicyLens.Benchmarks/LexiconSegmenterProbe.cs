using System.Diagnostics;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// <c>--lexicon-segmenter [ROUNDS] [image|words]</c>: the built-in lexicon's segmenter, from the build's image (what a start
/// does since round 17) or word by word (before), timed with a Stopwatch the first time in the process (as a start pays
/// it: run each way in a fresh process) and then warm. <c>LEXICON_USER_WORDS=FILE</c> also writes the lexicon's words as a
/// jieba user dictionary (for <c>policylens tokenize --user-dict</c>).
/// </summary>
internal static class LexiconSegmenterProbe
{
    internal static void Run(int rounds, bool fromImage)
    {
        var sw = Stopwatch.StartNew();
        JiebaSegmenter baseSegmenter = JiebaSegmenter.Default;
        Console.WriteLine($"default dictionary: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        IReadOnlyList<UserWord> words = Lexicon.Default.UserWords;
        Console.WriteLine($"built-in lexicon and its {words.Count} user words: {sw.Elapsed.TotalMilliseconds:F1} ms");
        if (Environment.GetEnvironmentVariable("LEXICON_USER_WORDS") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump, words.Select(w => w.Word));
        }

        for (int i = 0; i < rounds; i++)
        {
            sw.Restart();
            JiebaSegmenter merged = fromImage ? LexiconSegmenterBenchmarks.FromImage(words) : JiebaSegmenter.WithUserWords(words);
            double whole = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            _ = baseSegmenter.Dictionary.CloneForAdding();
            double clone = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"round {i}: the lexicon's segmenter {(fromImage ? "from the image" : "word by word")} {whole:F1} ms ({merged.WordCount} words); a copy of the default trie alone {clone:F1} ms");
        }
    }
}
