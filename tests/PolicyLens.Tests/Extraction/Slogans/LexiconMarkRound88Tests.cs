// Specifications of round 88's name-only canonical forms (issue 13; LexiconEntry.NameOnly, the lexicon's `name_only` column,
// a curated canonical ending in ` (name only)`): an entry whose canonical form, written alone, is a descriptive phrase is
// found only through its variants and members, and those mentions keep the canonical name.
//
// The survey behind it: every lexicon entry with variants, its places over the readable texts (gwr, cpc-congress,
// corpus_files.readable_reports(), the opened unseen sets) split into the canonical written bare and the variants, with the
// judged verdicts of readable-wrong88, every Gold/mentions-dev-*.tsv and the readable unseen judged files, and whether the
// readable golds code the entry in a document they cover. 产业链供应链: 46 bare places in 25 documents, judged wrong 2/2 (6/6
// in round 87's count), uncoded at 30 of 30 covered places, read one by one: 44 of the 46 a pair of nouns or a span cut before
// its own word (引导产业链供应链合理有序跨境布局, 产业链供应链韧性, …可靠安全), 2 the policy turned round (稳定产业链供应链, gwr
// 2021–2022); its variants …稳定/…安全 16 places, judged right 1/1. Its national first appearance is the variant (gwr 2021).
// The next candidates fail the bar or would move a first appearance: 高新技术企业, 政治生态, 科技型中小企业, 生态文明 (first
// appearance the canonical), 耕地保护 (bare judged right, coded 2), 城乡一体化 and 农村电商 (the bare formula, read right).
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconMarkRound88Tests
{
    [Theory]
    // provincial/jiangsu_2026 (judged wrong: a generic noun).
    [InlineData("健全海外综合服务体系，引导产业链供应链合理有序跨境布局。")]
    // gwr/2024.
    [InlineData("推动产业链供应链优化升级。")]
    // provincial/anhui_2026.
    [InlineData("实施新一轮重点产业链高质量发展行动，增强产业链供应链的水平分工和垂直整合能力。")]
    public void The_bare_pair_of_chains_is_no_mention_of_the_policy(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Canonical == "产业链供应链");
    }

    [Theory]
    // gwr/2021: the entry's national first appearance.
    [InlineData("维护产业链供应链稳定，对外贸易和利用外资保持增长。", "产业链供应链稳定")]
    // provincial/guangdong_2023 (judged right).
    [InlineData("全力防范化解重大风险，确保粮食、能源资源、重要产业链供应链安全，提高防灾减灾救灾和重大突发公共事件处置保障能力。", "产业链供应链安全")]
    public void The_written_policy_keeps_the_canonical_name(string text, string surface)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == "产业链供应链");
    }

    [Fact]
    public void The_built_in_lexicon_marks_the_name_only_canonical()
    {
        LexiconEntry entry = Lexicon.Default.Find("产业链供应链")!;
        Assert.True(entry.NameOnly);
        Assert.Equal(["产业链供应链稳定", "产业链供应链安全"], entry.Variants);
        Assert.False(Lexicon.Default.Find("四个现代化")!.NameOnly);
    }

    [Fact]
    public void The_first_appearance_is_the_written_policy()
    {
        CorpusAppearance first = Lexicon.Default.Find("产业链供应链")!.NationalFirst!;
        // gwr/2021 at 1803: 维护产业链供应链稳定, as before the mark.
        Assert.Equal((2021, "gwr/2021.txt", 1803), (first.Year, first.Document, first.Offset));
    }

    [Fact]
    public void A_user_table_marks_a_name_only_canonical_and_the_matcher_honours_it()
    {
        Lexicon lexicon = Lexicon.Parse("canonical\ttheme\tvariants\tname_only\n产业链供应链\teconomy\t产业链供应链稳定\tyes\n", "test.tsv");
        Assert.True(lexicon.Find("产业链供应链")!.NameOnly);
        var extractor = new SloganExtractor(lexicon);
        Assert.DoesNotContain(extractor.Extract("推动产业链供应链优化升级。", new ExtractionContext("t", 2024)), m => m.Kind == MentionKind.Lexicon);
        Assert.Contains(extractor.Extract("维护产业链供应链稳定，对外贸易和利用外资保持增长。", new ExtractionContext("t", 2021)),
            m => m.Kind == MentionKind.Lexicon && m.Canonical == "产业链供应链");
    }

    [Fact]
    public void A_user_lexicon_in_json_marks_a_name_only_canonical()
    {
        Lexicon lexicon = Lexicon.Parse("""{ "entries": [ { "canonical": "产业链供应链", "variants": ["产业链供应链稳定"], "name_only": true } ] }""", "test.json");
        Assert.True(lexicon.Find("产业链供应链")!.NameOnly);
    }

    [Fact]
    public void A_name_only_cell_that_is_not_yes_is_a_format_error()
    {
        Assert.Throws<LexiconFormatException>(() => Lexicon.Parse("canonical\ttheme\tvariants\tname_only\n产业链供应链\teconomy\t产业链供应链稳定\tno\n", "test.tsv"));
    }

    [Fact]
    public void A_name_only_entry_without_variants_is_a_lexicon_problem()
    {
        Lexicon lexicon = Lexicon.Parse("canonical\ttheme\tname_only\n产业链供应链\teconomy\tyes\n", "test.tsv");
        Assert.Contains(LexiconMaintenance.Check(lexicon), p => p.Canonical == "产业链供应链" && p.Message.Contains("name-only", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_writer_keeps_the_name_only_mark()
    {
        var written = new StringWriter();
        LexiconMaintenance.Write([Lexicon.Default.Find("产业链供应链")!], written);
        Assert.True(Lexicon.Parse(written.ToString(), "test.tsv").Find("产业链供应链")!.NameOnly);
    }
}
