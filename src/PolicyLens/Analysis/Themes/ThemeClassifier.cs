using System.Buffers;
using System.Diagnostics;
using System.Runtime.InteropServices;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Gives every sentence a policy theme, including sentences with no seed word: a multiclass maximum-entropy model over
/// TF-IDF bags of PolicyLens's own jieba words, trained with ML.NET (L-BFGS) on the sentences that a
/// <see cref="ThemeTaxonomy"/>'s seed words label (and on hand-coded sentences and a <see cref="None"/> class, see
/// <see cref="ThemeTrainingOptions"/>), and scored natively (the weights exported into a linear scorer: one
/// vocabulary lookup per word and one dot product per theme; ML.NET is not loaded to classify). Procedural, ceremonial
/// and closing sentences get <see cref="None"/>; when the model is close to undecided, a sentence also gets a secondary
/// theme (<see cref="SecondaryRatio"/>). In a whole text a sentence is read with the sentences before and after it
/// (<see cref="NeighbourWeight"/>, <see cref="InTextSecondaryRatio"/>). Traditional characters are folded first. <see cref="Default"/> is the model
/// shipped inside the assembly; <see cref="Train"/> makes a new one from any texts and seeds. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// ThemePrediction p = ThemeClassifier.Default.Classify("大力发展职业教育，办好人民满意的学校");  // education
/// </code>
/// </example>
public sealed class ThemeClassifier
{
    /// <summary>The class of procedural, ceremonial and closing sentences (请予审议; 各位代表！; 谢谢大家): no policy theme, left out of shares and entropy.</summary>
    public const string None = "none";

    /// <summary>
    /// A sentence gets a secondary theme when the second most probable theme's probability is at least this share of the
    /// first's (the model is close to undecided between them). The rule that chooses it (README, Themes, round 8): in
    /// report-grouped cross-validation on the random development draws, the lowest ratio on a 0.05 grid at which the
    /// secondaries that the last step down adds still agree with the coder at least one time in three, as long as at most
    /// a quarter of the sentences get one. Round 8 (1,442 hand-coded training sentences): 0.6 / 0.5 / <b>0.45</b> / 0.4 /
    /// 0.35 gave 83.9 / 84.9 / <b>85.9</b> / 86.0 / 86.2 % primary or secondary with a secondary for 13.6 / 17.2 / <b>19.2</b>
    /// / 21.0 / 23.2 % of sentences; the step 0.5 → 0.45 added 14 secondaries of which 6 agreed, 0.45 → 0.4 12 of which 1.
    /// (0.5 from 2026-11-30 until round 8.) Since round 11 this is the ratio for a sentence classified alone; one read
    /// with its neighbours, as in <c>analyze</c>, uses <see cref="InTextSecondaryRatio"/>.
    /// </summary>
    public const double SecondaryRatio = 0.45;

    /// <summary>
    /// Where a whole text is classified (<see cref="ClassifyText(string, ThemeTaxonomy?)"/>, <see cref="ClassifyDocument(Document, ThemeTaxonomy?)"/>,
    /// <c>analyze</c>), a sentence's theme probabilities get this weight times those of the sentence before it and of the
    /// one after it, and are normalised again: a sentence is read with its neighbours, as a coder reads it, so that
    /// 严控新增“两高”项目。 between sentences on the environment is environment. Neighbours that a cue, the closing or the
    /// lack of a known word makes none are not read; a sentence classified alone (<see cref="Classify(string)"/>) is
    /// not smoothed. Chosen in round 11 by report-grouped cross-validation (README, Themes).
    /// </summary>
    public const double NeighbourWeight = 0.2;

    /// <summary>
    /// <see cref="SecondaryRatio"/> for a sentence read with its neighbours (<see cref="NeighbourWeight"/>): mixing in
    /// the neighbours flattens the probabilities, so the same ratio would give more secondaries. Chosen in round 11 by
    /// round 8's rule (the lowest ratio on a 0.05 grid at which the secondaries the last step down adds still agree with
    /// the coder one time in three on the random development draws, in report-grouped cross-validation): 0.6 / 0.55 /
    /// 0.5 / 0.45 gave a secondary to 13.0 / 15.6 / 17.2 / 20.2 % of sentences; the step to 0.6 added 42 secondaries of which
    /// 15 agreed where the primary did not, the step to 0.55 26 of which 4.
    /// </summary>
    public const double InTextSecondaryRatio = 0.6;

