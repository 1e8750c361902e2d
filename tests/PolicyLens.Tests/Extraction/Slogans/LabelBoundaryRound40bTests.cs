// Specifications of round 40's second wave (issue 13, branch labels40b): the codebook's round-26/27 decision (a generic count
// label written right after its field is one item with the field) read for fields that end in an activity word (服务, 调整,
// 提升, 治理, 升级, 管理), where the walk back over the field used to stop at once and leave the label bare. The activity word
// with no noun before it is the sentence's verb, and the label stays bare there. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A count label after a field that ends in an activity word is reported with that field.</summary>
public sealed class LabelBoundaryRound40bTests
{
    [Theory]
    // gd-npc-work-conference-2026 (unseen26d): the five campaigns of the organs' efficiency.
    [InlineData("紧扣“四个机关”定位要求，常态长效推进机关效能提升“五大行动”，齐心协力开创全省人大工作新局面。", "机关效能提升“五大行动”")]
    // guizhou_2026: the one network of employment services, after the verb 提升.
    [InlineData("优化提升省内外就业服务“一张网”，提升就业公共服务质量，强化新就业形态劳动者权益保障。", "省内外就业服务“一张网”")]
    public void A_count_label_after_a_field_ending_in_an_activity_is_reported_with_its_field(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface);
        Assert.DoesNotContain(found, m => surface.EndsWith(m.Surface, StringComparison.Ordinal) && m.Surface.Length < surface.Length - 2);
    }

    [Theory]
    // chongqing_2026: 迭代升级 is the sentence's verb; the ten campaigns are written without a field.
    [InlineData("迭代升级“十项行动”，共同唱好新时代西部“双城记”。", "十项行动")]
    public void A_count_label_after_an_activity_verb_alone_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label || m.Surface == "“" + label + "”");
    }
}
