// The `evaluate` command: measures the finders on a user's own hand-coded texts (recall) and judged sample (precision), the
// way the README's figures are measured, each share with its exact 95 % interval.
using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens evaluate recall CODED... [--texts DIR...] [--split NAME] [--missed]</c>: how many of the formulas coded in
/// coded-formula files the extractor finds, per text and pooled, with and without the rows marked borderline, how many
/// mentions of each kind answer a coded formula, and where the missed occurrences went.
/// <c>policylens evaluate precision JUDGED... [--texts DIR...]</c>: per kind, the share of judged mentions judged right, of
/// every judged row and of those the extractor still reports. Both take the extractor's options of <c>extract</c>
/// (<c>--lexicon</c>, <c>--min-confidence</c>, <c>--confidence-model</c>), so a configuration is measured as it is used.
/// Output: tab-separated tables under <c>#</c> title lines (R's <c>read.delim(comment.char = "#")</c> reads each one).
/// </summary>
internal static class EvaluateCommand
{
    internal static Command Create()
    {
        var command = new Command("evaluate", "Measure the finders on hand-coded texts (recall) and judged mentions (precision), with 95 % intervals.");
        command.Subcommands.Add(CreateRecall());
        command.Subcommands.Add(CreatePrecision());
        return command;
    }

    // What both subcommands take: where the texts are, and the extractor's options.
    private sealed record Inputs(Option<string[]> Texts, Option<string[]> UserLexicons, Option<double?> MinimumConfidence, Option<string?> ConfidenceModel)
    {
        internal IEnumerable<Option> Options => [Texts, UserLexicons, MinimumConfidence, ConfidenceModel];

        internal SloganExtractor Extractor(ParseResult result) => new(CommandLine.UserLexicon(result, UserLexicons) ?? Lexicon.Default, SloganExtractorOptions.Default with
        {
            MinimumConfidence = CommandLine.MinimumConfidence(result, MinimumConfidence),
            ConfidenceModel = CommandLine.ConfidenceModel(result, ConfidenceModel),
        });

        // The first folder that holds the path the coded or judged file names (the paths are relative to a corpus root).
        internal string? Find(ParseResult result, string file) =>
            (result.GetValue(Texts) is { Length: > 0 } roots ? roots : ["."]).Select(root => Path.Combine(root, file)).FirstOrDefault(File.Exists);
    }

    private static Inputs InputOptions() => new(
        new Option<string[]>("--texts") { Description = "Folders the files' text paths are relative to, tried in order (the current folder by default).", AllowMultipleArgumentsPerToken = true },
        CommandLine.LexiconOption("A user lexicon (tab-separated lines or JSON) added to the built-in one; may be repeated."),
        CommandLine.MinimumConfidenceOption("Measure the extractor that leaves out mentions whose confidence is below this, 0 to 1 (as extract --min-confidence)."),
        CommandLine.ConfidenceModelOption());

