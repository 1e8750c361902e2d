using System.Diagnostics;
using System.Text;

namespace PolicyLens.Tests.Cli;

/// <summary>Runs the built <c>policylens</c> command (PolicyLens.Cli.dll beside the tests) as a separate process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(params string[] arguments) => Run(arguments, standardInput: null);

    public static Result Run(string[] arguments, byte[]? standardInput)
    {
        using Process process = Process.Start(StartInfo(arguments))!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"policylens {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the command without waiting, for tests that signal or kill it; <see cref="Running.Finish"/> collects its result.</summary>
    public static Running Start(params string[] arguments)
    {
        Process process = Process.Start(StartInfo(arguments))!;
        process.StandardInput.Close();
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>A command started by <see cref="Start"/>.</summary>
    public sealed record Running(Process Process, Task<string> StandardOutput, Task<string> StandardError) : IDisposable
    {
        /// <summary>Waits (at most 2 minutes) for the command to end and returns what it did.</summary>
        public Result Finish()
        {
            if (!Process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                Process.Kill(entireProcessTree: true);
                Assert.Fail("policylens did not finish in 2 minutes.");
            }

            return new Result(Process.ExitCode, StandardOutput.Result, StandardError.Result);
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyLens.Cli.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
