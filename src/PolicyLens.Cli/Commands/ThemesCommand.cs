// The `themes` command: analyze's themes and entropy tables (the same counts and grouping), or LDA topics, for a corpus.
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens themes PATH [--group-by year|session|doc|level|region|all] [--table themes|entropy|topics|topic-words] [--format csv|jsonl] [--model FILE] [--topics N]</c>:
/// attention to policy themes per group in the documents at PATH (a file or a folder of .txt files), and
/// <c>policylens themes train PATH... --out FILE [--seeds FILE]</c>: a new classifier from other texts or seeds;
/// <c>policylens themes validate GOLD.tsv [--model FILE] [--corpus DIR] [--secondary-ratio R] [--neighbour-weight W]</c>: the classifier against hand-coded sentences;
/// <c>policylens themes crosswalk</c>: the themes' Comparative Agendas Project major topics.
/// </summary>
internal static class ThemesCommand
{
    internal static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .txt file, or a folder of them; the year is taken from each file name (2019.txt, 20_2022.txt)." };
        var groupBy = TableOutput.GroupByOption();
        var table = new Option<Table>("--table", "-t") { Description = "themes or entropy (the tables of the same name in 'analyze'), sentences (analyze's sentences table: one row per sentence with its section, primary and secondary theme), topics (LDA: group, topic, label, characters, share) or topic-words.", DefaultValueFactory = _ => Table.Themes, CustomParser = ParseTable };
        var format = TableOutput.FormatOption();
        var model = new Option<string?>("--model") { Description = "A classifier written by `policylens themes train` instead of the built-in one." };
        var topics = CommandLine.Ranged(new Option<int>("--topics") { DefaultValueFactory = _ => TopicModelOptions.Default.Topics }, "Number of LDA topics for --table topics|topic-words", 2, 200);
        var command = new Command("themes", "Attention to policy themes per group: share of characters per theme and Shannon entropy (classifier), or LDA topics.")
        {
            path, groupBy, table, format, model, topics,
        };
        command.Subcommands.Add(CreateTrain());
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateCrosswalk());
        command.SetAction(result =>
        {
            ThemeClassifier classifier = result.GetValue(model) is { } modelPath
                ? CommandLine.OptionFile("--model", modelPath, () => ThemeClassifier.Load(modelPath))
                : ThemeClassifier.Default;
            return Run(result.GetValue(path)!, result.GetValue(groupBy), result.GetValue(table), result.GetValue(format), classifier, result.GetValue(topics),
                CommandLine.Corpus(result, "themes"));
        });
        return command;
    }

    private static Command CreateTrain()
    {
        var paths = new Argument<string[]>("path") { Description = "The .txt files or folders to train on (the built-in model: ../shared/corpus/gwr ../shared/corpus/cpc-congress ../shared/corpus/provincial ../shared/corpus/municipal); the held-out test reports are always left out.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model (the native scorer); the ML.NET model it was exported from is written beside it as NAME.mlnet.zip.", Required = true };
        var seeds = new Option<string?>("--seeds") { Description = "A JSON file of themes ([{code, name, english, seeds}]) that replaces the built-in taxonomy." };
        var handCoded = new Option<string[]>("--hand-coded") { Description = "Hand-coded gold files (the validate format) whose sentences are also trained on, with their human labels (the built-in model: tests/PolicyLens.Tests/Analysis/Themes/dev-coded-2-train.tsv, dev-coded-3-train.tsv, dev-coded-3-edges-train.tsv, dev-coded-4-train.tsv and dev-coded-5-train.tsv). Never a file you validate on.", AllowMultipleArgumentsPerToken = true };
        var bigrams = new Option<int>("--char-bigrams") { Description = "Also use character bigrams as features, those seen at least this many times in the training sentences (0, the default and the built-in model: none; README, Themes)." };
        ThemeTrainingOptions defaults = ThemeTrainingOptions.Default;
        var l2 = new Option<float>("--l2") { Description = "L2 penalty of the maximum-entropy model.", DefaultValueFactory = _ => defaults.L2Regularization };
        var l1 = new Option<float>("--l1") { Description = "L1 penalty of the maximum-entropy model.", DefaultValueFactory = _ => defaults.L1Regularization };
        var iterations = CommandLine.Ranged(new Option<int>("--iterations") { Description = "Cap on the trainer's iterations.", DefaultValueFactory = _ => defaults.MaximumIterations }, "Cap on the trainer's iterations", 1, 10_000);
        var weight = new Option<float>("--hand-coded-weight") { Description = "Weight of a hand-coded sentence against a seed-labelled one.", DefaultValueFactory = _ => defaults.HandCodedWeight };
        var heldOut = new Option<double>("--held-out") { Description = "Share of the seed-labelled sentences held out to measure accuracy before the model is trained on all (0: no measurement, one fit).", DefaultValueFactory = _ => defaults.HeldOutFraction };
        var trainerOption = new Option<ThemeTrainer>("--trainer") { Description = "lbfgs (the default and the built-in model) or sdca.", DefaultValueFactory = _ => defaults.Trainer };
        var counts = new Option<bool>("--counts") { Description = "Weigh words by their counts instead of TF-IDF." };
        var command = new Command("train", "Train a theme classifier on the sentences that seed words label (and on hand-coded ones); prints held-out accuracy.") { paths, output, seeds, handCoded, bigrams, l2, l1, iterations, weight, heldOut, trainerOption, counts };
        command.SetAction(result =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return CommandLine.WithoutMLNet("themes train");
            }

            ThemeTaxonomy taxonomy = result.GetValue(seeds) is { } seedsPath
                ? CommandLine.OptionFile("--seeds", seedsPath, () => ThemeTaxonomy.Load(seedsPath))
                : ThemeTaxonomy.Default;
            try
            {
                var reader = new CorpusReader(CommandLine.Corpus(result, "themes train"));
                IReadOnlyList<string> files = ThemeTrainingCorpus.Files(result.GetValue(paths)!);
                var texts = files.SelectMany(f => reader.Read(f)).Select(d => d.Text).ToList();
                string[] gold = result.GetValue(handCoded) ?? [];
                CommandLine.OptionFiles("--hand-coded", gold, () => gold);

                int minimumBigramCount = result.GetValue(bigrams);
                if (minimumBigramCount < 0)
                {
                    Console.Error.WriteLine("policylens themes train: --char-bigrams must be 0 (none) or a minimum count.");
                    return CommandLine.Usage;
                }

                if (result.GetValue(l2) < 0 || result.GetValue(l1) < 0 || result.GetValue(weight) <= 0 || result.GetValue(heldOut) is < 0 or > 0.9)
                {
                    Console.Error.WriteLine("policylens themes train: --l1 and --l2 must be at least 0, --hand-coded-weight above 0, --held-out between 0 and 0.9.");
                    return CommandLine.Usage;
                }

                var options = ThemeTrainingOptions.Default with
                {
                    HandCodedFiles = gold,
                    CharacterBigramMinimumCount = minimumBigramCount,
                    L2Regularization = result.GetValue(l2),
                    L1Regularization = result.GetValue(l1),
                    MaximumIterations = result.GetValue(iterations),
                    HandCodedWeight = result.GetValue(weight),
                    HeldOutFraction = result.GetValue(heldOut),
                    Trainer = result.GetValue(trainerOption),
                    InverseDocumentFrequency = !result.GetValue(counts),
                };
                ThemeTrainingResult trained = ThemeClassifier.Train(texts, taxonomy, options);
                string modelPath = result.GetValue(output)!;
                string mlnetPath = MLNetPath(modelPath);
                trained.Classifier.Save(modelPath);
                trained.MLNetModel?.Save(mlnetPath);
                Console.Out.Write(string.Create(CultureInfo.InvariantCulture,
                    $"documents {texts.Count}, sentences {trained.Sentences}, seed-labelled {trained.LabelledSentences}, held out {trained.HeldOutSentences}\n" +
                    $"held-out accuracy {trained.HeldOutAccuracy:F4}, macro {trained.HeldOutMacroAccuracy:F4}, with seed words hidden {trained.HeldOutAccuracyWithoutSeeds:F4}\n" +
                    $"trained in {trained.Elapsed.TotalSeconds:F1} s; model written to {modelPath} (native) and {mlnetPath} (ML.NET)\n"));
                return reader.Summary.Skipped.Count == 0 ? CommandLine.Ok : CommandLine.InputFailed;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"policylens themes train: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    // A ratio or weight option refused at parsing (exit code 2, the usage error) when it is negative or not a number.
    private static void NonNegative(Option<double> option) =>
        option.Validators.Add(r =>
        {
            double value = r.GetValueOrDefault<double>();
            if (double.IsNaN(value) || value < 0)
            {
                r.AddError($"{option.Name} must be 0 or more.");
            }
        });

    private static Command CreateValidate()
    {
        var gold = new Argument<string>("gold") { Description = "A hand-coded TSV: file, start, end, theme, sentence (theme: a themes.json code or none; # comment lines)." };
        var model = new Option<string?>("--model") { Description = "A classifier written by `policylens themes train` instead of the built-in one." };
        var corpus = new Option<string?>("--corpus") { Description = "Classify each sentence where it stands in its report (the gold file's file column is a path under this folder, e.g. ../shared/corpus), as analyze does, so that a report's closing counts as none." };
        var ratio = new Option<double>("--secondary-ratio") { Description = "Give a secondary theme when its probability is at least this share of the first one's, to sentences alone and in reports alike (the default is the built-in rules: 0.45 alone, 0.6 in reports).", DefaultValueFactory = _ => ThemeClassifier.SecondaryRatio };
        var neighbours = new Option<double>("--neighbour-weight") { Description = "With --corpus: the weight of the sentences before and after a sentence in its report (0: each sentence by itself; the default is the built-in one).", DefaultValueFactory = _ => ThemeClassifier.NeighbourWeight };
        NonNegative(ratio);
        NonNegative(neighbours);
        var command = new Command("validate", "Agreement of the classifier with hand-coded sentences: accuracy, Cohen's kappa, per-theme precision and recall, none recall, agreement counting the secondary theme, confusion matrix.") { gold, model, corpus, ratio, neighbours };
        command.SetAction(result =>
        {
            try
            {
                ThemeClassifier classifier = result.GetValue(model) is { } modelPath ? ThemeClassifier.Load(modelPath) : ThemeClassifier.Default;
                double secondaryRatio = result.GetValue(ratio);
                if (secondaryRatio != classifier.SecondaryThreshold)
                {
                    classifier = classifier.WithSecondaryRatio(secondaryRatio);
                }

                double neighbourWeight = result.GetValue(neighbours);
                if (neighbourWeight != ThemeClassifier.NeighbourWeight)
                {
                    classifier = classifier.WithNeighbourWeight(neighbourWeight);
                }

                ThemeValidationResult figures = result.GetValue(corpus) is { } corpusRoot
                    ? ThemeValidation.RunInReports(result.GetValue(gold)!, corpusRoot, classifier)
                    : ThemeValidation.Run(result.GetValue(gold)!, classifier);
                Console.Out.Write(figures.ToString());
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InputException)
            {
                Console.Error.WriteLine($"policylens themes validate: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command CreateCrosswalk()
    {
        var command = new Command("crosswalk", "The Comparative Agendas Project major topic of each theme (CSV: theme, cap_code, cap_topic, also, note).");
        command.SetAction(_ =>
        {
            Console.Out.Write("theme,cap_code,cap_topic,also,note\n");
            foreach (CapTopic t in CapCrosswalk.All)
            {
                Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{t.Theme},{t.MajorTopic},{Csv(t.MajorTopicName)},{string.Join('|', t.AlsoTopics)},{Csv(t.Note)}\n"));
            }

            return 0;
        });
        return command;
    }

    // RFC 4180 quoting for the crosswalk's free-text cells (names and notes: no leading formula characters).
    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>model.bin → model.mlnet.zip, beside it.</summary>
    private static string MLNetPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".", Path.GetFileNameWithoutExtension(modelPath) + ".mlnet.zip");

    private static int Run(string path, GroupBy groupBy, Table table, ExportFormat format, ThemeClassifier classifier, int topics, CorpusOptions corpus)
    {
        var reader = new CorpusReader(corpus);
        try
        {
            IEnumerable<Document> documents = reader.Read(path);
            switch (table)
            {
                case Table.Themes:
                    TableOutput.Write(AnalysisTables.Themes, format, ThemeCounts.Measure(documents, groupBy, classifier).Shares());
                    break;
                case Table.Entropy:
                    TableOutput.Write(AnalysisTables.Entropy, format, ThemeCounts.Measure(documents, groupBy, classifier).Entropies());
                    break;
                case Table.Sentences:
                    TableOutput.Write(SentenceTable.Table, format, documents.SelectMany(d => classifier.ClassifyDocument(d)));
                    break;
                default:
                    if (!RuntimeFeature.IsDynamicCodeSupported)
                    {
                        return CommandLine.WithoutMLNet($"themes --table {(table == Table.Topics ? "topics" : "topic-words")}");
                    }

                    TopicModel model;
                    using (new NativeOutputSilencer())
                    {
                        // ML.NET's LightLDA prints to the process's standard output; the table must stay clean.
                        model = TopicModel.Fit(
                            [.. documents.Select(d => (DocumentGrouping.GroupOf(d, groupBy).Label, d.Text))], TopicModelOptions.Default with { Topics = topics });
                    }

                    if (table == Table.Topics)
                    {
                        TableOutput.Write(AnalysisTables.Topics, format, model.Shares);
                    }
                    else
                    {
                        TableOutput.Write(AnalysisTables.TopicWords, format, model.Words);
                    }

                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or InvalidOperationException or InputException)
        {
            Console.Error.WriteLine($"policylens themes: {e.Message}");
            return CommandLine.InputFailed;
        }

        return reader.Summary.Skipped.Count == 0 ? CommandLine.Ok : CommandLine.InputFailed;
    }

    private static Table ParseTable(System.CommandLine.Parsing.ArgumentResult result)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "themes";
        switch (value.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
        {
            case "themes": return Table.Themes;
            case "entropy": return Table.Entropy;
            case "sentences": return Table.Sentences;
            case "topics": return Table.Topics;
            case "topicwords": return Table.TopicWords;
            default:
                result.AddError($"--table must be themes, entropy, sentences, topics or topic-words, not '{value}'.");
                return Table.Themes;
        }
    }

    private enum Table
    {
        Themes,
        Entropy,
        Sentences,
        Topics,
        TopicWords,
    }
}
