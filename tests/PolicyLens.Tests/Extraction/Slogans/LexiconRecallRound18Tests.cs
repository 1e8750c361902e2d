// Specifications of round 18 of the formula recall work (issue 13, branch fresh18), lexicon part: the cross-document formulas
// and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall18.tsv: fujian_2026 and
// zhumadian_2017, coded before the extractor was run on them) are found in real sentences of the development reports and the
// national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 18, and spellings of
/// existing entries (tools/lexicon/curated/round18-fresh18-2026.txt). Sentences of the development reports and the government
/// work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound18Tests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_green_growth_and_of_farming_are_found()
    {
        // gwr 2025 and fujian_2026: the zero-carbon factories beside the zero-carbon parks.
        Assert.True(ReportsLexicon("开展国家碳达峰第二批试点，建立一批零碳园区、零碳工厂。", "零碳工厂", "零碳工厂"));

        // gwr 2024 and fujian_2026: the view of farming beside the view of food.
        Assert.True(ReportsLexicon("我们这样一个人口大国，必须践行好大农业观、大食物观，始终把饭碗牢牢端在自己手上。", "大农业观", "大农业观"));

        // fujian_2026 and ten other 2026 reports, gwr 2021 (second batch, out of rejected.txt): the formula after the transition period.
        Assert.True(ReportsLexicon("推动县域经济高质量发展。把常态化帮扶纳入乡村振兴战略统筹实施，守牢不发生规模性返贫致贫底线。", "常态化帮扶", "常态化帮扶"));
    }

    [Fact]
    public void Formulas_of_the_party_and_of_the_rule_of_law_are_found()
    {
        // gwr 2015 and zhumadian_2017: the guiding formula before the Thought.
        Assert.True(ReportsLexicon("贯彻落实习近平总书记系列重要讲话精神，按照“四个全面”战略布局。", "习近平总书记系列重要讲话", "习近平总书记系列重要讲话"));

        // gwr 2015 and zhumadian_2017, and gwr 2016 in the other order.
        Assert.True(ReportsLexicon("公布省级政府权力清单、责任清单，切实做到法无授权不可为、法定职责必须为。", "法无授权不可为、法定职责必须为", "法无授权不可为、法定职责必须为"));
        Assert.True(ReportsLexicon("自觉运用法治思维和法治方式推动工作，法定职责必须为，法无授权不可为。", "法无授权不可为、法定职责必须为", "法定职责必须为，法无授权不可为"));

        // zhumadian_2017 and zhumadian_2018: the Party's regulations, named without 《》.
        Assert.True(ReportsLexicon("坚决把纪律和规矩挺在前面，严格遵守廉洁自律准则、纪律处分条例等党纪党规。", "中国共产党廉洁自律准则", "廉洁自律准则"));
        Assert.True(ReportsLexicon("坚决把纪律和规矩挺在前面，严格遵守廉洁自律准则、纪律处分条例等党纪党规。", "中国共产党纪律处分条例", "纪律处分条例"));

        // zhumadian_2017 and zhumadian_2010: designation programmes the development gold codes.
        Assert.True(ReportsLexicon("以创建“中国优秀旅游城市”为载体，加快旅游业发展。", "中国优秀旅游城市", "中国优秀旅游城市"));
        Assert.True(ReportsLexicon("广泛开展精神文明创建活动，成功创建“省级文明城市”。", "省级文明城市", "省级文明城市"));
    }

    [Fact]
    public void Spellings_of_existing_entries_are_found_whole()
    {
        // zhumadian_2017: the guiding formula written with 、.
        Assert.True(ReportsLexicon("深入贯彻习近平总书记系列重要讲话和治国理政新理念、新思想、新战略。", "新理念新思想新战略", "治国理政新理念、新思想、新战略"));

        // gwr 2016 and zhumadian_2017: the two disability subsidies spelled out, with 制度 as the State Council names the system
        // (round 22, heldback22: the spelling with 制度 is whole).
        Assert.True(ReportsLexicon("全面实施困难残疾人生活补贴和重度残疾人护理补贴制度。", "两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴制度"));
        Assert.True(ReportsLexicon("落实困难残疾人生活补贴和重度残疾人护理补贴。", "两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴"));

        // fujian_2026 and chongqing_2026: centralised drug procurement without 带量, and abbreviated.
        Assert.True(ReportsLexicon("深化医保支付方式改革，优化药品集中采购，促进“三医”协同发展和治理。", "药品集中带量采购", "药品集中采购"));
        Assert.True(ReportsLexicon("健全多层次医疗保障体系，优化药品集采、医保支付和结余资金使用政策。", "药品集中带量采购", "药品集采"));

        // fujian_2026: the employment campaign and the coastal four battles were reported cut.
        Assert.True(ReportsLexicon("稳住岗位。实施就业稳岗扩容提质行动，用足用好税费减免、就业补贴等政策。", "稳岗扩容提质行动", "就业稳岗扩容提质行动"));
        Assert.True(ReportsLexicon("加强区域联防联控，深入打好蓝天、碧水、碧海、净土保卫战。", "蓝天、碧水、净土保卫战", "蓝天、碧水、碧海、净土保卫战"));

        // fujian_2026 and hebei_2026: the three pollution-control principles contracted.
        Assert.True(ReportsLexicon("突出抓减污，全面落实精准科学依法治污，更加注重源头治理。", "精准治污、科学治污、依法治污", "精准科学依法治污"));
    }
}
