// Specifications of round 115 (lex115, issue 13): the formulas twelve fresh 2024 city reports write unquoted that the lexicon
// lacked (tools/lexicon/curated/round115-lex115.txt: read its header for the counts and the candidates refused). Found in the
// misses of unseen26u and unseen26w (twelve pool reports hand-coded in sessions 66 and 67), kept only where at least two of the
// twelve golds code the item, the pool of 2024 city reports (JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level)
// writes it in other cities, and every added place over the readable texts and the pool was read. 绿色工厂 and 农业产业强镇
// were tried and taken out: they broke the designation specifications (TitleRound81Tests, DesignationRound56/66/79/114Tests).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound115Tests
{
    private const string LivelihoodFloor = "兜住、兜准、兜牢民生底线";

    [Theory]
    // 持续巩固“全国禁毒示范城市”成果 (anshun 2024).
    [InlineData("unseen/anshun-gwr-2024.txt", "全国禁毒示范城市", "全国禁毒示范城市", 1)]
    // 扎实推动国家创新型城市建设 (zibo 2024); 依托国家创新型城市建设 (baoding 2023).
    [InlineData("unseen/zibo-gwr-2024.txt", "国家创新型城市", "国家创新型城市", 1)]
    [InlineData("unseen/baoding-gwr-2023.txt", "国家创新型城市", "国家创新型城市", 1)]
    // The central economic work conference of 2023: 兜住、兜准、兜牢民生底线 (xiamen 2024, laibin 2024), 坚持以科技创新引领
    // 现代化产业体系建设 (hebei 2024).
    [InlineData("unseen/xiamen-gwr-2024.txt", LivelihoodFloor, LivelihoodFloor, 1)]
    [InlineData("unseen/laibin-gwr-2024.txt", LivelihoodFloor, LivelihoodFloor, 1)]
    [InlineData("unseen/hebei-gwr-2024.txt", "以科技创新引领现代化产业体系建设", "以科技创新引领现代化产业体系建设", 1)]
    // 加强防返贫动态监测和帮扶 (baoding 2025); 强化防返贫动态监测和帮扶 … 加强防返贫动态监测帮扶 (anshun 2024).
    [InlineData("unseen/baoding-gwr-2025.txt", "防返贫动态监测和帮扶", "防返贫动态监测和帮扶", 1)]
    [InlineData("unseen/anshun-gwr-2024.txt", "防返贫动态监测和帮扶", "防返贫动态监测帮扶", 1)]
    // （三）突出创新奋进，科教兴市建设更加有力 (tongling 2024); 坚持科教兴市、人才强市 (zibo 2024).
    [InlineData("unseen/tongling-gwr-2024.txt", "科教兴市", "科教兴市", 1)]
    [InlineData("unseen/zibo-gwr-2024.txt", "科教兴市", "科教兴市", 1)]
    // 打造县域医疗卫生次中心15个 … 新增县域医疗卫生次中心6个 (chengdu 2024); 新建3个以上县域医疗次中心 (anshun 2024).
    [InlineData("unseen/chengdu-gwr-2024.txt", "县域医疗卫生次中心", "县域医疗卫生次中心", 2)]
    [InlineData("unseen/anshun-gwr-2024.txt", "县域医疗卫生次中心", "县域医疗次中心", 2)]
    // Sichuan's 省级百强中心镇 (chengdu 2024, a Sichuan report).
    [InlineData("unseen/chengdu-gwr-2024.txt", "百强中心镇", "省级百强中心镇", 2)]
    // Anhui's: 提升“民声呼应”办理质效 (tongling 2024), 打造“绿美江淮”宣城样板 (xuancheng 2024), 创建长三角绿色农产品生产加工
    // 供应基地 (tongling 2024).
    [InlineData("unseen/tongling-gwr-2024.txt", "民声呼应", "民声呼应", 2)]
    [InlineData("unseen/xuancheng-gwr-2024.txt", "绿美江淮", "绿美江淮", 1)]
    [InlineData("unseen/tongling-gwr-2024.txt", "长三角绿色农产品生产加工供应基地", "长三角绿色农产品生产加工供应基地", 1)]
    // 持续巩固脱贫攻坚成果 (xianning 2024): the wording before 拓展, under the formula.
    [InlineData("unseen/xianning-gwr-2024.txt", "巩固拓展脱贫攻坚成果", "巩固脱贫攻坚成果", 1)]
    // 建设清廉政府 (laibin 2024).
    [InlineData("unseen/laibin-gwr-2024.txt", "清廉政府", "清廉政府", 2)]
    public void A_readable_place_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // 把推进中国式现代化作为最大的政治 was tried and taken out (the curated file's header): the golds count 中国式现代化 inside
    // it at most of its places, as at 坚持把推进中国式现代化作为最大的政治 (chengdu 2024) and 把推进中国式现代化作为最大的政治
    // (shenzhen 2024).
    [InlineData("unseen/chengdu-gwr-2024.txt")]
    [InlineData("unseen/shenzhen-gwr-2024.txt")]
    public void The_largest_politics_leaves_the_modernisation_counted(string name)
    {
        Assert.Null(Lexicon.Default.Find("把推进中国式现代化作为最大的政治"));
        Assert.DoesNotContain(InReport(name), m => m.Surface.EndsWith("最大的政治", StringComparison.Ordinal));
    }

    [Fact]
    public void The_three_guarantees_floor_is_not_the_livelihood_floor()
    {
        // 阜阳: 习惯“过紧日子”，从严控制一般性支出，兜住、兜准、兜牢“三保”底线 (JiangGufan/digital-governance,
        // data/txt_doc_level/阜阳.txt): the chain before another floor is no spelling of the entry.
        Assert.False(ReportsEntry("习惯“过紧日子”，从严控制一般性支出，兜住、兜准、兜牢“三保”底线。", LivelihoodFloor));
    }

    [Theory]
    [InlineData("民声呼应")]
    [InlineData("绿美江淮")]
    public void An_anhui_entry_is_reported_only_where_anhui_is_named(string canonical)
    {
        AssertReportedOnlyWherePlaceIsNamed("安徽", canonical, "{0}各级政府要服务{0}发展大局，在{0}深化{1}，提升治理能力。");
    }

    [Fact]
    public void The_sichuan_designation_is_reported_only_where_sichuan_is_named()
    {
        // 广安: 全面提质已入选的5个“省级百强中心镇” (JiangGufan/digital-governance, data/txt_doc_level/广安.txt).
        AssertReportedOnlyWherePlaceIsNamed("四川", "百强中心镇", "{0}各地统筹{0}城乡发展，在{0}培育一批{1}，推进新型城镇化。");
    }
}
