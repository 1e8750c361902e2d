// Benchmarks: `dotnet run -c Release -- --filter '*'` runs BenchmarkDotNet; `-- --quick` prints rough timings; `-- --stages`
// times each stage of analyze with a Stopwatch (for profiling); `-- --sentence-table` times the sentences table (issue 15),
// `-- --sentence-table-loop csv,json,parquet 50 [null]` writes it in a loop for a profiler;
// `-- --parquet-footer [REPEATS]` prints what a long Parquet table keeps alive while it is written (issue 14's flat memory);
// `-- --lexicon-segmenter [ROUNDS] [image|words]` times the built-in lexicon's segmenter, cold then warm;
// `-- --jiebanet-lines FILE` is jieba.NET's side of the whole-process comparison (cli-throughput.sh).
using BenchmarkDotNet.Running;
using PolicyLens.Benchmarks;

if (args is ["--quick"])
{
    QuickRun.Run();
    return;
}

if (args is ["--stages", ..])
{
    StageProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
    return;
}

if (args is ["--sentence-table", ..])
{
    string shared = Path.GetDirectoryName(BenchmarkCorpus.GwrFolder)!;
    SentenceTableProbe.Run(args.Length > 1 && args[1].Length > 0 ? args[1].Split(',') : [Path.Combine(shared, "gwr"), Path.Combine(shared, "cpc-congress")],
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["--sentence-table-loop", var formatList, var roundCount, ..])
{
    string shared = Path.GetDirectoryName(BenchmarkCorpus.GwrFolder)!;
    SentenceTableProbe.Loop([Path.Combine(shared, "gwr"), Path.Combine(shared, "cpc-congress")],
        [.. formatList.Split(',').Select(f => Enum.Parse<PolicyLens.Export.ExportFormat>(f, ignoreCase: true))],
        int.Parse(roundCount, System.Globalization.CultureInfo.InvariantCulture), args is [.., "null"]);
    return;
}

if (args is ["--parquet-footer", ..])
{
    string shared = Path.GetDirectoryName(BenchmarkCorpus.GwrFolder)!;
    ParquetFooterProbe.Run([Path.Combine(shared, "gwr"), Path.Combine(shared, "cpc-congress")],
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 230);
    return;
}

if (args is ["--lexicon-segmenter", ..])
{
    LexiconSegmenterProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args is not [_, _, "words"]);
    return;
}

if (args is ["--jiebanet-lines", var path])
{
    JiebaNetLines.Run(path);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args);
