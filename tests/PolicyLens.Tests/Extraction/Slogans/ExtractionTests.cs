using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Each kind of mention, its boundaries and offsets, and the counting units, on short real sentences.</summary>
public sealed class ExtractionTests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    // The pattern finders on their own: a lexicon with no entries, so that a formula the built-in lexicon knows
    // (most of the examples below now are) is still seen by the finder under test.
    private static readonly SloganExtractor PatternsOnly = new(Lexicon.Parse("# no entries\n", "none"));

    private static IReadOnlyList<SloganMention> Patterns(string text) => PatternsOnly.Extract(text, new ExtractionContext("t", 2019));

    private static IReadOnlyList<SloganMention> Extract(string text, SloganExtractorOptions? options = null) =>
        (options is null ? Extractor : new SloganExtractor(Lexicon.Default, options)).Extract(text, new ExtractionContext("t", 2019));

    private static SloganMention Single(string text, MentionKind kind) => Assert.Single(Extract(text), m => m.Kind == kind);

    [Fact]
    public void A_full_member_list_is_a_mention_of_its_formula_with_its_surface_kept()
    {
        const string text = "进一步稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，提振市场信心";
        SloganMention m = Single(text, MentionKind.Lexicon);
        Assert.Equal("六稳", m.Canonical);
        Assert.Equal("members", m.Subtype);
        Assert.Equal("稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期", m.Surface);
        Assert.Equal(text.IndexOf('稳', StringComparison.Ordinal), m.Start);
        Assert.Equal(m.Surface, text[m.Start..m.End]);
    }

    [Fact]
    public void A_partial_member_list_is_not_a_mention()
    {
        Assert.DoesNotContain(Extract("坚决维护党中央权威和集中统一领导，把党的领导落实到各领域"), m => m.Canonical == "两个维护");
        Assert.DoesNotContain(Extract("加大稳外贸稳外资力度"), m => m.Canonical == "六稳");
    }

    [Fact]
    public void A_member_list_followed_by_its_name_is_one_mention()
    {
        SloganMention m = Single("加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。", MentionKind.Lexicon);
        Assert.Equal("新发展格局", m.Canonical);
        Assert.EndsWith("的新发展格局", m.Surface, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_inside_a_longer_word_is_not_found()
    {
        // 2013 GWR: 创新发展理念 is "to innovate the concept of development", not 新发展理念.
        Assert.DoesNotContain(Extract("尊重发展规律，创新发展理念，破解发展难题"), m => m.Canonical == "新发展理念");
        Assert.Single(Extract("坚持以新发展理念引领发展"), m => m.Canonical == "新发展理念");
    }

    [Fact]
    public void A_formula_broken_across_a_blank_line_is_found_with_source_offsets()
    {
        const string text = "要把“两个维\n\n护”作为最高的政治原则";
        SloganMention m = Single(text, MentionKind.Lexicon);
        Assert.Equal("两个维护", m.Surface);
        Assert.Equal(text.IndexOf('两', StringComparison.Ordinal), m.Start);
        Assert.Equal(text.IndexOf('护', StringComparison.Ordinal) + 1, m.End);
    }

    [Fact]
    public void Quoted_formulas_are_found_but_not_scare_quotes_or_bare_numbers()
    {
        Assert.Equal("全面小康决胜年", Single("以“全面小康决胜年”为抓手", MentionKind.Quoted).Canonical);
        Assert.Equal("中国之治", Single("奋力书写“中国之治”的衡阳篇章", MentionKind.Quoted).Canonical);
        Assert.Empty(Extract("组成了一道空地网一体化的立体“防护网”。"));
        Assert.DoesNotContain(Extract("他说：“我们一定要把这件事情办好，让人民满意。”"), m => m.Kind == MentionKind.Quoted);
    }

    [Theory]
    [InlineData("着力锻造一支四个“铁一般”的公安队伍", "四个“铁一般”", MentionKind.Lexicon)]
    [InlineData("推进人大机关从事务性机关向“五\n\n型”机关转变", "五型机关", MentionKind.Numbered)]
    [InlineData("“十三五”规划收官之年", "十三五", MentionKind.Numbered)]
    [InlineData("编制十四五规划", "十四五", MentionKind.Numbered)]
    [InlineData("督促“一府一委两院”依法办事", "一府一委两院", MentionKind.Lexicon)]
    [InlineData("深入开展两学一做学习教育", "两学一做", MentionKind.Numbered)]
    [InlineData("正确处理两个积极性的关系", "两个积极性", MentionKind.Numbered)]
    [InlineData("坚持三去一降一补", "三去一降一补", MentionKind.Lexicon)]
    public void Numbered_formulas_are_found(string text, string canonical, MentionKind kind)
    {
        SloganMention m = Assert.Single(kind == MentionKind.Lexicon ? Extract(text) : Patterns(text), m => m.Canonical == canonical);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [InlineData("今后两个月内完成")]
    [InlineData("从三个方面入手")]
    [InlineData("一心一意谋发展")]
    [InlineData("这是一个重要问题")]
    [InlineData("十九届二中、三中、四中全会")]
    [InlineData("增长百分之十五")]
    public void Counting_words_and_idioms_are_not_numbered_formulas(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == MentionKind.Numbered);
    }

    [Theory]
    // Since round 18 a chain the finder builds is reported only when the text marks it as a label or repeats it (the
    // established ones are lexicon entries): these carry a frame noun, quotation marks or a label noun.
    [InlineData("坚持稳增长、促改革、调结构、惠民生、防风险、保稳定的总要求，", "稳增长、促改革、调结构、惠民生、防风险、保稳定")]
    [InlineData("做到“召之即来、来之能战、战之必胜”。", "召之即来、来之能战、战之必胜")]
    [InlineData("重大活动，“天蓝、地绿、水碧、人和”成为常态", "天蓝、地绿、水碧、人和")]
    [InlineData("按照真学真懂真信真用的要求学习习近平新时代中国特色社会主义思想", "真学真懂真信真用")]
    public void Parallel_chains_are_found(string text, string surface)
    {
        Assert.Equal(surface, Assert.Single(Patterns(text), m => m.Kind == MentionKind.Parallel).Surface);
    }

    [Theory]
    [InlineData("促进补齐就业、就学、就医、社保、住房等民生领域短板")]
    [InlineData("围绕中央、省委、市委决策部署")]
    [InlineData("审议政府、计划、财政、人大常委会、法院、检察院6个工作报告")]
    public void Enumerations_are_not_parallel_slogans(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == MentionKind.Parallel);
    }

    [Theory]
    [InlineData("《中华人民共和国立法法》", TitledDocumentType.Law)]
    [InlineData("《衡阳市人民代表大会及其常务委员会 制定地方性法规条例》", TitledDocumentType.Regulation)]
    [InlineData("《国家中长期科学和技术发展规划纲要》", TitledDocumentType.Plan)]
    [InlineData("《中共中央关于加快农业发展若干问题的决定（草案）》", TitledDocumentType.Decision)]
    [InlineData("《关于衡阳市2019年全市及市本级预算执行情况与2020年全市及市本级预算草案的报告》", TitledDocumentType.Report)]
    [InlineData("《关于加强基层治理的意见》", TitledDocumentType.Opinion)]
    [InlineData("《深化党和国家机构改革方案》", TitledDocumentType.Programme)]
    [InlineData("《宗教事务条例（试行）》", TitledDocumentType.Regulation)]
    [InlineData("《巴黎协定》", TitledDocumentType.Treaty)]
    [InlineData("《中共吉林省委关于制定吉林省国民经济和社会发展第十五个五年规划的建议》", TitledDocumentType.Opinion)]
    public void Titled_documents_are_typed_by_their_last_word(string text, TitledDocumentType type)
    {
        SloganMention m = Single(text, MentionKind.Titled);
        Assert.Equal(type.ToString().ToLowerInvariant(), m.Subtype);
        Assert.DoesNotContain(' ', m.Canonical);
        Assert.Equal(text, m.Surface);
    }

    [Theory]
    [InlineData("订阅《人民日报》和《求是》杂志")]
    [InlineData("电视剧《山海情》热播")]
    public void Newspapers_and_works_are_not_titled_documents(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == MentionKind.Titled);
    }

    [Theory]
    [InlineData("受台风“桦加沙”影响")]
    [InlineData("“粤省事”平台注册用户超过1亿")]
    [InlineData("荣获“全国文明城市”称号")]
    [InlineData("“天问一号”成功着陆")]
    [InlineData("曲艺作品“冰湖腾鱼”荣获第20届群星奖")]
    public void Names_in_quotation_marks_are_not_formulas(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind is MentionKind.Quoted or MentionKind.Lexicon);
    }

    [Theory]
    [InlineData("大力发展跨境电商、数字贸易、绿色贸易等新业态")]
    [InlineData("增强政策的前瞻性、战略性、系统性")]
    [InlineData("向港澳同胞、台湾同胞、广大侨胞致以诚挚问候")]
    public void Ordinary_lists_are_not_parallel_formulas(string text)
    {
        Assert.DoesNotContain(Patterns(text), m => m.Kind == MentionKind.Parallel);
    }

    [Fact]
    public void A_count_of_things_is_not_a_numbered_formula()
    {
        Assert.DoesNotContain(Patterns("新建两个视力矫正室"), m => m.Kind == MentionKind.Numbered);
        Assert.DoesNotContain(Patterns("做强高端医疗器械两大产业"), m => m.Kind == MentionKind.Numbered);
    }

    [Theory]
    [InlineData("扩围实施无还本续贷扩围政策。", "无还本续贷扩围政策")]
    [InlineData("落实财政和货币政策，", "财政和货币政策")]
    [InlineData("更加注重改革实效，以开放促改革促发展。", "")]
    [InlineData("支持吉林农商行深化改革、健康发展。", "")]
    public void Policy_names_keep_whole_words_and_coordinated_names(string text, string expected)
    {
        string[] names = [.. Patterns(text).Where(m => m.Kind == MentionKind.Policy).Select(m => m.Canonical)];
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), names);
    }

    [Fact]
    public void A_variant_is_not_found_inside_a_longer_unrelated_phrase()
    {
        Assert.DoesNotContain(Extract("营造和谐社会环境"), m => m.Kind == MentionKind.Lexicon);
        Assert.Single(Extract("构建社会主义和谐社会"), m => m.Canonical == "社会主义和谐社会");
    }

    [Fact]
    public void Traditional_characters_are_folded_before_matching_and_surfaces_stay_as_written()
    {
        SloganMention m = Assert.Single(Extract("堅持黨的群眾路線，實現社會主義工業化"), m => m.Canonical == "群众路线");
        Assert.Equal("黨的群眾路線", m.Surface); // 党的群众路线, a variant of 群众路线
    }

    [Theory]
    [InlineData("深入实施创新引领开放崛起战略，持续推进", "创新引领开放崛起战略")]
    [InlineData("持续推进振兴实际经济“3311”工程计划和工业原地倍增计划，", "“3311”工程计划|工业原地倍增计划")]
    [InlineData("坚决打赢精准脱贫攻坚战。", "精准脱贫攻坚战")]
    [InlineData("深入实施科教兴国战略和人才强国战略", "科教兴国战略|人才强国战略")]
    [InlineData("扩大财政资金“补改投”改革试点范围，", "“补改投”改革试点")]
    public void Policy_names_get_sensible_left_boundaries(string text, string expected)
    {
        // The boundary is the surface's; a name after a quoted label is listed by the label (“补改投”改革试点 → 补改投).
        Assert.Equal(expected.Split('|'), Patterns(text).Where(m => m.Kind == MentionKind.Policy).Select(m => m.Surface));
    }

    [Theory]
    [InlineData("推动民生问题优先解决、民生工程加快实施、惠民政策全面落实")]
    [InlineData("落实到真抓实干的具体行动上")]
    [InlineData("自觉在思想上政治上行动上同党中央保持高度一致")]
    [InlineData("同意报告提出的2020年计划")]
    public void Generic_words_and_clauses_are_not_policy_names(string text)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == MentionKind.Policy);
    }

    [Fact]
    public void A_known_formula_wins_its_span_over_a_pattern()
    {
        SloganMention m = Assert.Single(Extract("坚持以供给侧结构性改革为主线"));
        Assert.Equal(MentionKind.Lexicon, m.Kind);

        // Modifier + known formula: the known formula is counted, not a policy name around it.
        Assert.Equal("供给侧结构性改革", Assert.Single(Extract("推进农业供给侧结构性改革")).Canonical);
    }

    [Fact]
    public void Outermost_counting_never_counts_a_formula_inside_another()
    {
        const string text = "实施乡村振兴战略，以“全面小康决胜年”为抓手，学习习近平新时代中国特色社会主义思想。";
        IReadOnlyList<SloganMention> outermost = Extract(text);
        Assert.Equal(["乡村振兴战略", "全面小康决胜年", "习近平新时代中国特色社会主义思想"], outermost.Select(m => m.Canonical));
        Assert.All(outermost, m => Assert.False(m.Nested));

        IReadOnlyList<SloganMention> nested = Extract(text, SloganExtractorOptions.Default with { CountingUnit = CountingUnit.Nested });
        Assert.Equal(["乡村振兴", "全面小康", "中国特色社会主义"], nested.Where(m => m.Nested).Select(m => m.Canonical));
        Assert.Equal(outermost.Select(m => m.Canonical), nested.Where(m => !m.Nested).Select(m => m.Canonical));
    }

    [Fact]
    public void Kinds_not_asked_for_are_left_out_but_still_claim_their_span()
    {
        var options = SloganExtractorOptions.Default with { Kinds = new HashSet<MentionKind> { MentionKind.Policy } };
        // 供给侧结构性改革 is a lexicon formula: not reported as a policy even when only policies are asked for.
        Assert.Empty(Extract("坚持以供给侧结构性改革为主线", options));
        Assert.Single(Extract("深入实施创新引领开放崛起战略", options));
    }

    [Fact]
    public void Mentions_carry_document_year_theme_and_context()
    {
        SloganMention m = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { ContextCharacters = 2 })
            .Extract("全面做好“六稳”工作", new ExtractionContext("hengyang", 2020)).Single();
        Assert.Equal(("hengyang", 2020, "economy"), (m.DocumentId, m.Year, m.Theme));
        Assert.Equal("好“六稳”工", m.Context);
        Assert.Same(Lexicon.Default.Find("六稳"), m.Entry);
    }
}
