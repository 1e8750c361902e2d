// One sentence, one definition: targets, themes and slogans see the sentences the Text stage gives the document.
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Every stage cuts a report into the same sentences: those of <see cref="Document.Sentences"/>.</summary>
public sealed class SentenceAgreementTests
{
    [Fact]
    public void Targets_themes_and_slogans_split_a_report_into_the_documents_sentences()
    {
        string path = SharedData.Require("corpus/provincial/henan_2026.txt");
        Document doc = DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = "henan", Location = path, FileName = path })[0];
        var sentences = doc.Sentences.Select(s => s.Span).ToHashSet();
        var sourceSentences = doc.Sentences.Select(s => doc.ToSource(s.Span)).ToHashSet();

        // Targets: the sentence each record cites is a document sentence (records are in source coordinates).
        IReadOnlyList<TargetRecord> targets = TargetExtractor.Default.Extract(doc);
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t.SentenceSource!.Value, sourceSentences));

        // Themes: every classified unit is a document sentence.
        IReadOnlyList<ClassifiedSentence> classified = ThemeClassifier.Default.ClassifyText(doc.Text);
        Assert.True(classified.Count > doc.Sentences.Count * 9 / 10);
        Assert.All(classified, c => Assert.Contains(new TextSpan(c.Start, c.Start + c.Length), sentences));

        // Slogans: no mention reaches across the end of a sentence.
        IReadOnlyList<SloganMention> mentions = new SloganExtractor(Lexicon.Default).Extract(doc.Text, new ExtractionContext("henan", 2026));
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Contains(doc.Sentences, s => s.Span.Start <= m.Start && m.End <= s.Span.End));
    }
}
