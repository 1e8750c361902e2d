// Specification of the character-bigram option of theme training (ThemeTrainingOptions.CharacterBigramMinimumCount):
// which pairs are features, that hidden seed words stay hidden, and that the native scorer gives ML.NET's predictions.
using PolicyLens.Analysis.Themes;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// Character bigrams beside the jieba words: pairs of adjacent letters of the folded sentence, one vocabulary with the
/// words, read back by the native scorer from the model itself. Trained here on the national reports and the hand-coded
/// training sentences (smaller than the shipped model's corpora, so that the test takes seconds, not minutes).
/// </summary>
public sealed class CharacterBigramThemeTests
{
    private static readonly Lazy<ThemeTrainingResult> Trained = new(() =>
    {
        var reader = new CorpusReader();
        IReadOnlyList<string> files = ThemeTrainingCorpus.Files([SharedData.Require(Path.Combine("corpus", "gwr"))]);
        return ThemeClassifier.Train(
            files.SelectMany(f => reader.Read(f)).Select(d => d.Text),
            options: ThemeTrainingOptions.Default with { HandCodedFiles = DevCodedSentences.TrainingPaths, CharacterBigramMinimumCount = 10 });
    });

    [Fact]
    public void BigramsArePairsOfAdjacentLettersThatPunctuationAndDigitsBreak()
    {
        var features = new List<string>();
        ThemeTokens.AddBigrams("深化农村改革，2025年粮食", features);
        string[] pairs = [.. features.Select(f => f[1..])];
        Assert.Equal(["深化", "化农", "农村", "村改", "改革", "年粮", "粮食"], pairs);
        Assert.All(features, f => Assert.True(ThemeTokens.IsBigram(f)));
        Assert.False(ThemeTokens.IsBigram("改革"));
    }

    [Fact]
    public void PairsOverlappingAHiddenSeedWordAreLeftOut()
    {
        // 粮食 hidden (offset 3, length 2): 农粮, 粮食 and 食安 touch it; 保障 and 障农 do not.
        var features = new List<string>();
        ThemeTokens.AddBigrams("保障农粮食安", features, [(3, 2, 0)]);
        Assert.Equal(["保障", "障农"], features.Select(f => f[1..]));
    }

    [Fact]
    public void TheModelHoldsBigramsBesideWordsAndTheDefaultHoldsNone()
    {
        IReadOnlyList<string> vocabulary = Vocabulary(Trained.Value.Classifier);
        int bigrams = vocabulary.Count(ThemeTokens.IsBigram);
        Assert.True(bigrams > 1000, $"{bigrams} bigrams");
        Assert.True(vocabulary.Count - bigrams > 1000, $"{vocabulary.Count - bigrams} words");
        Assert.Contains("\u0001粮食", vocabulary);
        Assert.DoesNotContain(Vocabulary(ThemeClassifier.Default), ThemeTokens.IsBigram);
    }

    [Fact]
    public void NativeScorerGivesTheMLNetModelsPredictionWithBigrams()
    {
        ThemeTrainingResult result = Trained.Value;
        string[] sentences =
        [
            .. HandLabelledSentences.All.Select(r => r.Sentence), .. DevCodedSentences.Test.Select(r => r.Sentence),
            .. DevCodedSentences.Test3.Select(r => r.Sentence), .. DevCodedSentences.EdgesTest.Select(r => r.Sentence),
            .. DevCodedSentences.Test4.Select(r => r.Sentence),
        ];
        ThemeTrainingTests.AssertNativeMatchesMLNet(result, sentences);
    }

    [Fact]
    public void ABigramModelSavesAndLoadsBackWithItsBigrams()
    {
        using var stream = new MemoryStream();
        Trained.Value.Classifier.Save(stream);
        stream.Position = 0;
        ThemeClassifier loaded = ThemeClassifier.Load(stream);
        string[] sentences = [.. DevCodedSentences.Test.Select(r => r.Sentence)];
        Assert.Equal(Trained.Value.Classifier.Classify(sentences), loaded.Classify(sentences));
    }

    private static IReadOnlyList<string> Vocabulary(ThemeClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Save(stream);
        stream.Position = 0;
        return LinearThemeModel.Read(stream, "model").Vocabulary;
    }
}
