using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The classifier against 336 sentences drawn at random (seed 20261130, 21 per report) from the 16 held-out provincial
/// and municipal reports, which training never reads (<see cref="ThemeTrainingCorpus.HeldOutFiles"/>), each coded twice by
/// two readers working apart (Gold/heldout-themes-A.tsv and -B.tsv, the validation format). The figures are the README's;
/// the goal (85 % of policy sentences, 80 % of procedural ones to none) is NOT met yet, so the model's figures are
/// floors against regression, set a little under what was measured.
/// </summary>
public sealed class HeldOutThemeTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "Gold");

    // Measured on 2026-11-30 with the first model: coder A 0.784, coder B 0.777 (primary or secondary, themed sentences);
    // none recall 0.41 and 0.35. With the retrained model and cues of branch themes2 (measured once, at the end, nothing
    // tuned on it): primary or secondary 0.815 / 0.809 (primary alone 0.762 / 0.759), none recall 0.765 / 0.706.
    // Round 5 (branch themes5: a third development coding of 838 sentences, the closing of a report none by place), measured
    // once after the merge, nothing tuned on it: primary or secondary 0.821 / 0.818 (primary alone 0.771 / 0.771), none
    // recall 0.882 / 0.882, sentences classified alone; classified where they stand in their reports (as analyze does) the
    // figures are printed by the in-report theory below.
    // Round 6 (branch themes6: a fourth development coding, 585 sentences drawn where the model was unsure), measured once
    // after the merge: primary or secondary 0.846 / 0.828 (primary alone 0.787 / 0.774; a secondary for 19.6 % of
    // sentences, 22.6 % before), none recall 0.882 / 0.882, kappa 0.771 / 0.759; the same where the sentences stand.
    // Round 11 (branch themes11: a sentence of a report read with its neighbours, 0.2 x their probabilities, secondary ratio
    // 0.6 in a report; chosen by report-grouped cross-validation on development sentences), measured once after the merge,
    // nothing tuned on it: where the sentences stand (as analyze does) primary or secondary 0.865 / 0.859 (primary alone
    // 0.828 / 0.824; a secondary for 17.3 % of sentences, 21.7 % before), none recall 0.882 / 0.824; sentences classified
    // alone are unchanged (0.846 / 0.824, primary 0.796 / 0.781, none 0.882 / 0.882).
    private const double ThemedFloor = 0.81;
    private const double NoneRecallFloor = 0.80;

    [Fact]
    public void The_two_coders_agree_as_trained_human_coders_do()
    {
        string[] a = Themes("A");
        string[] b = Themes("B");
        Assert.Equal(336, a.Length);
        Assert.Equal(a.Length, b.Length);

        string[] labels = [.. a.Concat(b).Distinct().Order(StringComparer.Ordinal)];
        int[][] matrix = [.. labels.Select(_ => new int[labels.Length])];
        for (int i = 0; i < a.Length; i++)
        {
            matrix[Array.IndexOf(labels, a[i])][Array.IndexOf(labels, b[i])]++;
        }

        double agreement = a.Zip(b).Count(p => p.First == p.Second) / (double)a.Length;
        double kappa = ThemeValidation.CohensKappa(matrix);
        output.WriteLine($"coders A and B: agreement {agreement:P1}, Cohen's kappa {kappa:F3}");
        Assert.InRange(kappa, 0.85, 1.0); // measured 0.928 (314 of 336 identical)
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    public void The_classifier_on_held_out_sentences_stays_at_its_measured_level(string coder)
    {
        ThemeValidationResult result = ThemeValidation.Run(Path.Combine(Folder, $"heldout-themes-{coder}.tsv"));
        output.WriteLine(result.ToString());
        Assert.Equal(336, result.Sentences);
        Assert.True(result.ThemedAgreementWithSecondary >= ThemedFloor, $"coder {coder}: {result.ThemedAgreementWithSecondary:P1} of themed sentences");
        Assert.True(result.NoneRecall >= NoneRecallFloor, $"coder {coder}: none recall {result.NoneRecall:P1}");
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    public void The_classifier_on_held_out_sentences_where_they_stand_stays_at_its_measured_level(string coder)
    {
        // As analyze classifies them: in their reports, so that a report's closing is none by place
        // (ProceduralSentences.ClosingStart) and every sentence is cut as the document's sentence table cuts it.
        ThemeValidationResult result = ThemeValidation.RunInReports(Path.Combine(Folder, $"heldout-themes-{coder}.tsv"), SharedData.Require("corpus"));
        output.WriteLine(result.ToString());
        Assert.Equal(336, result.Sentences);
        Assert.Equal(336, result.SentencesFoundInReports);
        Assert.True(result.ThemedAgreementWithSecondary >= ThemedFloor, $"coder {coder}: {result.ThemedAgreementWithSecondary:P1} of themed sentences");
        Assert.True(result.NoneRecall >= NoneRecallFloor, $"coder {coder}: none recall {result.NoneRecall:P1}");
    }

    private static string[] Themes(string coder) =>
    [
        .. File.ReadLines(Path.Combine(Folder, $"heldout-themes-{coder}.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Skip(1)
            .Select(l => l.Split('\t')[3]),
    ];
}
