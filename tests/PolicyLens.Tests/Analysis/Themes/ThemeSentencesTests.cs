using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The units the Themes stage classifies, until the Text stage's sentences replace them.</summary>
public sealed class ThemeSentencesTests
{
    private static string[] Units(string text) => [.. ThemeSentences.Split(text).Select(u => text.Substring(u.Start, u.Length))];

    [Fact]
    public void UnitsAreTheTextStagesSentencesEndedByStopsAndLineBreaksNotSemicolons()
    {
        Assert.Equal(
            ["一、2014年工作回顾", "过去一年，经济运行处于合理区间。", "增速稳；就业稳！", "价格稳"],
            Units("一、2014年工作回顾\n\n过去一年，经济运行处于合理区间。增速稳；就业稳！价格稳\n"));
    }

    [Fact]
    public void AClosingQuoteStaysWithItsSentence()
    {
        Assert.Equal(["他说：“要稳。”", "好。"], Units("他说：“要稳。”好。"));
    }

    [Fact]
    public void BlankTextHasNoUnits()
    {
        Assert.Empty(ThemeSentences.Split(" \n\n\t "));
    }

    [Fact]
    public void ParagraphsAreTheNonBlankLines()
    {
        const string text = "第一段。还是第一段。\n\n  第二段\n";
        Assert.Equal(["第一段。还是第一段。", "第二段"], ThemeSentences.Paragraphs(text).Select(p => text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void CharactersAreLettersAndDigitsOnly()
    {
        Assert.Equal(11, ThemeSentences.CountCharacters("增长7.4%， 达到63万亿元。"));
    }
}
