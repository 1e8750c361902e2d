// Specifications of the extractor's one-sense-per-discourse stage (RepeatMentionFinder, issue 13): a name a finder reported
// in a document is reported wherever else the same document writes it without the finder's signal, on passages of
// development reports (each passage is sentences of one report, in the report's order; the file is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Repeats of quoted labels and named policies: reported with the introducing mention's kind and canonical form and the
/// subtype <c>repeat</c>, on word boundaries, never where the context makes the words another thing's name or someone
/// else's quoted words, and never for the label core of a quoted programme, a numbered phrase or a count of things.
/// </summary>
public sealed class RepeatMentionTests
{
    private static IReadOnlyList<SloganMention> Repeats(string text) => [.. Mentions(text).Where(m => m.Subtype == "repeat")];

    [Fact]
    public void A_quoted_label_is_reported_again_where_the_report_writes_it_without_the_quoted_finders_signal()
    {
        // qinghai_2026 (the development gold codes 中华水塔 four times): the label is reported in the first sentence, before
        // the field 生态保护支持体系; the last one quotes it at the end of a clause, which alone the quoted finder refuses.
        string text = "统筹山水林田湖草沙一体化保护和系统治理，推进三江源“中华水塔”生态保护支持体系建设，“三北”工程六期完成年度攻坚任务。"
            + "成为全国地表水国考断面水质优良率连续五年保持100%的唯一省份，“中华水塔”愈加坚固丰沛。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);

        SloganMention first = Assert.Single(mentions, m => m.Canonical == "中华水塔" && m.Subtype != "repeat");
        SloganMention repeat = Assert.Single(Repeats(text));
        Assert.Equal((MentionKind.Quoted, "中华水塔", "中华水塔"), (repeat.Kind, repeat.Canonical, repeat.Surface));
        Assert.True(repeat.Start > first.End);
        Assert.Equal("中华水塔", text[repeat.Start..repeat.End]);
    }

    [Fact]
    public void A_label_is_reported_where_it_stands_unquoted_before_another_formula()
    {
        // zhumadian_2024: the heading introduces the city's goal in quotes; the review wrote it unquoted before 三个一批.
        string text = "实施中国药谷“三个一批”项目84个，总投资588亿元，“超级工厂”一期开园入企。（一）聚焦转型升级，做大做强工业经济加快“中国药谷”建设。";

        SloganMention repeat = Assert.Single(Repeats(text));
        Assert.Equal((MentionKind.Quoted, "中国药谷", 2), (repeat.Kind, repeat.Canonical, repeat.Start));
        Assert.Contains(Mentions(text), m => m.Canonical == "三个一批");
    }

    [Fact]
    public void A_programme_named_after_an_introducing_verb_is_reported_again_without_the_verb()
    {
        // anhui_2026: 大力实施 introduces the programme; 推进 later is no verb that introduces a name.
        string text = "一体推进教育科技人才发展，大力实施人才兴皖工程，强化企业科技创新主体地位。推进人才兴皖工程提质增效，创建国家吸引和集聚人才平台。";
        IReadOnlyList<SloganMention> names = [.. Mentions(text).Where(m => m.Canonical == "人才兴皖工程")];

        Assert.Equal(2, names.Count);
        Assert.All(names, m => Assert.Equal(MentionKind.Policy, m.Kind));
        Assert.Equal(["", "repeat"], names.Select(m => m.Subtype));
    }

    [Fact]
    public void A_label_that_names_a_platform_an_event_or_a_listed_brand_where_it_stands_is_not_repeated()
    {
        // fujian_2026: the province's maritime strategy, then a platform named after it (“海上福建”平台, not coded).
        Assert.Empty(Repeats("深入实施海洋强省战略，深化“海上福建”建设。加强“数字海洋”建设，持续推进一体化大融合“海上福建”平台等项目。"));

        // zhumadian_2024: a summit named after the city's goal (meetings are not coded).
        Assert.Empty(Repeats("成功举办2023全国农机展、“中国药谷”创新发展峰会等重大活动。（一）聚焦转型升级，做大做强工业经济加快“中国药谷”建设。"));

        // heilongjiang_2026: regional product brands listed as brands (the codebook's decision on brands).
        Assert.Empty(Repeats("定制农业签约额突破50亿元，“黑土优品”“九珍十八品”销售额持续增加。实施农业品牌提升行动，加大“黑土优品”“九珍十八品”等品牌宣传推介力度。"));
    }

