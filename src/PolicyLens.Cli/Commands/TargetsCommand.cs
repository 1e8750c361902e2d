using System.CommandLine;
using System.Text;
using PolicyLens.Export;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens targets PATH [--indicator CODE] [--kind target|actual|estimate|other] [--format csv|jsonl] [--indicators FILE]</c>:
/// one row per numeric statement about an indicator, in the documents at PATH. <c>doc</c> is the document's id (the file's
/// path relative to the folder, without its extension; <c>#n</c> marks the n-th article of a page); <c>start</c> and <c>end</c>
/// are the sentence's offsets in the source file; unreadable files are reported on standard error and skipped.
/// </summary>
internal static class TargetsCommand
{
    internal static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A file, a folder (read recursively, with metadata.csv/index.tsv sidecars), a .jsonl or a .csv corpus; the year comes from the metadata or the file name (2019.txt, 20_2022.txt)." };
        var indicator = new Option<string[]>("--indicator", "-i") { Description = "Only these indicator codes (gdp_growth, cpi, urban_new_jobs, other…); may be repeated." };
        var kind = new Option<TargetKind[]>("--kind", "-k") { Description = "Only these kinds: target, actual, estimate, other; may be repeated." };
        var format = new Option<TableFormat>("--format", "-f") { Description = "csv (with a header) or jsonl.", DefaultValueFactory = _ => TableFormat.Csv };
        var extra = new Option<string?>("--indicators") { Description = "A JSON file of extra indicators ([{code, subjects, verbs, units}]) added to the built-in ones." };
        var command = new Command("targets", "Extract numeric targets and results (indicator, comparator, value, unit, kind, horizon) from reports.")
        {
            path, indicator, kind, format, extra,
        };
        command.SetAction(result =>
        {
            IndicatorVocabulary vocabulary = IndicatorVocabulary.Default;
            if (result.GetValue(extra) is { } extraPath)
            {
                vocabulary = vocabulary.With(CommandLine.OptionFile("--indicators", extraPath, () => IndicatorVocabulary.Load(extraPath)));
            }

            var extractor = new TargetExtractor(new TargetExtractorOptions { Vocabulary = vocabulary });
            HashSet<string> indicators = [.. result.GetValue(indicator) ?? []];
            HashSet<TargetKind> kinds = [.. result.GetValue(kind) ?? []];
            return Run(result.GetValue(path)!, extractor, indicators, kinds, result.GetValue(format), CommandLine.Corpus(result, "targets"));
        });
        return command;
    }

    private static int Run(string path, TargetExtractor extractor, HashSet<string> indicators, HashSet<TargetKind> kinds, TableFormat format, CorpusOptions corpus)
    {
        using Stream stdout = Console.OpenStandardOutput();
        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
        if (format == TableFormat.Csv)
        {
            TargetTableWriter.WriteCsvHeader(text);
        }

        var reader = new CorpusReader(corpus);
        foreach (Document document in reader.Read(path))
        {
            foreach (TargetRecord record in extractor.Extract(document))
            {
                if ((indicators.Count > 0 && !indicators.Contains(record.Indicator)) || (kinds.Count > 0 && !kinds.Contains(record.Kind)))
                {
                    continue;
                }

                if (format == TableFormat.Csv)
                {
                    TargetTableWriter.WriteCsv(text, record);
                }
                else
                {
                    text.Flush();
                    TargetTableWriter.WriteJsonLine(stdout, record);
                }
            }
        }

        text.Flush();
        if (reader.Summary.Skipped.Count > 0)
        {
            Console.Error.WriteLine($"policylens targets: {reader.Summary}");
            return 1;
        }

        return 0;
    }

    private enum TableFormat
    {
        Csv,
        Jsonl,
    }
}
