// Specifications of spellings a place-scoped entry reports anywhere (round 42; LexiconEntry.Anywhere, the lexicon's `anywhere`
// column, a trailing * in the curated files): Guangdong's 百县千镇万村高质量发展工程 is counted under 百千万工程 in a text that
// names the province fewer than three times, while the short “百千万”工程, which other places' programmes are called too, is not.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A place's entry keeps its scope for its short forms and drops it for the full names the lexicon lists as reported
/// anywhere; the column is read, written, compared and checked like the other columns.
/// </summary>
public sealed class PlaceFreeSpellingTests
{
    [Fact]
    public void The_full_name_of_a_place_programme_is_reported_where_the_place_is_not_named_three_times()
    {
        // unseen/gd-guangzhou-inspection-2026 (opened set unseen26d; 广东 twice in the text): its gold codes the programme here.
        const string Sentence = "聚力做强中心城区、南沙等重点板块功能，深入实施“百县千镇万村高质量发展工程”，有力撑起广州发展四梁八柱；高质量推进城市更新。";
        SloganMention mention = Assert.Single(Mentions(Sentence), m => m.Kind == MentionKind.Lexicon && m.Canonical == "百千万工程");
        Assert.Equal("百县千镇万村高质量发展工程", mention.Surface.Trim('“', '”'));
        Assert.DoesNotContain(Mentions(Sentence), m => m.Canonical == "高质量发展" && !m.Nested);
    }

    [Fact]
    public void The_short_label_other_places_use_keeps_the_place_scope()
    {
        // zhumadian's reports name their own “百千万”工程: without 广东 named three times the Guangdong entry stays out.
        Assert.DoesNotContain(Mentions("深入实施“百千万”工程，推动县域经济高质量发展。"), m => m.Canonical == "百千万工程" && m.Kind == MentionKind.Lexicon);
        Assert.Contains(Mentions("广东省委、广东省政府部署，广东深入实施“百千万”工程。"), m => m.Canonical == "百千万工程" && m.Kind == MentionKind.Lexicon);
    }

    [Fact]
    public void The_built_in_entry_lists_the_full_name_as_reported_anywhere()
    {
        LexiconEntry entry = Lexicon.Default.Find("百千万工程")!;
        Assert.Equal("广东", entry.Place);
        Assert.Equal(["百县千镇万村高质量发展工程"], entry.Anywhere);
    }

    [Fact]
    public void The_anywhere_column_is_read_written_and_compared()
    {
        const string Table = "canonical\tkind\ttheme\tvariants\tplace\tanywhere\n三区两县\tnumbered-formula\tregion\t驻马店三区两县建设\t驻马店\t驻马店三区两县建设\n";
        Lexicon read = Lexicon.Parse(Table, "anywhere.tsv");
        Assert.Equal(["驻马店三区两县建设"], read.Find("三区两县")!.Anywhere);

        var written = new StringWriter();
        LexiconMaintenance.Write(read.Entries, written);
        Lexicon back = Lexicon.Parse(written.ToString(), "round-trip.tsv");
        Assert.Equal(["驻马店三区两县建设"], back.Find("三区两县")!.Anywhere);
        Assert.Empty(LexiconMaintenance.Diff(read, back));

        Lexicon scoped = Lexicon.Parse(Table.Replace("\t驻马店三区两县建设\n", "\t\n", StringComparison.Ordinal), "scoped.tsv");
        Assert.Contains(LexiconMaintenance.Diff(read, scoped), c => c.Canonical == "三区两县" && c.Change == "changed" && c.Detail.Contains("anywhere", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_reports_an_anywhere_spelling_that_is_no_spelling_or_has_no_place()
    {
        Lexicon lexicon = Lexicon.Parse(
            "canonical\tkind\ttheme\tvariants\tplace\tanywhere\n三区两县\tnumbered-formula\tregion\t\t驻马店\t三区一群\n六稳\tnumbered-formula\teconomy\t\t\t六稳\n",
            "anywhere.tsv");
        IReadOnlyList<LexiconProblem> problems = LexiconMaintenance.Check(lexicon);
        Assert.Contains(problems, p => p.Canonical == "三区两县" && p.IsError && p.Message.Contains("no spelling of the entry", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Canonical == "六稳" && p.IsError && p.Message.Contains("has no place", StringComparison.Ordinal));
    }
}
