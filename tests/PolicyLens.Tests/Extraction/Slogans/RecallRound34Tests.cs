// Specifications of round 34 of the formula recall work (issue 13, branch recall34), written from the opened unseen26f set
// (Hebei and Baoding work reports): a place's goal the text builds once is the same goal where the report writes it again
// without a verb of building (RepeatMentionFinder repeats PlaceCampaignFinder's goals), and the ordinals that open a list's
// items (三是) and the verbs 聚焦 and 释放 are never part of a programme's name (PolicyFinder's stop words), and a place's
// version of 中国式现代化 is taken whole when 建设 stands before the place or 场景 closes it (LexiconMatcher.PlaceChapter).
// Sentences of the opened unseen reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class RecallRound34Tests
{
    [Fact]
    public void A_city_goal_the_report_builds_is_the_goal_where_it_is_written_again_without_building()
    {
        // baoding-gwr-2022: the goal built (建设现代化品质生活之城), then written as the subject of a pledge (奋力推动…迈好第一步).
        const string text = "今年是建设现代化品质生活之城的关键之年，做好今年工作至关重要。大家在践行初心使命中奋斗与担当，奋力推动现代化品质生活之城迈好第一步、见到新气象。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "现代化品质生活之城" && m.Subtype == "goal");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "现代化品质生活之城" && m.Subtype == "repeat" && m.Start > 30);
    }

    [Fact]
    public void A_city_goal_never_built_in_the_report_is_not_reported()
    {
        // baoding-gwr-2022's pledge alone: without a verb of building anywhere, the phrase is not read as the goal (as before).
        const string text = "大家在践行初心使命中奋斗与担当，奋力推动现代化品质生活之城迈好第一步、见到新气象。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface == "现代化品质生活之城");
    }

    [Fact]
    public void The_ordinal_that_opens_a_list_item_is_not_part_of_the_programme()
    {
        // baoding-gwr-2022: the third and fourth of five programmes, each opening its paragraph with 三是/四是.
        IReadOnlyList<SloganMention> mentions = Mentions("三是“开发区升级”行动。持续推进“开发区实力倍增计划”。四是“精准服务”招商行动。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "“开发区升级”行动");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "“精准服务”招商行动");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("是“", StringComparison.Ordinal));
    }

    [Fact]
    public void Focusing_on_and_releasing_are_not_part_of_the_programme()
    {
        // baoding-gwr-2022 (the campaign is 城市管理“新颜值”行动: round 60, policy60, takes the field after 聚焦, as unseen26f's gold
        // codes it) and baoding-gwr-2026 (the pilots are the “三新” pilots).
        IReadOnlyList<SloganMention> mentions = Mentions("强力开展主城区聚焦城市管理“新颜值”行动，首批工程陆续办结。实施高能级首发矩阵培育行动，释放“三新”试点政策红利。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "城市管理“新颜值”行动");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "“三新”试点");
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("释放", StringComparison.Ordinal) || m.Surface.Contains("聚焦", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chapter_of_modernisation_written_with_building_before_the_place_is_the_place_version()
    {
        // hebei-gwr-2024 and baoding-gwr-2025: the closing pledge of each report.
        IReadOnlyList<SloganMention> mentions = Mentions("凝聚起奋力谱写中国式现代化建设河北篇章的坚定意志和强大动力。全力构建京雄保一体化发展新格局，奋力谱写中国式现代化建设保定篇章！");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "中国式现代化建设河北篇章" && m.Canonical == "中国式现代化");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "中国式现代化建设保定篇章");
        Assert.DoesNotContain(mentions, m => m.Surface == "中国式现代化");
    }

    [Fact]
    public void Hebei_s_scene_of_modernisation_is_the_place_version()
    {
        // hebei-gwr-2023: the province's version of the national goal (中国式现代化河北场景).
        IReadOnlyList<SloganMention> mentions = Mentions("聚焦高质量发展，完整准确全面贯彻新发展理念，深入谋划中国式现代化河北场景，统筹实施，分级推进。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "中国式现代化河北场景");
    }
}
