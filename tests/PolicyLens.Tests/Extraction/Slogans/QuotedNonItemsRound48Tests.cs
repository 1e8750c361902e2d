// Specifications of round 48 (issue 13, branch quoted48): quoted strings that name no formula or policy. A label right before
// the machine or instrument it names (“银河—Ⅱ”巨型计算机) is a product's name. Words the text quotes from its opponents to rebut
// them (说什么“只打苍蝇，不打老虎”, 污蔑为推行“修正主义纲领”, 打着“支援革命”的旗号) name no policy. Sentences of gwr (the file each
// comes from is named). The writer's third rule — two quoted stages of a change (从“万物互联”向“万物智联”发展) are no items — was
// withdrawn by the lead before merging: on unseen26j it removed the two stages of a service reform (从“办妥一件事”向“办好一类事”
// 转变), which the coders code and both blind judges read right; three readable places were too few to tell the two apart.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedNonItemsRound48Tests
{
    [Fact]
    // gwr/1993.txt: a computer built, a product's name.
    public void A_label_before_the_machine_it_names_is_a_name()
    {
        const string text = "正负电子对撞机投入使用，“银河—Ⅱ”巨型计算机研制成功，我国航天工业进入国际发射市场。";
        Assert.Equal("name", Reason(text, "银河—Ⅱ"));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("银河", StringComparison.Ordinal));
    }

    [Theory]
    // gwr/1982.txt.
    [InlineData("中的主要案犯，也就是人们通常所说的“大老虎”。现在有的人还在说什么“只打苍蝇，不打老虎”，在他们看来似乎只有从高级领导干部中抓出", "只打苍蝇，不打老虎")]
    // gwr/1978.txt.
    [InlineData("把落实毛主席的一系列指示污蔑为推行“修正主义纲领”，把各方面的整顿污蔑为“全面复辟”，把建设四个现代化的", "修正主义纲领")]
    [InlineData("主要靠军事力量进行扩张，还打着“社会主义”和“支援革命”的旗号到处招摇撞骗，它是最危险的新的世界战争策源地。", "支援革命")]
    [InlineData("两霸的争夺遍及世界各地，重点在欧洲。他们极力鼓吹“缓和”、“裁军”，都不过是为了欺骗人民", "裁军")]
    public void An_opponents_words_the_text_rebuts_are_no_items(string text, string label)
    {
        Assert.Equal("opponents-words", Reason(text, label));
        Assert.DoesNotContain(Quoted(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }
}
