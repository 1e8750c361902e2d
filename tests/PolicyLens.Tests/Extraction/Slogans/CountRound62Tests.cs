// Specifications of round 62 (count62, issue 13): counts of things the blind judges read wrong — a member of a spatial layout
// quoted on its own right after the layout is written whole (LayoutMember), and facilities and games counted (CountOfThings:
// interchanges, beds, board and card games). Every sentence is a real one of a readable text (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Layout members and counted facilities that are no formula; the layouts and formulas beside them that stay.</summary>
public sealed class CountRound62Tests
{
    private const string BaodingMedicalBase = "加快构建国际医疗基地“一主三辅”发展格局。“一主”强核心：主城区聚焦精准医疗、现代中药、康复康养、细胞基因六大主导产业，加快71个重点项目建设，推动产业全面跃升。“三辅”创特色：支持涿州建设国家模式动物科学中心、硼中子大型实验室等重大平台，发展再生医学。";

    private const string LuohuRoads = "推进“四横三纵三立交”建设，贯通“四横”：建成春风隧道、布吉南环路、深南路东延，推进罗沙路改扩建；打通“三纵”：完成清水河三路拓宽工程，开工建设玉平大道南延，推动翠竹路北延立项；建设“三立交”：开工建设新秀立交、龙过水立交、宝岗立交；完成东门路升级工程。";

    private const string LuohuGlossary = "23.“一轴两带三组团”：“一轴”是红岭金融总部发展轴；“两带”是深港口岸经济发展带和大梧桐新兴产业带；“三组团”是指依托笋岗-清水河重点片区打造笋清科技创新组团。";

    [Theory]
    // unseen/baoding-gwr-2026 (unseen26f's blind judge read 一主 and 三辅 wrong: one member of the layout 一主三辅, a count).
    [InlineData(BaodingMedicalBase, "一主三辅", "一主,三辅")]
    // unseen/luohu-gwr-2025 (unseen26k's judge read 四横 and 三立交 wrong: count of four roads, of three interchanges).
    [InlineData(LuohuRoads, "四横三纵三立交", "四横,三纵,三立交")]
    // unseen/luohu-gwr-2025, the glossary (the judge read 两带 wrong: count of two belts, one part of the layout).
    [InlineData(LuohuGlossary, "一轴两带三组团", "一轴,两带,三组团")]
    public void A_member_of_a_layout_written_whole_just_before_is_no_item(string text, string layout, string members)
    {
        var found = Mentions(text);
        Assert.Contains(found, m => m.Canonical == layout);
        foreach (string member in members.Split(','))
        {
            Assert.DoesNotContain(found, m => m.Surface == member);
        }
    }

    [Theory]
    // nanshan-gwr-2024's glossary: members that count requirements (化, 性, 力), not spatial parts (judged right).
    [InlineData("15.“三化三性一力”：对建设现代化产业体系的要求。“三化”即加快智能化、绿色化、融合化发展，“三性”即体现完整性、先进性、安全性要求，“一力”即提升产业国际竞争力。", "三化,三性,一力")]
    // hebei-gwr-2022: a zone of the strategy, its layout (两翼两区三群六带) written far before (judged right).
    [InlineData("坚决服从服务国家大局，举全省之力办好“三件大事”，加快建设“两翼”带动、协同发展的现代化河北。", "两翼")]
    public void A_member_counting_requirements_or_written_apart_from_its_layout_stays(string text, string members)
    {
        var numbered = Numbered(text);
        foreach (string member in members.Split(','))
        {
            Assert.Contains(numbered, m => m.Canonical == member);
        }
    }

    [Theory]
    // unseen/luohu-gwr-2025 (unseen26k's coder lists 两张床 and 三棋一牌 as counts; its judge read all three places wrong).
    [InlineData("推进养老服务改革，整合医疗与养老“两张床”，融合社康养老和居家养老，建成2个示范性养老服务综合体。", "两张床")]
    [InlineData("完善城区多语种标识和接待导览设施；承办“三棋一牌”赛事，打造银湖“智力运动谷”。", "三棋一牌")]
    [InlineData("28.“三棋一牌”：围棋、中国象棋、国际象棋、桥牌。", "三棋一牌")]
    public void Beds_interchanges_and_games_counted_are_no_formula(string text, string count)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(count, StringComparison.Ordinal) && m.Kind is MentionKind.Numbered or MentionKind.Quoted);
    }

    [Fact]
    public void The_talent_housing_chain_opening_on_one_bed_stays()
    {
        // guangdong_2026: “一张床、一间房、一套房” is a formula of housing for talent, no count of beds.
        var found = Mentions("积极创造条件构建“一张床、一间房、一套房”的多层次住房供应保障体系。");
        Assert.Contains(found, m => m.Surface.Contains("一张床", StringComparison.Ordinal));
    }
}
