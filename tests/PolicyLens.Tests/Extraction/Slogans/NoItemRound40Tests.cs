// Specifications of CountOfThings (issue 13, round 40, items40): a quoted or numbered count of concrete things — teams, relics,
// factories, permits, area targets — is no item a scholar codes (codebook, round 27, point 3), while numbered formulas and
// quoted labels of the same shape whose numeral counts tasks, problems or procedures stay reported. Sentences of the
// development reports and the opened unseen texts (the removed ones judged wrong by the blind judges of unseen26f, unseen26h
// and the development samples of rounds 36–37). Area targets counted (“两个200万亩”) are left reported: an older development
// specification reads one right.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class NoItemRound40Tests
{
    [Theory]
    // unseen/hebei-gwr-2022 (eight teams built); unseen/baoding-gwr-2022 (eight national treasures, eight old factories);
    // municipal/zhumadian_2020 (four permits).
    [InlineData("我们外防输入、内防反弹，创新实施“十个常态化”30项措施，健全7套信息化系统，建成“八支队伍”，为每个县配齐核酸检测车、每个乡镇卫生院配备负压救护车，夯实防控基层基础。", "八支队伍")]
    [InlineData("以敬畏之心实施“古城保护”行动，整合“八大国宝”串珠成链，整体推进西大街―城隍庙、直隶总督署―古莲花池、体育场―淮军公所三大提升工程。", "八大国宝")]
    [InlineData("加快推进“西郊八大厂”工业遗产文化创意集聚带建设，让“老保定”文化、“古靴城”记忆成为可追寻能触碰的保定铭牌、保定印记。", "西郊八大厂")]
    [InlineData("审批承诺时限在法定时限基础上再减少50%，项目拿地后10天内完成“四证”办理。", "四证")]
    public void A_count_of_concrete_things_is_not_reported(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind is MentionKind.Quoted or MentionKind.Numbered && m.Surface.Contains(surface, StringComparison.Ordinal));
    }

    [Theory]
    // The same sentences' formulas: unseen/hebei-gwr-2022 (十个常态化), unseen/guangdong-gwr-2025 (六大行动, with its field).
    [InlineData("我们外防输入、内防反弹，创新实施“十个常态化”30项措施，健全7套信息化系统，建成“八支队伍”，为每个县配齐核酸检测车。", "十个常态化")]
    [InlineData("推进绿美广东生态建设“六大行动”，扎实开展山上造林、山下绿化，超额完成林分优化提升、森林抚育提升“两个200万亩”任务。", "六大行动")]
    public void The_formulas_beside_the_count_stay_reported(string text, string canonical)
    {
        Assert.Contains(Mentions(text), m => m.Kind is MentionKind.Quoted or MentionKind.Numbered && m.Canonical.Contains(canonical, StringComparison.Ordinal));
    }

    [Theory]
    // Labels of the same shape whose numeral counts problems, procedures or tasks: gwr 2014 (“三个1亿人”问题, a numeral, 个 and
    // a number), provincial/gansu_2026 (“四个1”活动), municipal/zhumadian_2018 (“三十五证合一”, a reform merging permits),
    // unseen/guangdong-gwr-2025 (“一试三证”, one examination for three certificates).
    [InlineData("今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇。", "三个1亿人")]
    [InlineData("九是开展职工关心关爱“四个1”活动。", "四个1")]
    [InlineData("全面实施“三十五证合一”，各类市场主体增长18.8%。", "三十五证合一")]
    [InlineData("加强“湾区标准”、“湾区认证”推广应用，扩大职称和职业资格认可、“一试三证”范围，完善支持港澳青年在粤就业创业政策和平台体系。", "一试三证")]
    public void Labels_that_count_tasks_or_procedures_stay_reported(string text, string canonical)
    {
        Assert.Contains(Mentions(text), m => m.Kind is MentionKind.Quoted or MentionKind.Numbered && m.Canonical.Contains(canonical, StringComparison.Ordinal));
    }

    [Theory]
    // The codebook's own examples of round 27, point 3 (counts of payments, destinations, survey dimensions: 两金, 五张名片,
    // 四大环境) are NOT read: they come from judged samples of reports no rule writer reads, and no readable text holds them.
    [InlineData("两金", false)]
    [InlineData("八支队伍", true)]
    [InlineData("西郊八大厂", true)]
    [InlineData("两个200万亩", false)]
    [InlineData("两个维护", false)]
    [InlineData("三大攻坚战", false)]
    [InlineData("一试三证", false)]
    [InlineData("三证合一", false)]
    [InlineData("三个1亿人", false)]
    public void The_shape_reads_what_the_numeral_counts(string label, bool counts)
    {
        Assert.Equal(counts, CountOfThings.Counts(label));
    }
}