    private static Command CreateRecall()
    {
        Inputs inputs = InputOptions();
        var coded = new Argument<string[]>("coded") { Description = "Coded-formula files (tab-separated: file, canonical, count, kinds[, split, note]; tests/PolicyLens.Tests/Extraction/Slogans/Gold/formulas-*.tsv and the codebook beside them).", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string?>("--split") { Description = "Score only the rows of this split (the files' split column: dev, heldout, unseen …)." };
        var missed = new Option<bool>("--missed") { Description = "Also list every missed formula: text, form, occurrences, where they went." };
        var command = new Command("recall", "How many of the formulas coded in hand-coded texts the extractor finds, per text and pooled.") { coded, split, missed };
        foreach (Option option in inputs.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            string[] files = result.GetValue(coded)!;
            string? only = result.GetValue(split);
            List<(string File, CodedFormula Row)> rows = CommandLine.OptionFiles("coded", files, () => files
                .SelectMany(f => CodedFormula.ReadFile(f).Select(row => (File: f, Row: row)))
                .Where(r => only is null || r.Row.Split == only).ToList());
            if (rows.Count == 0)
            {
                throw new UsageException(only is null ? "the coded files hold no row." : $"--split: no row of split '{only}' in the coded files.");
            }

            // A text coded in two files is two codings of it (two coders): measure one at a time, not their sum.
            foreach (IGrouping<string, (string File, CodedFormula Row)> text in rows.GroupBy(r => r.Row.File))
            {
                if (text.Select(r => r.File).Distinct().Count() > 1)
                {
                    throw new UsageException($"{text.Key} is coded in more than one file ({string.Join(", ", text.Select(r => r.File).Distinct())}): measure one coding at a time.");
                }
            }

            SloganExtractor extractor = inputs.Extractor(result);
            var scores = new List<(TextRecall All, TextRecall Strict)>();
            int skipped = 0;
            foreach (IGrouping<string, CodedFormula> text in rows.Select(r => r.Row).GroupBy(r => r.File))
            {
                if (Read(result, inputs, text.Key) is not { } content)
                {
                    skipped++;
                    continue;
                }

                IReadOnlyList<SloganMention> mentions = extractor.Extract(content, new ExtractionContext(text.Key));
                scores.Add((FormulaRecall.Score(text.Key, text, mentions), FormulaRecall.Score(text.Key, text.Where(r => !r.Borderline), mentions)));
            }

            Console.Write(RecallReport(files, scores, result.GetValue(missed)));
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;
    }

    private static Command CreatePrecision()
    {
        Inputs inputs = InputOptions();
        var judged = new Argument<string[]>("judged") { Description = "Judged-mention files (tab-separated: file, start, end, kind, surface, verdict; a span judged in several files keeps the last file's verdict).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("precision", "Per kind, the share of judged mentions judged right: of every judged row, and of those the extractor reports now.") { judged };
        foreach (Option option in inputs.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            string[] files = result.GetValue(judged)!;
            SloganExtractor extractor = inputs.Extractor(result);
            // A text that cannot be read is named on standard error and its rows left out; the rest is measured.
            int skipped = 0;
            IReadOnlyList<JudgedExample> examples = CommandLine.OptionFiles("judged", files, () => JudgedExample.Load(files, file =>
            {
                string? content = Read(result, inputs, file);
                skipped += content is null ? 1 : 0;
                return content;
            }, extractor));
            Console.Write(PrecisionReport(files, [.. examples]));
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;
    }

    // The text a coded or judged file names, or null (named on standard error) where no --texts folder holds a readable one.
    private static string? Read(ParseResult result, Inputs inputs, string file)
    {
        if (inputs.Find(result, file) is not { } path)
        {
            Console.Error.WriteLine($"policylens evaluate: skipped {file}: no --texts folder holds it.");
            return null;
        }

        try
        {
            return TextFile.Read(path).Text;
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"policylens evaluate: skipped {file}: {e.Message}");
            return null;
        }
    }

    private static string RecallReport(string[] files, List<(TextRecall All, TextRecall Strict)> scores, bool listMissed)
    {
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"# recall: {scores.Count} texts, {scores.Sum(s => s.All.Coded)} coded occurrences ({string.Join(", ", files.Select(Path.GetFileName))}); strict: without the rows noted borderline; interval: exact binomial 95 %, occurrences taken as independent");
        output.AppendLine("text\tcoded\tfound\trecall\tcoded_strict\tfound_strict\trecall_strict");
        foreach ((TextRecall all, TextRecall strict) in scores)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"{all.File}\t{all.Coded}\t{all.Found}\t{all.Recall:F3}\t{strict.Coded}\t{strict.Found}\t{strict.Recall:F3}");
        }

        var pooled = new Proportion(scores.Sum(s => s.All.Found), scores.Sum(s => s.All.Coded));
        var pooledStrict = new Proportion(scores.Sum(s => s.Strict.Found), scores.Sum(s => s.Strict.Coded));
        output.AppendLine(CultureInfo.InvariantCulture, $"all\t{pooled.Trials}\t{pooled.Successes}\t{pooled.Value:F3}\t{pooledStrict.Trials}\t{pooledStrict.Successes}\t{pooledStrict.Value:F3}");
        (double low, double high) = pooled.Interval();
        (double lowStrict, double highStrict) = pooledStrict.Interval();
        output.AppendLine(CultureInfo.InvariantCulture, $"all_low95\t\t\t{low:F3}\t\t\t{lowStrict:F3}");
        output.AppendLine(CultureInfo.InvariantCulture, $"all_high95\t\t\t{high:F3}\t\t\t{highStrict:F3}");

        output.AppendLine();
        output.AppendLine("# mentions that answer a coded formula, by kind: agreement with the coders (a floor of what a judge reads right: coders miss formulas a judge sees)");
        output.AppendLine("kind\treported\tcoded\tshare\tlow95\thigh95");
        foreach (MentionKind kind in Enum.GetValues<MentionKind>())
        {
            var share = new Proportion(scores.Sum(s => s.All.ByKind.GetValueOrDefault(kind).Coded), scores.Sum(s => s.All.ByKind.GetValueOrDefault(kind).Reported));
            if (share.Trials > 0)
            {
                (double l, double h) = share.Interval();
                output.AppendLine(CultureInfo.InvariantCulture, $"{Name(kind)}\t{share.Trials}\t{share.Successes}\t{share.Value:F3}\t{l:F3}\t{h:F3}");
            }
        }

        output.AppendLine();
        output.AppendLine("# missed occurrences by what the text's mentions are instead");
        output.AppendLine("cause\toccurrences");
        foreach (MissCause cause in Enum.GetValues<MissCause>())
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"{CauseName(cause)}\t{scores.Sum(s => s.All.Missed.Where(m => m.Cause == cause).Sum(m => m.Occurrences))}");
        }

        if (listMissed)
        {
            output.AppendLine();
            output.AppendLine("# missed formulas");
            output.AppendLine("text\tformula\toccurrences\tcause");
            foreach ((TextRecall all, _) in scores)
            {
                foreach (MissedFormula m in all.Missed)
                {
                    output.AppendLine(CultureInfo.InvariantCulture, $"{all.File}\t{m.Formula.Canonical}\t{m.Occurrences}\t{CauseName(m.Cause)}");
                }
            }
        }

        return output.ToString();
    }

    private static string PrecisionReport(string[] files, List<JudgedExample> examples)
    {
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"# precision: {examples.Count} judged mentions in {examples.Select(e => e.Mention.File).Distinct().Count()} texts ({string.Join(", ", files.Select(Path.GetFileName))}); now: those the extractor reports at the same span and kind; interval: exact binomial 95 %");
        output.AppendLine("kind\tjudged\tright\tprecision\tlow95\thigh95\tjudged_now\tright_now\tprecision_now\tlow95_now\thigh95_now");
        foreach (MentionKind? kind in Enum.GetValues<MentionKind>().Select(k => (MentionKind?)k).Append(null))
        {
            List<JudgedExample> rows = [.. examples.Where(e => kind is null || e.Mention.Kind == kind)];
            if (rows.Count == 0)
            {
                continue;
            }

            var all = new Proportion(rows.Count(e => e.Mention.Right), rows.Count);
            var now = new Proportion(rows.Count(e => e.Reported && e.Mention.Right), rows.Count(e => e.Reported));
            output.AppendLine(CultureInfo.InvariantCulture, $"{(kind is { } k ? Name(k) : "all")}\t{Cells(all)}\t{Cells(now)}");
        }

        return output.ToString();

        static string Cells(Proportion p)
        {
            (double low, double high) = p.Interval();
            return string.Create(CultureInfo.InvariantCulture, $"{p.Trials}\t{p.Successes}\t{(p.Trials == 0 ? "" : p.Value.ToString("F3", CultureInfo.InvariantCulture))}\t{low:F3}\t{high:F3}");
        }
    }

    private static string Name(MentionKind kind) => kind.ToString().ToLowerInvariant();

    private static string CauseName(MissCause cause) => cause switch
    {
        MissCause.UnderAnotherKind => "same form under another kind",
        MissCause.FoundFewerTimes => "found fewer times than coded",
        MissCause.InsideLongerMention => "inside a longer mention",
        MissCause.HoldsShorterMention => "holds a shorter mention",
        _ => "nothing",
    };
}
