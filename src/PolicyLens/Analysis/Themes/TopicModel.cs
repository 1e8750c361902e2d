using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Unsupervised topics as a complement to the seeded themes: ML.NET's LDA (LightLDA) over the paragraphs of the
/// documents, as bags of PolicyLens's jieba words (two characters or more, function words and words in most paragraphs
/// left out). Gives each topic's most probable words and each group's share of every topic. Topics are found, not
/// defined: read their words before naming them, and expect a different number of topics to cut the text differently.
/// </summary>
/// <remarks>
/// Time and memory grow linearly with the corpus: one pass to cut the paragraphs, one to count document frequencies, and
/// LightLDA's sampling, linear in the kept words per iteration (200 iterations, the CLI's <c>themes --table topics</c>:
/// 1.0, 1.8, 3.2 and 6.4 MB of reports took 3.8, 7.4, 14.3 and 27.9 s of CPU). LightLDA is native code that logs its
/// log-likelihood with printf to the process's standard output; this method leaves that alone, because redirecting a
/// process's output is the program's business, not a library's: a program whose standard output carries data should
/// point it elsewhere while fitting, as <c>policylens themes</c> does.
/// </remarks>
/// <example>
/// <code>
/// TopicModel topics = TopicModel.Fit(reports.Select(r => (r.Year.ToString(), r.Text)), TopicModelOptions.Default with { Topics = 12 });
/// </code>
/// </example>
public sealed class TopicModel
{
    private TopicModel(IReadOnlyList<TopicWord> words, IReadOnlyList<TopicShare> shares, int paragraphs, int vocabulary)
    {
        Words = words;
        Shares = shares;
        Paragraphs = paragraphs;
        VocabularySize = vocabulary;
    }

    /// <summary>The most probable words of each topic: <see cref="TopicModelOptions.WordsPerTopic"/> rows per topic, by topic and rank.</summary>
    public IReadOnlyList<TopicWord> Words { get; }

    /// <summary>One row per group and topic, in group order (as first seen) and topic order.</summary>
    public IReadOnlyList<TopicShare> Shares { get; }

    /// <summary>Paragraphs the model was fitted on (those with at least one kept word).</summary>
    public int Paragraphs { get; }

    /// <summary>Distinct words the model was fitted on.</summary>
    public int VocabularySize { get; }

    /// <summary>Fits LDA to the paragraphs of <paramref name="documents"/> and measures each group's topic shares.</summary>
    /// <exception cref="InvalidOperationException">No paragraph has a word that passes the frequency filters.</exception>
    /// <exception cref="NotSupportedException">In a Native AOT program, where ML.NET does not run (the framework-dependent build runs it).</exception>
    public static TopicModel Fit(IEnumerable<(string Group, string Text)> documents, TopicModelOptions? options = null)
    {
        MLNetRuntime.EnsureSupported();
        ArgumentNullException.ThrowIfNull(documents);
        options ??= TopicModelOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Topics, 1, nameof(options));
        JiebaSegmenter segmenter = JiebaSegmenter.Default;

        var paragraphs = new List<(string Group, int Characters, List<string> Words)>();
        foreach ((string group, string text) in documents)
        {
            foreach ((int start, int length) in ThemeSentences.Paragraphs(text))
            {
                ReadOnlySpan<char> paragraph = text.AsSpan(start, length);
                paragraphs.Add((group, ThemeSentences.CountCharacters(paragraph), ThemeTokens.Words(segmenter, paragraph, minimumLength: 2, mask: null)));
            }
        }

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((_, _, List<string> paragraphWords) in paragraphs)
        {
            foreach (string word in paragraphWords.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        double maximum = options.MaximumDocumentShare * paragraphs.Count;
        var kept = documentFrequency.Where(p => p.Value >= options.MinimumDocumentFrequency && p.Value <= maximum).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var modelled = paragraphs
            .Select(p => (p.Group, p.Characters, Words: p.Words.Where(kept.Contains).ToArray()))
            .Where(p => p.Words.Length > 0)
            .ToList();
        if (modelled.Count == 0)
        {
            throw new InvalidOperationException("No paragraph has a word frequent enough to model; give more text or lower MinimumDocumentFrequency.");
        }

        var ml = new MLContext(seed: options.Seed);
        IDataView data = ml.Data.LoadFromEnumerable(modelled.Select(p => new ParagraphRow { Words = p.Words }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("WordKeys", nameof(ParagraphRow.Words))
            .Append(ml.Transforms.Text.ProduceNgrams("Counts", "WordKeys", ngramLength: 1, useAllLengths: false, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation("Topics", "Counts", numberOfTopics: options.Topics, alphaSum: options.AlphaSum, beta: options.Beta,
                maximumNumberOfIterations: options.Iterations, numberOfSummaryTermsPerTopic: options.WordsPerTopic,
                // One thread and a reset generator: LightLDA's sampling is then the same on every run and machine.
                numberOfThreads: 1, resetRandomGenerator: true));
        TransformerChain<LatentDirichletAllocationTransformer> model = pipeline.Fit(data);

        var words = new List<TopicWord>();
        var labels = new string[options.Topics];
        LatentDirichletAllocationTransformer.ModelParameters details = model.LastTransformer.GetLdaDetails(0);
        for (int t = 0; t < options.Topics; t++)
        {
            IReadOnlyList<LatentDirichletAllocationTransformer.ModelParameters.WordItemScore> top =
                t < details.WordScoresPerTopic.Count ? details.WordScoresPerTopic[t] : [];
            int rank = 0;
            foreach (var item in top.OrderByDescending(w => w.Score).ThenBy(w => w.Word, StringComparer.Ordinal))
            {
                words.Add(new TopicWord(t, ++rank, item.Word, item.Score));
            }

            labels[t] = string.Join('/', words.Where(w => w.Topic == t).Take(3).Select(w => w.Word));
        }

        var groups = new List<string>();
        var amounts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        int row = 0;
        // Materialised here, while the caller expects LightLDA's native code to run (and log), not later.
        List<float[]> proportions = [.. ml.Data.CreateEnumerable<TopicRow>(model.Transform(data), reuseRowObject: false).Select(r => r.Topics)];

        foreach (float[] topics in proportions)
        {
            (string group, int characters, _) = modelled[row++];
            if (!amounts.TryGetValue(group, out double[]? sums))
            {
                sums = new double[options.Topics];
                amounts[group] = sums;
                groups.Add(group);
            }

            double total = topics.Sum();
            for (int t = 0; t < sums.Length && total > 0; t++)
            {
                sums[t] += characters * topics[t] / total;
            }
        }

        var shares = new List<TopicShare>();
        foreach (string group in groups)
        {
            double[] sums = amounts[group];
            double total = sums.Sum();
            for (int t = 0; t < sums.Length; t++)
            {
                shares.Add(new TopicShare(group, t, labels[t], sums[t], total > 0 ? sums[t] / total : 0));
            }
        }

        return new TopicModel(words, shares, modelled.Count, kept.Count);
    }

    // ML.NET maps these by reflection: a paragraph's words in, its topic proportions out.
    private sealed class ParagraphRow
    {
        [VectorType]
        public string[] Words { get; set; } = [];
    }

    private sealed class TopicRow
    {
        public float[] Topics { get; set; } = [];
    }
}
