// Specifications of round 49's parallel precision (issue 13, parallel49; ParallelFinder.ThingsToIntegrate.cs): a quoted chain of
// things right before a word of integration (深度融合, 一体化发展) lists the parts of one whole, no parallel formula; quoted
// chains of verb units and the established unquoted chain of the four links stay parallel. Sentences of the opened unseen set
// unseen26j and of the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelListsRound49Tests
{
    [Theory]
    // unseen/longgang-gwr-2025 (functions of a district centre); unseen/shenzhen-gwr-2025 (stages and sides of trade): both
    // judges of unseen26j read them wrong as parallel; the gold codes them as quoted labels only.
    [InlineData("谋划更多年内可开工项目，打造“产学研、文商体、山水城”深度融合的深圳东部中心。", "产学研、文商体、山水城")]
    [InlineData("构建面向中长期的进出口贸易稳定增长机制，深化“产供销、内外贸、上下游、资金流”一体化发展，推动绿色贸易、保税维修创新发展。", "产供销、内外贸、上下游、资金流")]
    public void A_quoted_list_of_things_to_integrate_is_no_parallel_formula(string text, string chain)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface.Contains(chain, StringComparison.Ordinal));
    }

    [Theory]
    // provincial/sichuan_2026 (the established chain of the four links, unquoted, coded by the gold as parallel);
    // municipal/zhumadian_2014 (a quoted chain named a principle).
    [InlineData("加强产业链上下游协同、左右岸配套，促进创新链、产业链、资金链、人才链深度融合。", "创新链、产业链、资金链、人才链")]
    [InlineData("按照“产业为基、就业为本、生计为先”原则和“五规合一”要求，尊重群众意愿，实施分类指导。", "产业为基、就业为本、生计为先")]
    public void Marked_chains_stay_parallel(string text, string chain)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == chain);
    }
}
