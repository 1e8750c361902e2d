using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Gives every sentence a policy theme, including sentences with no seed word: a multiclass maximum-entropy model
/// (ML.NET, L-BFGS) over TF-IDF bags of PolicyLens's own jieba words, trained on the sentences that a
/// <see cref="ThemeTaxonomy"/>'s seed words label. <see cref="Default"/> is the model trained on the government work
/// reports with the built-in taxonomy and shipped inside the assembly, so nobody has to train;
/// <see cref="Train"/> makes a new one from any texts and seeds.
/// </summary>
/// <example>
/// <code>
/// ThemePrediction p = ThemeClassifier.Default.Classify("大力发展职业教育，办好人民满意的学校");  // education
/// </code>
/// </example>
public sealed class ThemeClassifier
{
    private const string ResourceName = "PolicyLens.Analysis.Themes.theme-classifier.zip";

    private static readonly Lazy<ThemeClassifier> BuiltIn = new(LoadBuiltIn);

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly JiebaSegmenter _segmenter;

    private ThemeClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _segmenter = JiebaSegmenter.Default;

        // The Score column's slots are the themes in the model's own order; reading them back from the model means a
        // saved model needs nothing beside it (no taxonomy file) to be used.
        DataViewSchema output = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].GetSlotNames(ref names);
        Themes = [.. names.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>The classifier shipped in the assembly: trained on the government work reports 1954–2025 with <see cref="ThemeTaxonomy.Default"/>.</summary>
    public static ThemeClassifier Default => BuiltIn.Value;

    /// <summary>The theme codes the model can output.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>Loads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InputException">The stream is not a PolicyLens theme model.</exception>
    public static ThemeClassifier Load(Stream model, string sourceName = "model")
    {
        ArgumentNullException.ThrowIfNull(model);
        var ml = new MLContext(seed: 1);
        try
        {
            ITransformer transformer = ml.Model.Load(model, out DataViewSchema schema);
            return new ThemeClassifier(ml, transformer, schema);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException or NullReferenceException or EndOfStreamException)
        {
            throw new InputException(sourceName, $"not a theme model written by policylens themes train ({e.Message}).", innerException: e);
        }
    }

    /// <summary>Loads a model file written by <see cref="Save(string)"/> or <c>policylens themes train</c>.</summary>
    public static ThemeClassifier Load(string path)
    {
        using FileStream stream = PolicyLens.Text.TextFile.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Writes the model (an ML.NET model zip) to <paramref name="destination"/>.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _ml.Model.Save(_model, _inputSchema, destination);
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>
    /// Trains a classifier on <paramref name="texts"/>: cuts them into sentences, labels those whose seed words point to
    /// one theme, holds out <see cref="ThemeTrainingOptions.HeldOutFraction"/> of them to measure accuracy, and fits the model.
    /// Deterministic: the same texts, taxonomy and options give the same model.
    /// </summary>
    /// <exception cref="InvalidOperationException">Fewer than two themes have labelled sentences.</exception>
    public static ThemeTrainingResult Train(IEnumerable<string> texts, ThemeTaxonomy? taxonomy = null, ThemeTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        taxonomy ??= ThemeTaxonomy.Default;
        options ??= ThemeTrainingOptions.Default;
        var clock = Stopwatch.StartNew();
        JiebaSegmenter segmenter = JiebaSegmenter.Default;

        int sentences = 0;
        var labelled = new List<(string Label, List<string> Words, List<string> WordsWithoutSeeds)>();
        foreach (string text in texts)
        {
            foreach ((int start, int length) in ThemeSentences.Split(text))
            {
                ReadOnlySpan<char> sentence = text.AsSpan(start, length);
                List<(int Start, int Length, int Theme)> seeds = taxonomy.Matcher.Matches(sentence);
                List<string> words = ThemeTokens.Words(segmenter, sentence);
                if (words.Count == 0)
                {
                    continue;
                }

                sentences++;
                int theme = taxonomy.Matcher.DominantTheme(sentence, taxonomy.Themes.Count);
                if (theme >= 0)
                {
                    labelled.Add((taxonomy.Themes[theme].Code, words, ThemeTokens.Words(segmenter, sentence, 1, seeds)));
                }
            }
        }

        var perTheme = labelled.GroupBy(l => l.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (perTheme.Count < 2)
        {
            throw new InvalidOperationException($"Only {perTheme.Count} theme(s) have seed-labelled sentences in the texts; a classifier needs at least two. Check the seeds or give more text.");
        }

        // A fixed shuffle, so that the held-out set does not depend on the order documents were read in beyond the seed.
        var random = new Random(options.Seed);
        int[] order = [.. Enumerable.Range(0, labelled.Count)];
        random.Shuffle(order);
        int heldOutCount = (int)Math.Round(labelled.Count * Math.Clamp(options.HeldOutFraction, 0, 0.9));
        var heldOut = order.Take(heldOutCount).Select(i => labelled[i]).ToList();
        var training = order.Skip(heldOutCount).Select(i => labelled[i]).ToList();

        double accuracy = double.NaN, macro = double.NaN, withoutSeeds = double.NaN;
        ThemeClassifier classifier = Fit(Examples(training, options), options);
        if (heldOut.Count > 0)
        {
            string[] truth = [.. heldOut.Select(h => h.Label)];
            string[] predicted = [.. classifier.Predict(heldOut.Select(h => h.Words).ToList()).Select(p => p.Theme)];
            string[] predictedWithoutSeeds = [.. classifier.Predict(heldOut.Select(h => h.WordsWithoutSeeds).ToList()).Select(p => p.Theme)];
            accuracy = Accuracy(truth, predicted);
            macro = MacroAccuracy(truth, predicted);
            withoutSeeds = Accuracy(truth, predictedWithoutSeeds);
            if (options.RetrainOnAll)
            {
                classifier = Fit(Examples(labelled, options), options);
            }
        }

        return new ThemeTrainingResult(classifier, sentences, labelled.Count, heldOut.Count, accuracy, macro, withoutSeeds, perTheme, clock.Elapsed);
    }

    /// <summary>The theme of one sentence.</summary>
    public ThemePrediction Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify([sentence])[0];
    }

    /// <summary>The themes of many sentences, in one pass through the model (much faster than one call each).</summary>
    public IReadOnlyList<ThemePrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Predict([.. sentences.Select(s => ThemeTokens.Words(_segmenter, s))]);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into sentences and classifies each one that has a word (a line of numbers or
    /// punctuation is left out, as it says nothing about attention).
    /// </summary>
    public IReadOnlyList<ClassifiedSentence> ClassifyText(string text, ThemeTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        taxonomy ??= ThemeTaxonomy.Default;
        var units = new List<(int Start, int Length)>();
        var words = new List<List<string>>();
        foreach ((int start, int length) in ThemeSentences.Split(text))
        {
            List<string> w = ThemeTokens.Words(_segmenter, text.AsSpan(start, length));
            if (w.Count > 0)
            {
                units.Add((start, length));
                words.Add(w);
            }
        }

        IReadOnlyList<ThemePrediction> predictions = Predict(words);
        var result = new ClassifiedSentence[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            ReadOnlySpan<char> sentence = text.AsSpan(units[i].Start, units[i].Length);
            result[i] = new ClassifiedSentence(units[i].Start, units[i].Length, ThemeSentences.CountCharacters(sentence),
                predictions[i].Theme, predictions[i].Probability, taxonomy.SeedTheme(sentence));
        }

        return result;
    }

    private static List<(string Label, List<string> Words)> Examples(List<(string Label, List<string> Words, List<string> WordsWithoutSeeds)> sentences, ThemeTrainingOptions options)
    {
        var examples = sentences.Select(s => (s.Label, s.Words)).ToList();
        if (options.AddSeedlessCopies)
        {
            examples.AddRange(sentences.Where(s => s.WordsWithoutSeeds.Count > 0).Select(s => (s.Label, s.WordsWithoutSeeds)));
        }

        return examples;
    }

    private static ThemeClassifier Fit(List<(string Label, List<string> Words)> examples, ThemeTrainingOptions options)
    {
        // Rare words are dropped before ML.NET sees them: the model's dictionary is then only words it has weights for.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((_, List<string> words) in examples)
        {
            foreach (string word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var rows = examples
            .Select(e => new SentenceRow { Label = e.Label, Words = [.. e.Words.Where(w => counts[w] >= options.MinimumWordCount)] })
            .ToList();

        var ml = new MLContext(seed: options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,
            // One thread: L-BFGS sums gradients in a fixed order, so the model is the same on every machine.
            NumberOfThreads = 1,
        };
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(SentenceRow.Label))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", nameof(SentenceRow.Words)))
            .Append(ml.Transforms.Text.ProduceNgrams("WordBag", "WordKeys", ngramLength: 1, useAllLengths: false, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm("Features", "WordBag"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedTheme", "PredictedLabel"));
        ITransformer model = pipeline.Fit(data);
        return new ThemeClassifier(ml, model, data.Schema);
    }

    private ThemePrediction[] Predict(IReadOnlyList<List<string>> words)
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

    private static double Accuracy(string[] truth, string[] predicted) =>
        truth.Length == 0 ? double.NaN : truth.Zip(predicted).Count(p => p.First == p.Second) / (double)truth.Length;

    private static double MacroAccuracy(string[] truth, string[] predicted) =>
        truth.Zip(predicted).GroupBy(p => p.First, StringComparer.Ordinal).Average(g => g.Count(p => p.First == p.Second) / (double)g.Count());

    private static ThemeClassifier LoadBuiltIn()
    {
        using Stream stream = typeof(ThemeClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        return Load(stream, ResourceName);
    }

    // ML.NET maps these by reflection; they are the model's input and output rows.
    private sealed class SentenceRow
    {
        public string Label { get; set; } = string.Empty;

        [VectorType]
        public string[] Words { get; set; } = [];
    }

    private sealed class ScoredRow
    {
        public string PredictedTheme { get; set; } = string.Empty;

        public float[] Score { get; set; } = [];
    }
}
