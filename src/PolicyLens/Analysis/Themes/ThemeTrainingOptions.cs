namespace PolicyLens.Analysis.Themes;

/// <summary>
/// How <see cref="ThemeClassifier.Train"/> builds a model. Immutable; the defaults made the shipped model:
/// <code>var options = ThemeTrainingOptions.Default with { HeldOutFraction = 0.3 };</code>
/// </summary>
public sealed record ThemeTrainingOptions
{
    /// <summary>The options the shipped model was trained with.</summary>
    public static ThemeTrainingOptions Default { get; } = new();

    /// <summary>Seed of the shuffle that picks the held-out sentences and of ML.NET's context: the same seed, data and options give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of the seed-labelled sentences kept out of training to measure accuracy (0 to skip the measurement).</summary>
    public double HeldOutFraction { get; init; } = 0.2;

    /// <summary>Words seen fewer times than this in the training sentences are left out of the model: they cannot be learnt and only make it bigger.</summary>
    public int MinimumWordCount { get; init; } = 3;

    /// <summary>
    /// L1 penalty of the maximum-entropy model. Off by default: on the reports it made the model no smaller once rare words
    /// are dropped, cost accuracy on seedless sentences and slowed L-BFGS down.
    /// </summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// L2 penalty of the maximum-entropy model. 2 since 2026-11-30 (was 0.05): seed labels are noisy guesses, and a model
    /// that fits them closely is sure of itself (probabilities near 1) and wrong on what people code differently. On the
    /// development gold (README, Themes) 0.05 → 0.5 → 2 raised agreement on provincial sentences the model never saw,
    /// left the national sample level, and cost a little held-out accuracy on the seed labels themselves; 5 lost the
    /// national sample. Softer probabilities also mean more secondary themes at the same <see cref="ThemeClassifier.SecondaryRatio"/>.
    /// </summary>
    public float L2Regularization { get; init; } = 2f;

    /// <summary>
    /// Cap on L-BFGS iterations, so that training stays within seconds (on the reports 50 reach held-out accuracy within
    /// half a point of 100, at half the time).
    /// </summary>
    public int MaximumIterations { get; init; } = 50;

    /// <summary>
    /// Also train on a copy of each labelled sentence with its seed words hidden. Without it the model learns little
    /// beyond the seeds themselves (they separate the labelled sentences perfectly), and most sentences of a report have
    /// no seed; with it, the words that keep company with the seeds (粮食 → 播种面积, 单产) carry weight of their own.
    /// </summary>
    public bool AddSeedlessCopies { get; init; } = true;

    /// <summary>
    /// After measuring held-out accuracy, train once more on all the labelled sentences and return that model (as the
    /// shipped one is); when false the returned model is the one that was measured.
    /// </summary>
    public bool RetrainOnAll { get; init; } = true;

    /// <summary>
    /// Hand-coded gold files (the validate format of <see cref="ThemeValidation"/>: <c>file start end theme sentence</c>)
    /// whose sentences are added to the training data with their human label, <c>none</c> included, each weighing
    /// <see cref="HandCodedWeight"/>. The shipped model reads <c>dev-coded-2-train.tsv</c>, <c>dev-coded-3-train.tsv</c>,
    /// <c>dev-coded-3-edges-train.tsv</c>, <c>dev-coded-4-train.tsv</c> and <c>dev-coded-5-train.tsv</c> (1,442 sentences; README,
    /// Themes); never give it a file you validate on.
    /// </summary>
    public IReadOnlyList<string> HandCodedFiles { get; init; } = [];

    /// <summary>
    /// Weight of a hand-coded sentence against a seed-labelled one (an ML.NET example weight): a person's label is worth
    /// many guesses from seed words, and a few hundred of them would otherwise vanish among tens of thousands. 10, 30, 60
    /// and 100 measured alike on the development gold (within two sentences of the 174 test sentences, 2026-11-30).
    /// </summary>
    public float HandCodedWeight { get; init; } = 30;

    /// <summary>
    /// Also learn a <c>none</c> class from the sentences the procedural cues recognise (weight <see cref="NoneWeight"/>),
    /// so that ceremonial and transitional sentences the cues miss (过去一年极不平凡; 新征程使命在肩) can still go to
    /// <c>none</c> when their words say so. The cues still decide first.
    /// </summary>
    public bool LearnNone { get; init; } = true;

    /// <summary>
    /// Also use the sentence's character bigrams as features, beside its jieba words: every pair of adjacent letters of
    /// the folded sentence (农村, 村改, 改革…; punctuation and digits break pairs), kept when seen at least this many times in
    /// the training sentences (0, the default: no bigrams). The native scorer reads the bigrams from the model's own
    /// vocabulary, so a model trained with them is scored with them. Measured on the development gold (README, Themes,
    /// round 8) and not kept as the default.
    /// </summary>
    public int CharacterBigramMinimumCount { get; init; }

    /// <summary>Weight of a procedural sentence found by the cues in the <c>none</c> class (see <see cref="LearnNone"/>).</summary>
    public float NoneWeight { get; init; } = 1;

    /// <summary>
    /// The ML.NET trainer of the maximum-entropy model: L-BFGS (the default and the shipped model) or SDCA. Both give a
    /// linear model the native scorer runs unchanged. Measured by cross-validation (README, Themes, round 8).
    /// </summary>
    public ThemeTrainer Trainer { get; init; } = ThemeTrainer.Lbfgs;

    /// <summary>
    /// Weigh a word's count by its inverse document frequency (TF-IDF, the default and the shipped model); false: raw
    /// counts (each word's idf is then 1 in the exported scorer). The bag is L2-normalised either way.
    /// </summary>
    public bool InverseDocumentFrequency { get; init; } = true;
}
