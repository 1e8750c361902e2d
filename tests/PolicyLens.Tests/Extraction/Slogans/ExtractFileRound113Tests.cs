// Specifications of round 113 (measure113, issue 13): the scorers measure what a user's `policylens extract` reports for a file.
// Up to session 65 `evaluate recall`/`precision`/`sample`, JudgedExample.Load and the gold tests extracted each file's RAW text
// (Extract(string, ExtractionContext.ForText)), while extract reads the file through DocumentParser (the normalised text: full-width
// forms folded, a dash between numbers written ~, a paragraph printed twice dropped, a page split into articles, each with its
// metadata) and maps every mention back to the file. tools/judging/extract_paths.py counted the difference over every text a gold
// or judged file names (main 9eb4391d): readable 22 of 213 texts (13 mentions only on the raw path, 1 only on extract's, 10 at the
// same span under another kind, 85 under another canonical: full-width ＋ folded, a title's 2021—2035 written 2021~2035, a table of
// contents' heading reprinted, the articles of baoding-gwr-2026); unread 13 of 55 texts (2, 1, 2, 48). Since round 113 they all
// go through SloganExtractor.ExtractFile (CorpusReader.Parse, the command's own reading of a file), and the judged examples'
// confidence features are read where the extractor scores a mention: in the article's normalised text (JudgedExample.Span).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A file's mentions as extract reports them: across a joined line, in every article, at the file's offsets.</summary>
public sealed class ExtractFileRound113Tests
{
    private static (string Text, string Path) Read(string name)
    {
        string path = SharedData.CorpusFile(name);
        return (File.ReadAllText(path), path);
    }

    [Theory]
    // gwr/1957: the page layout broke 向科学进军 (向科\n\n学进军) and 无产阶级专政; gwr/2017: 党风\n\n廉政建设.
    [InlineData("gwr/1957.txt", 15372, 15379, "向科学进军")]
    [InlineData("gwr/1957.txt", 30892, 30900, "无产阶级专政")]
    [InlineData("gwr/2017.txt", 17873, 17881, "党风廉政建设")]
    public void A_formula_the_page_layout_broke_is_found_across_the_join_at_the_files_offsets(string name, int start, int end, string canonical)
    {
        (string text, string path) = Read(name);
        Assert.Contains('\n', text[start..end]);
        SloganMention found = Assert.Single(SloganExtractor.Default.ExtractFile(text, path, name), m => m.Start == start);
        Assert.Equal((end, MentionKind.Lexicon, canonical, canonical), (found.End, found.Kind, found.Canonical, found.Surface));
        Assert.Equal(new SourceSpan(start, end), found.Source);
        Assert.Equal(name, found.DocumentId);
    }

    [Fact]
    public void A_full_width_plus_is_read_as_extract_folds_it()
    {
        // gwr/2021: 互联网＋医疗健康, which the raw text's finders took for a quoted label only; extract folds ＋ and finds the
        // formula, its surface the file's own characters.
        (string text, string path) = Read("gwr/2021.txt");
        SloganMention found = Assert.Single(SloganExtractor.Default.ExtractFile(text, path), m => m.Start == 14753);
        Assert.Equal((14761, MentionKind.Lexicon, "互联网+医疗健康", "互联网＋医疗健康"), (found.End, found.Kind, found.Canonical, found.Surface));
        Assert.Equal("2021", found.DocumentId);
    }

    [Fact]
    public void A_coded_form_written_full_width_answers_the_folded_label()
    {
        // unseen/shenzhen-gwr-2025 (unseen26j): the gold codes the bare label 20＋8 as the file writes it; extract reports the
        // policy “20＋8”战略性新兴产业集群规划政策 with the label of the normalised text, 20+8. The scorer reads both forms folded, so
        // the coded label is still answered there (FormulaRecall.Normalise; before the fold it went "inside a longer mention").
        const string name = "unseen/shenzhen-gwr-2025.txt";
        (string text, string path) = Read(name);
        SloganMention policy = Assert.Single(SloganExtractor.Default.ExtractFile(text, path, name), m => m.Start == 3927);
        Assert.Equal((MentionKind.Policy, "“20＋8”战略性新兴产业集群规划政策", "20+8"), (policy.Kind, policy.Surface, policy.Label));
        Assert.Equal(FormulaRecall.Normalise("20＋8"), FormulaRecall.Normalise(policy.Label));
        Assert.Equal("互联网+医疗健康（2021~2035年）", FormulaRecall.Normalise("互联网＋医疗健康（2021~2035年）"));
    }

    [Fact]
    public void Each_article_of_a_split_page_keeps_its_own_metadata_and_the_files_offsets()
    {
        // unseen/baoding-gwr-2026 (readable): a news page the parser splits into articles. The raw-text context gave such a
        // file no metadata at all (ExtractionContext.ForText); extract, and now the scorers, read each article with its own.
        const string name = "unseen/baoding-gwr-2026.txt";
        (string text, string path) = Read(name);
        Assert.Null(ExtractionContext.ForText(name, text, path).Year);
        List<Document> articles = [.. new CorpusReader().Read(path)];
        Assert.True(articles.Count >= 2);
        IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.ExtractFile(text, path);
        // The first article (the page's head) holds no mention; the three after it do.
        Assert.Equal(articles.Skip(1).Select(a => a.Id), mentions.Select(m => m.DocumentId).Distinct());
        foreach (Document article in articles)
        {
            Assert.Equal(2026, article.Metadata.Year);
            List<SloganMention> own = [.. SloganExtractor.Default.Extract(article)];
            Assert.Equal(
                own.Select(m => (m.Source!.Value.Start, m.Source.Value.End, m.Kind, m.Canonical, m.Year)),
                mentions.Where(m => m.DocumentId == article.Id).Select(m => (m.Start, m.End, m.Kind, m.Canonical, m.Year)));
        }
    }

    [Fact]
    public void A_judged_example_is_read_where_the_extractor_scores_it()
    {
        // A judged row at the file's offsets of 向科\n\n学进军: reported, and its features read in the normalised text, where
        // the extractor scores the mention's confidence.
        string judged = Path.Combine(Path.GetTempPath(), $"judged-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(judged, ["file\tstart\tend\tkind\tsurface\tverdict", "gwr/1957.txt\t15372\t15379\tlexicon\t向科学进军\tright"]);
        try
        {
            JudgedExample example = Assert.Single(JudgedExample.Load([judged], file => Read(file), SloganExtractor.Default));
            Assert.True(example.Reported);
            Assert.Equal((15372, 15379), (example.Mention.Start, example.Mention.End));
            Assert.Equal("向科学进军", example.Text[example.Span.Start..example.Span.End]);
            SloganMention reported = Assert.Single(SloganExtractor.Default.ExtractFile(Read("gwr/1957.txt").Text, Read("gwr/1957.txt").Path), m => m.Start == 15372);
            Assert.Equal(reported.Confidence, MentionConfidence.Default.Score(example), 12);
        }
        finally
        {
            File.Delete(judged);
        }
    }
}
