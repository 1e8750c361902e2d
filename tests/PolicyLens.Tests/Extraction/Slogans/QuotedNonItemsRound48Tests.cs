// Specifications of round 48 (issue 13, branch quoted48): quoted strings that name no formula or policy. Two quoted stages of a
// change (从“万物互联”向“万物智联”发展: a technology's stages, a trade's business models, a landscape's looks) are no items; a
// range written with 到 (the 百千万工程's stage goals 三年初见成效, 五年显著变化, coded by the unseen26d coders) stays. A label
// right before the machine or instrument it names (“银河—Ⅱ”巨型计算机) is a product's name. Words the text quotes from its
// opponents to rebut them (说什么“只打苍蝇，不打老虎”, 污蔑为推行“修正主义纲领”, 打着“支援革命”的旗号) name no policy. Sentences of the development
// reports, gwr and the opened unseen sets (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedNonItemsRound48Tests
{
    [Theory]
    // unseen/guangdong-plan-outline-2026-1.txt (opened unseen26h; both judges read the two labels wrong as items).
    [InlineData("建设物联网应用平台，加快推动移动物联网从“万物互联”向“万物智联”发展。加快布局人工智能、云计算", "万物互联")]
    [InlineData("建设物联网应用平台，加快推动移动物联网从“万物互联”向“万物智联”发展。加快布局人工智能、云计算", "万物智联")]
    // provincial/guizhou_2026.txt: a business model the trade turns to.
    [InlineData("坚持新建和盘活并举，推动传统房地产从“卖房子”向“开发+服务+运营”转型，谋划落地旅居地产项目40个左右。", "开发+服务+运营")]
    // provincial/guangdong_2024.txt: the looks of a greened land.
    [InlineData("推进绿美广东生态建设“六大行动”，加快从“绿起来”向“美起来”转变。突出林分优化、林相改善", "美起来")]
    public void Two_stages_of_a_change_are_no_items(string text, string label)
    {
        Assert.Equal("stage-of-change", Reason(text, label));
        Assert.DoesNotContain(Quoted(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/gd-baiqianwan-meeting-2026.txt (opened unseen26d): the programme's stage goals, a range written with 到, coded.
    [InlineData("坚定不移把“百千万工程”持续抓下去，奋力实现从“三年初见成效”到“五年显著变化”的跨越提升，推动广东城乡区域协调发展", "三年初见成效")]
    [InlineData("坚定不移把“百千万工程”持续抓下去，奋力实现从“三年初见成效”到“五年显著变化”的跨越提升，推动广东城乡区域协调发展", "五年显著变化")]
    public void A_range_of_stage_goals_stays(string text, string label)
    {
        Assert.NotEqual("stage-of-change", Reason(text, label));
        Assert.Contains(Mentions(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

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
