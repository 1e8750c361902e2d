// The ML.NET side of the theme classifier: the pipeline that is trained, saved as a zip for reference, and exported
// into the native linear scorer that PolicyLens actually runs (LinearThemeModel).
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The theme model as ML.NET trains it: PolicyLens's jieba words → keys → TF-IDF bag → L2 normalisation → multiclass
/// maximum entropy (L-BFGS). PolicyLens does not score with it (see <see cref="ThemeClassifier"/>, which runs the same
/// weights natively, without loading ML.NET); it is kept so that a trained model can be saved in ML.NET's own format,
/// checked against the native scorer, and timed against it.
/// </summary>
public sealed class MLNetThemeModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;

    private MLNetThemeModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;

        // The Score column's slots are the classes in the model's own order.
        DataViewSchema output = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].GetSlotNames(ref names);
        Classes = [.. names.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>The classes the model scores, in its own order (theme codes, and <c>none</c> when it was trained with procedural sentences).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Loads an ML.NET model zip written by <see cref="Save(string)"/> (<c>policylens themes train</c> writes one beside the native model).</summary>
    /// <exception cref="FormatException">The stream is not an ML.NET theme model.</exception>
    /// <exception cref="NotSupportedException">In a Native AOT program, where ML.NET does not run (the framework-dependent build runs it).</exception>
    public static MLNetThemeModel Load(Stream model, string sourceName = "model")
    {
        MLNetRuntime.EnsureSupported();
        ArgumentNullException.ThrowIfNull(model);
        var ml = new MLContext(seed: 1);
        try
        {
            ITransformer transformer = ml.Model.Load(model, out DataViewSchema schema);
            return new MLNetThemeModel(ml, transformer, schema);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new FormatException($"{sourceName}: not an ML.NET theme model written by policylens themes train ({e.Message}).", e);
        }
    }

    /// <summary>Loads an ML.NET model zip from a file.</summary>
    public static MLNetThemeModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Writes the model as an ML.NET zip.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _ml.Model.Save(_model, _inputSchema, destination);
    }

    /// <summary>Writes the model as an ML.NET zip file.</summary>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>
    /// The most probable class of each sentence, scored by ML.NET over the same words the native scorer sees (traditional
    /// characters folded, stop words left out). No procedural rule and no secondary theme: the bare model.
    /// </summary>
    public IReadOnlyList<ThemePrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        bool bigrams = Vocabulary().Any(ThemeTokens.IsBigram);
        return Predict([.. sentences.Select(s =>
        {
            string folded = ThemeTokens.Fold(s);
            List<string> words = ThemeTokens.Words(Tokenization.JiebaSegmenter.Default, folded);
            if (bigrams)
            {
                ThemeTokens.AddBigrams(folded, words);
            }

            return words;
        })]);
    }

    /// <summary>Fits the pipeline on labelled word lists; words seen fewer than <see cref="ThemeTrainingOptions.MinimumWordCount"/> times are dropped first.</summary>
    internal static MLNetThemeModel Fit(List<(string Label, List<string> Words, float Weight)> examples, ThemeTrainingOptions options)
    {
        MLNetRuntime.EnsureSupported();
        // Rare words are dropped before ML.NET sees them: the model's dictionary is then only words it has weights for.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((_, List<string> words, _) in examples)
        {
            foreach (string word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var rows = examples
            .Select(e => new SentenceRow
            {
                Label = e.Label,
                Words = [.. e.Words.Where(w => counts[w] >= (ThemeTokens.IsBigram(w) ? options.CharacterBigramMinimumCount : options.MinimumWordCount))],
                Weight = e.Weight,
            })
            .ToList();

        var ml = new MLContext(seed: options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        // Hand-coded sentences weigh more than seed-labelled ones (ThemeTrainingOptions.HandCodedWeight); the weights
        // shape the fit only, not the exported scorer.
        IEstimator<ITransformer> trainer = options.Trainer == ThemeTrainer.Sdca
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(SentenceRow.Weight),
                L1Regularization = options.L1Regularization,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumIterations,
                // One thread and no shuffling: the same model on every machine.
                NumberOfThreads = 1,
                Shuffle = false,
            })
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(SentenceRow.Weight),
                L1Regularization = options.L1Regularization,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumIterations,
                // One thread: L-BFGS sums gradients in a fixed order, so the model is the same on every machine.
                NumberOfThreads = 1,
            });
        NgramExtractingEstimator.WeightingCriteria weighting = options.InverseDocumentFrequency
            ? NgramExtractingEstimator.WeightingCriteria.TfIdf
            : NgramExtractingEstimator.WeightingCriteria.Tf;
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(SentenceRow.Label))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", nameof(SentenceRow.Words)))
            .Append(ml.Transforms.Text.ProduceNgrams("WordBag", "WordKeys", ngramLength: 1, useAllLengths: false, weighting: weighting))
            .Append(ml.Transforms.NormalizeLpNorm("Features", "WordBag"))
            .Append(trainer)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedTheme", "PredictedLabel"));
        ITransformer model = pipeline.Fit(data);
        return new MLNetThemeModel(ml, model, data.Schema);
    }

    /// <summary>
    /// The model's weights as a native linear scorer. The inverse document frequencies are read back from the fitted
    /// TF-IDF transform by feeding it one word at a time (each row's bag then holds exactly that word's idf), the class
    /// weights and biases from the maximum-entropy parameters: nothing is recomputed, so both score alike.
    /// </summary>
    internal LinearThemeModel Export()
    {
        ITransformer[] steps = [.. (IEnumerable<ITransformer>)_model];
        var bagOf = BagOfWords();
        var predictor = steps.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().Single();
        string[] vocabulary = Vocabulary();

        float[] idf = new float[vocabulary.Length];
        IDataView probes = bagOf.Transform(_ml.Data.LoadFromEnumerable(vocabulary.Select(w => new SentenceRow { Words = [w] })));
        int row = 0;
        foreach (BagRow bag in _ml.Data.CreateEnumerable<BagRow>(probes, reuseRowObject: true))
        {
            // A word's own row has at most one non-zero slot, the word's, holding 1 × idf (0 for a word in every training
            // sentence: log(N/N)).
            float[] values = bag.WordBag;
            int nonZero = Array.FindIndex(values, v => v != 0);
            if (nonZero >= 0 && nonZero != row)
            {
                throw new InvalidOperationException($"The TF-IDF transform put '{vocabulary[row]}' in another word's slot; the model is not the pipeline PolicyLens trains.");
            }

            idf[row] = values[row];
            row++;
        }

        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out int classCount);
        float[] biases = [.. predictor.Model.GetBiases()];

        // Word-major: the scorer adds one contiguous row of class weights per word.
        var matrix = new float[vocabulary.Length * classCount];
        for (int c = 0; c < classCount; c++)
        {
            float[] dense = weights[c].DenseValues().ToArray();
            for (int w = 0; w < vocabulary.Length; w++)
            {
                matrix[(w * classCount) + c] = dense[w];
            }
        }

        return new LinearThemeModel([.. Classes], vocabulary, idf, matrix, biases);
    }

    // The pipeline up to the TF-IDF bag (keys of the label and the words, then the bag).
    private TransformerChain<ITransformer> BagOfWords() => new([.. ((IEnumerable<ITransformer>)_model).Take(3)]);

    // The features the model has weights for (words, and character bigrams when it was trained with them), in slot order.
    private string[] Vocabulary()
    {
        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        BagOfWords().GetOutputSchema(_inputSchema)["WordBag"].GetSlotNames(ref slotNames);
        return [.. slotNames.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>Scores word lists with ML.NET (the reference the native scorer is tested against).</summary>
    internal ThemePrediction[] Predict(IReadOnlyList<List<string>> words)
    {
        // The label column is part of the input schema (the pipeline keys it); at prediction it is empty and unused.
        IDataView data = _ml.Data.LoadFromEnumerable(words.Select(w => new SentenceRow { Label = string.Empty, Words = [.. w] }));
        IDataView scored = _model.Transform(data);
        var result = new ThemePrediction[words.Count];
        int i = 0;
        foreach (ScoredRow row in _ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: true))
        {
            result[i++] = new ThemePrediction(row.PredictedTheme, row.Score.Length == 0 ? 0 : row.Score.Max());
        }

        return result;
    }

    // ML.NET maps these by reflection; they are the model's input and output rows.
    private sealed class SentenceRow
    {
        public string Label { get; set; } = string.Empty;

        [VectorType]
        public string[] Words { get; set; } = [];

        public float Weight { get; set; } = 1;
    }

    private sealed class ScoredRow
    {
        public string PredictedTheme { get; set; } = string.Empty;

        public float[] Score { get; set; } = [];
    }

    private sealed class BagRow
    {
        [VectorType]
        public float[] WordBag { get; set; } = [];
    }
}
