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

        using Process process = Process.Start(start)!;
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
}