    // The shipped model, unpacked at build time (build/ThemeModelImage.targets) from theme-classifier.bin.
    private const string ResourceName = "PolicyLens.Analysis.Themes.theme-classifier.image";

    private static readonly Lazy<ThemeClassifier> BuiltIn = new(LoadBuiltIn);

    private readonly LinearThemeModel _model;
    private readonly JiebaSegmenter _segmenter;
    private readonly int[] _themeOfClass; // index into Themes per model class, -1 for none

    private readonly double _neighbourWeight;

    private readonly double _inTextRatio;

    private ThemeClassifier(LinearThemeModel model, double secondaryRatio = SecondaryRatio, double neighbourWeight = NeighbourWeight,
        double inTextRatio = InTextSecondaryRatio)
    {
        _model = model;
        _neighbourWeight = neighbourWeight;
        _inTextRatio = inTextRatio;
        _segmenter = JiebaSegmenter.Default;
        Themes = [.. model.Classes.Where(c => c != None)];
        _themeOfClass = [.. model.Classes.Select(c => c == None ? -1 : Themes.ToList().IndexOf(c))];
        SecondaryThreshold = secondaryRatio;
    }

    /// <summary>
    /// The ratio this classifier gives secondary themes at to a sentence classified alone: the second theme is given when
    /// its probability is at least this share of the first's (<see cref="SecondaryRatio"/> unless set with
    /// <see cref="WithSecondaryRatio"/>; a sentence read with its neighbours uses <see cref="InTextSecondaryRatio"/>).
    /// </summary>
    public double SecondaryThreshold { get; }

    /// <summary>
    /// The same model giving secondary themes at another ratio (1: only on exact ties; above 1: never), to sentences
    /// classified alone and to those read with their neighbours alike. For measuring
    /// the rule on hand-coded sentences (<c>policylens themes validate --secondary-ratio</c>); shares count primary
    /// themes only, so they do not change.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is negative or not a number.</exception>
    public ThemeClassifier WithSecondaryRatio(double ratio)
    {
        if (double.IsNaN(ratio) || ratio < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The secondary ratio is a share of the first probability: 0 or more.");
        }

        return new ThemeClassifier(_model, ratio, _neighbourWeight, ratio);
    }

    /// <summary>
    /// The same model reading a sentence's neighbours at another weight than <see cref="NeighbourWeight"/> where a whole
    /// text is classified (0: each sentence by its own words, with <see cref="SecondaryThreshold"/> for its secondary),
    /// for measuring the rule on hand-coded sentences (<c>policylens themes validate --corpus DIR --neighbour-weight W</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative or not a number.</exception>
    public ThemeClassifier WithNeighbourWeight(double weight)
    {
        if (double.IsNaN(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The neighbours' weight is 0 or more.");
        }

        return new ThemeClassifier(_model, SecondaryThreshold, weight, _inTextRatio);
    }

    /// <summary>The classifier shipped in the assembly (see the README's Themes section for the corpora it was trained on and its accuracy).</summary>
    public static ThemeClassifier Default => BuiltIn.Value;

    /// <summary>The theme codes the model can output, besides <see cref="None"/>.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>Loads a model written by <see cref="Save(Stream)"/> or <c>policylens themes train</c>.</summary>
    /// <exception cref="InputException">The stream is not a PolicyLens theme model.</exception>
    public static ThemeClassifier Load(Stream model, string sourceName = "model")
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ThemeClassifier(LinearThemeModel.Read(model, sourceName));
    }

