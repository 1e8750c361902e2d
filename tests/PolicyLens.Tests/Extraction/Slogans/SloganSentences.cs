// How the finders' specification tests read a sentence: the built-in extractor's mentions of it, all or only the policy names,
// the parallel chains or the quoted labels, and why the quoted finder leaves a label out; and the two checks every test of a
// place-scoped lexicon round makes (rounds 94–101): a documented entry reported where its place is named and not elsewhere, and
// how often a report writes its place's name.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The mentions <see cref="SloganExtractor.Default"/> reports in one sentence (a 2026 document named "t").</summary>
internal static class SloganSentences
{
    /// <summary>Every mention of <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Mentions(string text) => Mentions(text, 2026);

    /// <summary>Every mention of <paramref name="text"/> in a document of <paramref name="year"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Mentions(string text, int year) => SloganExtractor.Default.Extract(text, new ExtractionContext("t", year));

    /// <summary>The mentions of <paramref name="text"/> no other mention holds (the count's unit by default), in text order.</summary>
    internal static List<SloganMention> Outermost(string text) => [.. Mentions(text).Where(m => !m.Nested)];

    /// <summary>The policy-name mentions of <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Policies(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Policy)];

    /// <summary>The parallel chains reported in <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Chains(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Parallel)];

    /// <summary>The quoted labels reported in <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Quoted(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Quoted)];

    // The numbered mentions of a sentence (a numeral-led formula or label).
    internal static IReadOnlyList<SloganMention> Numbered(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Numbered)];

    /// <summary>Every mention the default extractor reports in a corpus or test-data file named as the golds name it, as a
    /// user's extract reports the file (SloganExtractor.ExtractFile: its normalised text, its metadata, the file's offsets).</summary>
    internal static IReadOnlyList<SloganMention> InReport(string name)
    {
        string path = SharedData.CorpusFile(name);
        return SloganExtractor.Default.ExtractFile(File.ReadAllText(path), path, name);
    }

    /// <summary>How many lexicon mentions of <paramref name="canonical"/>, written as <paramref name="surface"/>, the file holds.</summary>
    internal static int Reported(string name, string canonical, string surface) =>
        InReport(name).Count(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface);

    /// <summary>Why the quoted finder leaves “<paramref name="content"/>” in <paramref name="text"/> unreported (null when it reports it).</summary>
    internal static string? Reason(string text, string content)
    {
        TextView view = TextView.Create(text, Lexicon.Default.Segmenter);
        int open = view.Text.IndexOf("“" + content + "”", StringComparison.Ordinal);
        return QuotedFinder.RejectionReason(view, Lexicon.Default, open, open + content.Length + 1, content);
    }

    /// <summary>Whether <paramref name="text"/> holds a lexicon mention of <paramref name="canonical"/>.</summary>
    internal static bool ReportsEntry(string text, string canonical) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);

    /// <summary>
    /// The check of a place-scoped entry no readable text writes: <paramref name="sentence"/> (written by the test from the entry's
    /// documented source; {0} the place, {1} the entry) reports the entry, written whole, where {0} is <paramref name="place"/>,
    /// named three times, and not where {0} is <paramref name="noPlace"/>, a word naming no place (全省, 全市).
    /// </summary>
    internal static void AssertReportedOnlyWherePlaceIsNamed(string place, string canonical, string sentence, string noPlace = "全省")
    {
        string named = string.Format(sentence, place, canonical);
        Assert.True(
            Mentions(named).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == canonical),
            $"{canonical} is not reported whole where {place} is named: {named}");

        string unnamed = string.Format(sentence, noPlace, canonical);
        Assert.False(ReportsEntry(unnamed, canonical), $"{canonical} is reported where no place is named: {unnamed}");
    }

    /// <summary>How many times the corpus or test-data file <paramref name="name"/> writes <paramref name="word"/> (a place's
    /// name, for the scope's <see cref="Lexicon.PlaceMentionsNeeded"/>), counted without overlap.</summary>
    internal static int TimesWritten(string name, string word)
    {
        string text = File.ReadAllText(SharedData.CorpusFile(name));
        int times = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            times++;
        }

        return times;
    }
}
