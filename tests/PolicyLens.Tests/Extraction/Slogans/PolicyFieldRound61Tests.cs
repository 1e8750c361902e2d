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
    public void Raising_with_no_field_leaves_the_name_at_its_label()
    {
        // unseen/gd-baiqianwan-decision (gold: 头雁工程).
        var found = Outermost("深入推进抓党建促乡村振兴，全面提升“头雁”工程质量，选优派强驻村第一书记。");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "“头雁”工程");
    }

    [Fact]
    public void Development_where_no_field_noun_stands_before_it_stays_out_of_the_name()
    {
        // A clause's verb 发展 before the label (invented on the shape of 加快发展“互联网+”, zhumadian 2020): no field.
        var found = Outermost("加快发展“互联网+”行动，出台促进中医药传承创新发展的政策。");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy && m.Surface.Contains("发展“", StringComparison.Ordinal));
    }
}
