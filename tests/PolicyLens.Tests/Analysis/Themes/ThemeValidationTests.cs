using System.Globalization;
using System.Text;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The validation kit against the hand-coded development sentences (<c>dev-coded.tsv</c>), and its statistics on small
/// cases worked by hand. The coordinator's held-out gold (two coders) is read the same way: ThemeValidation.Run(path).
/// </summary>
public sealed class ThemeValidationTests
{
    // Measured with the shipped model (README, Themes): primary 56/67 = 83.6% of themed sentences, none recall 19/20,
    // kappa 0.85 (54/67 and kappa 0.82 before the fifth coding was trained on; 53/67, 0.81 before the fourth). The floors leave room for a retrained model to move a sentence or two, not for a regression.
    private const double ThemedFloor = 0.74;
    private const double NoneRecallFloor = 0.80;

    [Fact]
    public void DevCodedSentencesAreVerbatimInDevelopmentReportsAtTheirOffsets()
    {
        Assert.True(DevCodedSentences.All.Count >= 60);
        Assert.All(DevCodedSentences.All, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        AssertVerbatim(DevCodedSentences.All);
    }

    [Fact]
    public void ShippedClassifierAgreesWithTheDevelopmentCodingAboveTheMeasuredFloors()
    {
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.Path);
        TestContext.Current.SendDiagnosticMessage(r.ToString());
        Assert.Equal(DevCodedSentences.All.Count, r.Sentences);
        Assert.Equal(DevCodedSentences.All.Count(s => s.Theme == ThemeClassifier.None), r.ProceduralSentences);
        Assert.True(r.ThemedAccuracy >= ThemedFloor, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {r.ThemedAccuracy:P1}"));
        Assert.True(r.NoneRecall >= NoneRecallFloor, string.Create(CultureInfo.InvariantCulture, $"none recall {r.NoneRecall:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary >= r.ThemedAccuracy);
        Assert.InRange(r.Kappa, 0.6, r.Accuracy);
    }

    [Fact]
    public void TheSecondCodingIsVerbatimInDevelopmentReportsAndSplitByReport()
    {
        Assert.Equal(273, DevCodedSentences.Train.Count + DevCodedSentences.Test.Count);
        IEnumerable<DevCodedSentences.Row> all = [.. DevCodedSentences.Train, .. DevCodedSentences.Test];
        Assert.All(all, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        Assert.Empty(DevCodedSentences.Train.Select(r => r.File).Intersect(DevCodedSentences.Test.Select(r => r.File)));
        Assert.Equal(39, all.Select(r => r.File).Distinct().Count()); // 7 sentences from each development report
        AssertVerbatim(all);
    }

    [Fact]
    public void ShippedClassifierOnTheDevelopmentTestSentencesItNeverSaw()
    {
        // Measured with the shipped model (README, Themes): primary 73/87 = 83.9 %, primary or secondary 77/87 = 88.5 %,
        // none 3/4 (72/87 and 75/87 before the fourth coding was trained on; 79.3 % and 82.8 % before the third). The
        // floors leave room for a sentence or two.
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.TestPath);
        TestContext.Current.SendDiagnosticMessage(r.ToString());
        Assert.Equal(91, r.Sentences);
        Assert.True(r.ThemedAccuracy >= 0.81, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {r.ThemedAccuracy:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary >= 0.86, string.Create(CultureInfo.InvariantCulture, $"primary or secondary {r.ThemedAgreementWithSecondary:P1}"));
        Assert.True(r.NoneRecall >= 0.5, string.Create(CultureInfo.InvariantCulture, $"none recall {r.NoneRecall:P1}"));
    }

    [Fact]
    public void TheThirdCodingIsVerbatimInDevelopmentReportsAndKeepsTheSecondCodingsSplit()
    {
        // 7 sentences drawn from each of the 39 development reports, and their first and last 8 sentences less those
        // coded before; the training parts come from dev-coded-2-train.tsv's 26 reports, the test parts from the 13 others.
        Assert.Equal(182, DevCodedSentences.Train3.Count);
        Assert.Equal(91, DevCodedSentences.Test3.Count);
        Assert.Equal(376 + 189, DevCodedSentences.EdgesTrain.Count + DevCodedSentences.EdgesTest.Count);
        HashSet<string> trainReports = [.. DevCodedSentences.Train.Select(r => r.File)], testReports = [.. DevCodedSentences.Test.Select(r => r.File)];
        Assert.All([.. DevCodedSentences.Train3, .. DevCodedSentences.EdgesTrain], r => Assert.Contains(r.File, trainReports));
        Assert.All([.. DevCodedSentences.Test3, .. DevCodedSentences.EdgesTest], r => Assert.Contains(r.File, testReports));
        IEnumerable<DevCodedSentences.Row> third = [.. DevCodedSentences.Train3, .. DevCodedSentences.Test3, .. DevCodedSentences.EdgesTrain, .. DevCodedSentences.EdgesTest];
        Assert.All(third, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        IEnumerable<DevCodedSentences.Row> earlier = [.. DevCodedSentences.All, .. DevCodedSentences.Train, .. DevCodedSentences.Test];
        Assert.Empty(third.Select(r => (r.File, r.Start)).Intersect(earlier.Select(r => (r.File, r.Start))));
        AssertVerbatim(third);
    }

    [Fact]
    public void TheFourthCodingIsVerbatimInDevelopmentReportsAndKeepsTheSecondCodingsSplit()
    {
        // 15 middle sentences of each of the 39 development reports (12 where the round-5 model was unsure, 3 others), none
        // coded before; the training part from dev-coded-2-train.tsv's 26 reports, the test part from the 13 others.
        Assert.Equal(390, DevCodedSentences.Train4.Count);
        Assert.Equal(195, DevCodedSentences.Test4.Count);
        HashSet<string> trainReports = [.. DevCodedSentences.Train.Select(r => r.File)], testReports = [.. DevCodedSentences.Test.Select(r => r.File)];
        Assert.All(DevCodedSentences.Train4, r => Assert.Contains(r.File, trainReports));
        Assert.All(DevCodedSentences.Test4, r => Assert.Contains(r.File, testReports));
        IEnumerable<DevCodedSentences.Row> fourth = [.. DevCodedSentences.Train4, .. DevCodedSentences.Test4];
        Assert.All(fourth, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        IEnumerable<DevCodedSentences.Row> earlier =
        [
            .. DevCodedSentences.All, .. DevCodedSentences.Train, .. DevCodedSentences.Test, .. DevCodedSentences.Train3,
            .. DevCodedSentences.Test3, .. DevCodedSentences.EdgesTrain, .. DevCodedSentences.EdgesTest,
        ];
        Assert.Empty(fourth.Select(r => (r.File, r.Start)).Intersect(earlier.Select(r => (r.File, r.Start))));
        AssertVerbatim(fourth);
    }

    [Fact]
    public void ShippedClassifierOnTheFourthCodingsTestSentencesWhereTheModelWasUnsure()
    {
        // Drawn where the round-5 model was unsure, so harder than a random draw. Measured with the shipped model (README,
        // Themes): primary 134/192 = 69.8 %, primary or secondary 155/192 = 80.7 % (153/192 at the secondary ratio 0.5), none 2/3 (126/192 and 156/192 before the
        // fifth coding was trained on; before the fourth coding was
        // trained on: 115/192 = 59.9 % and 143/192 = 74.5 %). The floors leave room for a sentence or three.
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.Test4Path);
        TestContext.Current.SendDiagnosticMessage(r.ToString());
        Assert.Equal(195, r.Sentences);
        Assert.True(r.ThemedAccuracy >= 0.64, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {r.ThemedAccuracy:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary >= 0.77, string.Create(CultureInfo.InvariantCulture, $"primary or secondary {r.ThemedAgreementWithSecondary:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary > r.ThemedAccuracy);
    }

    [Fact]
    public void TheFifthCodingIsVerbatimInDevelopmentReportsAndKeepsTheSecondCodingsSplit()
    {
        // 12 middle sentences drawn at random from each of the 39 development reports, none coded before; the training part
        // from dev-coded-2-train.tsv's 26 reports, the test part from the 13 others.
        Assert.Equal(312, DevCodedSentences.Train5.Count);
        Assert.Equal(156, DevCodedSentences.Test5.Count);
        HashSet<string> trainReports = [.. DevCodedSentences.Train.Select(r => r.File)], testReports = [.. DevCodedSentences.Test.Select(r => r.File)];
        Assert.All(DevCodedSentences.Train5, r => Assert.Contains(r.File, trainReports));
        Assert.All(DevCodedSentences.Test5, r => Assert.Contains(r.File, testReports));
        IEnumerable<DevCodedSentences.Row> fifth = [.. DevCodedSentences.Train5, .. DevCodedSentences.Test5];
        Assert.Equal(39, fifth.Select(r => r.File).Distinct().Count());
        Assert.All(fifth, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        IEnumerable<DevCodedSentences.Row> earlier =
        [
            .. DevCodedSentences.All, .. DevCodedSentences.Train, .. DevCodedSentences.Test, .. DevCodedSentences.Train3,
            .. DevCodedSentences.Test3, .. DevCodedSentences.EdgesTrain, .. DevCodedSentences.EdgesTest,
            .. DevCodedSentences.Train4, .. DevCodedSentences.Test4,
        ];
        Assert.Empty(fifth.Select(r => (r.File, r.Start)).Intersect(earlier.Select(r => (r.File, r.Start))));
        AssertVerbatim(fifth);
    }

    [Fact]
    public void TheSixthCodingIsVerbatimInTheTrainingReportsAndItsTwoPassesMostlyAgree()
    {
        // 13 middle sentences drawn at random from each of the 26 training reports (none from the 13 test reports), none
        // coded before; coded twice by one coder, the second pass in a shuffled order without looking at the first.
        Assert.Equal(338, DevCodedSentences.Train6.Count);
        HashSet<string> trainReports = [.. DevCodedSentences.Train.Select(r => r.File)];
        Assert.All(DevCodedSentences.Train6, r => Assert.Contains(r.File, trainReports));
        Assert.Equal(26, DevCodedSentences.Train6.Select(r => r.File).Distinct().Count());
        Assert.All(DevCodedSentences.Train6, r => Assert.False(ThemeTrainingCorpus.IsHeldOut(r.File), r.File));
        IEnumerable<DevCodedSentences.Row> earlier =
        [
            .. DevCodedSentences.All, .. DevCodedSentences.Train, .. DevCodedSentences.Test, .. DevCodedSentences.Train3,
            .. DevCodedSentences.Test3, .. DevCodedSentences.EdgesTrain, .. DevCodedSentences.EdgesTest,
            .. DevCodedSentences.Train4, .. DevCodedSentences.Test4, .. DevCodedSentences.Train5, .. DevCodedSentences.Test5,
        ];
        Assert.Empty(DevCodedSentences.Train6.Select(r => (r.File, r.Start)).Intersect(earlier.Select(r => (r.File, r.Start))));
        AssertVerbatim(DevCodedSentences.Train6);

        // The second pass codes the same sentences. The two passes agree on 333 of 338 (README, Themes, round 9); of the 5
        // differences, adjudication kept the second pass's code for 3 (listed in the file's header), so the adjudicated
        // file and the second pass differ on 2.
        Assert.Equal(DevCodedSentences.Train6.Select(r => (r.File, r.Start, r.End)), DevCodedSentences.Train6SecondPass.Select(r => (r.File, r.Start, r.End)));
        int agree = DevCodedSentences.Train6.Zip(DevCodedSentences.Train6SecondPass).Count(p => p.First.Theme == p.Second.Theme);
        Assert.Equal(336, agree);
    }

    [Fact]
    public void ShippedClassifierOnTheFifthCodingsRandomTestSentences()
    {
        // A random draw, as the unseen test sets are. Measured with the shipped model (README, Themes): primary 111/151 = 73.5 %, primary or secondary
        // 123/151 = 81.5 % (121/151 at the secondary ratio 0.5), none 3/5 (before the fifth coding was trained on: 110/151 = 72.9 % and 121/151 = 80.1 %, none 2/5).
        // The floors leave room for a sentence or three.
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.Test5Path);
        TestContext.Current.SendDiagnosticMessage(r.ToString());
        Assert.Equal(156, r.Sentences);
        Assert.True(r.ThemedAccuracy >= 0.71, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {r.ThemedAccuracy:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary >= 0.78, string.Create(CultureInfo.InvariantCulture, $"primary or secondary {r.ThemedAgreementWithSecondary:P1}"));
        Assert.True(r.ThemedAgreementWithSecondary > r.ThemedAccuracy);
    }

    [Fact]
    public void ShippedClassifierOnTheThirdCodingsTestSentencesItNeverSaw()
    {
        // Measured with the shipped model (README, Themes): primary 68/87 = 78.2 %, primary or secondary 73/87 = 83.9 % (72/87 at the secondary ratio 0.5), none
        // 3/4 (67/87 and 72/87 before the fifth coding was trained on; 71/87 before the fourth coding was trained on; before the third: 61/87 = 70.1 % and 68/87 = 78.2 %). The floors leave room for a sentence or two.
        ThemeValidationResult random = ThemeValidation.Run(DevCodedSentences.Test3Path);
        TestContext.Current.SendDiagnosticMessage(random.ToString());
        Assert.Equal(91, random.Sentences);
        Assert.True(random.ThemedAccuracy >= 0.74, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {random.ThemedAccuracy:P1}"));
        Assert.True(random.ThemedAgreementWithSecondary >= 0.80, string.Create(CultureInfo.InvariantCulture, $"primary or secondary {random.ThemedAgreementWithSecondary:P1}"));
    }

    [Fact]
    public void OpeningsAndClosingsOfUnseenReportsGoToNoneWhenProcedural()
    {
        // The first and last 8 sentences of the 13 test reports: title, date and speaker lines, 各位代表, the delivery
        // formula, part headings, what the year was, the closing call and couplets are none; the self-government
        // closing (八项规定, 过紧日子) and the opening review keep their themes. Measured: none recall 102/105, none
        // precision 102/104, themed primary 68/84 = 81.0 % (71/84 before the fifth coding was trained on, 69/84 before the fourth; before the third:
        // 102/105 and 61/84 = 72.6 %).
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.EdgesTestPath);
        TestContext.Current.SendDiagnosticMessage(r.ToString());
        Assert.Equal(189, r.Sentences);
        Assert.True(r.NoneRecall >= 0.94, string.Create(CultureInfo.InvariantCulture, $"none recall {r.NoneRecall:P1}"));
        Assert.True(r.ThemedAccuracy >= 0.79, string.Create(CultureInfo.InvariantCulture, $"themed accuracy {r.ThemedAccuracy:P1}"));
        ThemeValidationRow none = Assert.Single(r.PerTheme, t => t.Theme == ThemeClassifier.None);
        Assert.True(none.Precision >= 0.95, string.Create(CultureInfo.InvariantCulture, $"none precision {none.Precision:P1}"));
    }

    [Fact]
    public void ClassifiedInTheirReportsTheSentencesOfAClosingAreNone()
    {
        // Two closing sentences of national reports, coded none. Alone, no cue knows them and the model gives one of them a
        // theme (measured: 2008's 伟大的祖国…前景无限美好 is party_ideology); where they stand, after the report's last
        // 各位代表！, both are the closing.
        string[] files = ["gwr/2007.txt", "gwr/2008.txt"];
        string[] sentences = ["我们的使命崇高而神圣，我们的责任重大而光荣。", "伟大的祖国已迈上新的历史征程，前景无限美好。"];
        var gold = new StringBuilder("file\tstart\tend\ttheme\tsentence\n");
        for (int i = 0; i < files.Length; i++)
        {
            int at = SharedData.ReadText(Path.Combine("corpus", files[i])).LastIndexOf(sentences[i], StringComparison.Ordinal);
            gold.Append(CultureInfo.InvariantCulture, $"{files[i]}\t{at}\t{at + sentences[i].Length}\tnone\t{sentences[i]}\n");
        }

        string path = Path.Combine(Path.GetTempPath(), $"policylens-closing-{Environment.ProcessId}.tsv");
        File.WriteAllText(path, gold.ToString());
        try
        {
            ThemeValidationResult alone = ThemeValidation.Run(path);
            ThemeValidationResult inReports = ThemeValidation.RunInReports(path, SharedData.Require("corpus"));
            Assert.Null(alone.SentencesFoundInReports);
            Assert.Equal(2, inReports.SentencesFoundInReports);
            Assert.True(alone.NoneRecall < 1, "alone, the model reads one of them as policy");
            Assert.Equal(1, inReports.NoneRecall);
            Assert.Contains("classified where they stand in their reports: 2 of 2", inReports.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheTestOpeningsAndClosingsAreFoundInTheirReportsAtTheirOffsets()
    {
        // Every coded sentence of the third coding is a sentence of the Text stage: classified in its report, it is found.
        ThemeValidationResult r = ThemeValidation.RunInReports(DevCodedSentences.EdgesTestPath, SharedData.Require("corpus"));
        Assert.Equal(189, r.SentencesFoundInReports);
        Assert.True(r.NoneRecall >= ThemeValidation.Run(DevCodedSentences.EdgesTestPath).NoneRecall);
    }

    [Fact]
    public void PerThemePrecisionAndRecallAndTheConfusionMatrixAddUp()
    {
        ThemeValidationResult r = ThemeValidation.Run(DevCodedSentences.Path);
        Assert.Equal(r.Sentences, r.Confusion.Sum(row => row.Sum()));
        Assert.Equal(r.Sentences, r.PerTheme.Sum(t => t.Gold));
        Assert.Equal(r.Sentences, r.PerTheme.Sum(t => t.Predicted));
        Assert.Equal(r.Accuracy * r.Sentences, r.PerTheme.Sum(t => t.Agreed), 6);
        ThemeValidationRow none = Assert.Single(r.PerTheme, t => t.Theme == ThemeClassifier.None);
        Assert.Equal(r.NoneRecall, none.Recall, 9);
    }

    [Fact]
    public void KappaIsCohensOnAWorkedExample()
    {
        // Two coders, 50 items: agree on 20 yes and 15 no; p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
        int[][] matrix = [[20, 5], [10, 15]];
        Assert.Equal(0.4, ThemeValidation.CohensKappa(matrix), 12);
        Assert.Equal(1, ThemeValidation.CohensKappa([[3, 0], [0, 4]]), 12);
    }

    [Fact]
    public void AMatchWithTheSecondaryThemeCountsOnlyInTheSecondaryAgreement()
    {
        ThemeValidationResult r = ThemeValidation.Score(
            ["agriculture", "education", "none"],
            [new("agriculture", 0.9), new("health", 0.5, "education", 0.4), new("none", 1)],
            ["agriculture", "education", "health", "none"]);
        Assert.Equal(0.5, r.ThemedAccuracy);
        Assert.Equal(1, r.ThemedAgreementWithSecondary);
        Assert.Equal(1, r.NoneRecall);
        Assert.Equal(2 / 3.0, r.Accuracy, 12);
    }

    [Fact]
    public void AnUnknownThemeIsAnInputErrorNamingTheLine()
    {
        string gold = "# coder: test\nfile\tstart\tend\ttheme\tsentence\nprovincial/x.txt\t0\t4\tweather\t今天下雨。\n";
        var e = Assert.Throws<InputException>(() => ThemeValidation.Run(new StringReader(gold), "gold.tsv"));
        Assert.Equal("gold.tsv", e.InputName);
        Assert.Equal(3, e.Line);
        Assert.Contains("weather", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyThemeCellMeansNone()
    {
        string gold = "file\tstart\tend\ttheme\tsentence\nprovincial/x.txt\t0\t5\t\t谢谢大家！\n";
        ThemeValidationResult r = ThemeValidation.Run(new StringReader(gold), "gold.tsv");
        Assert.Equal(1, r.ProceduralSentences);
        Assert.Equal(1, r.NoneRecall);
    }

    /// <summary>Every coded sentence is the text of its report at its offsets.</summary>
    private static void AssertVerbatim(IEnumerable<DevCodedSentences.Row> rows)
    {
        foreach (IGrouping<string, DevCodedSentences.Row> file in rows.GroupBy(r => r.File))
        {
            string text = SharedData.ReadText(Path.Combine("corpus", file.Key));
            Assert.All(file, r => Assert.Equal(r.Sentence, text[r.Start..r.End]));
        }
    }
}
