using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyLens.Tests.Export.Report;

/// <summary>
/// The report of the real reports opened in a real browser: headless Chromium (Debian's <c>chromium</c>) loads the file
/// offline, the DOM it builds holds the charts and the tables, and a screenshot is written for people to look at. Skipped
/// when Chromium is not installed, except in CI, where <c>.ci/run</c> installs it and its absence is a failure.
/// </summary>
[Collection(GwrReportCollection.Name)]
public sealed class ReportInBrowserTests(GwrReport report, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void Chromium_builds_a_dom_with_every_chart_and_table()
    {
        string chromium = RequireChromium();
        _ = report.Html;
        string dom = RunChromium(chromium, "--dump-dom", new Uri(report.ReportPath).AbsoluteUri);

        foreach (string id in new[] { "first-appearances", "target-gdp_growth", "theme-shares", "attention-entropy" })
        {
            Assert.Matches($"<svg id=\"{id}\" class=\"chart ", dom);
        }

        Assert.Equal(12, Regex.Matches(dom, "<svg class=\"chart trend-panel rising\"").Count);
        Assert.Matches("<table id=\"top-items\" class=\"sortable items\">", dom);
        Assert.True(Regex.Matches(dom, "<table class=\"sortable items group-items\"").Count >= 50, "a table per group");

        // Chinese labels came through as text, not as escapes or replacement characters.
        Assert.Contains(">国内生产总值增长 (gdp_growth, %)", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_renders_a_screenshot_for_people_to_look_at()
    {
        string chromium = RequireChromium();
        _ = report.Html;
        string folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-screenshot")).FullName;
        string png = Path.Combine(folder, "gwr-report.png");
        File.Delete(png);
        RunChromium(chromium, "--hide-scrollbars", $"--screenshot={png}", "--window-size=1400,3000", new Uri(report.ReportPath).AbsoluteUri);

        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG file");
        Assert.Equal(1400, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(3000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.True(bytes.Length > 100_000, $"{bytes.Length} bytes: the page looks empty");
        output.WriteLine($"Screenshot of the gwr report: {png}");
        TestContext.Current.SendDiagnosticMessage($"Screenshot of the gwr report: {png}");
    }

    [Fact]
    public void A_click_on_a_numeric_heading_sorts_the_table_by_it_largest_first()
    {
        string chromium = RequireChromium();

        // A copy of the report that clicks the heading "组数 groups" of the table over all groups once it has loaded.
        const string click = "<script>document.querySelectorAll('#top-items th')[3].click();</script></body>";
        string copy = Path.Combine(report.Scratch("sorted"), "report.html");
        File.WriteAllText(copy, report.Html.Replace("</body>", click, StringComparison.Ordinal));
        string dom = RunChromium(chromium, "--dump-dom", new Uri(copy).AbsoluteUri);

        string table = Regex.Match(dom, "<table id=\"top-items\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("aria-sort=\"descending\"", table, StringComparison.Ordinal);
        long[] groups = [.. Regex.Matches(table, "<tr>(?:<td[^>]*>.*?</td>){3}<td class=\"num\" data-v=\"([0-9]+)\"").Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(50, groups.Length);
        Assert.Equal(groups.OrderDescending(), groups);
        Assert.NotEqual(groups, Regex.Matches(report.Html, "<table id=\"top-items\".*?</table>", RegexOptions.Singleline)
            .Select(m => m.Value).SelectMany(t => Regex.Matches(t, "<tr>(?:<td[^>]*>.*?</td>){3}<td class=\"num\" data-v=\"([0-9]+)\"")).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The Chromium executable; skips (or in CI fails) the test when there is none.</summary>
    private static string RequireChromium()
    {
        foreach (string name in new[] { "chromium", "chromium-browser" })
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        const string message = "This test opens the report in headless Chromium, which is not installed (apt-get install chromium fonts-noto-cjk).";
        if (SharedData.IsCI)
        {
            Assert.Fail(message + " CI=true, and .ci/run installs it, so this is a failure, not a skip.");
        }

        Assert.Skip(message);
        return "";
    }

    /// <summary>Runs Chromium headless on a fresh profile, offline, and returns what it printed.</summary>
    private static string RunChromium(string chromium, params string[] arguments)
    {
        string profile = Directory.CreateTempSubdirectory("policylens-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", $"--user-data-dir={profile}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium {string.Join(' ', arguments)} did not finish in {Timeout.TotalSeconds} s.");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
