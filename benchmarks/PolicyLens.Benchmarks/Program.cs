// Benchmarks: `dotnet run -c Release -- --filter '*'` runs BenchmarkDotNet; `-- --quick` prints rough timings.
using BenchmarkDotNet.Running;
using PolicyLens.Benchmarks;

if (args is ["--quick"])
{
    QuickRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args);
