using System.Globalization;
using PolicyLens.Pipeline;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Shows an analysis's progress on standard error: one line redrawn in place on a terminal, plain log lines (at most
/// one every two seconds) when standard error is redirected.
/// </summary>
internal sealed class ProgressDisplay : IProgress<AnalyzeProgress>
{
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private TimeSpan? _lastLog;

    public void Report(AnalyzeProgress value)
    {
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{value.Documents} documents, {value.Characters:N0} characters, {value.Elapsed.TotalSeconds:F1} s, {value.CharactersPerSecond:N0} characters/s");
        if (_terminal)
        {
            Console.Error.Write($"\r{line}   ");
        }
        else if (_lastLog is null || value.Elapsed - _lastLog >= TimeSpan.FromSeconds(2))
        {
            _lastLog = value.Elapsed;
            Console.Error.WriteLine(line);
        }
    }
}
