// Specifications of round 32 of the formula work (issue 13, branch headed32): a parallel chain closed by a head that names it
// as one programme (教育发展、科技创新、人才培养一体推进; 原始创新、集成创新、开放创新一体设计; 创新链、产业链、人才链一体部署) is
// reported whole. A chain cut from a
// noun, a chain that qualifies a system, and the established chains the lexicon holds (兴业、强县、富民) stay as they were.
// Sentences of the development reports and the opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class HeadedChainRound32Tests
{
    [Theory]
    // cpc-education-talent-speech-2026 (unseen26c): Xi's three programmes of education, science and talent.
    [InlineData("要坚持教育发展、科技创新、人才培养一体推进，形成良性循环；", "教育发展、科技创新、人才培养一体推进")]
    [InlineData("形成良性循环；坚持原始创新、集成创新、开放创新一体设计，实现有效贯通；", "原始创新、集成创新、开放创新一体设计")]
    [InlineData("实现有效贯通；坚持创新链、产业链、人才链一体部署，推动深度融合。", "创新链、产业链、人才链一体部署")]
    public void A_chain_closed_by_a_programme_head_is_reported_whole(string sentence, string whole)
    {
        SloganMention item = Assert.Single(Outermost(sentence), m => m.Surface == whole);
        Assert.Equal(MentionKind.Parallel, item.Kind);
    }

    [Theory]
    // qinghai 2026: the chain qualifies the system it describes.
    [InlineData("构建教育先导、创新策源、人才支撑一体推进的全域创新体系，", "一体推进")]
    // guizhou 2026: the first unit is cut from 中医药事业.
    [InlineData("统筹推进中医药事业、产业、文化一体发展，加快县级中医院", "一体发展")]
    // gd-new-advantages-decision-release: an established chain stays the lexicon's (its gold codes the chain bare).
    [InlineData("深化县镇村联动，推动兴业、强县、富民一体发展，全面推进乡村振兴", "一体发展")]
    // cpc-congress 20 (2022): the lexicon's chain keeps its boundary.
    [InlineData("必须永远吹冲锋号。坚持不敢腐、不能腐、不想腐一体推进，同时发力、同向发力、综合发力。", "一体推进")]
    public void A_chain_the_head_does_not_name_keeps_its_boundary(string sentence, string head)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.EndsWith(head, StringComparison.Ordinal));
    }
}
