using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// The seed: one scanned page of the 衡阳 city paper (2020-01-10) with a closing speech, two news items, six
/// resolutions (one whose title the page lost), the presidium item and the regulation item; words broken across blank
/// lines, and the last paragraph printed twice.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly string PagePath = Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt");

    private static readonly Lazy<(string Page, IReadOnlyList<Document> Docs)> Seed = new(() =>
    {
        string page = File.ReadAllText(PagePath);
        return (page, DocumentParser.Parse(page, new DocumentSource { Id = "hengyang", Location = PagePath, FileName = PagePath }));
    });

    private static IReadOnlyList<Document> Docs => Seed.Value.Docs;

    [Fact]
    public void The_page_splits_into_its_ten_articles_with_their_titles()
    {
        Assert.Equal(
        [
            "在市十五届人大七次会议闭幕会上的讲话",
            "郑建新看望慰问我市“两会”安保工作一线执勤的公安民警，强调—— 为保障衡阳社会和谐稳定做出更大贡献 邓群策参加看望",
            "衡阳市第十五届人民代表大会第七次会议关于政府工作报告的决议",
            "衡阳市第十五届人民代表大会第七次会议 关于衡阳市2019年全市及市本级预算执行情况 与2020年全市及市本级预算的决议",
            "衡阳市第十五届人民代表大会第七次会议 关于衡阳市中级人民法院工作报告的决议",
            "衡阳市第十五届人民代表大会第七次会议 关于衡阳市人民检察院工作报告的决议",
            "市十五届人大七次会议 举行主席团第六次会议",
            "《衡阳市人民代表大会及其常务委员会 制定地方性法规条例》表决通过",
            "衡阳市第十五届人民代表大会第七次会议 关于衡阳市2019年国民经济和社会发展计划 执行情况与2020年计划的决议",
            null,
        ], Docs.Select(d => d.Metadata.Title));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"hengyang#{i}"), Docs.Select(d => d.Id));
    }

    [Fact]
    public void The_closing_speech_has_its_speaker_date_session_and_genre()
    {
        DocumentMetadata speech = Docs[0].Metadata;
        Assert.Equal("郑建新", speech.Speaker);
        Assert.Equal(new DateOnly(2020, 1, 10), speech.Date);
        Assert.Equal(2020, speech.Year);
        Assert.Equal("municipal/15/7", speech.Session.Canonical);
        Assert.Equal((SessionBody.PeoplesCongress, GovernmentLevel.Municipal, 15, 7), (speech.Session.Body, speech.Session.Level, speech.Session.Term, speech.Session.Session));
        Assert.Equal(GovernmentLevel.Municipal, speech.Level);
        Assert.Equal("衡阳市", speech.Region);
        Assert.Equal(DocumentGenre.Speech, speech.Genre);
    }

    [Fact]
    public void Every_article_belongs_to_the_session_and_has_its_genre()
    {
        Assert.All(Docs, d => Assert.Equal("municipal/15/7", d.Metadata.Session.Canonical));
        Assert.All(Docs, d => Assert.Equal(2020, d.Metadata.Year));
        Assert.Equal(
        [
            DocumentGenre.Speech, DocumentGenre.News, DocumentGenre.Resolution, DocumentGenre.Resolution, DocumentGenre.Resolution,
            DocumentGenre.Resolution, DocumentGenre.News, DocumentGenre.News, DocumentGenre.Resolution, DocumentGenre.Resolution,
        ], Docs.Select(d => d.Metadata.Genre));
        Assert.Equal(new DateOnly(2020, 1, 10), Docs[1].Metadata.Date); // 1月10日上午 on the page of 2020-01-10
    }

    [Fact]
    public void The_resolution_whose_title_the_page_lost_is_its_own_article_with_a_warning()
    {
        Document last = Docs[^1];
        Assert.StartsWith("衡阳市第十五届人民代表大会第七次会议听取和审查了段志刚副主任", last.Text, StringComparison.Ordinal);
        Assert.Contains(last.Warnings, w => w.Contains("no title line", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("两个维护")]
    [InlineData("忠诚履职落实到推进法治体系")]
    [InlineData("全力以赴打好“三大攻坚战”，勠力同心")]
    [InlineData("以跳起来摘桃子的拼劲、沉下心来抓落实的韧劲")]
    [InlineData("致以亲切问候和衷心感谢")]
    [InlineData("加强执勤，全力落实")]
    [InlineData("共同组成了一道空地网一体化的立体“防护网”")]
    [InlineData("办成了一批应急谋远的大事")]
    [InlineData("市人民政府要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，认真贯彻习近平总书记对湖南工作的重要指示精神，坚持稳中求进工作总基调")]
    [InlineData("以“全面小康决胜年”为抓手，深入实施创新引领开放崛起战略，持续推进振兴实际经济“3311”工程计划和工业原地倍增计划")]
    [InlineData("加快建设名副其实的省域副中心城市和最美地级市，确保全面建成小康社会和“十三五”规划圆满收官。")]
    [InlineData("会议号召，全市人民要紧密团结在以习近平同志为核心的党中央周围，在市委的坚强领导下，只争朝夕，不负韶华，万众一心加油干，越是艰险越向前，为决胜全面建成小康，加快建设名副其实的省域副中心城市和最美地级市而不懈奋斗！")]
    [InlineData("衡阳市第十五届人民代表大会第七次会议经过审查，同意市人民代表大会财政经济委员会的审查报告，决定批准市人民政府提出的《关于衡阳市2019年全市及市本级预算执行情况与2020年全市及市本级预算草案的报告》，批准2020年市本级预算。")]
    [InlineData("衡阳市第十五届人民代表大会第七次会议取听和审查了张经伟院长所作的市中级人民法院工作报告。会议充分肯定市中级人民法院2019年的工作，同意报告提出的2020年工作安排，决定批准这个报告。")]
    [InlineData("批准2020年国民经济和社会发展计划。")]
    [InlineData("推进代表履职从要我履职向我要履职转变；强化党建引领，推进人大机关从事务性机关向“五型”机关转变")]
    public void Broken_words_and_sentences_are_rejoined(string joined)
    {
        Assert.Contains(Docs, d => d.Text.Contains(joined, StringComparison.Ordinal));
    }

    [Fact]
    public void No_paragraph_of_a_resolution_is_left_broken()
    {
        // Every body paragraph ends a sentence (the page's one cut-off line is in the presidium item, not here).
        foreach (Document d in Docs.Where(d => d.Metadata.Genre == DocumentGenre.Resolution))
        {
            string[] paragraphs = d.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (string p in paragraphs.Where(p => p != d.Metadata.Title && !p.StartsWith('(')))
            {
                Assert.True(p.EndsWith('。') || p.EndsWith('！'), $"{d.Id}: broken paragraph: {p}");
            }
        }
    }

    [Fact]
    public void The_paragraph_printed_twice_is_counted_once_and_reported()
    {
        Document last = Docs[^1];
        const string start = "会议要求，市人大常委会要以习近平新时代中国特色社会主义思想为指导";
        Assert.Equal(1, CountOf(last.Text, start));
        Assert.Equal(2, CountOf(Seed.Value.Page.Replace("\n", string.Empty, StringComparison.Ordinal), start));
        Assert.Single(last.Repairs, r => r.Kind == RepairKind.DuplicateParagraph);
        Assert.Contains(last.Warnings, w => w.Contains("line 229", StringComparison.Ordinal) && w.Contains("repeats", StringComparison.Ordinal));
    }

    [Fact]
    public void Offsets_in_every_article_map_back_to_the_page_file()
    {
        string page = Seed.Value.Page;
        foreach (Document d in Docs)
        {
            Assert.Equal(page.Substring(d.SourceOffset, d.OriginalText.Length), d.OriginalText);
            for (int i = 0; i < d.Text.Length; i++)
            {
                // Every character of the clean text is where the map says in the page (the page needs no folding).
                Assert.Equal(d.Text[i], page[d.ToSourceOffset(i)]);
            }
        }

        Document speech = Docs[0];
        int hit = speech.Text.IndexOf("两个维护”作为", StringComparison.Ordinal);
        (int start, int length) = speech.Map.ToOriginal(hit, 4);
        Assert.Equal("两个维\n\n护", page.Substring(speech.SourceOffset + start, length));
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
