// Specifications of round 98's provincial entries (issue 13, prov98a; tools/lexicon/curated/round98-prov98a.txt): the signature
// formulas of 吉林, 黑龙江, 江苏, 安徽, 福建 and 江西, scoped to the province (@place) as round 96 scoped the others'. Where the
// province's readable report writes an entry, the test reads that real report (each file named, with the gold that codes the
// place); where none does (the entries round 96 dropped and this round re-tries), it reads a sentence written here from the
// entry's documented wording that names the province three times (the scope), and the same sentence naming no place. A report
// of another province that writes the same words gets nothing of the entry.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProvinceLexiconRound98aTests
{
    [Theory]
    // 坚持以发展现代化大农业为主攻方向 … 现代化大农业迈上新台阶 (formulas-dev-recall19-heilongjiang codes both).
    [InlineData("provincial/heilongjiang_2026.txt", "现代化大农业", "现代化大农业", 2)]
    // 做好区域互补、跨江融合、南北联动大文章 (formulas-dev-recall17).
    [InlineData("provincial/jiangsu_2026.txt", "区域互补、跨江融合、南北联动", "区域互补、跨江融合、南北联动", 1)]
    // 为打造具有国际竞争力的先进制造业基地交出“硬核答卷” … 全面打造具有国际竞争力的先进制造业基地 (formulas-dev-recall17).
    [InlineData("provincial/jiangsu_2026.txt", "具有国际竞争力的先进制造业基地", "具有国际竞争力的先进制造业基地", 2)]
    // 牢牢把握“争当表率、争做示范、走在前列”这一总体要求 (formulas-dev-recall17; the parallel finder's chain before, the same span).
    [InlineData("provincial/jiangsu_2026.txt", "争当表率、争做示范、走在前列", "争当表率、争做示范、走在前列", 1)]
    // 高水平建设江淮粮仓 (twice; formulas-dev-recall16b codes both).
    [InlineData("provincial/anhui_2026.txt", "江淮粮仓", "江淮粮仓", 2)]
    // 推动皖北地区全面振兴取得重大突破 … 加快皖北地区全面振兴 (formulas-dev-recall16b).
    [InlineData("provincial/anhui_2026.txt", "皖北地区全面振兴", "皖北地区全面振兴", 2)]
    // 低空经济和商业航天、机器人 … 生物医药和高端医疗器械等十大新兴产业 (formulas-dev-recall16b).
    [InlineData("provincial/anhui_2026.txt", "十大新兴产业", "十大新兴产业", 1)]
    // 海丝核心区建设扎实推进 (formulas-dev-recall18).
    [InlineData("provincial/fujian_2026.txt", "21世纪海上丝绸之路核心区", "海丝核心区", 1)]
    // 健全深化山海协作机制 (formulas-dev-recall18 codes it with 山海协作产业园 and 新时代山海协作).
    [InlineData("provincial/fujian_2026.txt", "山海协作", "山海协作机制", 1)]
    [InlineData("provincial/fujian_2026.txt", "山海协作", "山海协作", 2)]
    // 数字赋能机关效能建设 … 扎实推进新时代机关效能建设 (formulas-dev-recall18).
    [InlineData("provincial/fujian_2026.txt", "机关效能建设", "机关效能建设", 2)]
    // 深化生态省建设 (formulas-dev-recall18).
    [InlineData("provincial/fujian_2026.txt", "生态省", "生态省", 1)]
    // 持续争优争先争效 (formulas-dev-recall18).
    [InlineData("provincial/fujian_2026.txt", "争优争先争效", "争优争先争效", 1)]
    // 聚焦“走在前、勇争先、善作为”的目标要求 (no gold covers jiangxi 2026; the parallel finder's chain before, the same span).
    [InlineData("provincial/jiangxi_2026.txt", "走在前、勇争先、善作为", "走在前、勇争先、善作为", 1)]
    public void A_province_formula_is_reported_in_its_readable_report(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void Another_provinces_report_gets_nothing_of_the_entry()
    {
        // provincial/jilin_2026: 大力发展现代化大农业 … 新建5个现代化大农业全链条样板县 (five places, uncoded by formulas.tsv).
        // Jilin's report never names 黑龙江: Heilongjiang's entry is not reported there.
        Assert.DoesNotContain(InReport("provincial/jilin_2026.txt"), m => m.Canonical == "现代化大农业");
        // unseen/gd-15th-fyp-proposal: 深化山海协作、江海联动 (Guangdong's own cooperation; the text never names 福建).
        Assert.DoesNotContain(InReport("unseen/gd-15th-fyp-proposal.txt"), m => m.Canonical == "山海协作");
    }

    [Theory]
    // Sentences written for this test from each entry's documented source (the note in round98-prov98a.txt), not corpus text:
    // no readable report of these provinces writes the entry.
    [InlineData("吉林", "一主六双", "{0}深入落实{1}，推动{0}全面振兴取得新突破，{0}区域协调发展。")]
    [InlineData("黑龙江", "4567现代产业体系", "{0}加快构建{1}，推动{0}高质量振兴发展，{0}产业结构持续优化。")]
    [InlineData("江苏", "经济强、百姓富、环境美、社会文明程度高", "{0}奋力建设{1}的新{0}，推动{0}在推进中国式现代化中走在前、做示范。")]
    [InlineData("江西", "作示范、勇争先", "{0}牢记嘱托，在革命老区高质量发展上{1}，推动{0}高质量发展，谱写{0}新篇章。")]
    public void A_documented_province_formula_is_reported_only_where_the_province_is_named(string province, string canonical, string sentence)
    {
        AssertReportedOnlyWherePlaceIsNamed(province, canonical, sentence);
    }
}
