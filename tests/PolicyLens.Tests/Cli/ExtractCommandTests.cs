using System.Text.Json;

namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens extract</c> and <c>policylens discover</c> end to end.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_has_the_documented_columns_and_the_year_from_the_file_name()
    {
        string path = Write("2019.txt", "进一步稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，提振市场信心。");
        CliRunner.Result result = CliRunner.Run("extract", path);
        Assert.Equal(0, result.ExitCode);
        // The CSV of every PolicyLens table: RFC 4180 with CRLF line ends, as analyze writes it.
        string[] lines = result.StandardOutput.Split("\r\n");
        Assert.Equal("doc,year,kind,canonical,surface,theme,start,end,context,subtype,nested,label,confidence", lines[0]);
        string row = "2019,2019,lexicon,六稳,稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期,economy,3,26,进一步稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，提振市场信心。,members,false,,";
        Assert.StartsWith(row, lines[1], StringComparison.Ordinal);
        double confidence = double.Parse(lines[1][row.Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(confidence, 0.5, 1);
    }

    [Fact]
    public void Nothing_found_is_a_table_with_its_header_and_no_row()
    {
        string path = Write("2019.txt", "今天天气很好。");
        CliRunner.Result result = CliRunner.Run("extract", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("doc,year,kind,canonical,surface,theme,start,end,context,subtype,nested,label,confidence\r\n", result.StandardOutput);
    }

    [Fact]
    public void A_mention_whose_words_a_spreadsheet_would_run_is_neutralised()
    {
        string path = Write("2019.txt", "会议强调，要坚持“-两个确保-”的要求。");
        CliRunner.Result result = CliRunner.Run("extract", path, "--kind", "quoted");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(",quoted,'-两个确保-,'-两个确保-,", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_kind_filter_and_folders_work_together()
    {
        Write("20_2022.txt", "全面做好“六稳”工作，深入实施创新引领开放崛起战略。");
        Write("notes.md", "不是语料：“六稳”");
        CliRunner.Result result = CliRunner.Run("extract", _folder, "--kind", "policy", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument row = JsonDocument.Parse(Assert.Single(result.StandardOutput.TrimEnd('\n').Split('\n')));
        Assert.Equal("policy", row.RootElement.GetProperty("kind").GetString());
        Assert.Equal("创新引领开放崛起战略", row.RootElement.GetProperty("canonical").GetString());
        Assert.Equal(2022, row.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("20_2022", row.RootElement.GetProperty("doc").GetString());
    }

    [Fact]
    public void The_seed_with_the_sample_user_lexicon_reports_the_local_formulas_as_lexicon()
    {
        string samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        CliRunner.Result result = CliRunner.Run("extract", Path.Combine(samples, "hengyang-2020-01-10.txt"), "--lexicon", Path.Combine(samples, "hengyang.lexicon.tsv"), "--kind", "lexicon");
        Assert.Equal(0, result.ExitCode);
        // The Text stage splits the page into its articles; the plan is named in the third (the work report item).
        Assert.Contains("hengyang-2020-01-10#3,2020,lexicon,“3311”工程计划,", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(",lexicon,两个维护,两个维护,party,", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_quoted_label_is_reported_again_unless_no_repeats()
    {
        // 北京 2026: the report introduces “数智北京” in quotation marks and later names the centre after it without them.
        string path = Write("beijing_2026.txt", "加快建设“数智北京”，组建北京数据集团，数智北京创新中心投入运行。");
        CliRunner.Result all = CliRunner.Run("extract", path, "--kind", "quoted", "--format", "jsonl");
        Assert.Equal(0, all.ExitCode);
        JsonElement[] rows = [.. all.StandardOutput.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal(["数智北京", "数智北京"], rows.Select(r => r.GetProperty("canonical").GetString()));
        Assert.Equal(["", "repeat"], rows.Select(r => r.GetProperty("subtype").GetString()));
        Assert.Equal(20, rows[1].GetProperty("start").GetInt32());

        CliRunner.Result introduced = CliRunner.Run("extract", path, "--kind", "quoted", "--format", "jsonl", "--no-repeats");
        Assert.Equal(0, introduced.ExitCode);
        using JsonDocument only = JsonDocument.Parse(Assert.Single(introduced.StandardOutput.TrimEnd('\n').Split('\n')));
        Assert.Equal(5, only.RootElement.GetProperty("start").GetInt32());
    }

    [Fact]
    public void A_bad_lexicon_or_kind_is_named_and_exits_2()
    {
        string text = Write("a.txt", "六稳");
        string lexicon = Write("bad.tsv", "ok\n\tno canonical\n");
        CliRunner.Result result = CliRunner.Run("extract", text, "--lexicon", lexicon);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{lexicon}:2:", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("extract", text, "--kind", "slogan").ExitCode);
    }

    [Fact]
    public void A_missing_path_is_named_and_exits_1()
    {
        string missing = Path.Combine(_folder, "missing.txt");
        CliRunner.Result result = CliRunner.Run("extract", missing);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_lists_candidates_as_a_table_or_as_lexicon_lines()
    {
        // A formula the built-in lexicon does not know (大众创业、万众创新, the example before, it now knows).
        Write("2015.txt", "推进奔跑衡阳、一马当先。奔跑衡阳、一马当先是动力。");
        Write("2016.txt", "深入推进奔跑衡阳、一马当先，奔跑衡阳、一马当先蓬勃发展。");
        CliRunner.Result table = CliRunner.Run("discover", _folder, "--top", "3", "--min-frequency", "2");
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("rank\tcandidate\tscore\tfrequency\tdocuments", table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\t奔跑衡阳、一马当先\t", table.StandardOutput, StringComparison.Ordinal);

        CliRunner.Result lines = CliRunner.Run("discover", _folder, "--top", "1", "--min-frequency", "2", "--as-lexicon");
        string path = Write("candidates.tsv", lines.StandardOutput);
        Assert.Contains("奔跑衡阳、一马当先", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("extract", Write("x.txt", "奔跑衡阳、一马当先"), "--lexicon", path).ExitCode);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
