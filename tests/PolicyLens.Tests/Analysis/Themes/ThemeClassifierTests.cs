using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The shipped classifier: loads from the assembly, classifies sentences with and without seed words, round-trips through a file.</summary>
public sealed class ThemeClassifierTests
{
    [Fact]
    public void ShippedModelKnowsEveryBuiltInTheme()
    {
        Assert.Equal(
            ThemeTaxonomy.Default.Themes.Select(t => t.Code).Order(StringComparer.Ordinal),
            ThemeClassifier.Default.Themes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("大力发展职业教育，办好人民满意的学校。", "education")]
    [InlineData("稳定粮食播种面积，提高单产。", "agriculture")]
    [InlineData("坚持独立自主的和平外交政策。", "foreign_affairs")]
    [InlineData("加快国防和军队现代化，提高部队实战化训练水平。", "security_defence")]
    public void ClearlyThemedSentencesGetTheirTheme(string sentence, string theme)
    {
        ThemePrediction prediction = ThemeClassifier.Default.Classify(sentence);
        Assert.Equal(theme, prediction.Theme);
        Assert.InRange(prediction.Probability, 0.3, 1);
    }

    [Fact]
    public void ASentenceWithoutSeedWordsStillGetsATheme()
    {
        // No seed word at all (checked below): the model goes by the company its words keep in labelled sentences.
        const string sentence = "播种面积稳定在十七亿亩以上，单产稳步提高。";
        Assert.Null(ThemeTaxonomy.Default.SeedTheme(sentence));
        Assert.Equal("agriculture", ThemeClassifier.Default.Classify(sentence).Theme);
    }

    [Fact]
    public void ClassifyTextGivesEverySentenceWithAWordOffsetsCharactersAndSeeds()
    {
        const string text = "各位代表：\n\n粮食产量达到6.07亿吨。城镇新增就业1322万人。\n（1）\n";
        IReadOnlyList<ClassifiedSentence> sentences = ThemeClassifier.Default.ClassifyText(text);
        Assert.Equal(3, sentences.Count); // "（1）" has no word and is left out
        Assert.Equal(ThemeClassifier.None, sentences[0].Theme); // 各位代表： is the form of address
        Assert.Equal("粮食产量达到6.07亿吨。", text.Substring(sentences[1].Start, sentences[1].Length));
        Assert.Equal(11, sentences[1].Characters);
        Assert.Equal("agriculture", sentences[1].SeedTheme);
        Assert.Equal("agriculture", sentences[1].Theme);
        Assert.Equal("employment", sentences[2].Theme);
    }

    [Fact]
    public void BatchAndSingleClassificationAgree()
    {
        string[] sentences = ["加强生态环境保护。", "深化国有企业改革。", "继续做好扶贫开发工作。"];
        IReadOnlyList<ThemePrediction> batch = ThemeClassifier.Default.Classify(sentences);
        Assert.Equal(sentences.Select(ThemeClassifier.Default.Classify), batch);
    }

    [Fact]
    public void ASavedModelLoadsAndPredictsTheSame()
    {
        using var stream = new MemoryStream();
        ThemeClassifier.Default.Save(stream);
        stream.Position = 0;
        ThemeClassifier loaded = ThemeClassifier.Load(stream);
        string[] sentences = [.. HandLabelledSentences.All.Take(40).Select(r => r.Sentence)];
        Assert.Equal(ThemeClassifier.Default.Classify(sentences), loaded.Classify(sentences));
    }

    [Fact]
    public void AFileThatIsNotAModelIsAnInputErrorNamingIt()
    {
        var e = Assert.ThrowsAny<Exception>(() => ThemeClassifier.Load(new MemoryStream("not a model"u8.ToArray()), "bad.zip"));
        Assert.IsType<InputException>(e);
        Assert.StartsWith("bad.zip:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。")]
    [InlineData("请予审议。")]
    [InlineData("各位代表！")]
    [InlineData("谢谢大家！")]
    [InlineData("——2026年1月25日在北京市第十六届人民代表大会第四次会议上")]
    [InlineData("让我们更加紧密地团结在以习近平同志为核心的党中央周围，为强国建设、民族复兴伟业作出新的更大贡献！")]
    public void ProceduralCeremonialAndClosingSentencesAreNone(string sentence)
    {
        ThemePrediction p = ThemeClassifier.Default.Classify(sentence);
        Assert.Equal(ThemeClassifier.None, p.Theme);
        Assert.Null(p.SecondaryTheme);
    }

    [Fact]
    public void TraditionalCharactersAreFoldedBeforeTokenization()
    {
        // 1954's report: 鋼鐵 and 工業 must be read as the 钢铁 and 工业 the model learnt.
        ThemePrediction traditional = ThemeClassifier.Default.Classify("鋼鐵工業和機器製造工業的產量都有增長。");
        ThemePrediction simplified = ThemeClassifier.Default.Classify("钢铁工业和机器制造工业的产量都有增长。");
        Assert.Equal("industry_innovation", simplified.Theme);
        Assert.Equal(simplified, traditional);
    }

    [Fact]
    public void ASecondaryThemeComesOnlyWhenTheModelIsCloseToUndecided()
    {
        IReadOnlyList<ThemePrediction> predictions = ThemeClassifier.Default.Classify([.. HandLabelledSentences.All.Select(r => r.Sentence)]);
        Assert.Contains(predictions, p => p.SecondaryTheme is not null);
        Assert.All(predictions.Where(p => p.SecondaryTheme is not null), p =>
        {
            Assert.NotEqual(p.Theme, p.SecondaryTheme);
            Assert.InRange(p.SecondaryProbability, ThemeClassifier.SecondaryRatio * p.Probability, p.Probability);
        });
        Assert.All(predictions.Where(p => p.SecondaryTheme is null && p.Theme != ThemeClassifier.None), p => Assert.Equal(0, p.SecondaryProbability));
    }

    [Fact]
    public void TheSecondaryRatioDecidesHowManySentencesGetASecondaryTheme()
    {
        string[] sentences = [.. HandLabelledSentences.All.Select(r => r.Sentence)];
        ThemeClassifier strict = ThemeClassifier.Default.WithSecondaryRatio(0.8);
        ThemeClassifier loose = ThemeClassifier.Default.WithSecondaryRatio(0.3);
        IReadOnlyList<ThemePrediction> shipped = ThemeClassifier.Default.Classify(sentences);
        IReadOnlyList<ThemePrediction> fewer = strict.Classify(sentences);
        IReadOnlyList<ThemePrediction> more = loose.Classify(sentences);

        // The primary theme and its probability do not depend on the rule; a stricter ratio gives secondaries to a subset.
        Assert.Equal(shipped.Select(p => (p.Theme, p.Probability)), fewer.Select(p => (p.Theme, p.Probability)));
        Assert.Equal(shipped.Select(p => (p.Theme, p.Probability)), more.Select(p => (p.Theme, p.Probability)));
        for (int i = 0; i < sentences.Length; i++)
        {
            if (fewer[i].SecondaryTheme is not null)
            {
                Assert.Equal(fewer[i].SecondaryTheme, shipped[i].SecondaryTheme);
                Assert.InRange(fewer[i].SecondaryProbability, 0.8 * fewer[i].Probability, fewer[i].Probability);
            }

            if (shipped[i].SecondaryTheme is not null)
            {
                Assert.Equal(shipped[i].SecondaryTheme, more[i].SecondaryTheme);
            }
        }

        int strictCount = fewer.Count(p => p.SecondaryTheme is not null), shippedCount = shipped.Count(p => p.SecondaryTheme is not null);
        Assert.True(strictCount < shippedCount && shippedCount < more.Count(p => p.SecondaryTheme is not null), $"{strictCount}, {shippedCount}");
        Assert.Equal(ThemeClassifier.SecondaryRatio, ThemeClassifier.Default.SecondaryThreshold);
        Assert.Throws<ArgumentOutOfRangeException>(() => ThemeClassifier.Default.WithSecondaryRatio(-0.1));
    }
}
