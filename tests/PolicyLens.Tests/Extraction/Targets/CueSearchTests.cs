// Cues.LastEnd, the search behind every cue word of the target rules, against the plain definition on a real report.
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>The end of the last cue word in a span is what one search per word would find, for every list and span.</summary>
public sealed class CueSearchTests
{
    private static readonly Cues.Words[] Lists =
        [Cues.Target, Cues.Past, Cues.WeakTarget, Cues.WeakPast, Cues.Estimate, Cues.AnnualAverage, Cues.ThisYear, Cues.ChangeFrom, Cues.ChangeTo, new(["贡献", "比重", "占"])];

    [Fact]
    public void The_last_cue_end_is_the_furthest_end_of_any_word_in_the_span()
    {
        string text = SharedData.ReadText("corpus/gwr/2019.txt");
        var random = new Random(14);
        for (int i = 0; i < 20_000; i++)
        {
            int start = random.Next(text.Length);
            int end = Math.Min(text.Length, start + random.Next(120));
            Cues.Words words = Lists[random.Next(Lists.Length)];

            Assert.Equal(PlainLastEnd(text, start, end, words.All), Cues.LastEnd(text, start, end, words));
        }
    }

    private static int PlainLastEnd(string text, int start, int end, string[] words)
    {
        int best = -1;
        foreach (string word in words)
        {
            int at = end > start ? text.AsSpan(start, end - start).LastIndexOf(word, StringComparison.Ordinal) : -1;
            best = at >= 0 ? Math.Max(best, start + at + word.Length) : best;
        }

        return best;
    }
}
