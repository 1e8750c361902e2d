// The header shapes issue 11 lists, each put on the body of a real report (河南 2026), read into metadata.
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Title, date, session, speaker, level and region from the header shapes official reports and their copies print.</summary>
public sealed class ReportHeaderTests
{
    private static readonly Lazy<string> Body = new(() =>
    {
        string text = File.ReadAllText(SharedData.Require("corpus/provincial/henan_2026.txt"));
        return text[text.IndexOf("各位代表：", StringComparison.Ordinal)..];
    });

    private static DocumentMetadata Read(string header) =>
        DocumentParser.Parse(header + "\n\n" + Body.Value, new DocumentSource { Id = "t", Location = "t" })[0].Metadata;

    [Fact]
    public void A_dash_date_line_and_a_name_line_with_the_government_and_title_give_date_session_and_name()
    {
        DocumentMetadata m = Read("2026年河南省政府工作报告\n\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n\n河南省人民政府省长 王凯");

        Assert.Equal(("2026年河南省政府工作报告", new DateOnly(2026, 1, 26), "provincial/14/4", "王凯"), (m.Title, m.Date, m.Session.Canonical, m.Speaker));
        Assert.Equal((GovernmentLevel.Provincial, "河南省", DocumentGenre.WorkReport), (m.Level, m.Region, m.Genre));
    }

    [Fact]
    public void A_date_in_chinese_numerals_and_a_session_without_its_first_di_are_read()
    {
        DocumentMetadata m = Read("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤");

        Assert.Equal((new DateOnly(2026, 1, 27), "provincial/14/4", "甘肃省", "任振鹤"), (m.Date, m.Session.Canonical, m.Region, m.Speaker));
    }

    [Fact]
    public void Date_meeting_and_speaker_on_one_line_leave_the_title_alone()
    {
        DocumentMetadata m = Read("陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚");

        Assert.Equal(("陕西省2026年政府工作报告", "赵刚"), (m.Title, m.Speaker));
    }

    [Theory]
    [InlineData("上海市市长 龚 正", "龚正")]
    [InlineData("韦 韬", "韦韬")]
    [InlineData("自治区主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜")]
    [InlineData("毛伟明", "毛伟明")]
    [InlineData("广东省代省长 王伟中", "王伟中")]
    [InlineData("自治区代理主席 韦韬", "韦韬")]
    public void A_name_line_gives_the_name_without_spaces_or_titles(string nameLine, string name)
    {
        DocumentMetadata m = Read($"政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n{nameLine}");

        Assert.Equal(name, m.Speaker);
        Assert.Equal("政府工作报告", m.Title);
    }

    [Fact]
    public void A_source_line_is_no_part_of_the_title()
    {
        DocumentMetadata m = Read("政府工作报告\n来源：河南日报\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n省长 王凯");

        Assert.Equal(("政府工作报告", "王凯"), (m.Title, m.Speaker));
    }

    [Fact]
    public void News_copy_that_runs_date_speaker_and_report_together_names_the_speaker()
    {
        DocumentMetadata m = Read("政府工作报告\n2026年1月26日在河南省第十四届人民代表大会第四次会议上，河南省代省长王凯作政府工作报告");

        Assert.Equal(("王凯", new DateOnly(2026, 1, 26), "provincial/14/4"), (m.Speaker, m.Date, m.Session.Canonical));
    }

    [Fact]
    public void News_copy_that_writes_the_date_line_as_a_sentence_is_still_a_header()
    {
        DocumentMetadata m = Read("政府工作报告\n来源：河南日报\n2026年1月26日，在河南省第十四届人民代表大会第四次会议上，河南省代省长王凯作政府工作报告。");

        Assert.Equal(("政府工作报告", "王凯", new DateOnly(2026, 1, 26), "provincial/14/4"), (m.Title, m.Speaker, m.Date, m.Session.Canonical));
    }

    [Fact]
    public void News_copy_that_puts_the_speaker_before_the_meeting_names_the_speaker()
    {
        DocumentMetadata m = Read("政府工作报告\n2026年1月26日王凯省长在河南省第十四届人民代表大会第四次会议上作政府工作报告");

        Assert.Equal(("王凯", "provincial/14/4"), (m.Speaker, m.Session.Canonical));
    }

    [Fact]
    public void A_municipality_under_the_central_government_is_provincial()
    {
        DocumentMetadata m = Read("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇");

        Assert.Equal((GovernmentLevel.Provincial, "北京市", "provincial/16/4"), (m.Level, m.Region, m.Session.Canonical));
    }

    [Fact]
    public void A_session_that_names_only_the_kind_of_region_takes_the_region_the_report_names_most()
    {
        string path = SharedData.Require("corpus/provincial/xinjiang_2026.txt");
        string text = File.ReadAllText(path);
        string body = text[text.IndexOf("各位代表：", StringComparison.Ordinal)..];

        DocumentMetadata m = DocumentParser.Parse("政府工作报告\n——2026年1月27日在自治区第十四届人民代表大会第四次会议上\n自治区主席 艾尔肯·吐尼亚孜\n" + body,
            new DocumentSource { Id = "t", Location = "t" })[0].Metadata;

        Assert.Equal((GovernmentLevel.Provincial, "新疆维吾尔自治区"), (m.Level, m.Region));
    }

    [Fact]
    public void A_report_without_a_header_takes_level_and_region_from_its_body()
    {
        string path = SharedData.Require("corpus/municipal/zhumadian_2008.txt");
        DocumentMetadata m = DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = "t", Location = "t" })[0].Metadata;

        Assert.Equal((GovernmentLevel.Municipal, "驻马店市", DocumentGenre.WorkReport, (string?)null), (m.Level, m.Region, m.Genre, m.Title));
    }
}