    [Fact]
    public void The_label_core_of_a_quoted_programme_is_not_repeated_as_an_ordinary_phrase()
    {
        // guangdong_2024: 大产业 is the label of the policy “大产业”立柱架梁行动; alone it is a phrase.
        string text = "实施“大产业”立柱架梁行动，提质壮大8个万亿元级产业集群。将农业建成现代化大产业，做好“土特产”文章。";

        Assert.Contains(Policies(text), m => m.Label == "大产业" && m.Canonical == "大产业立柱架梁行动");
        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void A_label_of_digits_and_a_measure_word_is_a_count_where_it_stands_unquoted()
    {
        // chongqing_2026: “30条”, a package of 30 measures, in quotes; 美丽河湖30条 counts rivers.
        string text = "制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策。统筹治水治气治土，累计建成美丽河湖30条、幸福河湖69条。";

        // Round 49 (labels49): the document's name is the canonical (经济向上向好30条), the bare count its Label.
        Assert.Contains(Mentions(text), m => m.Label == "30条" && m.Kind == MentionKind.Quoted);
        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void A_numbered_phrase_is_not_repeated_where_the_numbered_finder_read_it_as_a_count()
    {
        // 1984 government work report: the numbered finder reads 两个超级大国 once as a formula; the superpowers are counted
        // things, and a repeat would count the finder's slip again wherever the report names them.
        string text = "两个超级大国的全球性争夺继续加剧，核军备竞赛不断升级。国际紧张局势的根源是两个超级大国争夺世界霸权。";

        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void A_quoted_count_of_things_is_not_repeated_where_it_stands_unquoted()
    {
        // 11th congress report (1977): “一个资产阶级” quotes the words the report refutes; unquoted, 一个 counts.
        string text = "诬蔑这些老干部在我们党内形成“一个资产阶级”。这是对我们党的老干部的恶毒攻击。走资派在党内就只是一小撮，并且不断被揭露和清除，不可能形成一个资产阶级。";

        Assert.Contains(Mentions(text), m => m.Canonical == "一个资产阶级" && m.Kind == MentionKind.Quoted);
        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void A_name_inside_a_longer_quotation_is_someone_elses_words()
    {
        // 9th congress report (1969): Lenin quoted at length, then his words echoed in quotes.
        string text = "“从资本主义过渡到共产主义是一整个历史时代。只要这个时代没有结束，剥削者就必然存着复辟希望，并把这种希望变为复辟行动。”"
            + "他们一上台，就立刻把资产阶级的“复辟希望”变成“复辟行动”，篡夺了列宁、斯大林的党。";

        Assert.Contains(Mentions(text), m => m.Canonical == "复辟行动" && m.Kind == MentionKind.Quoted);
        Assert.Empty(Repeats(text));
    }

    [Fact]
    public void The_stage_can_be_switched_off()
    {
        string text = "一体推进教育科技人才发展，大力实施人才兴皖工程，强化企业科技创新主体地位。推进人才兴皖工程提质增效，创建国家吸引和集聚人才平台。";
        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { Repeats = false });
        var onlyNumbered = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { RepeatKinds = new HashSet<MentionKind> { MentionKind.Numbered } });

        Assert.Single(extractor.Extract(text, new ExtractionContext("t", 2026)), m => m.Canonical == "人才兴皖工程");
        Assert.Single(onlyNumbered.Extract(text, new ExtractionContext("t", 2026)), m => m.Canonical == "人才兴皖工程");
        Assert.Equal(2, Mentions(text).Count(m => m.Canonical == "人才兴皖工程"));
    }

    [Fact]
    public void A_report_in_one_long_paragraph_repeats_each_copys_names_in_linear_time()
    {
        // zhumadian_2025 written 60 times without a line break: every copy reports 中国药谷 as often as the report does, and
        // the stage (one scan, a bounded look-up per position, the quotation state read once) takes no time out of proportion.
        string report = SharedData.ReadText("corpus/municipal/zhumadian_2025.txt").Replace("\n", "", StringComparison.Ordinal);
        int once = SloganExtractor.Default.Extract(report, new ExtractionContext("once")).Count(m => m.Canonical == "中国药谷");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int many = SloganExtractor.Default.Extract(string.Concat(Enumerable.Repeat(report, 60)), new ExtractionContext("many")).Count(m => m.Canonical == "中国药谷");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{watch.Elapsed}");
        Assert.True(once >= 6, $"{once}");
        Assert.Equal(60 * once, many);
    }

    [Fact]
    public void Repeats_are_in_text_order_and_overlap_no_other_mention()
    {
        string text = SharedData.ReadText("corpus/municipal/zhumadian_2025.txt");
        IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.Extract(text, new ExtractionContext("zhumadian_2025", 2025));
        IReadOnlyList<SloganMention> repeats = [.. mentions.Where(m => m.Subtype == "repeat")];

        Assert.NotEmpty(repeats);
        Assert.All(repeats, r => Assert.DoesNotContain(mentions, m => !ReferenceEquals(m, r) && m.Start < r.End && r.Start < m.End));
        Assert.Equal(mentions.Select(m => m.Start).Order(), mentions.Select(m => m.Start));
    }
}
