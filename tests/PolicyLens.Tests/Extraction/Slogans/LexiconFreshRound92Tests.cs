// Specifications of round 92's lexfresh92 entries (issue 13, tools/lexicon/curated/round92-lexfresh92.txt): formulas of the
// day written in readable texts no gold covers (the 20th Party Congress report, the third-plenum decision of 2024, the 15th
// five-year plan proposal and outline, the national reports of 2015-2025), each in two or more readable documents and read
// right at every readable place; and the forms read and rejected there (rejected.txt), which stay no lexicon mention.
// Sentences of the readable texts (the file each comes from is named). They run on the GENERATED lexicon
// (tools/lexicon/rebuild.sh).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconFreshRound92Tests
{
    [Theory]
    // gwr/2015 and unseen/cpc-15th-fyp-proposal.
    [InlineData("全面推进周边外交，打造周边命运共同体。", "周边命运共同体", "周边命运共同体")]
    [InlineData("深化周边发展融合，强化共同安全，巩固战略互信，构建周边命运共同体。", "周边命运共同体", "周边命运共同体")]
    // cpc-congress/19_2017 and 20_2022: reported without 理念, as 亲诚惠容 is.
    [InlineData("秉持正确义利观和真实亲诚理念加强同发展中国家团结合作。", "真实亲诚", "真实亲诚")]
    [InlineData("秉持真实亲诚理念和正确义利观加强同发展中国家团结合作。", "真实亲诚", "真实亲诚")]
    // cpc-congress/20_2022 and unseen/cpc-third-plenum-decision-2024.
    [InlineData("坚守中华文化立场，提炼展示中华文明的精神标识和文化精髓，加快构建中国话语和中国叙事体系，讲好中国故事、传播好中国声音，展现可信、可爱、可敬的中国形象。", "中国话语和中国叙事体系", "中国话语和中国叙事体系")]
    [InlineData("加快构建中国话语和中国叙事体系，全面提升国际传播效能。", "中国话语和中国叙事体系", "中国话语和中国叙事体系")]
    // unseen/cpc-15th-fyp-outline.
    [InlineData("深入实施中华优秀传统文化传承发展工程，构建中华文明标识体系。", "中华文明标识体系", "中华文明标识体系")]
    // unseen/cpc-15th-fyp-proposal and unseen/cpc-third-plenum-decision-2024.
    [InlineData("深化国际交流合作，建立高技术人才移民制度，引育世界优秀人才。", "高技术人才移民制度", "高技术人才移民制度")]
    [InlineData("探索建立高技术人才移民制度。", "高技术人才移民制度", "高技术人才移民制度")]
    // unseen/guangming-gwr-2025 (coded so by unseen26l's l1) and unseen/cpc-15th-fyp-outline.
    [InlineData("持续强化企业科技创新主体地位，建立培育壮大科技领军企业机制，建立企业研发准备金制度，加强企业主导的产学研深度融合，鼓励科技领军企业建设产业创新平台。", "企业研发准备金制度", "企业研发准备金制度")]
    [InlineData("建立企业研发准备金制度。", "企业研发准备金制度", "企业研发准备金制度")]
    // gwr/2024; unseen/cpc-basic-research-speech-2023 (coded 中国特色国家实验室体系 | 国家实验室体系 by unseen26i's i1).
    [InlineData("国家实验室体系建设有力推进。", "国家实验室体系", "国家实验室体系")]
    [InlineData("我们要协同构建中国特色国家实验室体系，布局建设基础学科研究中心，加快建设基础研究特区。", "国家实验室体系", "中国特色国家实验室体系")]
    // cpc-congress/20_2022 and unseen/cpc-third-plenum-decision-2024.
    [InlineData("深化金融体制改革，建设现代中央银行制度，加强和完善现代金融监管，强化金融稳定保障体系。", "现代中央银行制度", "现代中央银行制度")]
    [InlineData("加快完善中央银行制度，畅通货币政策传导机制。", "现代中央银行制度", "中央银行制度")]
    // gwr/2025, unseen/cpc-15th-fyp-proposal, provincial/jiangxi_2026 (the second member of a coordination, whole).
    [InlineData("启动全国温室气体自愿减排交易市场。", "全国温室气体自愿减排交易市场", "全国温室气体自愿减排交易市场")]
    [InlineData("扩大全国碳排放权交易市场覆盖范围，加快温室气体自愿减排交易市场建设。", "全国温室气体自愿减排交易市场", "温室气体自愿减排交易市场")]
    [InlineData("落实碳排放双控要求，逐步建立地方碳考核、行业碳管控、企业碳管理、项目碳评价、产品碳足迹等制度机制，深度参与全国碳排放权、温室气体自愿减排交易市场。", "全国温室气体自愿减排交易市场", "温室气体自愿减排交易市场")]
    public void A_formula_of_the_day_written_across_readable_texts_is_a_lexicon_mention(string text, string canonical, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface);
    }

    [Fact]
    public void The_national_carbon_market_beside_it_stays_its_own_entry()
    {
        // unseen/cpc-15th-fyp-proposal: 全国碳排放权交易市场 (全国碳市场) and the voluntary-reduction market are two markets.
        var mentions = Outermost("扩大全国碳排放权交易市场覆盖范围，加快温室气体自愿减排交易市场建设。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "全国碳市场" && m.Surface == "全国碳排放权交易市场");
        Assert.DoesNotContain(mentions, m => m.Surface.EndsWith("建设", StringComparison.Ordinal));
    }

    [Theory]
    // cpc-congress/20_2022 (and henan_2026, gd-15th-fyp-proposal, cpc-livelihood-speech-2026, whose golds leave it uncoded).
    [InlineData("维护人民根本利益，增进民生福祉，不断实现发展为了人民、发展依靠人民、发展成果由人民共享，让现代化建设成果更多更公平惠及全体人民。", "更多更公平惠及全体人民")]
    // cpc-congress/20_2022 (gd-15th-fyp-proposal's and guangdong-plan-outline-2026-2's golds leave it uncoded).
    [InlineData("完善个人所得税制度，规范收入分配秩序，规范财富积累机制，保护合法收入，调节过高收入，取缔非法收入。", "财富积累机制")]
    // unseen/cpc-15th-fyp-proposal (guangdong-gwr-2025's and guangdong-plan-outline-2026-1's golds leave it uncoded).
    [InlineData("健全数据要素基础制度，建设开放共享安全的全国一体化数据市场，深化数据资源开发利用。", "一体化数据市场")]
    public void A_form_read_and_rejected_is_no_lexicon_mention(string text, string form)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface.Contains(form, StringComparison.Ordinal));
    }
}
