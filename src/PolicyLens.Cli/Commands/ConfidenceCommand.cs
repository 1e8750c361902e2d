// The `confidence` command: trains the mention confidence model on judged mentions and measures it.
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens confidence train JUDGED... --texts DIR... [--exclude LIST] --out FILE</c>: a mention confidence model from
/// judged-mention files; <c>policylens confidence evaluate JUDGED... --texts DIR... [--exclude LIST] [--unread]</c>: how
/// it sorts right from wrong, by kind, cross-validated over the training texts (and, with --unread, trained on them and
/// scored on the texts the list leaves out).
/// </summary>
internal static class ConfidenceCommand
{
    internal static Command Create()
    {
        var command = new Command("confidence", "The mention confidence model: train it on judged mentions, or measure it.");
        command.Subcommands.Add(CreateTrain());
        command.Subcommands.Add(CreateEvaluate());
        return command;
    }

    private sealed record Inputs(Argument<string[]> Judged, Option<string[]> Texts, Option<string?> Exclude, Option<float> L2, Option<float> L1, Option<int> MinimumCount)
    {
        internal IEnumerable<Option> Options => [Texts, Exclude, L2, L1, MinimumCount];

        internal MentionConfidenceTrainingOptions Training(ParseResult result) => MentionConfidenceTrainingOptions.Default with
        {
            L2Regularization = result.GetValue(L2),
            L1Regularization = result.GetValue(L1),
            MinimumFeatureCount = result.GetValue(MinimumCount),
        };
    }

    private static Inputs InputOptions() => new(
        new Argument<string[]>("judged") { Description = "Judged-mention files (the built-in model: tests/PolicyLens.Tests/Extraction/Slogans/Gold/mentions-*.tsv, all but mentions-dev-quoted16-unreported.tsv, which judges unreported spans).", Arity = ArgumentArity.OneOrMore },
        new Option<string[]>("--texts") { Description = "Folders the judged files' text paths are relative to, tried in order (the built-in model: ../shared/corpus tests/PolicyLens.Tests/Data).", Required = true, AllowMultipleArgumentsPerToken = true },
        new Option<string?>("--exclude") { Description = "A file listing texts (one path a line, as the judged files name them; # comments) whose mentions are never trained on: the unread texts accuracy is measured on (the built-in model: Gold/unread-texts.txt)." },
        new Option<float>("--l2") { Description = "L2 penalty of the logistic regression.", DefaultValueFactory = _ => MentionConfidenceTrainingOptions.Default.L2Regularization },
        new Option<float>("--l1") { Description = "L1 penalty of the logistic regression.", DefaultValueFactory = _ => MentionConfidenceTrainingOptions.Default.L1Regularization },
        new Option<int>("--min-count") { Description = "The fewest judged mentions a feature must occur in to get a weight.", DefaultValueFactory = _ => MentionConfidenceTrainingOptions.Default.MinimumFeatureCount });

