// Specifications of round 75 (issue 13, branch summed75): a summed list inside the note that defines a quoted count label
// (SummedListLabel.GlossaryNote.cs). The note spells the label out, so the list with its count is not proposed; the quoted
// label stays the item. A list summed up in running prose, or in a note whose label counts another number, keeps its reading.
// Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Summed lists in notes that define a quoted count label, round 75.</summary>
public sealed class SummedRound75Tests
{
    // nanshan-gwr-2024 (unseen26k), glossary entry 30: the blind judge read the list with its count wrong ("the programme's
    // name is 五优工程"); the gold codes 五优工程 at this entry.
    private const string FiveExcellences = "30.“五优”工程：南山区开展的学前教育普及普惠行动，包括学位优化、保教优育、人才优培、保障优先、管理优治等五项工程。";

    [Fact]
    public void A_list_spelling_out_the_quoted_label_a_note_defines_is_not_proposed()
    {
        IReadOnlyList<SloganMention> found = Mentions(FiveExcellences);
        Assert.DoesNotContain(found, m => m.Subtype == SummedListLabel.Subtype);
        Assert.DoesNotContain(found, m => m.Surface.Contains("学位优化", StringComparison.Ordinal));
    }

    [Fact]
    public void The_quoted_label_the_note_defines_stays_the_item()
    {
        IReadOnlyList<SloganMention> found = Mentions(FiveExcellences);
        Assert.Contains(found, m => m.Kind == MentionKind.Numbered && m.Surface == "“五优”工程");
    }

    [Theory]
    // anhui_2026: a list summed up by its count in running prose (round 44).
    [InlineData("以高效能治理赋能高水平安全，全面展开城市生命线、全域水患治理、城乡安居三大工程，统筹推进房地产。", "城市生命线、全域水患治理、城乡安居三大工程")]
    // guangdong_2024: the last two members joined by 和 (round 47).
    [InlineData("抓好农村厕所、垃圾处理和生活污水“三大革命”，以超常规力度推进农村生活污水治理，因村施策选择治理模式。", "农村厕所、垃圾处理和生活污水“三大革命”")]
    public void A_list_summed_up_outside_a_defining_note_keeps_its_reading(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Subtype == SummedListLabel.Subtype && m.Surface == surface);
    }
}
