// Specifications of round 73's chains held short (issue 13, holds73; ParallelFinder.WorkingLines.cs): a chain of clause units
// that 围绕 opens and 工作主线 closes is the text's named working line, one parallel formula with the quoted plan label inside it
// (激情奋进“十四五”、再造一个新保定), where the tool reported only the label (十四五); the document's later uses of the chain are
// the same formula. A single task framed as the main line (以…为主线, 围绕…这条主线) is no chain. Sentences of the opened unseen
// sets (baoding 2022 and 2023, gaoyang 2023), the development reports and the national reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class HoldsRound73Tests
{
    [Theory]
    // unseen/baoding-gwr-2022 and -2023 (gold: 激情奋进十四五、再造一个新保定, Baoding's 工作主线), unseen/gaoyang-npc-session-2023
    // (gold: 激情奋进十四五、加速崛起新高阳).
    [InlineData("在市委的坚强领导下，市政府坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕激情奋进“十四五”、再造一个新保定工作主线，聚焦“三步走”战略目标。", "激情奋进“十四五”、再造一个新保定")]
    [InlineData("落实“11258”总体要求，紧紧围绕激情奋进“十四五”、再造一个新保定的工作主线，着眼于“三步走”战略目标。", "激情奋进“十四五”、再造一个新保定")]
    [InlineData("坚决落实中央和省、市、县委部署要求，围绕激情奋进“十四五”、加速崛起新高阳工作主线，紧扣“六个聚焦”的总要求。", "激情奋进“十四五”、加速崛起新高阳")]
    public void A_chain_named_as_the_working_line_is_one_parallel_formula(string text, string chain)
    {
        IReadOnlyList<SloganMention> found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Parallel && m.Surface == chain && m.Canonical == chain.Replace("“", "").Replace("”", ""));
        Assert.DoesNotContain(found, m => m.Surface == "十四五");
    }

    [Fact]
    public void The_working_line_written_again_in_the_document_is_the_same_formula()
    {
        // unseen/baoding-gwr-2022: the gold counts the chain at its later uses too.
        IReadOnlyList<SloganMention> found = Outermost("新一届市委、市政府擘画了激情奋进“十四五”、再造一个新保定的新蓝图。紧紧围绕激情奋进“十四五”、再造一个新保定工作主线，聚焦“三步走”战略目标。");
        Assert.Equal(2, found.Count(m => m.Kind == MentionKind.Parallel && m.Canonical == "激情奋进十四五、再造一个新保定"));
    }

    [Theory]
    // gwr/2019 and municipal/zhumadian_2023: one task framed as the main line, no chain of units.
    [InlineData("坚持推动高质量发展，坚持以供给侧结构性改革为主线，加快建设现代化经济体系。")]
    [InlineData("坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕迎接和贯彻党的二十大这条主线，统筹发展和安全。")]
    public void A_single_task_framed_as_the_main_line_is_no_chain(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Parallel);
    }
}
