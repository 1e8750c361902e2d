// Specifications of round 54 (issue 13, branch label54): a quoted label before ONE head written right after its closing mark.
// A label of numbers alone (“1+12”, “1+N”, “6＋6”) names nothing (the codebook's round-35 decision), so the plan, arrangement,
// zone or network written after it is its word and no repetition of the label's kind (QuotedLabelShape.NumberLabelHeads); a
// label counting ones (“六个一”, “五个一”) likewise takes the frame written alone after it (QuotedLabelShape.CountOfOnes). A label
// of words before its kind alone (“四港联动”机制) and a number label before no noun it qualifies (“3+1”保障成果) stay bare.
// Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Number labels and counts of ones before one head, round 54.</summary>
public sealed class LabelRound54Tests
{
    [Theory]
    // longgang-gwr-2025 (unseen26j): its gold codes 服务业高质量发展1+12方案 | 1+12方案.
    [InlineData("出台服务业高质量发展“1+12”方案，深圳工业软件园被认定为全市鸿蒙原生应用特色产业园，人工智能产业基金、平安重大项目基金落户；规上软件和信息技术服务业营收增长39.9%、人力资源服务业营收增长29.1%、文化体育和娱乐业营收增长51.8%、广告业营收增长301.7%。", "“1+12”方案")]
    // futian-gwr-2023 (unseen26l): its gold codes 1+N规划.
    [InlineData("推动出台“1+N”规划、深圳园区条例，推进税制改革等重大制度创新落地。", "“1+N”规划")]
    // dapeng-gwr-2025 (unseen26l): its gold codes 1+6+7+N+1大鹏半岛规划 | 1+6+7+N+1.
    [InlineData("高标准编制“1+6+7+N+1”大鹏半岛规划，出台实施释放旅游消费潜力推动旅游业高质量发展三年行动方案。", "“1+6+7+N+1”大鹏半岛规划")]
    // shenzhen-gwr-2022 (unseen26j): its gold codes 1＋10＋10工作安排.
    [InlineData("认真落实省委“1＋1＋9”工作部署和市委“1＋10＋10”工作安排，按照市第七次党代会要求，立足新发展阶段。", "“1＋10＋10”工作安排")]
    // shenzhen-gwr-2024 (unseen26j): its gold codes 6＋6集聚区 | 6＋6.
    [InlineData("打造融资租赁、供应链、国际咨询、财税服务等“6＋6”集聚区，新引进全球头部服务商50家。", "“6＋6”集聚区")]
    // guangming-gwr-2025 (unseen26l): its gold codes 1+6+N就业服务网络.
    [InlineData("19.公共就业服务体系：指通过建立1个区级就业服务中心、6个街道级就业服务载体和N个基层服务站点，形成覆盖全区、高效便捷的“1+6+N”就业服务网络，旨在提升就业服务的效率和精准度，更好地满足求职者和企业的需求。", "“1+6+N”就业服务网络")]
    public void A_number_label_is_reported_with_the_one_head_written_after_it(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        string label = surface[1..surface.IndexOf('”', StringComparison.Ordinal)];
        Assert.Contains(found, m => m.Surface == surface && m.Kind == MentionKind.Quoted);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // futian-gwr-2023 (unseen26l): its gold codes 六个一机制 | 六个一 | 医疗服务六个一机制.
    [InlineData("建立“一格一码一热线、一卡一包一团队”的医疗服务“六个一”机制，推动“一社区一社康一医院”网格化布局，新设发热门诊、诊室286个。", "“六个一”机制", "六个一")]
    // guangming-gwr-2025 (unseen26l), its glossary: its gold codes 行政执法规范化标准化五个一工作体系 | 五个一工作体系 | 五个一.
    [InlineData("10.行政执法规范化标准化建设“五个一”体系：即一套工作体系、一个“吹哨”联动机制、一张流程架构图、一个统筹执法改革、一系列专项行动。", "“五个一”体系", "五个一")]
    public void A_count_of_ones_is_reported_with_the_frame_written_alone_after_it_under_its_bare_label(string sentence, string surface, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Label == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // guizhou_2026: the words after the number label are no noun it qualifies (round 35).
    [InlineData("“3+1”保障成果持续巩固提升，脱贫人口收入稳步增长，首次国家乡村振兴战略实绩考核为“好”。", "3+1")]
    // jiangsu_2026: the kind alone after a label of words repeats the label's kind (round 47).
    [InlineData("完善空港、陆港、海港、信息港“四港联动”机制，努力实现江苏大地“人享其行、物畅其流”。", "四港联动")]
    public void A_label_before_no_word_of_its_own_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
    }
}
