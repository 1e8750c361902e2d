// Specifications of round 84's bare-only variants (issue 13; LexiconEntry.Bare, the lexicon's `bare` column, a curated
// variant ending in ` (bare)`): an abbreviation that names its entry's formula where a text writes it bare (实现四化) but,
// quoted in later texts, another formula of the same count, is no lexicon mention of the entry inside quotation marks.
//
// The survey behind it: every lexicon variant that is a contraction or numeral abbreviation of its entry (a variant of at
// most four characters, two or more shorter than the canonical, starting with a numeral or written with the canonical's
// characters in order: 23 with a quoted use), and its places quoted (“V” or ‘V’) in the readable texts (gwr, cpc-congress,
// central, corpus_files.readable_reports(), the opened unseen sets), by year, read one by one:
//   四化 → 四个现代化: 12 quoted, 0 the four modernizations, 12 another four — gwr 2002 the cadre “四化”方针 (1); zhumadian
//     2017 “四化”融合同步 (1) and jiangsu 2026 “四化”同步 (1), the new four of 四化同步; baoding 2022–2023 the city's
//     greening four (2); guizhou 2026 Guizhou's own 主攻“四化” and its “四化” funds (7). Bare it is the 1978–1986 formula
//     (gwr 1980, 1985, 1986: 四化建设, 实现四化). Marked bare.
//   五型 → 五型机关: 2 quoted (chongqing 2026 “五型”国家物流枢纽, twice), 2 another (the five-type logistics hub). Marked bare
//     (thin evidence: one document; no readable text writes the party-office 五型 quoted).
//   Quoted uses that are the entry's own, left alone: 双碳 22/22 (2023–2026), 走出去 64/64 (2001–2026), 内卷式 26/26
//     (2025–2026), 低保 12/12 (2002–2005), 四上 11/11 (2023–2026), 智改数转 8/8 (2024–2026), 万村千乡 4/4 (2009–2014),
//     八字宪法 2/2, 双轨制 2/2, 四稳 2/2, 大财政 2/2, 五讲四美 2/2 (1982, the formula 五讲四美三热爱 grew from), 房住不炒,
//     两手抓, 三旧, 十年禁渔, 单项冠军 1/1; 米袋子 7/10 (“米袋子”省长负责制; 3 the metaphor 装满“米袋子”); 双创 9/14
//     (2016–2023; 5 Guangdong's 岭南文化“双创” and a school 双创, 36 % another); 双控 6/13 (energy 双控; 7 carbon-emission or
//     groundwater 双控, 54 % another); 菜篮子 → 菜篮子市长负责制 8/29 (“菜篮子”市长负责制; the rest “菜篮子”工程, a longer entry,
//     or “菜篮子”产品): under the 80 % bar, left alone.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class BareVariantRound84Tests
{
    [Theory]
    // gwr/1980: the national formula bare.
    [InlineData("随着四化建设的进展，各方面对新材料的数量、质量、品种和性能要求越来越多、越来越高，任务十分艰巨。")]
    // gwr/1985.
    [InlineData("我们实现四化的宏伟目标就一定能够实现！")]
    public void The_bare_abbreviation_is_the_four_modernizations(string text)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "四化" && m.Canonical == "四个现代化");
    }

    [Theory]
    // provincial/guizhou_2026: Guizhou's own four (its gold codes 四化 as Guizhou's formula).
    [InlineData("坚持以高质量发展统揽全局，坚定不移围绕“四新”主攻“四化”，全力稳就业、稳企业、稳市场、稳预期，高质量发展迈出新的坚实步伐。")]
    // provincial/guizhou_2026: the province's “四化” fund.
    [InlineData("改革财政资金使用方式，设立“四化”及生态环保、新动能基金，撬动社会资本投入产业发展。")]
    // unseen/baoding-gwr-2022: the city's greening four, defined in the note.
    [InlineData("[14]“四化四园”：“四化”，即城市风貌绿化、美化、亮化、净化；“四园”，即郊野公园、城市公园、社区公园、口袋公园。")]
    // gwr/2002: the cadre 四化 (革命化、年轻化、知识化、专业化).
    [InlineData("坚持“四化”方针和德才兼备的原则，加快培养和选拔适应改革开放和现代化建设新形势需要的各类人才。")]
    // provincial/jiangsu_2026: the new four of 四化同步.
    [InlineData("推进宿迁“四化”同步集成改革示范区建设。")]
    public void The_quoted_abbreviation_is_no_mention_of_the_four_modernizations(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Canonical == "四个现代化");
    }

    // provincial/guizhou_2026: the quoted “四化” is still reported, by its own surface (the golds credit it so).
    [Fact]
    public void The_quoted_abbreviation_is_reported_as_itself()
    {
        const string text = "坚持以高质量发展统揽全局，坚定不移围绕“四新”主攻“四化”，全力稳就业、稳企业、稳市场、稳预期，高质量发展迈出新的坚实步伐。";
        Assert.Contains(Mentions(text), m => m.Surface.Trim('“', '”') == "四化" && m.Canonical.Trim('“', '”') == "四化");
    }

    // provincial/chongqing_2026: the five-type logistics hub, no party office of the 五型机关.
    [Fact]
    public void The_quoted_five_types_are_no_mention_of_the_five_type_office()
    {
        const string text = "实施“五型”国家物流枢纽提升行动，增强西部陆海新通道物流和运营组织中心功能，提升中欧班列（成渝）发展水平。";
        Assert.DoesNotContain(Mentions(text), m => m.Canonical == "五型机关");
    }

    [Fact]
    public void The_built_in_lexicon_carries_the_bare_variants()
    {
        Assert.Equal(["四化"], Lexicon.Default.Find("四个现代化")!.Bare);
        Assert.Equal(["五型"], Lexicon.Default.Find("五型机关")!.Bare);
    }

    [Fact]
    public void A_bare_spelling_that_is_no_variant_is_a_lexicon_problem()
    {
        Lexicon lexicon = Lexicon.Parse("canonical\ttheme\tvariants\tbare\n四个现代化\tideology\t四化\t四化建设\n", "test.tsv");
        Assert.Contains(LexiconMaintenance.Check(lexicon), p => p.Canonical == "四个现代化" && p.Message.Contains("bare", StringComparison.Ordinal));
    }
}
