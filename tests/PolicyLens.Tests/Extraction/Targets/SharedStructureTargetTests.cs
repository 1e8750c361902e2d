// TargetExtractor.ExtractFromText: the records of a document read from its own sentences are those of its text.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>
/// analyze reads each document's targets from the sentences the Text stage already cut (so the theme classifier and the
/// targets share one split); the records must be exactly those of the text read on its own.
/// </summary>
public sealed class SharedStructureTargetTests
{
    [Theory]
    [InlineData("corpus/gwr")]
    [InlineData("corpus/cpc-congress")]
    public void Records_read_from_the_documents_sentences_equal_those_of_its_text(string folder)
    {
        Document[] documents = [.. new CorpusReader().Read(SharedData.Require(folder))];
        Assert.Contains(documents, d => d.BodyStart > 0);

        foreach (Document document in documents)
        {
            IReadOnlyList<TargetRecord> fromText = TargetExtractor.Default.Extract(document.Text, ExtractionContext.Of(document));
            IReadOnlyList<TargetRecord> shared = TargetExtractor.Default.ExtractFromText(document);

            Assert.Equal(fromText, shared);
        }
    }
}
