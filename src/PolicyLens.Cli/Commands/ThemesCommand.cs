using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens themes PATH [--group-by year|file|all] [--table themes|entropy|topics|topic-words] [--format csv|jsonl] [--model FILE] [--topics N]</c>:
/// attention to policy themes per group in the documents at PATH (a file or a folder of .txt files), and
/// <c>policylens themes train PATH --out FILE [--seeds FILE]</c>: a new classifier from other texts or seeds.
/// </summary>
internal static class ThemesCommand
{
    internal static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .txt file, or a folder of them; the year is taken from each file name (2019.txt, 20_2022.txt)." };
        var groupBy = new Option<GroupBy>("--group-by", "-g") { Description = "year (from the file name), file, or all (one group).", DefaultValueFactory = _ => GroupBy.Year };
        var table = new Option<Table>("--table", "-t") { Description = "themes (group, theme, characters, share), entropy (group, entropy, normalized_entropy), topics (LDA: group, topic, label, characters, share) or topic-words.", DefaultValueFactory = _ => Table.Themes, CustomParser = ParseTable };
        var format = new Option<TableFormat>("--format", "-f") { Description = "csv (with a header) or jsonl.", DefaultValueFactory = _ => TableFormat.Csv };
        var model = new Option<string?>("--model") { Description = "A classifier written by `policylens themes train` instead of the built-in one." };
        var topics = new Option<int>("--topics") { Description = "Number of LDA topics for --table topics|topic-words.", DefaultValueFactory = _ => TopicModelOptions.Default.Topics };
        var command = new Command("themes", "Attention to policy themes per group: share of characters per theme and Shannon entropy (classifier), or LDA topics.")
        {
            path, groupBy, table, format, model, topics,
        };
        command.Subcommands.Add(CreateTrain());
        command.SetAction(result =>
        {
            ThemeClassifier classifier;
            try
            {
                classifier = result.GetValue(model) is { } modelPath ? ThemeClassifier.Load(modelPath) : ThemeClassifier.Default;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"policylens themes: {e.Message}");
                return 2;
            }

            return Run(result.GetValue(path)!, result.GetValue(groupBy), result.GetValue(table), result.GetValue(format), classifier, result.GetValue(topics));
        });
        return command;
    }

    private static Command CreateTrain()
    {
        var path = new Argument<string>("path") { Description = "A .txt file, or a folder of them, to train on (the built-in model: ../shared/corpus/gwr)." };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model (an ML.NET zip); use it with `policylens themes --model`.", Required = true };
        var seeds = new Option<string?>("--seeds") { Description = "A JSON file of themes ([{code, name, english, seeds}]) that replaces the built-in taxonomy." };
        var command = new Command("train", "Train a theme classifier on the sentences that seed words label; prints held-out accuracy.") { path, output, seeds };
        command.SetAction(result =>
        {
            try
            {
                ThemeTaxonomy taxonomy = result.GetValue(seeds) is { } seedsPath ? ThemeTaxonomy.Load(seedsPath) : ThemeTaxonomy.Default;
                var texts = ReadCorpus(result.GetValue(path)!).Select(d => d.Text).ToList();
                ThemeTrainingResult trained = ThemeClassifier.Train(texts, taxonomy);
                trained.Classifier.Save(result.GetValue(output)!);
                Console.Out.Write(string.Create(CultureInfo.InvariantCulture,
                    $"documents {texts.Count}, sentences {trained.Sentences}, seed-labelled {trained.LabelledSentences}, held out {trained.HeldOutSentences}\n" +
                    $"held-out accuracy {trained.HeldOutAccuracy:F4}, macro {trained.HeldOutMacroAccuracy:F4}, with seed words hidden {trained.HeldOutAccuracyWithoutSeeds:F4}\n" +
                    $"trained in {trained.Elapsed.TotalSeconds:F1} s; model written to {result.GetValue(output)}\n"));
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or DecoderFallbackException)
            {
                Console.Error.WriteLine($"policylens themes train: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string path, GroupBy groupBy, Table table, TableFormat format, ThemeClassifier classifier, int topics)
    {
        using Stream stdout = Console.OpenStandardOutput();
        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
        try
        {
            var documents = ReadCorpus(path).Select(d => (Group(d.Id, d.Metadata.Year, groupBy), d.Text)).ToList();
            switch (table)
            {
                case Table.Themes or Table.Entropy:
                    ThemeAttention attention = ThemeAttention.Measure(documents, classifier);
                    Write(text, stdout, format, table == Table.Themes,
                        () => ThemeTableWriter.WriteCsv(text, attention.Shares), () => ThemeTableWriter.WriteJsonLines(stdout, attention.Shares),
                        () => ThemeTableWriter.WriteCsv(text, attention.Entropies), () => ThemeTableWriter.WriteJsonLines(stdout, attention.Entropies));
                    break;
                default:
                    TopicModel model;
                    using (new NativeOutputSilencer())
                    {
                        model = TopicModel.Fit(documents, TopicModelOptions.Default with { Topics = topics });
                    }

                    Write(text, stdout, format, table == Table.Topics,
                        () => ThemeTableWriter.WriteCsv(text, model.Shares), () => ThemeTableWriter.WriteJsonLines(stdout, model.Shares),
                        () => ThemeTableWriter.WriteCsv(text, model.Words), () => ThemeTableWriter.WriteJsonLines(stdout, model.Words));
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or InvalidOperationException)
        {
            text.Flush();
            Console.Error.WriteLine($"policylens themes: {e.Message}");
            return 1;
        }

        return 0;
    }

    private static void Write(StreamWriter text, Stream stdout, TableFormat format, bool first, Action firstCsv, Action firstJson, Action secondCsv, Action secondJson)
    {
        Action write = (format, first) switch
        {
            (TableFormat.Csv, true) => firstCsv,
            (TableFormat.Csv, false) => secondCsv,
            (_, true) => firstJson,
            _ => secondJson,
        };
        write();
        text.Flush();
        stdout.Flush();
    }

    /// <summary>The documents at <paramref name="path"/>, read by the Text stage; unreadable sources are reported and skipped.</summary>
    private static IEnumerable<Document> ReadCorpus(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        return new CorpusReader(new CorpusOptions { OnSkipped = s => Console.Error.WriteLine($"policylens themes: skipped {s}") }).Read(path);
    }

    private static string Group(string id, int? year, GroupBy groupBy) => groupBy switch
    {
        GroupBy.Year => year?.ToString(CultureInfo.InvariantCulture) ?? id,
        GroupBy.File => id,
        _ => "all",
    };

    private static Table ParseTable(System.CommandLine.Parsing.ArgumentResult result)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "themes";
        switch (value.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
        {
            case "themes": return Table.Themes;
            case "entropy": return Table.Entropy;
            case "topics": return Table.Topics;
            case "topicwords": return Table.TopicWords;
            default:
                result.AddError($"--table must be themes, entropy, topics or topic-words, not '{value}'.");
                return Table.Themes;
        }
    }

    private enum GroupBy
    {
        Year,
        File,
        All,
    }

    private enum Table
    {
        Themes,
        Entropy,
        Topics,
        TopicWords,
    }

    private enum TableFormat
    {
        Csv,
        Jsonl,
    }
}
