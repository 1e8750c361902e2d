// Specifications of round 114's policy114 shapes (issue 13): a named institution of responsibility or handling written field +
// 责任制/负责制/代办制/积分制/承诺制/票决制/清单制 (PolicyFinder.ResponsibilitySystems.cs), and the campaigns of a place written with
// 清廉 or with a city's literary name (清廉广西, 美丽蓉城, 智慧蓉城, 美丽青城: PlaceCampaignFinder.CityNames.cs). Readable places are
// read from their texts (unseen26u's six 2024 city reports among them); a pool sentence (the 2024 city reports of the public
// repository JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt, not copied here) is quoted with its city.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PolicyRound114Tests
{
    private static int PoliciesIn(string name, string canonical) =>
        InReport(name).Count(m => m.Kind == MentionKind.Policy && m.Canonical == canonical && m.Surface == canonical);

    [Theory]
    // 全面推行信访代办制; 深入推行信访代办制 (hohhot 2024: formulas-unseen26u-u4 codes 信访代办制 ×2).
    [InlineData("unseen/hohhot-gwr-2024.txt", "信访代办制", 2)]
    // 推广企业创新积分制 (chengdu 2024, coded in formulas-unseen26u-u3).
    [InlineData("unseen/chengdu-gwr-2024.txt", "企业创新积分制", 1)]
    // 推进企业投资项目承诺制改革试点 (gwr 2018); 推广信用承诺制 (cpc-15th-fyp-outline).
    [InlineData("gwr/2018.txt", "企业投资项目承诺制", 1)]
    [InlineData("unseen/cpc-15th-fyp-outline.txt", "信用承诺制", 1)]
    // A formula's own responsibility system: 全面落实乡村振兴责任制 (coded whole by the document's gold); 切实落实脱贫攻坚责任制
    // (gwr 2017); 落实普法责任制 (gwr 2018).
    [InlineData("unseen/cpc-rural-revitalization-opinion-2024.txt", "乡村振兴责任制", 1)]
    [InlineData("gwr/2017.txt", "脱贫攻坚责任制", 1)]
    [InlineData("gwr/2018.txt", "普法责任制", 1)]
    public void A_named_responsibility_system_is_reported_whole(string name, string canonical, int times)
    {
        Assert.Equal(times, PoliciesIn(name, canonical));
    }

    [Theory]
    // 抓紧完善稳定房价工作责任制 (gwr 2013): the walk stops at 稳定, inside the name; nothing is reported, not a cut name.
    [InlineData("gwr/2013.txt", "房价工作责任制")]
    // 现在已成为大部分地区责任制的主要形式 (gwr 1982): prose around a bare 责任制.
    [InlineData("gwr/1982.txt", "已成为大部分地区责任制")]
    // 党组织领导的校长负责制改革 (futian 2023): a 的-phrase describes the institution; the bare post is no name.
    [InlineData("unseen/futian-gwr-2023.txt", "校长负责制")]
    // 继续实行市长负责制，抓好“菜篮子”工程 (gwr 1994): a post alone.
    [InlineData("gwr/1994.txt", "市长负责制")]
    // 认真落实联审联批、代办制、首问责任制 (zhumadian 2010): a 责任制 whose field is no formula; the dev gold codes none.
    [InlineData("municipal/zhumadian_2010.txt", "首问责任制")]
    // 坚决落实节能减排目标责任制 (zhumadian 2011): the formula and the generic target responsibility after it.
    [InlineData("municipal/zhumadian_2011.txt", "节能减排目标责任制")]
    public void A_cut_or_generic_responsibility_system_is_no_policy(string name, string canonical)
    {
        Assert.DoesNotContain(InReport(name), m => m.Kind == MentionKind.Policy && m.Canonical == canonical);
    }

    [Fact]
    public void The_formula_before_a_generic_target_responsibility_stays_the_lexicon_mention()
    {
        // mentions-dev-sample.tsv judges 节能减排 right at zhumadian_2011 10235 (坚决落实节能减排目标责任制).
        Assert.Contains(InReport("municipal/zhumadian_2011.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "节能减排" && m.Start == 10235);
    }

    [Fact]
    public void A_quoted_institution_stays_the_quoted_label()
    {
        // 我们今年实施“民生实事票决制” (guangming 2021): the label quoted whole is the quoted finder's.
        Assert.Contains(InReport("unseen/guangming-gwr-2021.txt"), m => m.Kind == MentionKind.Quoted && m.Canonical == "民生实事票决制");
    }

    [Theory]
    // 全面落实食品药品安全、消防安全责任制 (a list sharing one head, as 钦州 2024 writes it in the pool): the last member is no name.
    [InlineData("严格落实安全生产、食品药品安全、消防安全责任制，着力开展隐患排查。", "消防安全责任制")]
    // 全面实行安全生产清单制管理 (内江 2024, pool): 清单制 qualifies a manner of management.
    [InlineData("压紧压实“一岗双责”，全面实行安全生产清单制管理，严格执法检查。", "安全生产清单制")]
    public void A_shared_head_member_or_a_manner_of_work_is_no_policy(string sentence, string canonical)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Canonical == canonical);
    }

    [Theory]
    // 盐城 2024 (pool): 全面实施企业创新积分制.
    [InlineData("全面实施企业创新积分制，发挥盐城知识产权保护中心作用。", "企业创新积分制")]
    // 锡林郭勒 2024 (pool): 全面推行信访代办制.
    [InlineData("信访积案持续压减。全面推行信访代办制，一次性化解信访问题。", "信访代办制")]
    public void A_pool_sentence_reports_the_system(string sentence, string canonical)
    {
        Assert.Contains(Policies(sentence), m => m.Canonical == canonical && m.Surface == canonical);
    }

    [Theory]
    // 以“清廉蓉城”建设为抓手 (chengdu 2024, coded in formulas-unseen26u-u3); 美丽蓉城 ×3 and 智慧蓉城 ×4 there too.
    [InlineData("unseen/chengdu-gwr-2024.txt", "清廉蓉城", 1)]
    [InlineData("unseen/chengdu-gwr-2024.txt", "美丽蓉城", 3)]
    [InlineData("unseen/chengdu-gwr-2024.txt", "智慧蓉城", 4)]
    // 美丽青城“绿色底色”进一步夯实 (hohhot 2024, coded in formulas-unseen26u-u4).
    [InlineData("unseen/hohhot-gwr-2024.txt", "美丽青城", 1)]
    public void A_city_campaign_on_its_literary_name_is_reported(string name, string canonical, int times)
    {
        Assert.Equal(times, Reported(name, canonical, canonical));
    }

    [Fact]
    public void A_literary_name_counts_only_where_the_text_names_its_city()
    {
        // 芜湖 2024 (pool): 建设人与自然和谐共生的美丽江城 (江城 names 武汉 and 芜湖); the city named three times in the test's sentence.
        const string Sentence = "{0}坚持生态优先，{0}全面绿色转型，{0}建设人与自然和谐共生的美丽江城。";
        Assert.True(ReportsEntry(string.Format(Sentence, "芜湖"), "美丽江城"));
        Assert.False(ReportsEntry(string.Format(Sentence, "全市"), "美丽江城"));
    }

    [Theory]
    // 推动清廉贵港建设提质增效 (贵港 2024, pool); 清廉重庆 (重庆 2024, pool).
    [InlineData("纵深推进反腐败斗争，推动清廉贵港建设提质增效，营造风清气正的政务环境。", "清廉贵港")]
    [InlineData("深化清廉重庆建设，驰而不息纠治“四风”。", "清廉重庆")]
    public void A_clean_government_campaign_on_a_place_is_reported(string sentence, string canonical)
    {
        Assert.True(ReportsEntry(sentence, canonical));
    }

    [Fact]
    public void Clean_government_without_a_place_is_no_campaign()
    {
        // 建设清廉政府 (laibin 2024): 政府 is no place.
        Assert.DoesNotContain(Mentions("深入推进清廉政府建设，驰而不息纠治“四风”。"), m => m.Subtype == "place" && m.Canonical.StartsWith("清廉", StringComparison.Ordinal));
    }
}
