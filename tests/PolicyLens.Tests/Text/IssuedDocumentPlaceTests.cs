// Whose text it is, on fresh local texts of session 64 (unseen26r: a county-level city's work report that names only its
// 市人民政府, and a city government office's notice): autonomous prefectures named as running text writes them (恩施, 恩施州),
// a county-level city told from its prefecture, and an issued document's genre, level and region read from its title line
// above its document number and addressees. Before session 64 the notice had no level, region or genre, and 恩施市's report
// was read as a prefecture-level city's with no region.
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Level, region and genre of county-level cities' reports and of issued documents.</summary>
public sealed class IssuedDocumentPlaceTests
{
    // The metadata of a fresh set's text in Data/unseen, as DocumentParser reads a file of its own.
    private static DocumentMetadata Read(string name)
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Data", "unseen", name + ".txt");
        return DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = name, Location = path, FileName = path })[0].Metadata;
    }

    [Theory]
    [InlineData("恩施", "恩施土家族苗族自治州")]
    [InlineData("恩施州", "恩施土家族苗族自治州")]
    [InlineData("黔东南", "黔东南苗族侗族自治州")]
    [InlineData("西双版纳", "西双版纳傣族自治州")]
    [InlineData("博尔塔拉", "博尔塔拉蒙古自治州")] // 蒙古 without 族
    [InlineData("海西", "海西蒙古族藏族自治州")]
    [InlineData("海南", "海南省")] // the province keeps its short name
    [InlineData("海南州", "海南藏族自治州")]
    [InlineData("驻马店", "驻马店市")]
    public void An_autonomous_prefecture_is_known_by_its_place_name_without_its_peoples(string written, string official)
    {
        Assert.Equal(official, Regions.Official(written));
    }

    [Theory]
    [InlineData("义乌市义乌义乌义乌金华", "金华市", "金华市义乌市")] // named more often than its prefecture
    [InlineData("恩施市恩施恩施全州", "恩施土家族苗族自治州", "恩施土家族苗族自治州恩施市")] // the same name: a 市 government is the city's
    [InlineData("丽水丽水丽水丽水龙泉市龙泉龙泉", "丽水市", null)] // the prefecture named more often
    [InlineData("义乌市义乌金华", "金华市", null)] // under three times
    [InlineData("义乌义乌义乌义乌金华", "金华市", null)] // never by its full name
    [InlineData("合作市合作合作合作驻马店", "驻马店市", null)] // 合作市's prefecture (甘南) is not named: 合作 is a word
    public void A_county_level_city_is_told_from_its_prefecture(string text, string? prefecture, string? expected)
    {
        Assert.Equal(expected, Regions.CountyLevelCity(text, prefecture));
    }

    [Theory]
    // 我代表市人民政府 and no header: 恩施市 is a county-level city of 恩施土家族苗族自治州; 丽水 and 六盘水 are prefecture-level.
    [InlineData("enshi-gwr-2024", GovernmentLevel.County, "恩施土家族苗族自治州恩施市", DocumentGenre.WorkReport)]
    [InlineData("lishui-gwr-2024", GovernmentLevel.Municipal, "丽水市", DocumentGenre.WorkReport)]
    [InlineData("liupanshui-gwr-2024", GovernmentLevel.Municipal, "六盘水市", DocumentGenre.WorkReport)]
    // unseen26s (fetched after the fix, never tuned on): four prefecture-level cities' reports that name only their 市人民政府;
    // none is read as a county-level city's.
    [InlineData("shenyang-gwr-2024", GovernmentLevel.Municipal, "沈阳市", DocumentGenre.WorkReport)]
    [InlineData("urumqi-gwr-2024", GovernmentLevel.Municipal, "乌鲁木齐市", DocumentGenre.WorkReport)]
    [InlineData("jincheng-gwr-2024", GovernmentLevel.Municipal, "晋城市", DocumentGenre.WorkReport)]
    [InlineData("sanya-gwr-2024", GovernmentLevel.Municipal, "三亚市", DocumentGenre.WorkReport)]
    // unseen26t (session 65, fetched and checked before any change): three cities and an autonomous prefecture.
    [InlineData("wuzhou-gwr-2024", GovernmentLevel.Municipal, "梧州市", DocumentGenre.WorkReport)]
    [InlineData("ganzi-gwr-2024", GovernmentLevel.Municipal, "甘孜藏族自治州", DocumentGenre.WorkReport)]
    [InlineData("nanjing-gwr-2024", GovernmentLevel.Municipal, "南京市", DocumentGenre.WorkReport)]
    [InlineData("changsha-gwr-2024", GovernmentLevel.Municipal, "长沙市", DocumentGenre.WorkReport)]
    // unseen26u (session 66, drawn from round 113's development pool, checked before any change): 北京 is a province-level city.
    [InlineData("laibin-gwr-2024", GovernmentLevel.Municipal, "来宾市", DocumentGenre.WorkReport)]
    [InlineData("nantong-gwr-2024", GovernmentLevel.Municipal, "南通市", DocumentGenre.WorkReport)]
    [InlineData("chengdu-gwr-2024", GovernmentLevel.Municipal, "成都市", DocumentGenre.WorkReport)]
    [InlineData("hohhot-gwr-2024", GovernmentLevel.Municipal, "呼和浩特市", DocumentGenre.WorkReport)]
    [InlineData("beijing-gwr-2024", GovernmentLevel.Provincial, "北京市", DocumentGenre.WorkReport)]
    [InlineData("tongling-gwr-2024", GovernmentLevel.Municipal, "铜陵市", DocumentGenre.WorkReport)]
    // unseen26v (session 66, fetched and checked before any change): 吉林市 is the city, not the province; 抚州 is Jiangxi's.
    [InlineData("qingdao-gwr-2024", GovernmentLevel.Municipal, "青岛市", DocumentGenre.WorkReport)]
    [InlineData("jilin-gwr-2024", GovernmentLevel.Municipal, "吉林市", DocumentGenre.WorkReport)]
    [InlineData("yinchuan-gwr-2024", GovernmentLevel.Municipal, "银川市", DocumentGenre.WorkReport)]
    [InlineData("fuzhou-jiangxi-gwr-2024", GovernmentLevel.Municipal, "抚州市", DocumentGenre.WorkReport)]
    // unseen26w (session 67, six more of the pool, checked before any change): 厦门 is a sub-provincial city.
    [InlineData("xiamen-gwr-2024", GovernmentLevel.Municipal, "厦门市", DocumentGenre.WorkReport)]
    [InlineData("zibo-gwr-2024", GovernmentLevel.Municipal, "淄博市", DocumentGenre.WorkReport)]
    [InlineData("xuancheng-gwr-2024", GovernmentLevel.Municipal, "宣城市", DocumentGenre.WorkReport)]
    [InlineData("meishan-gwr-2024", GovernmentLevel.Municipal, "眉山市", DocumentGenre.WorkReport)]
    [InlineData("xianning-gwr-2024", GovernmentLevel.Municipal, "咸宁市", DocumentGenre.WorkReport)]
    [InlineData("anshun-gwr-2024", GovernmentLevel.Municipal, "安顺市", DocumentGenre.WorkReport)]
    // 包头市人民政府办公室关于印发《…》的通知, then 包府办发〔2022〕43号 and the addressees: the issuer's city.
    [InlineData("baotou-doc-2022", GovernmentLevel.Municipal, "包头市", DocumentGenre.PolicyDocument)]
    public void A_fresh_local_text_is_placed_at_its_level_and_region(string name, GovernmentLevel level, string region, DocumentGenre genre)
    {
        DocumentMetadata m = Read(name);
        Assert.Equal((level, region, genre), (m.Level, m.Region, m.Genre));
    }

    [Fact]
    public void A_notice_s_title_stops_at_its_document_number_and_its_body_starts_at_its_addressees()
    {
        Assert.Equal("包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知", Read("baotou-doc-2022").Title);
    }

    [Theory]
    [InlineData("cpc-energy-saving-opinion-2026")] // 中共中央办公厅 国务院办公厅关于…的意见
    [InlineData("cpc-rural-revitalization-opinion-2024")] // 中共中央 国务院关于…的意见
    public void A_central_opinion_is_a_policy_document(string name)
    {
        Assert.Equal(DocumentGenre.PolicyDocument, Read(name).Genre);
    }

    [Fact]
    public void A_salutation_line_is_no_title()
    {
        Assert.Null(Read("gd-governor-speech-2024").Title);
    }
}
