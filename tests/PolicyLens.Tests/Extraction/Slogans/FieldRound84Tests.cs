// Specifications of round 84b (field84, issue 13): no finder change. The task: a generic count label written right after
// its field (the codebook's rounds 26/27, 39, 82: 结构调整“三篇大文章”, 破解资源挤兑“十大体系”) is one item with the field, and
// could be reported whole with the bare label as its Label. The readable wrong verdicts of the start build (main 741bfb3f,
// /work/round83/readable-wrong84.tsv) that read such a label wrong bare fall in eight classes by the test that refuses the
// field; each was counted over every readable text (corpus_files.py: readable reports, national reports, opened unseen sets):
//   1. a head the label test does not hold (…篇大文章, a measure of 篇): 1 place (liaoning_2026 结构调整“三篇大文章”; not coded);
//      its other places are 12 of 金融“五篇大文章” (12 documents), the national formula the lexicon reads (pinned below);
//   2. a field after a list closed by 等 (the walk stops at 等, the list test refuses): 1 place (futian 2023, 破解资源挤兑“十大
//      体系”, coded field + label | bare);
//   3. the label right after 等: 5 places, 4 sum up the list before them (三大工程 national; baoding 2025 四大工程; the 五大行动
//      of the 百千万 plan, judged right bare; sichuan 十大工程, judged "item"), 1 a member + 等 before the six actions it lists
//      (guangdong plan outline 六项行动, coded bare): a whole reading would be right at 1 of 5;
//   4. a list of two counts (“一规划、三方案”): 1 place after a field (zhumadian_2020); the other count lists follow a verb or
//      have content heads (“五统一、一开放”, “一枢纽、四中心”);
//   5. a guideline counted by characters (N字方针, left bare in round 39): 1 place (zhumadian_2020 乡村振兴“20字方针”);
//   6. a label the lexicon lists (百千万工程): 1 place after a field (hubei_2026 文明实践“百千万工程”) of 87 quoted
//      百千万工程 (73 after a Han character), every other after a verb, a scope, a time or 和;
//   7. a count of places (…地, left out in round 27): 4 places, all of qinghai_2026's 产业“四地”, coded bare by its gold
//      (round 82 pinned it);
//   8. an unquoted N张清单 after a quoted field (“百千万工程”三张清单): 1 place (longhua 2024); N张清单 was left out of the
//      measured labels in round 37.
// No class holds the shape in several documents: a rule for any of them would be one text's item (the common rules), and
// classes 3 and 6 would be wrong at most of their places. These tests pin the readings a rule for classes 1 and 3 would
// take away. Every sentence is a real one of a readable text (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Count labels after a field or list that round 84b counted and left as the build reads them.</summary>
public sealed class FieldRound84Tests
{
    [Fact]
    public void The_finance_five_articles_after_their_field_stay_the_lexicon_formula()
    {
        // provincial/anhui_2026: 五篇大文章 is the national formula of finance, a name of its own (round 37); a head 篇大文章 for
        // liaoning's 结构调整“三篇大文章” would take in these 12 places too.
        var found = Mentions("做好金融“五篇大文章”。");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "五篇大文章");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("金融", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_label_summing_up_a_list_closed_by_deng_stays_bare()
    {
        // unseen/baoding-gwr-2025 (unseen26f): the four projects are the list's four members; its last member is no field.
        var found = Numbered("实施科技创新平台优化、揭榜挂帅提质、研发投入提升、科技成果转化等“四大工程”，推进中试基地建设，促进更多京津科技成果在保定孵化转化。");
        Assert.Contains(found, m => m.Surface == "四大工程");
        Assert.DoesNotContain(found, m => m.Surface.Contains("科技成果转化", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_and_deng_before_a_label_whose_parts_follow_stays_bare_as_the_gold_codes_it()
    {
        // unseen/guangdong-plan-outline-2026-2 (unseen26h): unseen26h's gold codes 六项行动 bare and the first action on its own;
        // the one judge who read 体育促进人民健康等“六项行动” whole met the only such place of the readable texts.
        var found = Numbered("统筹推进群众体育和竞技体育发展，推动体育生活与经济行为深度融合，深入实施体育促进人民健康等“六项行动”（体育促进人民健康行动、体育助力美好生活行动、体育赋能经济发展行动、体育文化软实力提升行动、粤港澳大湾区体育融合行动、“三大球”振兴行动。");
        Assert.Contains(found, m => m.Surface == "六项行动");
    }
}
