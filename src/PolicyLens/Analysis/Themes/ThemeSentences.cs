// The Themes stage's units of text: the Text stage's sentences and paragraphs.
using PolicyLens.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The one place where the Themes stage gets the units it classifies: the Text stage's sentences
/// (<see cref="SentenceSplitter"/>, the same spans as <see cref="Document.Sentences"/>), so that a sentence of the
/// <c>sentences</c> table is the sentence every other stage sees. A unit ends after 。！？!? (with any closing quote or
/// bracket that follows) and at every line break, so headings and list items stand alone. (Before the Text stage had
/// sentences, the Themes stage also cut at ；; a sentence that chains policies of several themes now gets a secondary theme.)
/// </summary>
internal static class ThemeSentences
{
    /// <summary>The units of <paramref name="text"/> as (start, length), trimmed of white space; empty units are left out.</summary>
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
