// The validation kit: the classifier against a hand-coded TSV (the themes gold format), with the figures a researcher reports.
using System.Globalization;
using PolicyLens.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Measures a <see cref="ThemeClassifier"/> against sentences a person coded: accuracy, Cohen's kappa, per-theme precision
/// and recall, the confusion matrix, how often procedural sentences go to <see cref="ThemeClassifier.None"/>, and the
/// agreement that counts a match with the secondary theme. The gold file is UTF-8 TSV with the header
/// <c>file start end theme sentence</c> (lines starting with <c>#</c> are comments; <c>theme</c> is a theme code or
/// <c>none</c>); the sentence column is what is classified, so the corpus itself is not needed.
/// </summary>
/// <example>
/// <code>
/// ThemeValidationResult r = ThemeValidation.Run("themes-coder1.tsv");
/// Console.WriteLine($"{r.Accuracy:P1}, kappa {r.Kappa:F3}");
/// </code>
/// </example>
public static class ThemeValidation
{
    /// <summary>The columns of a gold file, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["file", "start", "end", "theme", "sentence"];

    /// <summary>Validates the classifier (<see cref="ThemeClassifier.Default"/> when null) against the gold file at <paramref name="goldPath"/>.</summary>
    /// <exception cref="InputException">The file is missing a column, has a row with too few cells, or a theme the classifier does not know.</exception>
    public static ThemeValidationResult Run(string goldPath, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        using var reader = new StreamReader(goldPath);
        return Run(reader, goldPath, classifier);
    }

    /// <summary>Validates against gold rows read from <paramref name="gold"/> (see the class for the format).</summary>
    public static ThemeValidationResult Run(TextReader gold, string sourceName, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        classifier ??= ThemeClassifier.Default;
        List<GoldRow> rows = Read(gold, sourceName, [.. classifier.Themes, ThemeClassifier.None]);
        IReadOnlyList<ThemePrediction> predictions = classifier.Classify([.. rows.Select(r => r.Sentence)]);
        return Score([.. rows.Select(r => r.Theme)], predictions, [.. classifier.Themes, ThemeClassifier.None]);
    }

    /// <summary>
    /// Validates with each gold sentence classified where it stands in its report, as <c>analyze</c> classifies it: the
    /// gold file's <c>file</c> column is a path under <paramref name="corpusRoot"/> and <c>start</c>/<c>end</c> the sentence's offsets
    /// in it, so that what depends on a sentence's place (a report's closing is <c>none</c>) is measured too. A sentence
    /// not found at its offsets (its report missing, or cut otherwise by the Text stage) is classified alone;
    /// <see cref="ThemeValidationResult.SentencesFoundInReports"/> says how many were found.
    /// </summary>
    /// <exception cref="InputException">As <see cref="Run(string, ThemeClassifier?)"/>; also when the file has no file, start or end column.</exception>
    public static ThemeValidationResult RunInReports(string goldPath, string corpusRoot, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(corpusRoot);
        classifier ??= ThemeClassifier.Default;
        List<GoldRow> rows;
        using (var reader = new StreamReader(goldPath))
        {
            rows = Read(reader, goldPath, [.. classifier.Themes, ThemeClassifier.None]);
        }

        if (rows.Any(r => r.File is null || r.Start < 0 || r.End < 0))
        {
            throw new InputException(goldPath, "classifying in reports needs the file, start and end columns", remedy: "the header must be: " + string.Join('\t', Columns));
        }

        var inReports = new Dictionary<(string File, int Start, int End), ThemePrediction>();
        var corpus = new CorpusReader();
        foreach (string file in rows.Select(r => r.File!).Distinct(StringComparer.Ordinal))
        {
            string path = Path.Combine(corpusRoot, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (Document document in corpus.Read(path))
            {
                foreach (SentenceTheme t in classifier.ClassifyDocument(document))
                {
                    inReports.TryAdd((file, t.Start, t.End), new ThemePrediction(t.Theme, t.Probability, t.SecondaryTheme, t.SecondaryProbability));
                }
            }
        }

        int found = 0;
        var predictions = new ThemePrediction[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            if (inReports.TryGetValue((rows[i].File!, rows[i].Start, rows[i].End), out ThemePrediction p))
            {
                predictions[i] = p;
                found++;
            }
            else
            {
                predictions[i] = classifier.Classify(rows[i].Sentence);
            }
        }

        return Score([.. rows.Select(r => r.Theme)], predictions, [.. classifier.Themes, ThemeClassifier.None]) with { SentencesFoundInReports = found };
    }

    /// <summary>The figures for gold labels against predictions, over the given label set (theme codes and <c>none</c>).</summary>
    public static ThemeValidationResult Score(IReadOnlyList<string> gold, IReadOnlyList<ThemePrediction> predictions, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(labels);
        if (gold.Count != predictions.Count)
        {
            throw new ArgumentException("One prediction per gold label is needed.", nameof(predictions));
        }

        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var matrix = new int[labels.Count][];
        for (int i = 0; i < matrix.Length; i++)
        {
            matrix[i] = new int[labels.Count];
        }

        int correct = 0, themed = 0, themedCorrect = 0, themedWithSecondary = 0, procedural = 0, proceduralNone = 0, secondaries = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            ThemePrediction p = predictions[i];
            matrix[index[gold[i]]][index[p.Theme]]++;
            correct += gold[i] == p.Theme ? 1 : 0;
            secondaries += p.SecondaryTheme is null ? 0 : 1;
            if (gold[i] == ThemeClassifier.None)
            {
                procedural++;
                proceduralNone += p.Theme == ThemeClassifier.None ? 1 : 0;
            }
            else
            {
                themed++;
                themedCorrect += gold[i] == p.Theme ? 1 : 0;
                themedWithSecondary += gold[i] == p.Theme || gold[i] == p.SecondaryTheme ? 1 : 0;
            }
        }

        var perTheme = new List<ThemeValidationRow>();
        for (int t = 0; t < labels.Count; t++)
        {
            int inGold = matrix[t].Sum(), predicted = matrix.Sum(r => r[t]), hits = matrix[t][t];
            if (inGold + predicted > 0)
            {
                perTheme.Add(new ThemeValidationRow(labels[t], inGold, predicted, hits,
                    predicted == 0 ? double.NaN : hits / (double)predicted, inGold == 0 ? double.NaN : hits / (double)inGold));
            }
        }

        return new ThemeValidationResult
        {
            Sentences = gold.Count,
            Accuracy = Ratio(correct, gold.Count),
            Kappa = CohensKappa(matrix),
            ThemedSentences = themed,
            ThemedAccuracy = Ratio(themedCorrect, themed),
            ThemedAgreementWithSecondary = Ratio(themedWithSecondary, themed),
            ProceduralSentences = procedural,
            NoneRecall = Ratio(proceduralNone, procedural),
            SecondaryShare = Ratio(secondaries, gold.Count),
            PerTheme = perTheme,
            Labels = labels,
            Confusion = matrix,
        };
    }

