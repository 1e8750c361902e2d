// The Themes stage's units of text: the Text stage's sentences and paragraphs.
using PolicyLens.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The units the Themes stage classifies: the sentences of the Text stage (<see cref="SentenceSplitter"/>), so that a
/// sentence is the same for themes as for targets and the report; and its paragraphs, the topic model's documents.
/// </summary>
internal static class ThemeSentences
{
    /// <summary>The sentences of <paramref name="text"/> as (start, length) (<see cref="SentenceSplitter.Split"/>).</summary>
    internal static List<(int Start, int Length)> Split(ReadOnlySpan<char> text) =>
        [.. SentenceSplitter.Split(text).Select(s => (s.Start, s.Length))];

    /// <summary>
    /// The paragraphs of <paramref name="text"/> as (start, length): its non-blank lines, since the corpus writes one
    /// paragraph a line. The topic model's documents: a sentence is too short for LDA to see a mixture of topics in it.
    /// </summary>
    internal static List<(int Start, int Length)> Paragraphs(ReadOnlySpan<char> text) =>
        [.. SentenceSplitter.Paragraphs(text).Select(s => (s.Start, s.Length))];

    /// <summary>
    /// The characters a unit contributes to its theme's share: letters and digits, so that punctuation and white space
    /// (which vary with the source's typography, not with attention) do not count.
    /// </summary>
    internal static int CountCharacters(ReadOnlySpan<char> unit)
    {
        int count = 0;
        foreach (char c in unit)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
