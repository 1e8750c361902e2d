// The mentions of a document as the analysis places them: in text order, on real reports.
using PolicyLens.Analysis;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis;

/// <summary><see cref="DocumentAnalysis"/> orders and places the mentions every source finds in a document.</summary>
public sealed class DocumentAnalysisTests
{
    [Fact]
    public void Mentions_of_the_national_reports_come_by_start_then_end_then_item_ties_in_the_order_found()
    {
        // The order LINQ's stable OrderBy…ThenBy gave before the sort over positions replaced it (issue 14).
        Document[] documents = [.. new CorpusReader().Read(SharedData.Require("corpus/gwr"))];
        IMentionSource[] sources = [SloganMentionSource.Default];
        int compared = 0;
        foreach (Document document in documents)
        {
            ItemMention[] expected = [.. sources.SelectMany(s => s.FindMentions(document)).OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Item)];

            DocumentAnalysis analysis = DocumentAnalysis.Create(document, GroupBy.Year, sources);

            Assert.Equal(expected, analysis.Mentions);
            compared += expected.Length;
        }

        Assert.True(compared > 5000, $"{compared} mentions in {documents.Length} reports");
    }
}
