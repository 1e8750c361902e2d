// Specifications of round 48 (issue 13, branch quoted48): quoted strings that name no formula or policy. Two quoted stages of a
// change (从“万物互联”向“万物智联”发展: a technology's stages, a trade's business models, a landscape's looks) are no items; a
// range written with 到 (the 百千万工程's stage goals 三年初见成效, 五年显著变化, coded by the unseen26d coders) stays. A label
// right before the machine or instrument it names (“银河—Ⅱ”巨型计算机) is a product's name. Sentences of the development
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
}
