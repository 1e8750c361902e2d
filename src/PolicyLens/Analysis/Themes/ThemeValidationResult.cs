// The figures of one validation of the theme classifier against hand-coded sentences.
using System.Globalization;
using System.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>How a classifier agrees with a human coder (see <see cref="ThemeValidation"/>). <see cref="ToString"/> prints it as <c>policylens themes validate</c> does.</summary>
public sealed record ThemeValidationResult
{
    /// <summary>Coded sentences.</summary>
    public int Sentences { get; init; }

    /// <summary>Share of all sentences whose primary theme (or <c>none</c>) is the human's.</summary>
    public double Accuracy { get; init; }

    /// <summary>Cohen's kappa of primary theme against the human's, over all sentences and labels (<c>none</c> included).</summary>
    public double Kappa { get; init; }

    /// <summary>Sentences the human gave a policy theme (not <c>none</c>).</summary>
    public int ThemedSentences { get; init; }

    /// <summary>Of those, the share whose primary theme is the human's.</summary>
    public double ThemedAccuracy { get; init; }

    /// <summary>Of those, the share whose primary or secondary theme is the human's: the agreement the 85% goal is about.</summary>
    public double ThemedAgreementWithSecondary { get; init; }

    /// <summary>Sentences the human coded <c>none</c>.</summary>
    public int ProceduralSentences { get; init; }

    /// <summary>Of those, the share the classifier put in <c>none</c> (recall of <c>none</c>).</summary>
    public double NoneRecall { get; init; }

    /// <summary>Share of sentences given a secondary theme.</summary>
    public double SecondaryShare { get; init; }

    /// <summary>Precision and recall per label that the human or the classifier used, in label order.</summary>
    public IReadOnlyList<ThemeValidationRow> PerTheme { get; init; } = [];

    /// <summary>The labels of <see cref="Confusion"/>'s rows and columns: the classifier's themes, then <c>none</c>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The confusion matrix: <c>Confusion[human][classifier]</c> counts sentences, indices into <see cref="Labels"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Confusion { get; init; } = [];

    /// <summary>
    /// When the sentences were classified in their reports (<see cref="ThemeValidation.RunInReports"/>): how many were
    /// found there at their offsets, start and end (the others were classified alone); null when every sentence was classified alone.
    /// </summary>
    public int? SentencesFoundInReports { get; init; }

    /// <summary>The report: summary figures, per-theme precision and recall, and the confusion matrix over the labels in use.</summary>
    public override string ToString()
    {
        var s = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        s.Append(c, $"sentences {Sentences}: {ThemedSentences} with a theme, {ProceduralSentences} none\n");
        s.Append(c, $"accuracy {Accuracy:F4}  kappa {Kappa:F4}\n");
        s.Append(c, $"themed sentences: primary {ThemedAccuracy:F4}, primary or secondary {ThemedAgreementWithSecondary:F4} (secondary given to {SecondaryShare:P1} of sentences)\n");
        s.Append(c, $"none recall {NoneRecall:F4}\n");
        if (SentencesFoundInReports is { } found)
        {
            s.Append(c, $"classified where they stand in their reports: {found} of {Sentences} (the others alone)\n");
        }

        s.Append('\n');
        s.Append("theme\tgold\tpredicted\tagreed\tprecision\trecall\n");
        foreach (ThemeValidationRow r in PerTheme)
        {
            s.Append(c, $"{r.Theme}\t{r.Gold}\t{r.Predicted}\t{r.Agreed}\t{r.Precision:F3}\t{r.Recall:F3}\n");
        }

        // The matrix over the labels that occur, human in rows, classifier in columns; columns named by index to stay narrow.
        int[] used = [.. Enumerable.Range(0, Labels.Count).Where(i => Confusion[i].Sum() + Confusion.Sum(r => r[i]) > 0)];
        s.Append("\nconfusion (rows: human, columns: classifier, numbered as the rows)\n");
        s.Append("#\thuman\\classifier\t").AppendJoin('\t', used.Select((_, k) => (k + 1).ToString(c))).Append('\n');
        for (int k = 0; k < used.Length; k++)
        {
            s.Append(c, $"{k + 1}\t{Labels[used[k]]}\t").AppendJoin('\t', used.Select(j => Confusion[used[k]][j].ToString(c))).Append('\n');
        }

        return s.ToString();
    }
}