    private static Command CreateTrain()
    {
        Inputs inputs = InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model (feature TAB weight).", Required = true };
        return Subcommand("train", "Train a mention confidence model on judged mentions.", inputs, [output], (result, data) =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return; // Unreachable (Subcommand refuses first); the check lets the Native AOT compiler drop the ML.NET code below.
            }

            MentionConfidence model = Refused(() => MentionConfidenceTrainer.Train(data.Training, inputs.Training(result)));
            string path = result.GetValue(output)!;
            int right = data.Training.Count(e => e.Mention.Right);
            model.Save(path, $"""
                Mention confidence model (MentionConfidence): log-odds that a reader judges a mention right, by feature (MentionFeatures).
                Trained with `policylens confidence train` on {data.Training.Count} judged mentions ({right} right) of {data.Training.Select(e => e.Mention.File).Distinct().Count()} texts;
                {data.Unread.Count} judged mentions of the excluded texts left out. Options: {inputs.Training(result)}.
                """);
            Console.WriteLine($"trained on {data.Training.Count} judged mentions ({right} right), {data.Unread.Count} of excluded texts left out; model written to {path}");
        });
    }

    private static Command CreateEvaluate()
    {
        Inputs inputs = InputOptions();
        var unread = new Option<bool>("--unread") { Description = "Also train on every training text and score the judged mentions of the excluded texts." };
        var samples = new Option<string[]>("--sample") { Description = "Judged files (among those given) whose mentions are also tabulated on their own, reported now or not: samples of a build on texts fresh to it, the population a confidence threshold meets on new text.", AllowMultipleArgumentsPerToken = true };
        return Subcommand("evaluate", "How the confidence model sorts judged mentions, by kind and threshold: cross-validated by text, and on the excluded texts with --unread.", inputs, [unread, samples], (result, data) =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return; // As in train: lets the Native AOT compiler drop the ML.NET code below.
            }

            double[] outOfFold = Refused(() => MentionConfidenceTrainer.CrossValidate(data.Training, inputs.Training(result)));
            Print("cross-validated over the training texts (folds by text), mentions reported now", data.Training, outOfFold, [.. data.Training.Select(e => e.Reported)]);
            HashSet<string> sampleFiles = [.. (result.GetValue(samples) ?? []).Select(Path.GetFileName).OfType<string>()];
            if (sampleFiles.Count > 0)
            {
                Print("cross-validated, the --sample files' mentions", data.Training, outOfFold, [.. data.Training.Select(e => sampleFiles.Contains(e.JudgedIn))]);
            }

            if (result.GetValue(unread))
            {
                MentionConfidence model = MentionConfidenceTrainer.Train(data.Training, inputs.Training(result));
                double[] scores = [.. data.Unread.Select(model.Score)];
                Print("trained on the training texts, scored on the excluded ones, mentions reported now", data.Unread, scores, [.. data.Unread.Select(e => e.Reported)]);
                if (sampleFiles.Count > 0)
                {
                    Print("trained on the training texts, the --sample files' mentions of the excluded ones", data.Unread, scores, [.. data.Unread.Select(e => sampleFiles.Contains(e.JudgedIn))]);
                }
            }
        });
    }

    // A subcommand over the judged files: its own options after the shared ones, refused in a Native AOT program (ML.NET), the
    // judged files read before the action runs.
    private static Command Subcommand(string name, string description, Inputs inputs, Option[] own, Action<ParseResult, TrainingData> action)
    {
        var command = new Command(name, description) { inputs.Judged };
        foreach (Option option in own.Concat(inputs.Options))
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return CommandLine.WithoutMLNet("confidence " + name);
            }

            action(result, Load(result, inputs));
            return 0;
        });
        return command;
    }

    // Training refuses data it cannot learn from (one verdict only, fewer texts than folds): the user's input, so a usage error.
    private static T Refused<T>(Func<T> train)
    {
        try
        {
            return train();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    // The finders' mentions before any confidence threshold: what a model is trained and measured on must not depend on a model.
    private static SloganExtractor Unfiltered { get; } = new(Lexicon.Default, SloganExtractorOptions.Default with { MinimumConfidence = SloganExtractorOptions.NoMinimumConfidence });

    private sealed record TrainingData(List<JudgedExample> Training, List<JudgedExample> Unread);

    // The judged files read into examples (the last verdict of a span wins: list re-judgements last), split into the texts
    // trained on and those --exclude names.
    private static TrainingData Load(ParseResult result, Inputs inputs)
    {
        string[] judgedFiles = result.GetValue(inputs.Judged)!;
        HashSet<string> excluded = result.GetValue(inputs.Exclude) is { } list
            ? CommandLine.OptionFile("--exclude", list, () => File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal))
            : [];
        string[] roots = result.GetValue(inputs.Texts)!;
        IReadOnlyList<JudgedExample> examples = CommandLine.OptionFiles("judged", judgedFiles, () => JudgedExample.Load(judgedFiles, ReadText, Unfiltered));
        return new TrainingData([.. examples.Where(e => !excluded.Contains(e.Mention.File))], [.. examples.Where(e => excluded.Contains(e.Mention.File))]);

        (string, string)? ReadText(string file) => roots.Select(r => Path.Combine(r, file)).FirstOrDefault(File.Exists) is { } path
            ? (File.ReadAllText(path), path)
            : throw new UsageException($"--texts: no folder given holds {file}, which the judged files name.");
    }

    private static readonly double[] Thresholds = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    // Per kind, over the mentions the extractor reports now (the ones a threshold would act on): how many, how many right,
    // and at each threshold the precision of those kept and the share of the right ones kept.
    private static void Print(string title, List<JudgedExample> examples, double[] scores, bool[] reported)
    {
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"# {title}: {examples.Count} judged mentions, {reported.Count(r => r)} reported now; AUC (all) {MentionConfidenceTrainer.AreaUnderCurve([.. examples.Select(e => e.Mention.Right)], scores):F3}");
        output.Append("kind\tn\tright\tprecision\tauc");
        foreach (double t in Thresholds)
        {
            output.Append(CultureInfo.InvariantCulture, $"\tp@{t:F1}\tkept-right@{t:F1}");
        }

        output.AppendLine();
        foreach (MentionKind kind in Enum.GetValues<MentionKind>())
        {
            int[] rows = [.. Enumerable.Range(0, examples.Count).Where(i => reported[i] && examples[i].Mention.Kind == kind)];
            if (rows.Length == 0)
            {
                continue;
            }

            int right = rows.Count(i => examples[i].Mention.Right);
            output.Append(CultureInfo.InvariantCulture, $"{kind}\t{rows.Length}\t{right}\t{(double)right / rows.Length:F3}\t{MentionConfidenceTrainer.AreaUnderCurve([.. rows.Select(i => examples[i].Mention.Right)], [.. rows.Select(i => scores[i])]):F3}");
            foreach (double t in Thresholds)
            {
                int kept = rows.Count(i => scores[i] >= t), keptRight = rows.Count(i => scores[i] >= t && examples[i].Mention.Right);
                output.Append(CultureInfo.InvariantCulture, $"\t{(kept == 0 ? 0 : (double)keptRight / kept):F3}\t{(right == 0 ? 0 : (double)keptRight / right):F3}");
            }

            output.AppendLine();
        }

        Console.Write(output.ToString());
    }
}
