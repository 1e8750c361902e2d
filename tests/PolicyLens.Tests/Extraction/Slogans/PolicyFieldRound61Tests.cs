// Specifications of round 61's field61 change (issue 13): the field before a programme's quoted label stays part of the
// programme's name (the codebook's round-43 decision) when 发展 closes the field after a field noun (企业上市发展, the
// readable golds code the name with it) and after 提升 where no introducing verb stands before it
// (PolicyFinder.QuotedNameFields.cs). 发展 opening the clause (加快发展) still stops the walk. Sentences of the readable texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PolicyFieldRound61Tests
{
    [Fact]
    public void Development_after_a_field_noun_is_part_of_the_field()
    {
        // unseen/shenzhen-gwr-2022 (gold of unseen26j: 企业上市发展星耀鹏城计划).
        var found = Outermost("健全市场主体梯度培育体系，落实培育壮大市场主体30条，扎实推进“个转企”“小升规”“规做精”“优上市”，实施企业上市发展“星耀鹏城”计划。新增商事主体50万户。");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "企业上市发展“星耀鹏城”计划" && m.Label == "星耀鹏城");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy && m.Surface == "“星耀鹏城”计划");
    }

    [Fact]
    public void The_field_after_raising_a_programme_is_part_of_its_name()
    {
        // unseen/longgang-gwr-2025 (gold of unseen26j: 心理健康教育微光专项行动; judged wrong cut in its judged file).
        var found = Outermost("常态化推进“双减”工作，强化课后服务课程建设。巩固提升心理健康教育“微光”专项行动成果，推动体育、美育、劳动教育、创新教育。");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "心理健康教育“微光”专项行动" && m.Label == "微光");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("提升", StringComparison.Ordinal));
    }

    [Fact]
    public void Raising_with_no_field_takes_no_verb_into_a_name()
    {
        // unseen/gd-baiqianwan-decision (gold: 头雁工程): 提升 right before the label opens no field.
        var found = Outermost("深入推进抓党建促乡村振兴，全面提升“头雁”工程质量，选优派强驻村第一书记。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("提升“", StringComparison.Ordinal));
    }

    [Fact]
    public void Development_outside_an_introduced_run_stays_out_of_the_name()
    {
        // provincial/anhui_2026 (its gold codes 双20条 alone): 支持 introduces no programme, so 外向型企业高质量发展 is no field.
        var found = Outermost("健全经济形势分析机制，推出稳经济“30条”和支持科技型、外向型企业高质量发展“双20条”政策，强化重点市重点行业联系包保。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("发展“", StringComparison.Ordinal));
    }
}
