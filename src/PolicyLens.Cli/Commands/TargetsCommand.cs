using System.CommandLine;
using System.Text;
using PolicyLens.Export;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens targets PATH [--indicator CODE] [--kind target|actual|estimate|other] [--format csv|jsonl] [--indicators FILE]</c>:
/// one row per numeric statement about an indicator, in the documents at PATH (a file or a folder of .txt files).
/// </summary>
internal static class TargetsCommand
{
    internal static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .txt file, or a folder of them; the year is taken from each file name (2019.txt, 20_2022.txt)." };
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
                try
                {
                    vocabulary = vocabulary.With(IndicatorVocabulary.Load(extraPath));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
                {
                    Console.Error.WriteLine($"policylens targets: {e.Message}");
                    return 2;
                }
            }

            var extractor = new TargetExtractor(new TargetExtractorOptions { Vocabulary = vocabulary });
            HashSet<string> indicators = [.. result.GetValue(indicator) ?? []];
            HashSet<TargetKind> kinds = [.. result.GetValue(kind) ?? []];
            return Run(result.GetValue(path)!, extractor, indicators, kinds, result.GetValue(format));
        });
        return command;
    }

    private static int Run(string path, TargetExtractor extractor, HashSet<string> indicators, HashSet<TargetKind> kinds, TableFormat format)
    {
        using Stream stdout = Console.OpenStandardOutput();
        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
        if (format == TableFormat.Csv)
        {
            TargetTableWriter.WriteCsvHeader(text);
        }

        try
        {
            foreach ((string id, int? year, string content) in CorpusFiles.Read(path))
            {
                foreach (TargetRecord record in extractor.Extract(content, id, year))
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
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            text.Flush();
            Console.Error.WriteLine($"policylens targets: {e.Message}");
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
