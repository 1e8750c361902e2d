// The words a cue pattern cannot match without: what RequiredWords reads from a pattern, and that it never rules out a match.
using System.Text.RegularExpressions;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// <see cref="RequiredWords"/> reads from a regular expression the words a text must hold for it to match, so that the
/// procedural cues run only on sentences that have them. It may let through a sentence that does not match, never
/// rule out one that does.
/// </summary>
public sealed class RequiredWordsTests
{
    [Theory]
    // The speaker line: a title word must be there, the name may be anything.
    [InlineData(@"^.{0,16}(省长|市长|主席|总理)\s*[\p{IsCJKUnifiedIdeographs}·]{2,8}$", "主席 市长 总理 省长")]
    // The closing call: 让我们 and one of the last words; the optional address is not required.
    [InlineData(@"^(各位代表[！!，,])?让我们.{0,200}(奋斗|贡献)[！!。]?$", "奋斗 让我们 贡献")]
    // A run of literals is one word; an optional group and a class require nothing.
    [InlineData(@"^(同时，)?清醒(地)?(看到|认识到)[^：:；]{0,50}(困难|问题)", "问题 困难 清醒 看到 认识到")]
    // A single character is left out when a longer word is required beside it (、 here).
    [InlineData(@"^[一二三四五六七八九十]+、[^，。；]{0,20}(工作回顾|重点工作)$", "工作回顾 重点工作")]
    // Escaped symbols are themselves; a lookbehind requires nothing of its own.
    [InlineData(@"(以下|如下)(?<=\A[^。！？]{0,40}(以下|如下))\-[：:]$", "以下 如下")]
    public void ThePatternsWordsAreThoseEveryMatchMustContain(string pattern, string words)
    {
        RequiredWords? required = RequiredWords.Of(pattern);
        Assert.NotNull(required);
        Assert.Equal(words.Split(' ').Order(StringComparer.Ordinal), required.Words.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("(?i)让我们")]
    [InlineData("让我们(?(1)a|b)")]
    [InlineData(@"让我们\")]
    [InlineData("让我们[奋斗")]
    [InlineData("让我们)")]
    public void APatternItCannotReadProvesNothing(string pattern) => Assert.Null(RequiredWords.Of(pattern));

    [Fact]
    public void AnAlternativeWithoutRequiredWordsLetsEverySentenceThrough()
    {
        RequiredWords? required = RequiredWords.Of("请予审议|^[一二三四五六七八九十]+$");
        Assert.NotNull(required);
        Assert.True(required.MayMatch("任何一句话。"));
    }

    [Fact]
    public void EveryRequiredPartMustBeThere()
    {
        RequiredWords? required = RequiredWords.Of("(是|，是)(?<=\\A[^。！，]{0,30}(是|，是))[^。！]{0,45}(收官之年|开局之年)");
        Assert.NotNull(required);
        Assert.True(required.MayMatch("今年是“十五五”开局之年。"));
        Assert.False(required.MayMatch("今年是关键一年。"));
        // 是 is required too, but a single character is not looked for beside a longer word: let through, the regex decides.
        Assert.True(required.MayMatch("开局之年，做好各项工作意义重大。"));
    }

    [Fact]
    public void EachPatternIsLetThroughOnItsOwnWords()
    {
        // The opening formula has the words of a cue of the second alternation only: the first need not run.
        RequiredWords? required = RequiredWords.Of(ProceduralSentences.AnchoredPattern, ProceduralSentences.AnywherePattern);
        Assert.NotNull(required);
        Assert.Equal(0b10UL, required.Candidates("现在，我代表国务院，向大会报告政府工作，请予审议。"));
        Assert.Equal(0b01UL, required.Candidates("谢谢大家！"));
        Assert.Equal(0UL, required.Candidates("大力发展职业教育，办好人民满意的学校。"));
    }

    [Fact]
    public void NoProceduralSentenceOfTheNationalReportsIsRuledOut()
    {
        // Every sentence of the national reports, as the theme stage sees them (folded, each a Text-stage sentence):
        // the required words let through every sentence a cue matches, and rule out most of the others.
        RequiredWords? required = RequiredWords.Of(ProceduralSentences.AnchoredPattern, ProceduralSentences.AnywherePattern);
        Assert.NotNull(required);
        Regex[] cues = [new(ProceduralSentences.AnchoredPattern, RegexOptions.CultureInvariant), new(ProceduralSentences.AnywherePattern, RegexOptions.CultureInvariant)];
        int sentences = 0, matched = 0, letThrough = 0;
        foreach (PolicyLens.Text.Document document in new PolicyLens.Text.CorpusReader(PolicyLens.Text.CorpusOptions.Default).Read(SharedData.Require("corpus/gwr")))
        {
            string folded = ThemeTokens.Fold(document.Text);
            foreach (PolicyLens.Text.Sentence sentence in document.Sentences)
            {
                string text = folded.Substring(sentence.Span.Start, sentence.Span.Length);
                bool matches = cues.Any(c => c.IsMatch(text));
                bool may = required.MayMatch(text);
                Assert.True(may || !matches, text);
                sentences++;
                matched += matches ? 1 : 0;
                letThrough += may ? 1 : 0;
            }
        }

        Assert.InRange(matched, 100, letThrough);
        Assert.InRange(letThrough, matched, sentences / 4);
    }
}
