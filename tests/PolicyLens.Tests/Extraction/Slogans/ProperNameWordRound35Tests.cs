// Specifications of precision round 35 (issue 13, branch precision35): a formula written as a word of one body's, event's or
// park's proper name is not reported (ProperNameWord), from sentences of the opened unseen sets and the development texts
// whose judges read the formula there wrong as an item; a programme's headquarters and a kind of park keep their formula.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Names of bodies, events and single parks hold no mention of the formula they are named after.</summary>
public sealed class ProperNameWordRound35Tests
{
    [Theory]
    // gd-reform-commission-2026: the provincial reform commission meets; the second 全面深化改革 is the formula itself.
    [InlineData("9月28日上午，省委全面深化改革委员会召开会议，认真学习贯彻习近平总书记关于全面深化改革的重要论述和对广东系列重要讲话重要指示精神，讨论有关改革文件稿，听取省有关单位和部分市县关于改革事项和改革落实情况的汇报。", "全面深化改革", 1)]
    // cpc-congress 19_2017: the leading group is founded; 法治中国 after it is still the formula.
    [InlineData("成立中央全面依法治国领导小组，加强对法治中国建设的统一领导。", "全面依法治国", 0)]
    public void A_formula_that_names_a_body_is_the_body_s_word(string sentence, string formula, int usesOutsideTheName)
    {
        Assert.Equal(usesOutsideTheName, Mentions(sentence).Count(m => m.Surface == formula));
    }

    [Fact]
    public void A_formula_joined_by_a_middle_dot_is_a_word_of_the_event_s_name()
    {
        // hebei-gwr-2023: the arts festival; its coders blocked 一带一路 here by hand.
        Assert.DoesNotContain(Mentions("实施文化惠民工程，发展文化产业集群，强化文物保护利用和文化遗产保护传承，办好2023“一带一路”·长城国际民间文化艺术节。"),
            m => m.Surface.Contains("一带一路", StringComparison.Ordinal));
    }

    [Theory]
    // baoding-gwr-2026: one park, named after the region; 银发经济 before 场景创新行动 is the formula.
    [InlineData("实施银发经济场景创新行动，系统推进存量设施适老化改造，加快建设京津冀银发经济产业园，支持老年健康服务产品研发与康养消费场景创新。", "银发经济", 1)]
    // hebei-gwr-2025: the quoted label inside the park's name.
    [InlineData("强化协同创新和产业协作，与京津共建6条产业链，启动建设京津冀“机器人+”产业园，新能源和智能网联汽车、机器人产量均成倍增长。", "机器人+", 0)]
    public void A_formula_inside_one_park_s_name_is_not_reported(string sentence, string formula, int usesOutsideTheName)
    {
        Assert.Equal(usesOutsideTheName, Mentions(sentence).Count(m => m.Surface.StartsWith(formula, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_kind_of_park_keeps_its_formula()
    {
        // zhumadian_2023: every township's 乡村振兴产业园, a kind of park, not one park's name.
        Assert.Contains(Mentions("形成县城经济开发区、乡镇乡村振兴产业园、中心村产业车间分工合理的产业空间布局，拓宽农民增收致富渠道。"),
            m => m.Surface == "乡村振兴");
    }

    [Fact]
    public void A_city_s_park_of_a_kind_keeps_its_formula()
    {
        // jilin_2026: the development gold codes 循环经济 here, its one use in the report.
        Assert.Contains(Mentions("深入推进重点行业节能降碳改造，推动长春、松原国家碳达峰试点城市和长春循环经济产业园建设。"), m => m.Surface == "循环经济");
    }

    [Fact]
    public void A_programme_s_headquarters_keeps_the_programme()
    {
        // gd-baiqianwan-meeting-2026: its coders counted the programme named in the headquarters' name.
        Assert.Contains(Mentions("省“百千万工程”指挥部成员单位、省有关单位、省有关人民团体、中直驻粤有关单位主要负责同志参加会议。"),
            m => m.Canonical == "百千万工程");
    }
}
