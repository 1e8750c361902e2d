// Specifications of policy round 14c (issue 13, policy boundaries): a list of scope members (named or qualified places, rivers,
// regions, groups of people) that ends right where a programme's name begins only divides that programme's scope, so the name
// is the whole coordination; a list of bare kinds of area and a project of the national 山水工程 are not taken in. Each rule
// on real sentences of the development reports and the national corpus (the file is named). Also: one word between the
// introducing verb and the verb that opens the name qualifies the name (整体提升教育水平攻坚行动) and is not cut.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A programme whose coordinated scope members come before its name is reported whole, never as its last member with the
/// head; kinds of area listed bare and the places of the national 山水工程 keep the finders' earlier boundaries; a qualifier
/// between the introducing verb and the name's own verb stays in the name.
/// </summary>
public sealed class PolicyScopeListTests
{
    [Fact]
    public void A_river_and_a_group_listed_before_the_name_are_its_scope_and_the_name_is_the_whole_coordination()
    {
        // gansu 2026: the tributaries and the small water bodies near the people are the two scopes of one protection project.
        IReadOnlyList<SloganMention> policies = Policies("实施黄河二三级支流和群众身边小微水体保护治理工程。");
        Assert.Contains(policies, m => m.Surface == "黄河二三级支流和群众身边小微水体保护治理工程");
        Assert.DoesNotContain(policies, m => m.Surface == "群众身边小微水体保护治理工程");
    }

    [Fact]
    public void A_list_of_bare_kinds_of_area_is_no_scope_of_one_programme()
    {
        // gwr 2000: key cities, basins, regions and sea areas are kinds of area, each with its works: no name taken whole, and
        // the last member with the head stays unreported (policy round 13b).
        IReadOnlyList<SloganMention> policies = Policies("要加大城市环境污染治理力度，突出抓好重点城市、流域、区域、海域污染防治工程，全面实现既定的环境保护和治理目标。");
        Assert.DoesNotContain(policies, m => m.Surface.EndsWith("污染防治工程", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_of_the_national_mountains_and_rivers_programme_listed_after_a_lake_keeps_its_own_name()
    {
        // qinghai 2026: 澜沧江流域山水工程 is one project of the national 山水工程; the lake before it names another.
        IReadOnlyList<SloganMention> policies = Policies("打好“三北”工程攻坚战，优化提升“光伏治沙”效能，争取实施青海湖、澜沧江流域山水工程，完成国土绿化450万亩、防沙治沙111万亩，推动青藏高原生态安全屏障更加稳固。");
        Assert.Contains(policies, m => m.Surface == "澜沧江流域山水工程");
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith("青海湖", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("以提高人均受教育年限为目标，深入实施整体提升教育水平攻坚行动“七大工程”，劳动年龄人口平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。", "整体提升教育水平攻坚行动")] // guizhou 2026: a qualifier before the name verb
    [InlineData("实施全面提升空气质量行动计划，抓好多污染物协同治理和区域联防联控，精准防控臭氧污染，加强柴油货车污染治理，基本消除重污染天气。", "全面提升空气质量行动计划")] // guangdong 2023 (its neighbour: an adverb the finder already kept)
    public void A_qualifier_between_the_introducing_verb_and_the_names_verb_is_part_of_the_name(string sentence, string name)
    {
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Surface == name);
        Assert.DoesNotContain(policies, m => name.EndsWith(m.Surface, StringComparison.Ordinal) && m.Surface != name);
    }
}
