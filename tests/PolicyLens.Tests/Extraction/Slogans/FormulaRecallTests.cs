// The recall scorer (FormulaRecall), the coded-formula format (CodedFormula) and the binomial intervals (Proportion): the rules
// by which every recall figure of the project and of `policylens evaluate` is counted, checked on real sentences.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>How FormulaRecall credits mentions to coded formulas and names where the missed ones went; CodedFormula's reader; Proportion.</summary>
public sealed class FormulaRecallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-recall-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CodedFormula Coded(string forms, int count, params MentionKind[] kinds) =>
        new("t.txt", "dev", forms.Split('|', StringSplitOptions.TrimEntries), count, kinds.ToHashSet(), "");

    // Two sentences of the national reports (gwr/2021, gwr/2019): a lexicon formula twice and a quoted numbered formula.
    private const string Sentence = "必须坚持新发展理念，把新发展理念完整、准确、全面贯穿发展全过程和各领域，引导各方面把工作重点放在提高发展质量和效益上，促进增长潜力充分发挥。坚持“两个毫不动摇”，鼓励、支持、引导非公有制经济发展。";

    private static IReadOnlyList<SloganMention> Mentions() => new SloganExtractor(Lexicon.Default).Extract(Sentence, new ExtractionContext("t.txt"));

    [Fact]
    public void A_mention_of_any_coded_form_finds_the_formula_once_per_coded_occurrence()
    {
        IReadOnlyList<SloganMention> mentions = Mentions();
        Assert.Equal(2, mentions.Count(m => m.Canonical == "新发展理念"));
        // Coded once: the second mention finds nothing more, and still answers the formula (precision is not a count).
        TextRecall once = FormulaRecall.Score("t.txt", [Coded("完整准确全面贯彻新发展理念 | 新发展理念", 1, MentionKind.Lexicon)], mentions);
        Assert.Equal((1, 1), (once.Coded, once.Found));
        Assert.Equal(2, once.ByKind[MentionKind.Lexicon].Coded);
        // Coded three times: two found, one missed, and the text's mentions hold the form: found fewer times than coded.
        TextRecall thrice = FormulaRecall.Score("t.txt", [Coded("新发展理念", 3, MentionKind.Lexicon)], mentions);
        Assert.Equal((3, 2), (thrice.Coded, thrice.Found));
        MissedFormula missed = Assert.Single(thrice.Missed);
        Assert.Equal((1, MissCause.FoundFewerTimes), (missed.Occurrences, missed.Cause));
    }

    [Fact]
    public void A_formula_inside_a_longer_mention_counts_only_where_the_longer_one_is_no_coded_item()
    {
        // hebei-gwr-2023 (unseen26f): its coder codes 中国式现代化 and 中华民族伟大复兴 here, not the compound the lexicon reports.
        const string sentence = "党的二十大，开启了以中国式现代化全面推进中华民族伟大复兴的新征程。";
        var options = SloganExtractorOptions.Default with { CountingUnit = CountingUnit.Nested };
        IReadOnlyList<SloganMention> nested = new SloganExtractor(Lexicon.Default, options).Extract(sentence, new ExtractionContext("t.txt"));
        IReadOnlyList<SloganMention> outermost = new SloganExtractor(Lexicon.Default).Extract(sentence, new ExtractionContext("t.txt"));
        Assert.Equal("以中国式现代化全面推进中华民族伟大复兴", Assert.Single(outermost).Surface);
        Assert.Contains(nested, m => m.Nested && m.Surface == "中华民族伟大复兴");

        CodedFormula[] parts = [Coded("中国式现代化", 1, MentionKind.Lexicon), Coded("中华民族伟大复兴", 1, MentionKind.Lexicon)];
        Assert.Equal(0, FormulaRecall.Score("t.txt", parts, outermost).Found);
        Assert.Equal(2, FormulaRecall.Score("t.txt", parts, nested).Found);

        // Where the coder codes the compound, the formulas inside it do not count again (the codebook's count rule).
        CodedFormula[] whole = [Coded("以中国式现代化全面推进中华民族伟大复兴", 1, MentionKind.Lexicon), Coded("中华民族伟大复兴", 1, MentionKind.Lexicon)];
        TextRecall score = FormulaRecall.Score("t.txt", whole, nested);
        Assert.Equal((2, 1), (score.Coded, score.Found));
        Assert.Equal("中华民族伟大复兴", Assert.Single(score.Missed).Formula.Forms[0]);
    }

    [Fact]
    public void A_kind_the_coders_did_not_list_finds_nothing_but_lexicon_fits_every_formula()
    {
        IReadOnlyList<SloganMention> mentions = Mentions();
        SloganMention quoted = Assert.Single(mentions, m => m.Surface.Contains("两个毫不动摇", StringComparison.Ordinal));
        // Coded as a policy only: the mention (of another kind unless the lexicon reported it) does not find it.
        TextRecall score = FormulaRecall.Score("t.txt", [Coded("两个毫不动摇", 1, MentionKind.Policy)], [quoted]);
        Assert.Equal(quoted.Kind == MentionKind.Lexicon ? 1 : 0, score.Found);
        if (quoted.Kind != MentionKind.Lexicon)
        {
            Assert.Equal(MissCause.UnderAnotherKind, Assert.Single(score.Missed).Cause);
            Assert.Equal(quoted, Assert.Single(score.NotCoded));
        }

        TextRecall fits = FormulaRecall.Score("t.txt", [Coded("两个毫不动摇", 1, quoted.Kind)], [quoted]);
        Assert.Equal(1, fits.Found);
        Assert.Empty(fits.NotCoded);
    }

    [Fact]
    public void Misses_are_told_apart_by_what_the_text_reports_instead()
    {
        IReadOnlyList<SloganMention> mentions = Mentions();
        TextRecall score = FormulaRecall.Score("t.txt",
        [
            Coded("发展理念", 1, MentionKind.Quoted),              // inside the longer mention 新发展理念
            Coded("新发展理念引领高质量发展", 1, MentionKind.Parallel), // holds the shorter mention 新发展理念
            Coded("共同富裕", 1, MentionKind.Lexicon),               // nothing reported shares it
        ], mentions);
        Assert.Equal(0, score.Found);
        Assert.Equal(
            [MissCause.InsideLongerMention, MissCause.HoldsShorterMention, MissCause.Nothing],
            score.Missed.Select(m => m.Cause));
        Assert.Equal(3, score.Coded);
        Assert.Equal(0, score.Recall);
    }

    [Fact]
    public void Forms_are_compared_without_spaces_quotation_marks_and_book_title_marks()
    {
        Assert.Equal("两个毫不动摇", FormulaRecall.Normalise("“两个 毫不动摇”"));
        Assert.Equal("稳增长、促改革", FormulaRecall.Normalise("稳增长，促改革"));
        Assert.Equal("中华人民共和国民法典", FormulaRecall.Normalise("《中华人民共和国民法典》"));
    }

    [Fact]
    public void A_coded_formula_file_is_read_by_its_header_and_its_errors_name_file_and_line()
    {
        string path = Path.Combine(_folder, "coded.tsv");
        File.WriteAllLines(path,
        [
            "# coded by hand",
            "file\tsplit\tcanonical\tcount\tkinds\tnote",
            "provincial/jilin_2026.txt\tdev\t新发展理念 | 完整准确全面贯彻新发展理念\t2\tlexicon\t",
            "provincial/jilin_2026.txt\tdev\t“放管服”改革\t1\tquoted,policy\tborderline: label or reform",
            "provincial/jilin_2026.txt\tdev\t十四五\t1\tnumbered",
        ]);
        IReadOnlyList<CodedFormula> rows = CodedFormula.ReadFile(path);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["新发展理念", "完整准确全面贯彻新发展理念"], rows[0].Forms);
        Assert.Equal((2, false), (rows[0].Count, rows[0].Borderline));
        Assert.True(rows[1].Borderline);
        Assert.Equal([MentionKind.Quoted, MentionKind.Policy], rows[1].Kinds.Order());
        Assert.True(rows[1].Fits(MentionKind.Lexicon) && rows[1].Fits(MentionKind.Policy) && !rows[1].Fits(MentionKind.Parallel));
        Assert.Equal("", rows[2].Note);

        File.WriteAllLines(path, ["file\tcanonical\tcount\tkinds", "a.txt\t新发展理念\t0\tlexicon"]);
        FormatException zero = Assert.Throws<FormatException>(() => CodedFormula.ReadFile(path));
        Assert.Contains($"{path}, line 2", zero.Message, StringComparison.Ordinal);
        File.WriteAllLines(path, ["file\tcanonical\tcount\tkinds", "a.txt\t新发展理念\t1\tslogan"]);
        Assert.Contains("unknown kind 'slogan'", Assert.Throws<FormatException>(() => CodedFormula.ReadFile(path)).Message, StringComparison.Ordinal);
        File.WriteAllLines(path, ["file\tcanonical\tcount", "a.txt\t新发展理念\t1"]);
        Assert.Contains("no 'kinds' column", Assert.Throws<FormatException>(() => CodedFormula.ReadFile(path)).Message, StringComparison.Ordinal);
        File.WriteAllLines(path, ["file\tcanonical\tcount\tkinds", "a.txt\t | \t1\tlexicon"]);
        Assert.Contains("line 2: the canonical cell is empty", Assert.Throws<FormatException>(() => CodedFormula.ReadFile(path)).Message, StringComparison.Ordinal);
    }

    // Reference values: the Clopper–Pearson bounds solved by bisection on exact binomial tails (P(X ≥ x | p) = 0.025 and
    // P(X ≤ x | p) = 0.025, Python's math.comb), as R's binom.test(x, n)$conf.int gives them.
    [Theory]
    [InlineData(10, 13, 0.4618685, 0.9496189)]
    [InlineData(87, 100, 0.7879593, 0.9289270)]
    [InlineData(0, 10, 0.0, 0.3084971)]
    [InlineData(11, 11, 0.7150858, 1.0)]
    public void The_interval_is_the_exact_binomial_one(int successes, int trials, double lower, double upper)
    {
        (double low, double high) = new Proportion(successes, trials).Interval();
        Assert.Equal(lower, low, 6);
        Assert.Equal(upper, high, 6);
    }

    private static TextRecall Text(int coded, int found) =>
        new("t.txt", coded, found, new Dictionary<MentionKind, KindAgreement>(), [], []);

    [Fact]
    public void The_bootstrap_over_texts_is_wider_than_the_binomial_interval_when_texts_differ()
    {
        // Texts alike: every resample pools the same recall.
        Assert.Equal((0.75, 0.75), FormulaRecall.TextBootstrapInterval([Text(400, 300), Text(400, 300), Text(400, 300)]));

        // Texts that differ (recall 0.60 to 0.90, as the unread sets do): the pooled recall lies inside, the interval is wider
        // than the binomial one of the pooled counts, and the same seed gives the same interval.
        TextRecall[] texts = [Text(500, 300), Text(400, 360), Text(600, 420), Text(300, 240), Text(450, 315), Text(350, 280)];
        (double low, double high) = FormulaRecall.TextBootstrapInterval(texts);
        var pooled = new Proportion(texts.Sum(t => t.Found), texts.Sum(t => t.Coded));
        (double binomialLow, double binomialHigh) = pooled.Interval();
        Assert.InRange(pooled.Value, low, high);
        Assert.True(high - low > 1.5 * (binomialHigh - binomialLow), $"bootstrap [{low}, {high}] vs binomial [{binomialLow}, {binomialHigh}]");
        Assert.Equal((low, high), FormulaRecall.TextBootstrapInterval(texts));
        Assert.NotEqual((low, high), FormulaRecall.TextBootstrapInterval(texts, seed: 2));

        // The recall interval is the bootstrap over clusters of found of coded; clusters without trials are left out.
        Assert.Equal((low, high), Proportion.ClusterBootstrapInterval([.. texts.Select(t => new Proportion(t.Found, t.Coded))]));
        (double lowWithEmpty, double highWithEmpty) = Proportion.ClusterBootstrapInterval([.. texts.Select(t => new Proportion(t.Found, t.Coded)), new Proportion(0, 0)]);
        Assert.InRange(pooled.Value, lowWithEmpty, highWithEmpty);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.ClusterBootstrapInterval([new Proportion(0, 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormulaRecall.TextBootstrapInterval([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormulaRecall.TextBootstrapInterval(texts, confidence: 0));
    }

    [Fact]
    public void A_proportion_pools_prints_and_refuses_impossible_counts()
    {
        Proportion pooled = new Proportion(10, 13) + new Proportion(1, 7);
        Assert.Equal(new Proportion(11, 20), pooled);
        Assert.Equal("10/13 = 76.9 % [46.2, 95.0]", new Proportion(10, 13).ToString());
        Assert.Equal((0.0, 1.0), new Proportion(0, 0).Interval());
        Assert.True(double.IsNaN(new Proportion(0, 0).Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(5, 4).Interval());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 4).Interval(1.0));
    }
}
