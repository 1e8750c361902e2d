// Specifications of round 70's lexicon70 spellings (issue 13, tools/lexicon/curated/round70-lexicon70.txt): the Shenzhen reports'
// short forms of two national entries, which the readable golds list as the entries' alternatives (国高企业 for 国家高新技术企业,
// 战新产业 for 战略性新兴产业), now variants; and candidates measured again and left alone, which stay no lexicon mention.
// Sentences of the opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound70Tests
{
    [Theory]
    // unseen/baoan-gwr-2024: the high-tech firm designation by its short form (coded 国家高新技术企业 | 国高企业).
    [InlineData("全区每平方公里土地拥有国高企业18家，是全省平均密度的51倍、粤港澳大湾区平均密度的15倍。", "国高企业", "高新技术企业")]
    // unseen/nanshan-gwr-2024: the short form beside the full one.
    [InlineData("加大制造业单项冠军及国家高新技术企业培育力度，新增国家级单项冠军3个，国高企业总数突破5500家。", "国高企业", "高新技术企业")]
    // unseen/luohu-gwr-2025: the strategic emerging industries by their short form (coded 战新产业).
    [InlineData("战新产业增加值占GDP比重达9.8%，引入和培育专精特新企业125家、国家高新技术企业95家，实现重点小巨人企业“零”的突破。", "战新产业", "战略性新兴产业")]
    // unseen/dapeng-gwr-2025: after the list of the industries it names (coded 战略性新兴产业 | 战新产业).
    [InlineData("二是产业结构相对单一，文旅项目成为战略性支柱产业尚需时日，海洋、生物医药、大健康等战新产业仍在培育。", "战新产业", "战略性新兴产业")]
    public void A_Shenzhen_short_form_is_a_variant_of_the_national_entry(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    // unseen/shenzhen-gwr-2024: inside a programme's name the policy finder reports whole (coded whole by unseen26j), the short
    // form is no outermost mention of its own.
    [Fact]
    public void The_short_form_inside_a_programme_name_stays_inside_it()
    {
        const string text = "实施战新产业集群能级提升工程，滚动完善提升“20＋8”战略性新兴产业集群和未来产业体系。";
        List<SloganMention> outermost = Outermost(text);
        Assert.Contains(outermost, m => m.Surface == "战新产业集群能级提升工程");
        Assert.DoesNotContain(outermost, m => m.Kind == MentionKind.Lexicon && m.Surface == "战新产业");
    }

    [Theory]
    // unseen/shenzhen-gwr-2024: a certification brand of products (the codebook's do-not-code brands, open question 1): no entry.
    [InlineData("建设国家食品安全示范城市，食品及食用农产品抽检覆盖率达9.4批次/千人、居全国第一，新增“圳品”681个。", "圳品")]
    // unseen/baoan-gwr-2024: a quoted label before the noun it qualifies (round 47): no bare lexicon entry.
    [InlineData("推动6个“工业上楼”项目建成投用、提供厂房约70万平方米，推动石岩罗租片区等新项目开工建设、面积不少于300万平方米。", "工业上楼")]
    // provincial/hebei_2026: Hebei's own formula the development gold leaves uncoded (round 34's decision): no entry.
    [InlineData("冬奥盛会成功举办，后奥运经济发展势头良好。", "后奥运经济")]
    public void A_candidate_left_alone_is_not_a_lexicon_mention(string text, string form)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == form);
    }
}
