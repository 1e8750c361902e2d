// The `analyze` and `merge` commands: the main job and the merge of its shards, interruptible, published as one transaction.
using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using PolicyLens.Analysis;
using PolicyLens.Export;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Pipeline;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens analyze [PATH] [--out DIR] [--group-by year|session|doc|level|region|all] [--formats csv,json,jsonl,parquet] [--shard I/N] [--report] [--timings]</c>
/// and <c>policylens merge DIR... --out DIR</c>: the main job, over <see cref="AnalyzeJob"/> and <see cref="MergeJob"/>.
/// </summary>
internal static class AnalyzeCommand
{
    internal static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "The corpus: a folder (recursive .txt/.md, with metadata.csv or index.tsv sidecars), a file, a .jsonl or a .csv. Default: the sample shipped in the repository (samples/).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = OutputOption();
        var groupBy = TableOutput.GroupByOption();
        var formats = FormatsOption();
        var shard = new Option<string?>("--shard") { Description = "I/N: analyse every N-th document starting at the I-th (0-based, 0 <= I < N <= 10000), for a later 'policylens merge'." };
        shard.Validators.Add(r =>
        {
            if (!TryParseShard(r.GetValueOrDefault<string?>(), out _, out _))
            {
                r.AddError($"--shard must be I/N with 0 <= I < N <= 10000, e.g. 0/4; got '{r.GetValueOrDefault<string?>()}'.");
            }
        });
        var lexicon = CommandLine.LexiconOption("A user lexicon (TSV or JSON, see README) added to the built-in one; may be repeated.");
        var report = new Option<bool>("--report") { Description = "Also write the HTML report (report.html in the output folder), as 'policylens report' does, with contexts from the corpus." };
        var timings = new Option<bool>("--timings") { Description = "Also print the time spent in each stage (reading, targets, mentions, themes, rows, statistics) on standard error." };
        var noSentences = new Option<bool>("--no-sentences") { Description = "Write the sentences table empty (the theme shares are the same): for a corpus whose per-sentence view is not needed." };
        var sentenceText = new Option<bool>("--sentence-text") { Description = "Add each sentence's text to the sentences table, as its last column (theme_sentences holds the text of each theme's surest sentences either way)." };
        var minimumConfidence = CommandLine.MinimumConfidenceOption(
            "Leave out formulas, policies and titled documents whose confidence (the mentions table's column) is below this, 0 to 1, from every table (none left out by default; README, Mention confidence).");
        var threads = CommandLine.Ranged(
            new Option<int>("--threads") { DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, 1024) },
            "Documents analysed at once (default: all cores). The output does not depend on it", 1, 1024);

        var command = new Command("analyze", "Count every formula, named policy and target across the groups of a corpus; write frequencies, trends, keyness, targets and co-occurrence.")
        {
            path, output, groupBy, formats, shard, lexicon, threads, report, timings, noSentences, sentenceText, minimumConfidence,
        };
        command.SetAction(result =>
        {
            string? input = result.GetValue(path) ?? FindSample();
            if (input is null)
            {
                Console.Error.WriteLine("policylens analyze: no PATH given and no samples/ folder found here or above the program; name a corpus.");
                return 2;
            }

            if (!TryParseShard(result.GetValue(shard), out int shardIndex, out int shardCount))
            {
                Console.Error.WriteLine($"policylens analyze: --shard must be I/N with 0 <= I < N, e.g. 0/4; got '{result.GetValue(shard)}'.");
                return 2;
            }

            if (!TryParseFormats(result.GetValue(formats)!, out ExportFormat exportFormats))
            {
                Console.Error.WriteLine("policylens analyze: --formats takes csv, json, jsonl and parquet, separated by commas.");
                return 2;
            }

            Lexicon? lex = CommandLine.UserLexicon(result, lexicon);
            var options = new AnalyzeOptions
            {
                // Without a user lexicon or a threshold, the built-in source: one extractor built, not a second one like it.
                MentionSources = lex is null && result.GetValue(minimumConfidence) is null
                    ? [SloganMentionSource.Default]
                    : [new SloganMentionSource(new SloganExtractor(lex ?? Lexicon.Default, SloganExtractorOptions.Default with
                    {
                        MinimumConfidence = CommandLine.MinimumConfidence(result, minimumConfidence),
                    }))],
                OutputDirectory = result.GetValue(output)!,
                GroupBy = result.GetValue(groupBy),
                Formats = exportFormats,
                Shard = shardIndex,
                ShardCount = shardCount,
                MaxDegreeOfParallelism = result.GetValue(threads),
                SentenceTable = !result.GetValue(noSentences),
                SentenceText = result.GetValue(sentenceText),
                Corpus = CommandLine.Corpus(result, "analyze"),
            };
            bool withReport = result.GetValue(report);
            if (withReport && !exportFormats.HasFlag(ExportFormat.Parquet) && !exportFormats.HasFlag(ExportFormat.Csv))
            {
                Console.Error.WriteLine("policylens analyze: --report reads the tables back, so --formats must include parquet or csv.");
                return 2;
            }

            // The report is written only when the analysis succeeded: after a failure the folder holds an earlier run's tables.
            return Run(
                cancel => AnalyzeJob.Run(input, options with { Progress = new ProgressDisplay(), Corpus = options.Corpus with { OnSkipped = s => Console.Error.WriteLine($"skipped {s}") }, Cancellation = cancel }),
                input,
                withReport ? () => ReportCommand.Write(options.OutputDirectory, ReportCommand.AfterAnalysis(input, options.Corpus)) : null,
                result.GetValue(timings));
        });
        return command;
    }

    internal static Command CreateMerge()
    {
        var shards = new Argument<string[]>("shards") { Description = "Output folders of 'analyze --shard I/N' runs.", Arity = ArgumentArity.OneOrMore };
        var output = OutputOption();
        var formats = FormatsOption();
        var command = new Command("merge", "Combine shard outputs into exactly the tables of a single run.") { shards, output, formats };
        command.SetAction(result =>
        {
            if (!TryParseFormats(result.GetValue(formats)!, out ExportFormat exportFormats))
            {
                Console.Error.WriteLine("policylens merge: --formats takes csv, json, jsonl and parquet, separated by commas.");
                return 2;
            }

            var options = new AnalyzeOptions { OutputDirectory = result.GetValue(output)!, Formats = exportFormats };
            return Run(cancel => MergeJob.Run(result.GetValue(shards)!, options with { Cancellation = cancel }), string.Join(' ', result.GetValue(shards)!));
        });
        return command;
    }

    private static Option<string> OutputOption() => new("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "policylens-out" };

    private static Option<string> FormatsOption()
    {
        var option = new Option<string>("--formats") { Description = "Any of csv,json,jsonl,parquet.", DefaultValueFactory = _ => "csv,json,parquet" };
        option.Validators.Add(r =>
        {
            if (!TryParseFormats(r.GetValueOrDefault<string>() ?? string.Empty, out _))
            {
                r.AddError("--formats takes csv, json, jsonl and parquet, separated by commas.");
            }
        });
        return option;
    }

    /// <summary>
    /// Runs a job that publishes an output folder. Ctrl-C (SIGINT) and SIGTERM cancel it between documents: the staging
    /// folder is removed, one line says so, and the exit code is 130 or 143 as a shell expects of a process the signal ended.
    /// </summary>
    private static int Run(Func<CancellationToken, AnalyzeSummary> job, string input, Func<int>? then = null, bool timings = false)
    {
        AnalyzeSummary summary;
        using var gcLog = GcLog.StartIfAsked();
        using var cancel = new CancellationTokenSource();
        int signalled = 0;
        void Stop(PosixSignalContext context, int exitCode)
        {
            context.Cancel = true;
            Interlocked.CompareExchange(ref signalled, exitCode, 0);
            cancel.Cancel();
        }

        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, 130)))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, 143)))
        {
            try
            {
                summary = job(cancel.Token);
            }
            catch (OperationCanceledException) when (signalled != 0)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine($"policylens: interrupted by {(signalled == 130 ? "SIGINT" : "SIGTERM")}; the unfinished run was removed and earlier output, if any, is as it was.");
                return signalled;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine($"policylens: {e.Message}");
                Console.Error.WriteLine("Nothing was written: earlier outputs, if any, are as they were.");
                return 1;
            }
        }

        Console.Error.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{input}: {summary.Documents} documents analysed ({summary.DocumentsRead} read, {summary.Skipped.Count} sources skipped), " +
            $"{summary.Characters:N0} characters, {summary.Mentions} mentions, {summary.Targets} target statements, " +
            $"{summary.Elapsed.TotalSeconds:F2} s ({summary.CharactersPerSecond:N0} characters/s)."));
        foreach (var skipped in summary.Skipped)
        {
            Console.WriteLine($"  skipped {skipped}");
        }

        Console.WriteLine($"Wrote {summary.Files.Count} files to {Path.GetDirectoryName(summary.Files[^1])} (listed with their hashes in {RunManifest.FileName}).");
        if (timings)
        {
            WriteTimings(summary);
        }

        int status = summary.Skipped.Count > 0 ? 1 : 0;
        return then is null ? status : Math.Max(status, then());
    }

    private static void WriteTimings(AnalyzeSummary summary)
    {
        AnalyzeStageTimes t = summary.Stages;
        double megabytes = summary.Characters * 3 / 1e6; // the corpora are Chinese: about three bytes of UTF-8 a character
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time per stage (summed over threads; MB/s at about 3 bytes a character, {megabytes:F1} MB):"));
        foreach ((string stage, TimeSpan time, bool perDocument) in new[]
                 {
                     ("reading", t.Reading, true), ("targets", t.Targets, true), ("mentions", t.Mentions, true),
                     ("theme classifier loading", t.ThemeClassifierLoading, false), ("waiting for the classifier", t.WaitingForThemeClassifier, false),
                     ("themes", t.Themes, true), ("rows", t.Rows, true), ("statistics and publishing", t.Statistics, false),
                 })
        {
            string rate = perDocument && time.TotalMilliseconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{megabytes / time.TotalSeconds,9:F1} MB/s") : "";
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28}{time.TotalSeconds,8:F3} s{rate}"));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"wall (the job)",-28}{summary.Elapsed.TotalSeconds,8:F3} s"));

        // What start-up costs: the methods the JIT compiled (not found precompiled in a ReadyToRun image, or tiered up
        // as hot), the time it took on every thread, and the assemblies loaded (issue 14: nothing the command does not use).
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"JIT (whole process)",-28}{System.Runtime.JitInfo.GetCompilationTime().TotalSeconds,8:F3} s, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods; {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies loaded"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"GC (whole process)",-28}{GC.GetTotalPauseDuration().TotalSeconds,8:F3} s paused, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated"));

        // The resident size at its highest and how hard the GC keeps the heap compact (System.GC.ConserveMemory, set in
        // the CLI's runtimeconfig: issue 14 asks for memory that stays flat on a large corpus).
        string conserve = Environment.GetEnvironmentVariable("DOTNET_GCConserveMemory") ?? AppContext.GetData("System.GC.ConserveMemory")?.ToString() ?? "0";
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"memory (whole process)",-28}{process.PeakWorkingSet64 / 1e6,8:F0} MB peak resident, {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F0} MB heap after the last GC; GC conserving memory at {conserve} of 9"));
    }

    private static string? FindSample()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string samples = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(samples) && File.Exists(Path.Combine(dir.FullName, "PolicyLens.sln")))
                {
                    // Relative when possible, so that the sources recorded in the tables do not name this machine's folders.
                    string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), samples);
                    return relative.StartsWith("..", StringComparison.Ordinal) ? samples : relative;
                }
            }
        }

        return null;
    }

    internal static bool TryParseShard(string? text, out int index, out int count)
    {
        index = 0;
        count = 1;
        if (text is null)
        {
            return true;
        }

        string[] parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out index) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out count)
               && count >= 1 && count <= 10_000 && index >= 0 && index < count;
    }

    internal static bool TryParseFormats(string text, out ExportFormat formats)
    {
        formats = ExportFormat.None;
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "CSV" => ExportFormat.Csv,
                "JSON" => ExportFormat.Json,
                "JSONL" => ExportFormat.JsonLines,
                "PARQUET" => ExportFormat.Parquet,
                _ => (ExportFormat)(-1),
            };
        }

        return formats > ExportFormat.None && formats <= (ExportFormat.Csv | ExportFormat.Json | ExportFormat.Parquet | ExportFormat.JsonLines);
    }
}
