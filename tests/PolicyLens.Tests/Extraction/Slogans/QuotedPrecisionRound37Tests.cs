// Specifications of round 37 (issue 13, branch quoted37): precision of the quoted kind on unread text. A quoted name of one site
// (a district …片区, a greenway …绿道 or scenic road …风景道) is a place or a single project, and qualities a place is to have,
// listed as 有X before 的 and a word for the place (“有品、有韵、有精神”的魅力之城), are a description: neither is reported. A layout
// of sites (“三屏五江多廊道”) and a 有X list named a principle (“有亮点、有内涵”原则) stay reported. Sentences of the development
// reports and of the opened unseen sets (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedPrecisionRound37Tests
{
    [Theory]
    // unseen/baoding-gwr-2026.txt: three districts of the city, each named.
    [InlineData("推动城市内涵式发展，申报国家城市更新试点、老旧街区改造试点，推进“古城片区”老城肌理恢复、“百花片区”老保定记忆传承、“化纤厂片区”老工业遗址焕新。", "百花片区")]
    // unseen/baoding-gwr-2022.txt: one tourist greenway (read wrong as a single project by the unseen26f judge).
    [InlineData("培育推广一批“金色、绿色、红色、银色”精品旅游线路，建设长城国家文化公园，打造“京雄保一号旅游风景绿道”，太行水镇创建4A、古城创建5A景区。", "京雄保一号旅游风景绿道")]
    // unseen/baoding-gwr-2023.txt: the same route as a scenic road (read wrong in mentions-dev-quoted36.tsv).
    [InlineData("文旅产业破冰前行。打造“京雄保一号旅游风景道”，阜平、涞水、曲阳获评省级全域旅游示范区。", "京雄保一号旅游风景道")]
    public void The_name_of_one_site_is_not_reported(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(name, StringComparison.Ordinal));
        Assert.Equal("name", Reason(text, name));
    }

    [Fact]
    public void Qualities_a_place_is_to_have_are_not_reported()
    {
        // municipal/zhumadian_2020.txt
        const string text = "持续抓好楹联文化、雕塑文化建设，建成校园阅读中心20个，县城书屋20个，把驻马店打造成为一座“有品、有韵、有精神”的魅力之城。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("有品", StringComparison.Ordinal));
        Assert.Equal("qualities", Reason(text, "有品、有韵、有精神"));
    }

    [Fact]
    public void A_list_of_qualities_named_a_principle_stays_reported()
    {
        // unseen/baoding-gwr-2023.txt
        Assert.Contains(Quoted("按照“小切口、大场景”“重实干、重结果”“有亮点、有内涵”“破瓶颈、解难题”原则，各县（市、区）、各部门研究谋划一批本地区、本部门的工作场景。"),
            m => m.Surface == "有亮点、有内涵");
    }

    [Fact]
    public void A_layout_of_sites_stays_reported()
    {
        // unseen/gd-ecology-conference-2023.txt
        Assert.Contains(Mentions("加强生态保护修复监管，筑牢“三屏五江多廊道”生态安全格局，不断拓宽绿水青山转化金山银山的路径。"),
            m => m.Surface.Contains("三屏五江多廊道", StringComparison.Ordinal));
    }
}
