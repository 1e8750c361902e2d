using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Session and meeting names, in every spelling the corpus and the press use, to one key; unknown when unsure.</summary>
public sealed class SessionParserTests
{
    /// <summary>Input, expected canonical key, expected year (0: none), expected region (null: none).</summary>
    public static TheoryData<string, string, int, string?> Names => new()
    {
        // National people's congress
        { "十三届全国人大二次会议", "national/13/2", 2019, null },
        { "大会较好地完成了市十五届人大七次会议的各项议程", "municipal/15/7", 0, null }, // 较好地完成了 is no place name
        { "第十三届全国人民代表大会第二次会议", "national/13/2", 2019, null },
        { "全国人大十三届二次会议", "national/13/2", 2019, null },
        { "十四届全国人大一次会议", "national/14/1", 2023, null },
        { "第十四届全国人民代表大会第三次会议关于政府工作报告的决议", "national/14/3", 2025, null },
        { "第一届全国人民代表大会第一次会议", "national/1/1", 1954, null },
        { "第二届全国人民代表大会第三次会议", "national/2/3", 1962, null },
        { "第五届全国人民代表大会第二次会议", "national/5/2", 1979, null },
        { "第六届全国人民代表大会第一次会议", "national/6/1", 1983, null },
        { "八届全国人大一次会议", "national/8/1", 1993, null },
        { "第三届全国人民代表大会第一次会议", "national/3/1", 0, null }, // Dec 1964 – Jan 1965: no single year
        { "第15届全国人大第2次会议", "national/15/2", 2029, null },
        { "十三届全国人大常委会第十次会议", "national/13/standing-10", 0, null },
        // CPPCC
        { "全国政协十三届二次会议", "cppcc:national/13/2", 2019, null },
        { "十三届全国政协二次会议", "cppcc:national/13/2", 2019, null },
        { "中国人民政治协商会议第十三届全国委员会第二次会议", "cppcc:national/13/2", 2019, null },
        { "市政协十一届四次会议", "cppcc:municipal/11/4", 0, null },
        { "政协衡阳市第十二届委员会第四次会议", "cppcc:municipal/12/4", 0, "衡阳市" },
        { "省政协十二届三次会议", "cppcc:provincial/12/3", 0, null },
        // Party congresses
        { "党的十九大", "cpc:national/19", 2017, null },
        { "十九大", "cpc:national/19", 2017, null },
        { "中共二十大", "cpc:national/20", 2022, null },
        { "中国共产党第十九次全国代表大会", "cpc:national/19", 2017, null },
        { "在中国共产党第二十次全国代表大会上的报告", "cpc:national/20", 2022, null },
        { "党的一大", "cpc:national/1", 1921, null },
        { "中国共产党衡阳市第十二次代表大会", "cpc:municipal/12", 0, "衡阳市" },
        { "市第十二次党代会", "cpc:municipal/12", 0, null },
        // Plenums
        { "十九届四中全会", "cpc:national/19/plenum-4", 2019, null },
        { "党的十九届四中全会", "cpc:national/19/plenum-4", 2019, null },
        { "中国共产党第十九届中央委员会第四次全体会议", "cpc:national/19/plenum-4", 2019, null },
        { "十一届三中全会", "cpc:national/11/plenum-3", 1978, null },
        { "十八届三中全会", "cpc:national/18/plenum-3", 2013, null },
        { "二十届一中全会", "cpc:national/20/plenum-1", 2022, null },
        { "二十届三中全会", "cpc:national/20/plenum-3", 2024, null },
        { "十三届七中全会", "cpc:national/13/plenum-7", 0, null }, // not in the calendar: no year rather than a guess
        { "市委十一届八次全会", "cpc:municipal/11/plenum-8", 0, null },
        { "中共衡阳市委十一届八次全会", "cpc:municipal/11/plenum-8", 0, "衡阳市" },
        { "省委十一届九次全会", "cpc:provincial/11/plenum-9", 0, null },
        // Provincial, municipal, county people's congresses
        { "市十五届人大七次会议", "municipal/15/7", 0, null },
        { "(市十五届人大七次会议通过)", "municipal/15/7", 0, null },
        { "衡阳市第十五届人民代表大会第七次会议", "municipal/15/7", 0, "衡阳市" },
        { "市第十五届人民代表大会第七次会议", "municipal/15/7", 0, null },
        { "湖南省第十三届人民代表大会第三次会议", "provincial/13/3", 0, "湖南省" },
        { "省十三届人大三次会议", "provincial/13/3", 0, null },
        { "北京市第十五届人民代表大会第二次会议", "provincial/15/2", 0, "北京市" },
        { "内蒙古自治区第十四届人民代表大会第一次会议", "provincial/14/1", 0, "内蒙古自治区" },
        { "衡阳县第十八届人民代表大会第四次会议", "county/18/4", 0, "衡阳县" },
        { "县十八届人大四次会议", "county/18/4", 0, null },
        { "雨湖区第五届人民代表大会第二次会议", "county/5/2", 0, "雨湖区" },
        // Arabic and full-width numerals, spaces typed by hand
        { "衡阳市第15届人民代表大会第7次会议", "municipal/15/7", 0, "衡阳市" },
        { "市15届人大7次会议", "municipal/15/7", 0, null },
        { "第１３届全国人大第２次会议", "national/13/2", 2019, null },
        { "十三届 全国人大 二次会议", "national/13/2", 2019, null },
        // Found inside running text
        { "在市十五届人大七次会议闭幕会上的讲话", "municipal/15/7", 0, null },
        { "本报讯 1月10日上午，衡阳市第十五届人民代表大会第七次会议表决通过了", "municipal/15/7", 0, "衡阳市" },
        // Found on fresh text (session 62): a district named with its city after a dated 在 (the subtitle of a district's
        // report), a date with no day before 在, and a news lead naming the speaker before 在.
        { "——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上", "county/15/3", 0, "呼伦贝尔市海拉尔区" },
        { "2022年1月在深圳市南山区第七届人民代表大会第三次会议上", "county/7/3", 0, "深圳市南山区" },
        { "闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）", "municipal/16/7", 0, "保定市" },
        { "本报讯 2月4日，市长闫继红在市十六届人大七次会议上作政府工作报告时指出", "municipal/16/7", 0, null },
    };

