// Specifications of items round 46 (issue 13, branch items46): numbered and quoted mentions the words around them show to be no
// item at all — a compound of 一 after a negation (未发生一人一户返贫: "not a single one"), a compound cut at a measure word
// before its noun (一定一颗红心), a time of day in quotation marks (“三点半”难题), and a remark quoted whole after a verb of saying
// (他指出，“基数大，速度就低”) or a term the text calls so-called (所谓“两个中国”). Real sentences of the development reports and the opened unseen texts; beside each shape a
// formula of the same look that stays reported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Numbered and quoted mentions that name no item by the words around them.</summary>
public sealed class NonItemRound46Tests
{
    [Fact]
    public void A_compound_of_one_after_a_negation_is_no_formula()
    {
        // unseen/baoding-gwr-2023: "not a single person or household fell back into poverty".
        Assert.DoesNotContain(Outermost("解决脱贫人口就业13.05万人，未发生一人一户返贫。阜平入选首批国家乡村振兴示范县创建"), m => m.Surface.Contains("一人一户", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compound_ending_in_a_measure_word_before_its_noun_is_no_formula()
    {
        // unseen/gaoyang-npc-session-2023: 一定 ("surely") and 一颗红心 ("one red heart").
        Assert.DoesNotContain(Outermost("换来千家万户的岁月静好。 我们一定一颗红心永向党，让信念坚定、政治过硬成为最纯"), m => m.Kind == MentionKind.Numbered);
    }

    [Fact]
    public void A_time_of_day_in_quotation_marks_is_no_formula()
    {
        // unseen/hebei-gwr-2022: the hour primary school ends.
        Assert.DoesNotContain(Outermost("推进义务教育均衡发展，解决小学“三点半”难题做法在全国推广。"), m => m.Surface.Contains("三点半", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("表于十一月十九日《人民日报》。他指出，“基数大，速度就低”不是社会生产发展的规律，而主要是忽视对", "基数大，速度就低")] // gwr 1982
    [InlineData("路网连结起来，克服了我国诗人李白所说的“蜀道之难，难于上青天”的困难。由于鹰厦铁路的建成，", "蜀道之难，难于上青天")] // gwr 1958
    public void A_remark_quoted_whole_after_a_verb_of_saying_is_no_formula(string sentence, string remark)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface == remark);
    }

    [Theory]
    [InlineData("不了的。美帝国主义者及其追随者制造所谓“两个中国”的把戏，同美国的所谓“不承认中国”的政", "两个中国")] // gwr 1959
    [InlineData("我们坚决反对任何人制造所谓 “两个中国”、“一中一台”、“一个中国两个政府”、“台湾独立”的阴谋", "一个中国两个政府")] // gwr 1978: a space after 所谓
    [InlineData("但坚决反对台湾当局搞所谓“弹性外交”、“双重承认”，坚决反对任何形式的", "双重承认")] // gwr 1992: a run after 所谓
    public void A_term_the_text_calls_so_called_is_no_formula(string sentence, string term)
    {
        Assert.DoesNotContain(Outermost(sentence), m => term.Contains(m.Surface, StringComparison.Ordinal) || m.Surface.Contains(term, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_summing_up_the_list_before_it_after_deng_suowei_stays_reported()
    {
        // gwr 1955: 等所谓“五毒” sums up the five offences the sentence lists, the text's own label.
        Assert.Contains(Outermost("但同时必须对那些重犯行贿、偷工减料、盗窃国家资财、偷税漏税、盗窃国家经济情报等所谓“五毒”行为的不法资本家，"), m => m.Surface.Contains("五毒", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("汛避险救灾硬措施，强化极端天气感知预警，一村一策制定山洪灾害防御预案，推进高地堡垒等设施", "一村一策")] // beijing 2026: a compound of 一, no negation
    [InlineData("重要讲话。他强调，“十五五”时期是科技强国建设", "十五五")] // unseen/cpc-science-conference-2026: a label after a verb of saying
    public void The_same_looks_without_those_words_stay_reported(string sentence, string formula)
    {
        Assert.Contains(Outermost(sentence), m => m.Surface == formula);
    }
}
