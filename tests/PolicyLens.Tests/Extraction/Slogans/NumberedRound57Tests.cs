// Specifications of round 57 (numbered57, issue 13): an unquoted count N个 + one word right after a list of as many named members
// sums the list up, a count of things (CountAfterNamedList); a longer topic after a two-member list (两个关键小事) and a count with
// no list before it stay as they were. Every sentence is a real one of a development report or an opened unseen text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Counts of things summing up the named list before them.</summary>
public sealed class NumberedRound57Tests
{
    [Theory]
    [InlineData("统筹考虑超大城市人口发展趋势和多层次住房需求，结合产业发展布局、区域功能优化和轨道交通建设，完善住房市场和住房保障两个体系，加快构建房地产发展新模式。", "两个体系")] // shenzhen-gwr-2024
    [InlineData("提升辐射带动力，推动超高清视频显示、智能终端两个产值超千亿集群继续做大做强，迈向1500亿元、冲刺2000亿元；", "两个产值")] // baoan-gwr-2024
    [InlineData("推出84项“免申即享”事项，实现覆盖范围、事项数量、补贴金额、惠及群体四个“全省第一”，获国家级“政府服务优质奖”。", "全省第一")] // longhua-gwr-2024
    [InlineData("持久地开展批林批孔运动。无产阶级和资产阶级两个阶级、社会主义和资本主义两条道路、马克思主义和修正主义两条路线的斗争，是长期的，曲折的。", "两个阶级")] // gwr 1975
    public void A_count_after_a_list_of_as_many_named_members_is_no_formula(string sentence, string counted) =>
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains(counted, StringComparison.Ordinal));

    [Theory]
    [InlineData("深入抓好垃圾分类和物业管理两个关键小事，完善生活垃圾分类可回收物体系。", "两个关键小事")] // beijing_2026: coded
    [InlineData("北京作为首都，“四个中心”“四个服务”蕴含巨大发展能量。", "四个中心")] // beijing_2026: quoted, no list
    [InlineData("提产能关键还是抓耕地和种子两个要害。要坚决守住18亿亩耕地红线。", "耕地和种子两个要害")] // cpc-agricultural-power-speech-2022: round 48's pair
    public void A_longer_topic_or_a_count_with_no_list_before_it_stays(string sentence, string surface) =>
        Assert.Contains(Numbered(sentence), m => m.Surface == surface);
}