    /// <summary>Loads a model file written by <see cref="Save(string)"/> or <c>policylens themes train</c>.</summary>
    public static ThemeClassifier Load(string path)
    {
        using FileStream stream = PolicyLens.Text.TextFile.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Writes the model (the native scorer's weights, deflate-compressed) to <paramref name="destination"/>.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _model.Write(destination);
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>
    /// Trains a classifier on <paramref name="texts"/>: cuts them into sentences, labels those whose seed words point to
    /// one theme (procedural sentences are <see cref="None"/> by rule; with <see cref="ThemeTrainingOptions.LearnNone"/>
    /// they also teach the model a none class), adds the hand-coded sentences of
    /// <see cref="ThemeTrainingOptions.HandCodedFiles"/>, holds out
    /// <see cref="ThemeTrainingOptions.HeldOutFraction"/> of them to measure accuracy, fits the ML.NET model and exports
    /// its weights into the native scorer. Deterministic: the same texts, taxonomy and options give the same model.
    /// </summary>
    /// <exception cref="InvalidOperationException">Fewer than two themes have labelled sentences.</exception>
    /// <exception cref="NotSupportedException">In a Native AOT program, where ML.NET does not run (the framework-dependent build runs it).</exception>
    public static ThemeTrainingResult Train(IEnumerable<string> texts, ThemeTaxonomy? taxonomy = null, ThemeTrainingOptions? options = null)
    {
        MLNetRuntime.EnsureSupported();
        ArgumentNullException.ThrowIfNull(texts);
        taxonomy ??= ThemeTaxonomy.Default;
        options ??= ThemeTrainingOptions.Default;
        var clock = Stopwatch.StartNew();
        JiebaSegmenter segmenter = JiebaSegmenter.Default;
        bool bigrams = options.CharacterBigramMinimumCount > 0;

        int sentences = 0;
        var labelled = new List<(string Label, List<string> Words, List<string> WordsWithoutSeeds)>();
        var procedural = new List<List<string>>();
        foreach (string original in texts)
        {
            string text = ThemeTokens.Fold(original);
            foreach ((int start, int length) in ThemeSentences.Split(text))
            {
                ReadOnlySpan<char> sentence = text.AsSpan(start, length);
                List<string> words = ThemeTokens.Words(segmenter, sentence);
                if (words.Count == 0)
                {
                    continue;
                }

                if (bigrams)
                {
                    ThemeTokens.AddBigrams(sentence, words);
                }

                // A report's closing (ProceduralSentences.ClosingStart) is not left out here: training on it as none
                // measured no better on the development test sentences (README, Themes), so it is a scoring rule only.
                if (ProceduralSentences.IsProcedural(sentence))
                {
                    procedural.Add(words);
                    continue;
                }

                sentences++;
                int theme = taxonomy.Matcher.DominantTheme(sentence, taxonomy.Themes.Count);
                if (theme >= 0)
                {
                    List<(int Start, int Length, int Theme)> seeds = taxonomy.Matcher.Matches(sentence);
                    List<string> seedless = ThemeTokens.Words(segmenter, sentence, 1, seeds);
                    if (bigrams)
                    {
                        ThemeTokens.AddBigrams(sentence, seedless, seeds);
                    }

                    labelled.Add((taxonomy.Themes[theme].Code, words, seedless));
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

        // Sentences a person labelled, and the procedural sentences as the none class: training data besides the
        // seed-labelled sentences, never part of the held-out measure (which is about seed labels).
        var extra = new List<(string Label, List<string> Words, float Weight)>();
        foreach (string file in options.HandCodedFiles)
        {
            foreach ((string theme, string sentence) in ThemeValidation.ReadGold(file, [.. taxonomy.Themes.Select(t => t.Code), None]))
            {
                ReadOnlySpan<char> folded = ThemeTokens.Fold(sentence).AsSpan().Trim();
                List<string> words = ThemeTokens.Words(segmenter, folded);
                if (words.Count > 0)
                {
                    if (bigrams)
                    {
                        ThemeTokens.AddBigrams(folded, words);
                    }

                    extra.Add((theme, words, options.HandCodedWeight));
                }
            }
        }

        if (options.LearnNone)
        {
            extra.AddRange(procedural.Select(words => (None, words, options.NoneWeight)));
        }

        double accuracy = double.NaN, macro = double.NaN, withoutSeeds = double.NaN;
        MLNetThemeModel model = MLNetThemeModel.Fit(Examples(training, extra, options), options);
        if (heldOut.Count > 0)
        {
            string[] truth = [.. heldOut.Select(h => h.Label)];
            string[] predicted = [.. model.Predict(heldOut.Select(h => h.Words).ToList()).Select(p => p.Theme)];
            string[] predictedWithoutSeeds = [.. model.Predict(heldOut.Select(h => h.WordsWithoutSeeds).ToList()).Select(p => p.Theme)];
            accuracy = Accuracy(truth, predicted);
            macro = MacroAccuracy(truth, predicted);
            withoutSeeds = Accuracy(truth, predictedWithoutSeeds);
            if (options.RetrainOnAll)
            {
                model = MLNetThemeModel.Fit(Examples(labelled, extra, options), options);
            }
        }

        var classifier = new ThemeClassifier(model.Export());
        return new ThemeTrainingResult(classifier, sentences, labelled.Count, heldOut.Count, accuracy, macro, withoutSeeds, perTheme, clock.Elapsed)
        {
            MLNetModel = model,
        };
    }

    /// <summary>The theme of one sentence.</summary>
    public ThemePrediction Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify(ThemeTokens.Fold(sentence).AsSpan().Trim(), new List<Token>(), new double[_model.Classes.Count]);
    }

    /// <summary>The themes of many sentences.</summary>
    public IReadOnlyList<ThemePrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tokens = new List<Token>();
        var probabilities = new double[_model.Classes.Count];
        var result = new ThemePrediction[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            result[i] = Classify(ThemeTokens.Fold(sentences[i]).AsSpan().Trim(), tokens, probabilities);
        }

        return result;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into sentences and classifies each one that has a word (a line of numbers or
    /// punctuation is left out, as it says nothing about attention). Offsets are into <paramref name="text"/> itself.
    /// The text is read as a whole report: the sentences after its closing salutation are none (see the README, Themes).
    /// </summary>
    public IReadOnlyList<ClassifiedSentence> ClassifyText(string text, ThemeTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClassifyText(text, ThemeSentences.Split(text), taxonomy);
    }

    /// <summary>
    /// Classifies every sentence of <paramref name="document"/> that has a word (the Text stage's
    /// <see cref="Document.Sentences"/>), with its offsets in the source file and the section it stands in: the rows of
    /// the <c>sentences</c> table.
    /// </summary>
    public IReadOnlyList<SentenceTheme> ClassifyDocument(Document document, ThemeTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ClassifyDocument(document, forTable: true, taxonomy);
    }

    /// <summary>
    /// <see cref="ClassifyDocument(Document, ThemeTaxonomy?)"/>; when <paramref name="forTable"/> is false, only what the
    /// theme shares need is filled in (theme, probabilities, characters): no section, no source offsets (the offsets are
    /// the document's) and no text, which only the <c>sentences</c> table shows (<c>analyze --no-sentences</c>). When
    /// <paramref name="withText"/> is false, <see cref="SentenceTheme.Text"/> is empty too: <c>analyze</c>'s table leaves the
    /// text out unless <c>--sentence-text</c> is given, and the job copies the text of the few sentences the
    /// <c>theme_sentences</c> table keeps itself (a copy of every sentence was 3.4 of the 268 MB analyze of gwr +
    /// cpc-congress allocated; issue 14, round 16).
    /// </summary>
    internal IReadOnlyList<SentenceTheme> ClassifyDocument(Document document, bool forTable, ThemeTaxonomy? taxonomy = null, bool withText = true)
    {
        IReadOnlyList<Sentence> sentences = document.Sentences;
        IReadOnlyList<Section> sections = document.Sections;
        var units = new (int Start, int Length)[sentences.Count];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = (sentences[i].Span.Start, sentences[i].Span.Length);
        }

        var rows = new List<SentenceTheme>(sentences.Count);
        int firstOpen = 0;
        // The table has no seed column: the seed lookup is skipped. The document's own token stream is the default
        // segmenter's cut of the folded text (ThemeTokens.Fold is VariantFold.Fold), so each sentence reads its slice
        // of it instead of being cut again; another segmenter would cut differently.
        // The folded text is the document's too (ThemeTokens.Fold is the fold the stream was cut from), not folded again.
        IReadOnlyList<Token>? shared = ReferenceEquals(_segmenter, JiebaSegmenter.Default) ? document.Tokens : null;
        foreach ((int unit, ClassifiedSentence c) in Classify(document.Text, units, taxonomy, withSeeds: false, shared, document.FoldedText))
        {
            if (!forTable)
            {
                rows.Add(new SentenceTheme(document.Id, unit, c.Start, c.Start + c.Length, null, null,
                    c.Theme, c.Probability, c.SecondaryTheme, c.SecondaryProbability, c.Characters, string.Empty));
                continue;
            }

            // Sections come in document order, parents before children: the innermost one holding the sentence is the
            // last whose span contains it. Sentences come in order too, so a leading section that ended before this
            // sentence holds no later one either and is not looked at again.
            while (firstOpen < sections.Count && sections[firstOpen].Span.End <= c.Start)
            {
                firstOpen++;
            }

            Section? innermost = null;
            for (int i = firstOpen; i < sections.Count && sections[i].Span.Start <= c.Start; i++)
            {
                if (sections[i].Span.Contains(c.Start))
                {
                    innermost = sections[i];
                }
            }

            SourceSpan source = document.ToSource(sentences[unit].Span);
            rows.Add(new SentenceTheme(document.Id, unit, source.Start, source.End, innermost?.Heading, innermost is null ? null : KindName(innermost.Kind),
                c.Theme, c.Probability, c.SecondaryTheme, c.SecondaryProbability, c.Characters, withText ? SentenceText(document, unit) : string.Empty));
        }

        return rows;
    }

    /// <summary>The text of <paramref name="document"/>'s sentence <paramref name="sentence"/> as <see cref="SentenceTheme.Text"/> holds it (its span of the normalised text).</summary>
    internal static string SentenceText(Document document, int sentence)
    {
        TextSpan span = document.Sentences[sentence].Span;
        return document.Text.Substring(span.Start, span.Length);
    }

    /// <summary>
    /// Classifies the given sentences of <paramref name="text"/> (start, length), leaving out those without a word.
    /// </summary>
    internal IReadOnlyList<ClassifiedSentence> ClassifyText(string text, IReadOnlyList<(int Start, int Length)> units, ThemeTaxonomy? taxonomy = null) =>
        [.. Classify(text, units, taxonomy).Select(x => x.Sentence)];

    private List<(int Unit, ClassifiedSentence Sentence)> Classify(string text, IReadOnlyList<(int Start, int Length)> units, ThemeTaxonomy? taxonomy,
        bool withSeeds = true, IReadOnlyList<Token>? shared = null, string? folded = null)
    {
        taxonomy ??= ThemeTaxonomy.Default;

        // The fold keeps every length, so the folded text's offsets are the text's.
        folded ??= ThemeTokens.Fold(text);
        var tokens = new List<Token>();
        int classes = _model.Classes.Count;
        var probabilities = new double[classes];
        var result = new List<(int, ClassifiedSentence)>(units.Count);
        int closing = ProceduralSentences.ClosingStart(folded, units);

        // First pass: each sentence's own probabilities (a row of `scores`), or the none that the closing, a cue or the
        // lack of a known word fixes. Second pass: each scored sentence reads its neighbours' rows (NeighbourWeight).
        var pending = new List<Pending>(units.Count);
        double[] scores = ArrayPool<double>.Shared.Rent(Math.Max(1, units.Count * classes));
        try
        {
            // Read in place: a sentence's tokens are a range of the document's (offsets in the text), not a copy.
            Token[]? stream = shared switch
            {
                null => null,
                Token[] array => array,
                _ => [.. shared],
            };
            for (int u = 0; u < units.Count; u++)
            {
                (int start, int length) = units[u];
                ReadOnlySpan<char> sentence = folded.AsSpan(start, length);
                ReadOnlySpan<Token> own;
                int offset;
                if (stream is not null && SliceOf(stream, folded, start, length, out int first, out int count))
                {
                    own = stream.AsSpan(first, count);
                    offset = start;
                }
                else
                {
                    tokens.Clear();
                    _segmenter.Tokenize(sentence, tokens);
                    own = CollectionsMarshal.AsSpan(tokens);
                    offset = 0;
                }

                if (!HasWord(sentence, own, offset))
                {
                    continue;
                }

                // The report's closing is none by where it stands, before any cue or model (ProceduralSentences.ClosingStart).
                ThemePrediction? fixedNone = u >= closing
                    ? new ThemePrediction(None, 1)
                    : Score(sentence, own, offset, scores.AsSpan(pending.Count * classes, classes));
                pending.Add(new Pending(u, start, length, ThemeSentences.CountCharacters(sentence), withSeeds ? taxonomy.SeedTheme(sentence) : null, fixedNone));
            }

            for (int i = 0; i < pending.Count; i++)
            {
                (int unit, int start, int length, int characters, string? seed, ThemePrediction? fixedNone) = pending[i];
                ThemePrediction p = fixedNone ?? Decide(WithNeighbours(scores, pending, i, probabilities), _neighbourWeight > 0 ? _inTextRatio : SecondaryThreshold);
                result.Add((unit, new ClassifiedSentence(start, length, characters, p.Theme, p.Probability, seed)
                {
                    SecondaryTheme = p.SecondaryTheme,
                    SecondaryProbability = p.SecondaryProbability,
                }));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }

        return result;
    }

    /// <summary>
    /// Sentence <paramref name="i"/>'s probabilities with <see cref="NeighbourWeight"/> times those of the sentence
    /// before and the one after it (the sentences with a word next to it, when the model scored them: not the closing,
    /// a cue's or one with no known word), normalised again, in <paramref name="mixed"/>.
    /// </summary>
    private Span<double> WithNeighbours(double[] scores, List<Pending> pending, int i, double[] mixed)
    {
        int classes = mixed.Length;
        Span<double> result = mixed;
        scores.AsSpan(i * classes, classes).CopyTo(result);
        if (_neighbourWeight > 0)
        {
            for (int j = i - 1; j <= i + 1; j += 2)
            {
                if (j >= 0 && j < pending.Count && pending[j].Fixed is null)
                {
                    ReadOnlySpan<double> row = scores.AsSpan(j * classes, classes);
                    for (int c = 0; c < classes; c++)
                    {
                        result[c] += _neighbourWeight * row[c];
                    }
                }
            }

            double total = 0;
            foreach (double x in result)
            {
                total += x;
            }

            for (int c = 0; c < classes; c++)
            {
                result[c] /= total;
            }
        }

        return result;
    }

    // A sentence between the two passes of Classify: where it is, and the none that fixes it, if any.
    private readonly record struct Pending(int Unit, int Start, int Length, int Characters, string? Seed, ThemePrediction? Fixed);

    private static string KindName(SectionKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : Name(kind);

    // The section kinds' names made once (they were an enum name and its lower-case copy for every row of the sentences table),
    // by value from 0 to the largest (an array filled in a loop: Distinct/ToDictionary over the enum was generic code the JIT
    // compiled at start-up for this alone).
    private static readonly string[] KindNames = MakeKindNames();

    private static string[] MakeKindNames()
    {
        int max = -1;
        foreach (SectionKind kind in Enum.GetValues<SectionKind>())
        {
            max = Math.Max(max, (int)kind);
        }

        var names = new string[max + 1];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = Name((SectionKind)k);
        }

        return names;
    }

    private static string Name(SectionKind kind) => kind switch
    {
        SectionKind.SelfGovernment => "self-government",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The range (<paramref name="first"/>, <paramref name="count"/>) of the tokens of <paramref name="shared"/> (the
    /// segmenter's cut of all of <paramref name="folded"/>) between <paramref name="start"/> and its end: what cutting the
    /// sentence alone gives (offsets aside, which stay the text's), as long as both edges are edges of jieba's blocks (a
    /// run of <see cref="CharClasses.IsHanBlock"/> characters is cut as a whole, everything else character by character)
    /// and no token crosses them. The Text stage's sentences end after 。！？!? or a closing quote and start after one or
    /// after white space, so they always are; false (cut the sentence alone) when they are not.
    /// </summary>
    internal static bool SliceOf(ReadOnlySpan<Token> shared, string folded, int start, int length, out int first, out int count)
    {
        first = count = 0;
        int end = start + length;
        if ((start > 0 && CharClasses.IsHanBlock(folded[start - 1]) && CharClasses.IsHanBlock(folded[start]))
            || (end < folded.Length && CharClasses.IsHanBlock(folded[end - 1]) && CharClasses.IsHanBlock(folded[end])))
        {
            return false;
        }

        // The first token that ends past the start: the tokens tile the text in order, so their ends are sorted.
        int low = 0, high = shared.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (shared[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low == shared.Length || shared[low].Start != start)
        {
            return false;
        }

        int k = low;
        int last = start;
        while (k < shared.Length && shared[k].Start < end)
        {
            last = shared[k++].End;
        }

        (first, count) = (low, k - low);
        return last == end;
    }

    // A token's characters: tokens with offsets from `offset` in the text `sentence` starts at.
    private static bool HasWord(ReadOnlySpan<char> sentence, ReadOnlySpan<Token> tokens, int offset)
    {
        foreach (Token token in tokens)
        {
            if (ThemeTokens.IsFeature(sentence.Slice(token.Start - offset, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private ThemePrediction Classify(ReadOnlySpan<char> folded, List<Token> tokens, double[] probabilities)
    {
        tokens.Clear();
        _segmenter.Tokenize(folded, tokens);
        return Predict(folded, CollectionsMarshal.AsSpan(tokens), 0, probabilities);
    }

    // The prediction for a sentence whose tokens are given (offsets from `offset`).
    private ThemePrediction Predict(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int offset, double[] probabilities) =>
        Score(folded, tokens, offset, probabilities) ?? Decide(probabilities, SecondaryThreshold);

    // The none a cue or the lack of a known word fixes; otherwise null, with the model's probabilities in `probabilities`.
    private ThemePrediction? Score(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, int offset, Span<double> probabilities)
    {
        if (ProceduralSentences.IsProcedural(folded))
        {
            return new ThemePrediction(None, 1);
        }

        if (_model.Score(folded, tokens, offset, probabilities) == 0)
        {
            // No word the model has weights for: the probabilities would be its biases alone, which say nothing.
            return new ThemePrediction(None, 0);
        }

        return null;
    }

    // The most probable class, and the second when its probability is at least `ratio` times the first's.
    private ThemePrediction Decide(ReadOnlySpan<double> probabilities, double ratio)
    {
        int first = -1, second = -1;
        for (int c = 0; c < probabilities.Length; c++)
        {
            if (first < 0 || probabilities[c] > probabilities[first])
            {
                (second, first) = (first, c);
            }
            else if (second < 0 || probabilities[c] > probabilities[second])
            {
                second = c;
            }
        }

        string theme = Code(first);
        if (second >= 0 && probabilities[second] >= ratio * probabilities[first] && theme != None && Code(second) != None)
        {
            return new ThemePrediction(theme, probabilities[first], Code(second), probabilities[second]);
        }

        return new ThemePrediction(theme, probabilities[first]);
    }

    private string Code(int modelClass) => _themeOfClass[modelClass] < 0 ? None : Themes[_themeOfClass[modelClass]];

    private static List<(string Label, List<string> Words, float Weight)> Examples(
        List<(string Label, List<string> Words, List<string> WordsWithoutSeeds)> sentences, List<(string Label, List<string> Words, float Weight)> extra, ThemeTrainingOptions options)
    {
        var examples = sentences.Select(s => (s.Label, s.Words, 1f)).ToList();
        if (options.AddSeedlessCopies)
        {
            examples.AddRange(sentences.Where(s => s.WordsWithoutSeeds.Count > 0).Select(s => (s.Label, s.WordsWithoutSeeds, 1f)));
        }

        examples.AddRange(extra);
        return examples;
    }

    private static double Accuracy(string[] truth, string[] predicted) =>
        truth.Length == 0 ? double.NaN : truth.Zip(predicted).Count(p => p.First == p.Second) / (double)truth.Length;

    private static double MacroAccuracy(string[] truth, string[] predicted) =>
        truth.Zip(predicted).GroupBy(p => p.First, StringComparer.Ordinal).Average(g => g.Count(p => p.First == p.Second) / (double)g.Count());

    private static ThemeClassifier LoadBuiltIn()
    {
        using Stream stream = typeof(ThemeClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        return new ThemeClassifier(LinearThemeModel.ReadImage(stream));
    }
}
