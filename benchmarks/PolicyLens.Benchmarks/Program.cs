// Benchmarks: `dotnet run -c Release -- --filter '*'` runs BenchmarkDotNet; `-- --quick` prints rough timings;
// `-- --jiebanet-lines FILE` is jieba.NET's side of the whole-process comparison (cli-throughput.sh).
using BenchmarkDotNet.Running;
using PolicyLens.Benchmarks;

if (args is ["--quick"])
{
    QuickRun.Run();
    return;
}

if (args is ["--jiebanet-lines", var path])
{
    JiebaNetLines.Run(path);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args);
