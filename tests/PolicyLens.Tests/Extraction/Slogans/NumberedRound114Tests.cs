// Specifications of round 114 (numprec114, issue 13): numbered precision learned from the pool of 97 city work reports of 2024
// (JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt; read, never copied into the repo). A fresh random
// sample of the start build's numbered pool mentions (seed 11402, 150, none of round 113's 120; /work/round114/
// numprec114-pool-judged.tsv) read 108/150 right; with round 113's sample, 198/270. The wrong ones by class over both: a label
// before the noun it qualifies 23 (most before 项目, 产业, 模式 or a programme head: left to the label rules and quothead114),
// a count of things 21, a count label cut from its field or list 11, a ranking or grade 5, other 12.
// NumberedFinder.CountedThings.cs drops land, people, income, banks, lanes and expressways counted and a grade or ten-best
// alone (pool −18, all wrong; readable: none written), and draws N件事 and N条路径 with a field that opens on a noun (pool 4
// redraws, right by rounds 26/27/47; readable: none; guizhou_2026's 创新“六条路径”, coded bare, stays bare).
// Sentences of the pool are quoted with their city; the others are real sentences of readable texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Numbered readings of the round-114 pool sample: things counted and grades dropped, two generic heads drawn.</summary>
public sealed class NumberedRound114Tests
{
    [Theory]
    // pool 池州 (JiangGufan/digital-governance, 2024): plots of land cleared, counted by their kinds.
    [InlineData("新增工业项目按“标准地”出让1277亩，处置“三类土地”1.2万亩，首宗新型产业用地（M0）成功出让。", "三类土地")]
    // pool 铜陵: the same land, 用地.
    [InlineData("推进土地节约集约利用综合改革试点，清理“三类用地”3.5万亩。", "三类用地")]
    // pool 天门: wasteland in a list of village land.
    [InlineData("提高村级机动地、水面、林地、“四荒地”利用率，发展壮大村集体经济。", "四荒地")]
    // pool 阿坝: groups insured.
    [InlineData("特殊群体大病保险起付线降低50%、报销比例提高5%，“四类人群”参保率100%。", "四类人群")]
    // pool 黔西南: kinds of income raised.
    [InlineData("深入实施促进脱贫人口增收行动，持续提升“四项收入”水平。", "四项收入")]
    // pool 资阳: banks.
    [InlineData("资阳成为西部地区唯一有两家“四大行”入股市属国企的地级市。", "四大行")]
    // pool 眉山: banks, unquoted.
    [InlineData("交通银行入驻眉山，实现六大国有银行全覆盖。", "六大国有银行")]
    // pool 宣城: lanes of a motorway.
    [InlineData("确保宣泾高速一期建成通车、宣广高速具备“八车道”通行条件。", "八车道")]
    // pool 黄石: expressways built.
    [InlineData("武汉新城至黄石新港快速路等对接花湖机场“三条快速路”加快建设。", "三条快速路")]
    public void Things_counted_are_no_numbered_formula(string sentence, string label)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // pool 济宁: a grade of development zones.
    [InlineData("持续提升园区承载能力，确保5家开发区进入全省“一等”。", "一等")]
    // pool 芜湖: a ten-best of cases, its verb too far before the marks for the top-list rule.
    [InlineData("共建科创飞地等2项创新案例入选全省扎实推进长三角一体化发展“十佳”。", "十佳")]
    public void A_grade_or_a_ten_best_alone_is_no_numbered_formula(string sentence, string label)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // pool 十堰: the six things of village building.
    [InlineData("乡村建设“六件事”经验在全国推广。", "乡村建设“六件事”")]
    // pool 池州: the nine things of the development zones.
    [InlineData("实施开发区经济总量三年翻番计划，深入推进开发区“九件事”，加快“管委会+公司”改革。", "开发区“九件事”")]
    // pool 巴中: the four paths of attracting investment.
    [InlineData("继续实施投资促进提升年行动，走好招商引资“四条路径”，推进市场化招商。", "招商引资“四条路径”")]
    public void A_count_of_tasks_or_paths_after_its_field_is_drawn_with_it(string sentence, string surface)
    {
        Assert.Contains(Numbered(sentence), m => m.Surface == surface);
    }

    [Fact]
    public void A_count_of_paths_after_a_verb_stays_bare()
    {
        // provincial/guizhou_2026 (创新“六条路径”盘活农村闲置低效经营性资产): 创新 is the clause's verb; its gold codes the bare 六条路径.
        IReadOnlyList<SloganMention> report = InReport("provincial/guizhou_2026.txt");
        Assert.Contains(report, m => m.Kind == MentionKind.Numbered && m.Surface == "六条路径");
        Assert.DoesNotContain(report, m => m.Surface.EndsWith("“六条路径”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_tasks_after_a_verb_the_walk_does_not_know_stays_bare()
    {
        // pool 池州: 推深做实 is a verb, no field.
        Assert.Contains(Numbered("做强做优园区平台。推深做实开发区“九件事”，实施开发区“一区一策”考核。"), m => m.Surface == "九件事" || m.Surface == "开发区“九件事”");
        Assert.DoesNotContain(Numbered("做强做优园区平台。推深做实开发区“九件事”，实施开发区“一区一策”考核。"), m => m.Surface.StartsWith("推深", StringComparison.Ordinal));
    }

    [Fact]
    public void The_one_thing_of_service_stays_bare_after_its_field()
    {
        // pool 杭州: 一件事 is the national 高效办成一件事, no count of tasks.
        // (The policy finder names the reform whole, 信用修复“一件事”改革, with 一件事 as its label: its rule, not this one.)
        Assert.DoesNotContain(Numbered("深化信用修复“一件事”改革，信用修复更加便捷。"), m => m.Surface.Contains("信用修复“一件事”", StringComparison.Ordinal));
    }
}
