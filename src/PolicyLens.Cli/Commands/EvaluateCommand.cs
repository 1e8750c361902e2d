// The `evaluate` command: measures the finders on a user's own hand-coded texts (recall) and judged sample (precision), the
// way the README's figures are measured, each share with its exact 95 % interval.
using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens evaluate recall CODED... [--texts DIR...] [--split NAME] [--missed]</c>: how many of the formulas coded in
/// coded-formula files the extractor finds, per text and pooled, with and without the rows marked borderline, how many
/// mentions of each kind answer a coded formula, and where the missed occurrences went.
/// <c>policylens evaluate sample TEXT... --out FILE [--per-kind N] [--seed S] [--texts DIR]</c>: a random sample of the
/// extractor's mentions, per kind, written as a judged-mention file without verdicts for a reader to judge against the codebook.
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
        command.Subcommands.Add(CreateSample());
        command.Subcommands.Add(CreatePrecision());
        return command;
    }

    // What both subcommands take: where the texts are, and the extractor's options.
    private sealed record Inputs(Option<string[]> Texts, Option<string[]> UserLexicons, Option<string?> MinimumConfidence, Option<string?> ConfidenceModel)
    {
        internal IEnumerable<Option> Options => [Texts, UserLexicons, MinimumConfidence, ConfidenceModel];

        internal SloganExtractor Extractor(ParseResult result, CountingUnit unit = CountingUnit.Outermost) => new(CommandLine.UserLexicon(result, UserLexicons) ?? Lexicon.Default, SloganExtractorOptions.Default with
        {
            CountingUnit = unit,
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
        var nested = new Option<bool>("--nested") { Description = "Measure the extractor that also reports formulas inside longer ones (extract --nested); such a formula counts only where the longer mention is no coded formula, as the codebook counts." };
        var command = new Command("recall", "How many of the formulas coded in hand-coded texts the extractor finds, per text and pooled.") { coded, split, missed, nested };
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

            SloganExtractor extractor = inputs.Extractor(result, result.GetValue(nested) ? CountingUnit.Nested : CountingUnit.Outermost);
            var scores = new List<(TextRecall All, TextRecall Strict)>();
            int skipped = 0;
            foreach (IGrouping<string, CodedFormula> text in rows.Select(r => r.Row).GroupBy(r => r.File))
            {
                if (Read(result, inputs, text.Key) is not ({ } content, { } path))
                {
                    skipped++;
                    continue;
                }

                IReadOnlyList<SloganMention> mentions = extractor.ExtractFile(content, path, text.Key);
                scores.Add((FormulaRecall.Score(text.Key, text, mentions), FormulaRecall.Score(text.Key, text.Where(r => !r.Borderline), mentions)));
            }

            Console.Write(RecallReport(files, scores, result.GetValue(missed)));
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;
    }

    private static Command CreateSample()
    {
        Inputs inputs = InputOptions();
        var texts = new Argument<string[]>("text") { Description = "Text files (UTF-8, UTF-16 or GB18030) or folders of .txt files to draw mentions from.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The judged-mention file to write (verdict and reason left empty for the reader).", Required = true };
        var perKind = CommandLine.Ranged(new Option<int>("--per-kind") { DefaultValueFactory = _ => 100 }, "Mentions drawn of each kind (all of a kind that has fewer)", 1, 100_000);
        var seed = new Option<int>("--seed") { Description = "The random seed (the same seed, texts and build draw the same sample).", DefaultValueFactory = _ => 1 };
        var command = new Command("sample", "Draw a random sample of mentions per kind into a judged-mention file for a reader to judge (then: evaluate precision).") { texts, output, perKind, seed };
        foreach (Option option in inputs.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            // The files' names in the sample are relative to the first --texts folder (as evaluate precision resolves them), or
            // as given on the command line.
            string root = result.GetValue(inputs.Texts) is { Length: > 0 } roots ? roots[0] : ".";
            SloganExtractor extractor = inputs.Extractor(result);
            var found = new List<(string File, string Text, SloganMention Mention)>();
            int skipped = 0;
            foreach (string path in result.GetValue(texts)!.SelectMany(Expand))
            {
                string name = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (name.StartsWith("..", StringComparison.Ordinal))
                {
                    throw new UsageException($"{path} is not under the --texts folder {root}: evaluate precision could not find it by its name.");
                }

                try
                {
                    string text = TextFile.Read(path, (long)result.GetValue(CommandLine.MaxFileMegabytes) << 20).Text;
                    found.AddRange(extractor.ExtractFile(text, path, name).Select(m => (name, text, m)));
                }
                catch (InputException e)
                {
                    Console.Error.WriteLine($"policylens evaluate: skipped {path}: {e.Message}");
                    skipped++;
                }
            }

            var random = new Random(result.GetValue(seed));
            int n = result.GetValue(perKind);
            var drawn = new List<(string File, string Text, SloganMention Mention)>();
            foreach (IGrouping<MentionKind, (string File, string Text, SloganMention Mention)> kind in found.GroupBy(f => f.Mention.Kind).OrderBy(g => g.Key))
            {
                var all = kind.ToArray();
                random.Shuffle(all);
                drawn.AddRange(all.Take(n));
                Console.Error.WriteLine($"{Name(kind.Key)}: {all.Length} reported, {Math.Min(n, all.Length)} drawn");
            }

            // In text order, kinds mixed: a reader judges each mention where it stands.
            string[] lines =
            [
                $"# A random sample of PolicyLens mentions (evaluate sample, seed {result.GetValue(seed)}, {n} per kind); judge each row against the",
                "# codebook (right item, right boundaries, right kind): write right or wrong in verdict and why in reason, then run",
                "# policylens evaluate precision THIS_FILE --texts " + root,
                "id\tfile\tstart\tend\tkind\tsubtype\tsurface\tcanonical\tcontext\tverdict\treason",
                .. drawn.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Mention.Start).Select((d, i) =>
                    string.Join('\t', i + 1, d.File, d.Mention.Start, d.Mention.End, Name(d.Mention.Kind), d.Mention.Subtype, Cell(d.Mention.Surface), Cell(d.Mention.Canonical), Context(d.Text, d.Mention), "", "")),
            ];
            string target = result.GetValue(output)!;
            string temporary = target + ".tmp";
            try
            {
                File.WriteAllLines(temporary, lines);
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            Console.Error.WriteLine($"{drawn.Count} mentions written to {target}");
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;

        static IEnumerable<string> Expand(string path) => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path];

        static string Cell(string s) => s.Replace('\t', ' ').Replace('\n', '⏎').Replace("\r", "", StringComparison.Ordinal);

        // 80 characters either side, the mention marked 【thus】 (as tools/judging/draw_sample.py writes it).
        static string Context(string text, SloganMention m) =>
            Cell(text[Math.Max(0, m.Start - 80)..m.Start] + "【" + text[m.Start..m.End] + "】" + text[m.End..Math.Min(text.Length, m.End + 80)]);
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
                (string Text, string Path)? content = Read(result, inputs, file);
                skipped += content is null ? 1 : 0;
                return content;
            }, extractor));
            Console.Write(PrecisionReport(files, [.. examples]));
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;
    }

    // The text a coded or judged file names and the file's path, or null (named on standard error) where no --texts folder
    // holds a readable one.
    private static (string Text, string Path)? Read(ParseResult result, Inputs inputs, string file)
    {
        if (inputs.Find(result, file) is not { } path)
        {
            Console.Error.WriteLine($"policylens evaluate: skipped {file}: no --texts folder holds it.");
            return null;
        }

        try
        {
            return (TextFile.Read(path, (long)result.GetValue(CommandLine.MaxFileMegabytes) << 20).Text, path);
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
        output.AppendLine(CultureInfo.InvariantCulture, $"# recall: {scores.Count} texts, {scores.Sum(s => s.All.Coded)} coded occurrences ({string.Join(", ", files.Select(Path.GetFileName))}); strict: without the rows noted borderline; all_low95/high95: exact binomial 95 % interval, occurrences taken as independent; all_texts_low95/high95: bootstrap over texts (2,000 resamples); read the wider of the two");
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
        if (scores.Count > 1)
        {
            // Occurrences come in texts: the bootstrap over texts is the interval to read when texts differ (FormulaRecall).
            (double bootLow, double bootHigh) = FormulaRecall.TextBootstrapInterval([.. scores.Select(s => s.All)]);
            (double bootLowStrict, double bootHighStrict) = FormulaRecall.TextBootstrapInterval([.. scores.Select(s => s.Strict)]);
            output.AppendLine(CultureInfo.InvariantCulture, $"all_texts_low95\t\t\t{bootLow:F3}\t\t\t{bootLowStrict:F3}");
            output.AppendLine(CultureInfo.InvariantCulture, $"all_texts_high95\t\t\t{bootHigh:F3}\t\t\t{bootHighStrict:F3}");
        }

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
            output.AppendLine(CultureInfo.InvariantCulture, $"{FormulaRecall.Describe(cause)}\t{scores.Sum(s => s.All.Missed.Where(m => m.Cause == cause).Sum(m => m.Occurrences))}");
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
                    output.AppendLine(CultureInfo.InvariantCulture, $"{all.File}\t{m.Formula.Canonical}\t{m.Occurrences}\t{FormulaRecall.Describe(m.Cause)}");
                }
            }
        }

        return output.ToString();
    }

    private static string PrecisionReport(string[] files, List<JudgedExample> examples)
    {
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"# precision: {examples.Count} judged mentions in {examples.Select(e => e.Mention.File).Distinct().Count()} texts ({string.Join(", ", files.Select(Path.GetFileName))}); now: those the extractor reports at the same span and kind (or, judged under another finder's kind, as a curated entry's lexicon mention at the same span and canonical, unless that lexicon mention is judged too: a span counts once now); low95/high95: exact binomial 95 % interval; texts_low95/high95: bootstrap over texts (2,000 resamples); read the wider of the two");
        output.AppendLine("kind\tjudged\tright\tprecision\tlow95\thigh95\tjudged_now\tright_now\tprecision_now\tlow95_now\thigh95_now\ttexts_low95\ttexts_high95\ttexts_low95_now\ttexts_high95_now");
        foreach (MentionKind? kind in Enum.GetValues<MentionKind>().Select(k => (MentionKind?)k).Append(null))
        {
            List<JudgedExample> rows = [.. examples.Where(e => kind is null || e.Mention.Kind == kind)];
            if (rows.Count == 0)
            {
                continue;
            }

            var all = new Proportion(rows.Count(e => e.Mention.Right), rows.Count);
            var now = new Proportion(rows.Count(e => e.Reported && e.Mention.Right), rows.Count(e => e.Reported));
            // Mentions of one text are alike too (one report's style): the bootstrap over texts, as for recall.
            List<IGrouping<string, JudgedExample>> byText = [.. rows.GroupBy(e => e.Mention.File)];
            string textsAll = Bootstrap([.. byText.Select(t => new Proportion(t.Count(e => e.Mention.Right), t.Count()))]);
            string textsNow = Bootstrap([.. byText.Select(t => new Proportion(t.Count(e => e.Reported && e.Mention.Right), t.Count(e => e.Reported)))]);
            output.AppendLine(CultureInfo.InvariantCulture, $"{(kind is { } k ? Name(k) : "all")}\t{Cells(all)}\t{Cells(now)}\t{textsAll}\t{textsNow}");
        }

        return output.ToString();

        // Empty cells where fewer than two texts have judged mentions of the kind (no spread to resample), or where every
        // one or none was right (every resample pools the same share: no interval).
        static string Bootstrap(Proportion[] texts)
        {
            int successes = texts.Sum(t => t.Successes), trials = texts.Sum(t => t.Trials);
            if (texts.Count(t => t.Trials > 0) < 2 || successes == 0 || successes == trials)
            {
                return "\t";
            }

            (double low, double high) = Proportion.ClusterBootstrapInterval(texts);
            return string.Create(CultureInfo.InvariantCulture, $"{low:F3}\t{high:F3}");
        }

        static string Cells(Proportion p)
        {
            (double low, double high) = p.Interval();
            return string.Create(CultureInfo.InvariantCulture, $"{p.Trials}\t{p.Successes}\t{(p.Trials == 0 ? "" : p.Value.ToString("F3", CultureInfo.InvariantCulture))}\t{low:F3}\t{high:F3}");
        }
    }

    private static string Name(MentionKind kind) => kind.ToString().ToLowerInvariant();
}
