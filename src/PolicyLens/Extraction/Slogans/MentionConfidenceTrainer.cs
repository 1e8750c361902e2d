// Trains MentionConfidence from judged mentions with ML.NET (L-BFGS logistic regression) and exports its weights as the
// plain table PolicyLens scores with; measures it by cross-validation over whole texts.
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// Learns how likely a mention is to be judged right from mentions readers judged (<see cref="JudgedMention"/>). Each example
/// is a mention with the text it stands in; its features are <see cref="MentionFeatures"/>' strings, those seen in at least
/// <see cref="MentionConfidenceTrainingOptions.MinimumFeatureCount"/> examples kept; ML.NET's L-BFGS logistic regression
/// (one thread: the same weights on every machine) fits them, and the weights are exported as a <see cref="MentionConfidence"/>,
/// which scores natively without ML.NET.
/// </summary>
public static class MentionConfidenceTrainer
{
    /// <summary>Fits a model on every example.</summary>
    /// <exception cref="ArgumentException">There are no examples, or they are all right or all wrong.</exception>
    public static MentionConfidence Train(IReadOnlyList<JudgedExample> examples, MentionConfidenceTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= MentionConfidenceTrainingOptions.Default;
        Analysis.Themes.MLNetRuntime.EnsureSupported();
        List<List<string>> features = [.. examples.Select(e => Features(e))];
        return Fit(features, [.. examples.Select(e => e.Mention.Right)], options);
    }

    /// <summary>
    /// Out-of-fold probabilities: the examples are split into <see cref="MentionConfidenceTrainingOptions.Folds"/> folds by
    /// text (every mention of one text in one fold, so that a text's own wording never helps score it), each fold scored by
    /// a model fitted on the others. The result is in the examples' order.
    /// </summary>
    public static double[] CrossValidate(IReadOnlyList<JudgedExample> examples, MentionConfidenceTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= MentionConfidenceTrainingOptions.Default;
        Analysis.Themes.MLNetRuntime.EnsureSupported();
        List<List<string>> features = [.. examples.Select(e => Features(e))];
        bool[] labels = [.. examples.Select(e => e.Mention.Right)];
        int[] fold = [.. examples.Select(e => FoldOf(e.Mention.File, options.Folds))];
        int texts = examples.Select(e => e.Mention.File).Distinct().Count();
        if (texts < options.Folds)
        {
            throw new ArgumentException($"Cross-validation by text needs at least as many texts as folds ({options.Folds}); the judged mentions stand in {texts}.");
        }

        var scores = new double[examples.Count];
        for (int f = 0; f < options.Folds; f++)
        {
            int[] train = [.. Enumerable.Range(0, examples.Count).Where(i => fold[i] != f)];
            int[] test = [.. Enumerable.Range(0, examples.Count).Where(i => fold[i] == f)];
            if (test.Length == 0)
            {
                continue;
            }

            if (train.All(i => labels[i]) || train.All(i => !labels[i]))
            {
                throw new ArgumentException($"Fold {f + 1} of {options.Folds} leaves only mentions of one verdict to train on; judge mentions of both verdicts in more texts.");
            }

            MentionConfidence model = Fit([.. train.Select(i => features[i])], [.. train.Select(i => labels[i])], options);
            foreach (int i in test)
            {
                scores[i] = model.Score(features[i]);
            }
        }

        return scores;
    }

    /// <summary>
    /// The area under the ROC curve: the chance that a mention judged right scores above one judged wrong (ties count half),
    /// by the rank-sum (Mann–Whitney) formula; NaN when every mention has the same verdict.
    /// </summary>
    public static double AreaUnderCurve(IReadOnlyList<bool> right, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(scores);
        if (right.Count != scores.Count)
        {
            throw new ArgumentException("One score a verdict.", nameof(scores));
        }

        int positives = right.Count(r => r), negatives = right.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        int[] order = [.. Enumerable.Range(0, scores.Count).OrderBy(i => scores[i])];
        double rankSum = 0;
        for (int i = 0; i < order.Length;)
        {
            // A run of tied scores shares the mean of its ranks (1-based).
            int j = i;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                j++;
            }

            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++)
            {
                rankSum += right[order[k]] ? rank : 0;
            }

            i = j;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    internal static List<string> Features(JudgedExample example)
    {
        JudgedMention m = example.Mention;
        return MentionFeatures.Of(example.Text, example.Span.Start, example.Span.End, m.Kind, m.Subtype ?? MentionFeatures.UnknownSubtype);
    }

    // A fixed hash of the file name (not string.GetHashCode, which differs per process): the same folds on every run.
    private static int FoldOf(string file, int folds)
    {
        uint hash = 2166136261;
        foreach (char c in file)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % (uint)folds);
    }

    private static MentionConfidence Fit(List<List<string>> features, bool[] labels, MentionConfidenceTrainingOptions options)
    {
        if (features.Count == 0 || labels.All(l => l) || labels.All(l => !l))
        {
            throw new ArgumentException("Training needs judged mentions of both verdicts, right and wrong.");
        }

        // The vocabulary: features seen in enough examples, in first-seen order (deterministic for a given input order).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in features.SelectMany(f => f.Distinct()))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in features.SelectMany(f => f))
        {
            if (counts[feature] >= options.MinimumFeatureCount)
            {
                index.TryAdd(feature, index.Count);
            }
        }

        var rows = new List<Row>(features.Count);
        for (int i = 0; i < features.Count; i++)
        {
            int[] slots = [.. features[i].Where(index.ContainsKey).Select(f => index[f]).Distinct().Order()];
            float[] ones = [.. slots.Select(_ => 1f)];
            rows.Add(new Row { Label = labels[i], Features = new VBuffer<float>(index.Count, slots.Length, ones, slots) });
        }

        var ml = new MLContext(seed: options.Seed);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, index.Count);
        IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            // One thread: L-BFGS sums gradients in a fixed order, so the model is the same on every machine.
            NumberOfThreads = 1,
        });
        LinearBinaryModelParameters linear = trainer.Fit(data).Model.SubModel;

        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        IReadOnlyList<float> learned = linear.Weights;
        foreach ((string feature, int slot) in index)
        {
            if (learned[slot] != 0)
            {
                weights[feature] = learned[slot];
            }
        }

        return new MentionConfidence(weights, linear.Bias);
    }

    // ML.NET maps this by reflection: one judged mention as a label and a sparse vector of its features.
    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
