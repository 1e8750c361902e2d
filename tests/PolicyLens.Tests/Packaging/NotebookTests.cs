using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyLens.Tests.Packaging;

/// <summary>
/// Every notebook in <c>notebooks/</c> runs headless, as a reader would run it, against the package in the local feed:
/// <c>dotnet-repl</c> (pinned in <c>.config/dotnet-tools.json</c>) executes it and exits non-zero when a cell fails. The
/// executed notebooks go to <c>artifacts/notebooks/</c>; with <c>POLICYLENS_SAVE_NOTEBOOKS=1</c> they are also written
/// back into <c>notebooks/</c>, outputs included, without the run's timings and progress messages.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class NotebookTests(PackageFeed feed)
{
    private static readonly string NotebookFolder = Path.Combine(SharedData.RepositoryRoot, "notebooks");
    private static readonly string OutputFolder = Path.Combine(SharedData.RepositoryRoot, "artifacts", "notebooks");

    [Theory]
    [InlineData("01-quickstart", false)]
    [InlineData("02-trends-across-sessions", true)]
    [InlineData("03-your-own-lexicon", false)]
    [InlineData("04-themes", true)]
    [InlineData("05-measure-it-yourself", false)]
    public void The_notebook_runs_from_the_package_without_a_failing_cell(string name, bool needsSharedCorpus)
    {
        if (needsSharedCorpus)
        {
            SharedData.Require(Path.Combine("corpus", "gwr"));
        }

        string source = Path.Combine(NotebookFolder, name + ".ipynb");
        string executed = Path.Combine(OutputFolder, name + ".ipynb");
        Directory.CreateDirectory(OutputFolder);
        File.Delete(executed);
        // The kernel caches each set of #r "nuget:" lines' resolved assembly paths under the home folder
        // (~/.packagemanagement/nuget/Cache), keyed by the lines and not by the feed: "PolicyLens, 0.1.0" resolved once
        // by any checkout would load that checkout's old package here. A fresh home folder for each notebook makes the
        // kernel restore from this feed; it is outside the repository, whose Directory.*.props would otherwise apply to
        // the project the kernel restores in it.
        string kernelHome = Directory.CreateTempSubdirectory("policylens-kernel-home-").FullName;
        var environment = new Dictionary<string, string>(feed.Environment) { ["POLICYLENS_SHARED"] = SharedData.Root, ["HOME"] = kernelHome };

        ProcessRunner.Run("dotnet", ["tool", "restore"], SharedData.RepositoryRoot, TimeSpan.FromMinutes(3), environment)
            .EnsureSuccess("dotnet tool restore");
        ProcessRunner.Result run = ProcessRunner.Run(
            "dotnet", ["tool", "run", "dotnet-repl", "--", "--run", source, "--exit-after-run", "--output-path", executed],
            NotebookFolder, TimeSpan.FromMinutes(5), environment);

        Directory.Delete(kernelHome, recursive: true);
        JsonNode notebook = JsonNode.Parse(File.Exists(executed) ? File.ReadAllText(executed) : "{}")!;
        string[] errors = [.. Outputs(notebook).Where(o => (string?)o["output_type"] == "error").Select(o => $"{o["ename"]}: {o["evalue"]}")];
        Assert.True(run.ExitCode == 0 && errors.Length == 0,
            $"{name}.ipynb failed (dotnet-repl exit code {run.ExitCode}):\n{string.Join('\n', errors)}\n{(errors.Length == 0 ? run.Output : "")}");

        // Results are shown, and PolicyLens rows as the package's HTML tables.
        string html = string.Concat(Outputs(notebook).Select(o => o["data"]?["text/html"]?.ToJsonString() ?? ""));
        Assert.Contains("class=\\u0022policylens\\u0022", html, StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("POLICYLENS_SAVE_NOTEBOOKS") == "1")
        {
            File.WriteAllText(source, Tidy(notebook));
        }
    }

    private static IEnumerable<JsonNode> Outputs(JsonNode notebook) =>
        notebook["cells"]?.AsArray().SelectMany(cell => cell!["outputs"]?.AsArray() ?? []).OfType<JsonNode>() ?? [];

    /// <summary>The executed notebook as it is committed: no run timings, no package-restore progress, no local paths.</summary>
    private static string Tidy(JsonNode notebook)
    {
        foreach (JsonNode cell in notebook["cells"]!.AsArray().OfType<JsonNode>())
        {
            if (cell["metadata"] is JsonObject metadata)
            {
                foreach (string key in metadata.Select(p => p.Key).Where(k => k.StartsWith("dotnet_repl_", StringComparison.Ordinal)).ToList())
                {
                    metadata.Remove(key);
                }
            }

            if (cell["outputs"] is JsonArray outputs)
            {
                foreach (JsonNode? output in outputs.ToList())
                {
                    string text = output?["data"]?.ToJsonString() ?? "";
                    if (text.Contains("Installing Packages", StringComparison.Ordinal) || text.Contains("Loading extension", StringComparison.Ordinal)
                        || text.Contains("Restore sources", StringComparison.Ordinal))
                    {
                        outputs.Remove(output);
                    }
                }
            }
        }

        return notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
