using System.Diagnostics;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Benchmarks;

/// <summary>
/// <c>--lexicon-segmenter</c>: the phases of the built-in lexicon's segmenter, cold (the first time, as a start pays them)
/// and then warm, with a Stopwatch.
/// </summary>
internal static class LexiconSegmenterProbe
{
    internal static void Run(int rounds)
    {
        var sw = Stopwatch.StartNew();
        JiebaSegmenter baseSegmenter = JiebaSegmenter.Default;
        Console.WriteLine($"default dictionary: {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        IReadOnlyList<UserWord> words = Lexicon.Default.UserWords;
        Console.WriteLine($"built-in lexicon and its {words.Count} user words: {sw.Elapsed.TotalMilliseconds:F1} ms");
        if (Environment.GetEnvironmentVariable("LEXICON_USER_WORDS") is { Length: > 0 } dump)
        {
            // The same words as a jieba user dictionary, for `policylens tokenize --user-dict` (the start-up cost, compiled ahead).
            File.WriteAllLines(dump, words.Select(w => w.Word));
        }

        for (int i = 0; i < rounds; i++)
        {
            sw.Restart();
            PrefixDictionary copy = baseSegmenter.Dictionary.CloneForAdding();
            double clone = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            JiebaSegmenter merged = JiebaSegmenter.WithUserWords(words);
            double whole = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"round {i}: a copy of the base {clone:F1} ms; the lexicon's segmenter (copy, words, freeze) {whole:F1} ms; {merged.WordCount} words {copy.NodeCount}");
        }
    }
}