    /// <summary>Inputs that name no session, name it badly, or name several: all unknown.</summary>
    public static TheoryData<string> Unknowns => new()
    {
        "",
        "政府工作报告",
        "人大七次会议",                       // no term
        "十三届全国人大",                     // a term, not a session
        "十三届全国人大九次会议",              // a national term has five sessions
        "第零届全国人民代表大会第一次会议",
        "全国两会",
        "十大关系",                           // not the 10th Party congress
        "一大批",
        "党的十九大和十九届四中全会",          // two different sessions: ambiguous
        "十九届二中、三中、四中全会",          // three plenums
        "共青团第十九次全国代表大会",          // not the Party
        "人大常委会",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_session_name_parses_to_its_key(string text, string canonical, int year, string? region)
    {
        SessionKey key = SessionParser.Parse(text);
        Assert.Equal(canonical, key.Canonical);
        Assert.Equal(year == 0 ? null : year, key.Year);
        Assert.Equal(region, key.Region);
    }

    [Theory]
    [MemberData(nameof(Unknowns))]
    public void Unknown_malformed_or_ambiguous_input_is_unknown(string text)
    {
        SessionKey key = SessionParser.Parse(text);
        Assert.True(key.IsUnknown, $"'{text}' parsed as {key.Canonical}");
        Assert.Equal("unknown", key.Canonical);
    }

    [Fact]
    public void FindAll_reports_every_plenum_of_a_list_with_its_place()
    {
        const string text = "全面贯彻党的十九大和十九届二中、三中、四中全会精神";
        IReadOnlyList<SessionMention> mentions = SessionParser.FindAll(text);
        Assert.Equal(["cpc:national/19", "cpc:national/19/plenum-2", "cpc:national/19/plenum-3", "cpc:national/19/plenum-4"],
            mentions.Select(m => m.Key.Canonical));
        Assert.Equal("党的十九大", text.Substring(mentions[0].Start, mentions[0].Length));
        Assert.Equal([2017, 2018, 2018, 2019], mentions.Select(m => m.Key.Year ?? 0));
    }

    [Fact]
    public void Keys_sort_by_level_body_then_number_not_by_text()
    {
        SessionKey[] keys = [.. new[] { "十三届全国人大二次会议", "九届全国人大一次会议", "市十五届人大七次会议", "十三届全国人大一次会议" }
            .Select(SessionParser.Parse).Order()];
        Assert.Equal(["national/9/1", "national/13/1", "national/13/2", "municipal/15/7"], keys.Select(k => k.Canonical));
    }

    [Fact]
    public void The_same_session_written_two_ways_is_one_key_for_grouping()
    {
        Assert.Equal(SessionParser.Parse("市十五届人大七次会议").Canonical, SessionParser.Parse("衡阳市第十五届人民代表大会第七次会议").Canonical);
    }
}
