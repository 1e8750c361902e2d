// Specifications of round 78's parallel review (parallel78, issue 13). The round grouped every readable parallel mention judged
// wrong that the build still reports (16 of 325 reported; 168 judged right) by class and found no class whose shape separates
// the wrong places from the right ones at the codebook's 90 % (chains before 的…格局/体制: 2 wrong of 4 non-工作 places; quoted
// chains of qualities: 5 of about 95 quoted chains; chains headed by 一体推进: 1 of 5). No rule changed; these tests pin the
// right readings of those classes, so a later rule aimed at their wrong places cannot drop them unseen. Sentences of the
// readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound78Tests
{
    [Fact]
    // unseen/gd-baiqianwan-decision (unseen26): who does what, named by …的工作机制, the codebook's mark of a label (round 18).
    public void A_chain_named_as_a_working_mechanism_is_one_parallel_mention()
    {
        const string text = "坚持和加强党的全面领导，发挥各级党组织作用，建立健全省级统筹、市负主责、县镇村抓落实的工作机制。";
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Parallel && m.Surface == "省级统筹、市负主责、县镇村抓落实");
    }

    [Fact]
    // unseen/shenzhen-gwr-2025 (unseen26j): a chain closed by 一体推进 is one programme (round 32), judged right.
    public void A_chain_closed_by_a_programme_head_stays_one_parallel_mention()
    {
        const string text = "（三）坚持教育发展、科技创新、人才培养一体推进，加快建设具有全球重要影响力的产业科技创新中心";
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Parallel && m.Surface == "教育发展、科技创新、人才培养一体推进");
    }

    [Fact]
    // provincial/guangdong_2024: a quoted chain that opens a programme's name is read inside the policy mention of the whole name
    // (the codebook's round-29 decision), and no parallel mention stands beside it.
    public void A_quoted_chain_inside_a_named_programme_is_no_parallel_mention()
    {
        const string text = "深入推进高等教育“冲一流、补短板、强特色”提升计划，加强新工科、新医科、新农科、新文科建设，推动集成电路、工业软件人才培养扩容提质，造就拔尖创新人才。";
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Policy && m.Surface == "高等教育“冲一流、补短板、强特色”提升计划");
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Parallel);
    }
}
