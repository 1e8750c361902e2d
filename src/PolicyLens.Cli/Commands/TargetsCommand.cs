// The `targets` command: analyze's targets table for a corpus, printed as CSV or JSON Lines.
using System.CommandLine;
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
        var format = TableOutput.FormatOption();
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

    private static int Run(string path, TargetExtractor extractor, HashSet<string> indicators, HashSet<TargetKind> kinds, ExportFormat format, CorpusOptions corpus)
    {
        // The reader checks the path before any row is written: a missing corpus is one line and exit 1, no table.
        var reader = new CorpusReader(corpus);
        IEnumerable<TargetRecord> records = reader.Read(path).SelectMany(d => extractor.Extract(d));
        TableOutput.Write(AnalysisTables.Targets, format,
            records.Where(r => (indicators.Count == 0 || indicators.Contains(r.Indicator)) && (kinds.Count == 0 || kinds.Contains(r.Kind))));

        if (reader.Summary.Skipped.Count > 0)
        {
            Console.Error.WriteLine($"policylens targets: {reader.Summary}");
            return 1;
        }

        return 0;
    }
}