    /// <summary>
    /// Cohen's kappa of a square confusion matrix (rows one coder, columns the other): (p_o − p_e) / (1 − p_e), with p_e
    /// from the two coders' marginals (Cohen 1960). 1 when they agree on everything; NaN for an empty matrix.
    /// </summary>
    public static double CohensKappa(IReadOnlyList<IReadOnlyList<int>> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        double n = matrix.Sum(r => r.Sum());
        if (n == 0)
        {
            return double.NaN;
        }

        double observed = 0, expected = 0;
        for (int i = 0; i < matrix.Count; i++)
        {
            observed += matrix[i][i];
            expected += matrix[i].Sum() * (double)matrix.Sum(r => r[i]);
        }

        observed /= n;
        expected /= n * n;
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }

    /// <summary>The (theme, sentence) rows of the gold file at <paramref name="goldPath"/>, checked against <paramref name="themes"/> (codes and none).</summary>
    internal static List<(string Theme, string Sentence)> ReadGold(string goldPath, IReadOnlyCollection<string> themes)
    {
        using var reader = new StreamReader(goldPath);
        return [.. Read(reader, goldPath, themes).Select(r => (r.Theme, r.Sentence))];
    }

    private static List<GoldRow> Read(TextReader gold, string sourceName, IReadOnlyCollection<string> themes)
    {
        var known = new HashSet<string>(themes, StringComparer.Ordinal);
        var rows = new List<GoldRow>();
        int themeColumn = -1, sentenceColumn = -1, fileColumn = -1, startColumn = -1, endColumn = -1, lineNumber = 0;
        while (gold.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (themeColumn < 0)
            {
                themeColumn = Array.IndexOf(cells, "theme");
                sentenceColumn = Array.IndexOf(cells, "sentence");
                fileColumn = Array.IndexOf(cells, "file");
                startColumn = Array.IndexOf(cells, "start");
                endColumn = Array.IndexOf(cells, "end");
                if (themeColumn < 0 || sentenceColumn < 0)
                {
                    throw new InputException(sourceName, "the header has no theme or no sentence column", lineNumber,
                        remedy: "the first non-comment line must be: " + string.Join('\t', Columns));
                }

                continue;
            }

            if (cells.Length <= Math.Max(themeColumn, sentenceColumn))
            {
                throw new InputException(sourceName, $"the row has {cells.Length} cells, fewer than the header", lineNumber, remedy: "separate the cells with tabs");
            }

            // An empty theme cell means none (FORMATS.md: empty cell = none).
            string theme = cells[themeColumn].Trim();
            theme = theme.Length == 0 ? ThemeClassifier.None : theme;
            if (!known.Contains(theme))
            {
                throw new InputException(sourceName, $"'{theme}' is not a theme of the classifier", lineNumber,
                    remedy: "use a code of themes.json or none");
            }

            string? file = fileColumn >= 0 && fileColumn < cells.Length ? cells[fileColumn] : null;
            rows.Add(new GoldRow(theme, cells[sentenceColumn], file, Offset(cells, startColumn), Offset(cells, endColumn)));
        }

        if (rows.Count == 0)
        {
            throw new InputException(sourceName, "no coded sentence", remedy: "add rows under the header " + string.Join('\t', Columns));
        }

        return rows;
    }

    // One coded sentence: its label, its text, and where it is (file under the corpus, offset; null and -1 when the
    // file has no such columns).
    private sealed record GoldRow(string Theme, string Sentence, string? File, int Start, int End);

    private static int Offset(string[] cells, int column) =>
        column >= 0 && column < cells.Length && int.TryParse(cells[column], NumberStyles.None, CultureInfo.InvariantCulture, out int offset) ? offset : -1;

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : a / (double)b;
}
