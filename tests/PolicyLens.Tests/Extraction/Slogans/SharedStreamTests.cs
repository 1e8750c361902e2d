// Why the mentions stage cuts a document once more: its finders read the lexicon's segmenter, whose dictionary is jieba's
// plus every formula spelling, and that cut is not the document's shared one (the default segmenter's, which the theme
// scorer reads). Shown on the 2019 Government Work Report.
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The lexicon's token stream against the document's shared stream, on the same folded text.</summary>
public sealed class SharedStreamTests
{
    private static Document Read(string relativePath) => new CorpusReader().Read(SharedData.Require(relativePath)).First();

    // The words of each stream between two positions where both streams have a boundary and which differ inside.
    private static List<(string Lexicon, string Shared)> Differences(string text, Token[] lexicon, IReadOnlyList<Token> shared)
    {
        var lexiconEnds = new HashSet<int>(lexicon.Select(t => t.End));
        var sharedEnds = new HashSet<int>(shared.Select(t => t.End));
        var result = new List<(string, string)>();
        int from = 0, a = 0, b = 0;
        while (a < lexicon.Length && b < shared.Count)
        {
            int end = Math.Max(lexicon[a].End, shared[b].End);
            while (!(lexiconEnds.Contains(end) && sharedEnds.Contains(end)))
            {
                end++;
            }

            var left = new List<string>();
            var right = new List<string>();
            for (; a < lexicon.Length && lexicon[a].End <= end; a++)
            {
                left.Add(text.Substring(lexicon[a].Start, lexicon[a].Length));
            }

            for (; b < shared.Count && shared[b].End <= end; b++)
            {
                right.Add(text.Substring(shared[b].Start, shared[b].Length));
            }

            if (left.Count != right.Count || !left.SequenceEqual(right))
            {
                result.Add((string.Join('/', left), string.Join('/', right)));
            }

            from = end;
        }

        Assert.Equal(text.Length, from);
        return result;
    }

    [Fact]
    public void The_lexicons_cut_keeps_formulas_whole_where_the_shared_stream_cuts_them()
    {
        Document doc = Read("corpus/gwr/2019.txt");
        Token[] lexicon = Lexicon.Default.Segmenter.Tokenize(doc.FoldedText);

        List<(string Lexicon, string Shared)> differences = Differences(doc.FoldedText, lexicon, doc.Tokens);

        Assert.Contains(("供给侧结构性改革", "供给/侧/结构性/改革"), differences);
        Assert.True(differences.Count > 100, $"{differences.Count} differences");
    }

    [Fact]
    public void The_lexicons_dictionary_also_cuts_words_it_does_not_hold_differently()
    {
        // Adding the spellings raises jieba's total frequency, which every route's probability is relative to, so a route
        // of fewer words gains everywhere: the shared stream cannot stand in for the lexicon's even away from a formula.
        Document doc = Read("corpus/gwr/2019.txt");
        var spellings = new HashSet<string>(Lexicon.Default.UserWords.Select(w => w.Word), StringComparer.Ordinal);
        Token[] lexicon = Lexicon.Default.Segmenter.Tokenize(doc.FoldedText);

        List<(string Lexicon, string Shared)> elsewhere = [.. Differences(doc.FoldedText, lexicon, doc.Tokens)
            .Where(d => !d.Lexicon.Split('/').Any(spellings.Contains))];

        Assert.Contains(("打/好", "打好"), elsewhere);
    }
}
