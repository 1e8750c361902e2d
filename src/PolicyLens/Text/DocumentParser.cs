// Turns one decoded text into documents: normalise, split a page into articles, drop reprinted paragraphs, infer metadata.
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Makes <see cref="Document"/>s from a decoded text: normalises it (<see cref="TextNormalizer"/>), splits a page
/// into its articles, removes paragraphs printed twice within an article, and fills the metadata the source does not
/// give from the file name and the text.
/// </summary>
/// <example>
/// <code>
/// var docs = DocumentParser.Parse(File.ReadAllText("hengyang-2020-01-10.txt"),
///     new DocumentSource { Id = "hengyang", Location = "hengyang-2020-01-10.txt" });
/// // docs[0].Metadata: title 在市十五届人大七次会议闭幕会上的讲话, speaker 郑建新, session municipal/15/7
/// </code>
/// </example>
public static partial class DocumentParser
{
    private const int OpeningSentenceMax = 160;

    /// <summary>Parses <paramref name="text"/> into one document, or one per article of a page.</summary>
    public static IReadOnlyList<Document> Parse(string text, DocumentSource source, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= DocumentOptions.Default;
        NormalizedText page = TextNormalizer.NormalizePage(text, options.Normalization);
        List<ArticleLayout> articles = PageSplitter.Split(page.Text, options.SplitPages);
        DocumentMetadata fromName = options.ReadFileName && source.FileName is not null ? FileNameMetadata.Read(source.FileName) : DocumentMetadata.Empty;

        var drafts = new List<(ArticleLayout Layout, Document Doc)>(articles.Count);
        for (int a = 0; a < articles.Count; a++)
        {
            ArticleLayout article = articles[a];
            int repairEnd = a + 1 < articles.Count ? articles[a + 1].Start : page.Text.Length + 1;
            string id = articles.Count == 1 ? source.Id : $"{source.Id}#{a + 1}";
            drafts.Add((article, MakeDocument(page, article, repairEnd, id, source, options)));
        }

        var documents = new List<Document>(drafts.Count);
        // The page's date (the first article's that has one) and each article's metadata, in loops: Select/FirstOrDefault over
        // value tuples and DateOnly? were generic code the JIT compiled at start-up for this alone.
        DateOnly? pageDate = null;
        var inferred = new List<DocumentMetadata>(drafts.Count);
        for (int d = 0; d < drafts.Count; d++)
        {
            (ArticleLayout layout, Document draft) = drafts[d];
            pageDate ??= layout.Date;
            inferred.Add(drafts.Count == 1 ? InferReport(draft, layout) : Infer(draft, layout));
        }
        for (int i = 0; i < drafts.Count; i++)
        {
            DocumentMetadata m = inferred[i];
            if (drafts.Count > 1)
            {
                m = FromPage(m, drafts[i].Doc.Text, pageDate, inferred);
            }

            m = WithFileName(m, fromName);
            m = WithGiven(m, source.Given, split: drafts.Count > 1);
            Document doc = drafts[i].Doc;
            if (drafts.Count == 1 && ReportHeader.Read(doc.Text) is { BodyStart: > 0 } header)
            {
                doc = doc with { BodyStart = Math.Max(doc.BodyStart, header.BodyStart) };
            }

            documents.Add(doc with { Metadata = m, Warnings = source.Warnings.Count == 0 ? doc.Warnings : [.. source.Warnings, .. doc.Warnings] });
        }

        return documents;
    }

    private static Document MakeDocument(NormalizedText page, ArticleLayout article, int repairEnd, string id, DocumentSource source, DocumentOptions options)
    {
        bool whole = article.Start == 0 && article.End == page.Text.Length;
        OffsetMap map = whole ? page.Map : page.Map.Slice(article.Start, article.End);
        int origin = whole ? 0 : page.Map.ToOriginal(article.Start);
        string original = whole ? page.Original : page.Original.Substring(origin, map.OriginalLength);
        string text = whole ? page.Text : page.Text[article.Start..article.End];

        var repairs = new List<(RepairKind Kind, int Start, int Length)>();
        for (int i = 0; i < page.Repairs.Count; i++) // by index: foreach through the interface was generic code the JIT compiled at start-up
        {
            TextRepair r = page.Repairs[i];
            if (r.NormalizedStart >= article.Start && r.NormalizedStart < repairEnd && r.OriginalStart >= origin &&
                r.OriginalStart + r.OriginalLength <= origin + map.OriginalLength)
            {
                repairs.Add((r.Kind, r.OriginalStart - origin, r.OriginalLength));
            }
        }

        var warnings = new List<string>();
        int bodyStart = Math.Clamp(article.BodyStart - article.Start, 0, text.Length);
        if (options.Normalization.RemoveDuplicateParagraphs)
        {
            (string deduplicated, OffsetMap dupMap, List<TextRepair> dups) = DuplicateParagraphs.Remove(text).Finish();
            foreach (TextRepair d in dups)
            {
                (int os, int ol) = map.ToOriginal(d.OriginalStart, d.OriginalLength);
                repairs.Add((d.Kind, os, ol));
                int p = origin + os;
                while (p < page.Original.Length && page.Original[p] is '\n' or '\r')
                {
                    p++;
                }

                int line = 1 + page.Original.AsSpan(0, p).Count('\n');
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Location}: line {line}: the paragraph repeats an earlier one; kept once"));
            }

            if (dups.Count > 0)
            {
                map = map.Then(dupMap);
                text = deduplicated;
                bodyStart = dupMap.ToNormalized(bodyStart);
            }
        }

        if (article.Untitled)
        {
            warnings.Add($"{source.Location}: article {id} has no title line (the page lost it); its title is left empty");
        }

        var final = new TextRepair[repairs.Count];
        for (int i = 0; i < final.Length; i++)
        {
            (RepairKind kind, int s, int l) = repairs[i];
            (int ns, int nl) = map.ToNormalized(s, l);
            final[i] = new TextRepair(kind, s, l, ns, nl);
        }

        final = TextRepair.Sorted(final, (x, y) => x.OriginalStart.CompareTo(y.OriginalStart));
        return new Document
        {
            Id = id,
            Source = source.Location,
            OriginalText = original,
            SourceOffset = origin,
            Text = text,
            Map = map,
            BodyStart = bodyStart,
            Encoding = source.Encoding,
            Repairs = final,
            Warnings = warnings,
        };
    }

    private static DocumentMetadata Infer(Document doc, ArticleLayout layout)
    {
        string text = doc.Text;
        int bodyStart = Math.Clamp(layout.BodyStart - layout.Start, 0, text.Length);
        string body = text[bodyStart..];
        string opening = OpeningSentence(body);
        SessionKey session = SessionFromHeader(layout);
        if (session.IsUnknown)
        {
            session = SessionParser.Parse(opening);
        }

        string head = string.Join('\n', layout.HeaderLines);
        DocumentGenre genre = GenreOf(layout, head, body, opening);
        GovernmentLevel level = session.Level;
        if (level == GovernmentLevel.Unknown && (IsNational(head) || IsNationalOpening(text[..Math.Min(text.Length, 300)])))
        {
            level = GovernmentLevel.National;
        }

        return new DocumentMetadata
        {
            Title = layout.Title,
            Date = layout.Date,
            Year = layout.Date?.Year ?? session.Year,
            Session = session,
            Level = level,
            Region = session.Region,
            Speaker = layout.Speaker,
            Genre = genre,
        };
    }

    // A single report or speech: its header read line by line (ReportHeader), the page layout's reading where the header
    // says nothing, and level and region from the session, the official names of regions, and the body's own words.
    private static DocumentMetadata InferReport(Document doc, ArticleLayout layout)
    {
        DocumentMetadata m = Infer(doc, layout);
        ReportHeader header = ReportHeader.Read(doc.Text);
        SessionKey session = m.Session;
        foreach (string line in header.Lines)
        {
            if (session.IsUnknown && SessionParser.Parse(line) is { IsUnknown: false } key)
            {
                session = key;
            }
        }

        string body = doc.Text[Math.Min(header.BodyStart, doc.Text.Length)..];
        string opening = body[..Math.Min(body.Length, OwnGovernmentWindow)];
        GovernmentLevel level = session.Level;
        string? region = session.Region is { } r ? Regions.Canonical(r, body) ?? r : null;
        (GovernmentLevel ownLevel, string? ownRegion) = OwnGovernment(opening, body);
        if (region is not null && Regions.LevelOf(region) is var known and not GovernmentLevel.Unknown && session.Level != GovernmentLevel.National)
        {
            level = known;
        }

        if (level == GovernmentLevel.Unknown)
        {
            level = ownLevel;
        }

        if (region is null && level == ownLevel && level is not GovernmentLevel.National)
        {
            region = ownRegion;
        }

        if (level == GovernmentLevel.Unknown)
        {
            level = m.Level;
        }

        if (level == GovernmentLevel.Unknown && region is null && IssuerOf(header.Title ?? m.Title) is { Level: not GovernmentLevel.Unknown } issued)
        {
            // A document says whose it is in its title (包头市人民政府办公室关于印发…的通知), not in an opening.
            (level, region) = issued;
        }

        if (region is null && level is GovernmentLevel.Provincial or GovernmentLevel.Municipal)
        {
            string named = string.Join('\n', header.Lines) + "\n" + body;
            region = Regions.MostMentioned(named, level);
            if (level == GovernmentLevel.Municipal && ownLevel == level && ownRegion is null && UnnamedCityGovernmentCues.Any(c => opening.Contains(c, StringComparison.Ordinal))
                && Regions.CountyLevelCity(named, region) is { } countyLevelCity)
            {
                // 我代表市人民政府 in a county-level city's report (恩施市 in 恩施土家族苗族自治州, 义乌市): county level.
                (level, region) = (GovernmentLevel.County, countyLevelCity);
            }
        }
        else if (region is null && level is GovernmentLevel.County)
        {
            region = Regions.MostMentionedCounty(string.Join('\n', header.Lines) + "\n" + body);
        }

        DocumentGenre genre = m.Genre;
        if (header.Title is { } title && GenreOfTitle(title) is var g and not DocumentGenre.Unknown)
        {
            genre = g;
        }
        else if (genre == DocumentGenre.Unknown && WorkReportOpenings.Any(o => opening.Contains(o, StringComparison.Ordinal)))
        {
            genre = DocumentGenre.WorkReport;
        }

        DateOnly? date = header.Date ?? m.Date;
        return m with
        {
            Title = header.Title ?? (header.Lines.Count > 0 ? m.Title : null),
            Date = date,
            Year = date?.Year ?? session.Year ?? m.Year,
            Session = session.IsUnknown ? session : session with { Region = region ?? session.Region },
            Level = level,
            Region = level == GovernmentLevel.National ? null : region,
            Speaker = header.Speaker ?? m.Speaker,
            Genre = genre,
        };
    }

    // The body's first sentences say whose report it is: 我代表省人民政府 (provincial), 我代表市人民政府 (municipal).
    private const int OwnGovernmentWindow = 200;

    private static readonly (string Cue, GovernmentLevel Level)[] OwnGovernmentCues =
    [
        ("代表国务院", GovernmentLevel.National), ("代表省人民政府", GovernmentLevel.Provincial), ("代表自治区人民政府", GovernmentLevel.Provincial),
        ("代表省政府", GovernmentLevel.Provincial), ("代表市人民政府", GovernmentLevel.Municipal), ("代表市政府", GovernmentLevel.Municipal),
        ("代表州人民政府", GovernmentLevel.Municipal), ("代表县人民政府", GovernmentLevel.County), ("代表区人民政府", GovernmentLevel.County),
    ];

    // The openings of a city's government that does not name itself: a prefecture-level city's, or a county-level city's.
    private static readonly string[] UnnamedCityGovernmentCues = ["代表市人民政府", "代表市政府"];

    // The formula of a work report's first sentence (向大会报告工作 / 作工作报告).
    private static readonly string[] WorkReportOpenings = ["向大会报告工作", "向大会报告政府工作", "向大会作工作报告", "向大会作政府工作报告", "报告政府工作"];

    // The government named in the opening (我代表宝安区人民政府, 我代表深圳市人民政府), or the administrative committee of a new
    // area (我代表大鹏新区管理委员会): reports copied without their header (the cleaned Shenzhen reports of the fresh sets) say
    // whose they are only there.
    [GeneratedRegex("代表(?<name>[\\u4e00-\\u9fff]{2,16}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))(?:人民)?政府|代表(?<area>[\\u4e00-\\u9fff]{2,12}?新区)管理委员会")]
    private static partial Regex NamedOwnGovernment();

    // The level and region of the government whose report this is, from its opening: a named government (我代表宝安区人民政府:
    // county, 深圳市宝安区) or an unnamed one (我代表市人民政府: municipal, no region); unknown when the opening says neither.
    private static (GovernmentLevel Level, string? Region) OwnGovernment(string opening, string body)
    {
        Match named = NamedOwnGovernment().Match(opening);
        if (named.Groups["area"].Success)
        {
            // A new area (大鹏新区) is a functional area, no division of GB/T 2260: county level, named as its report names it.
            return (GovernmentLevel.County, named.Groups["area"].Value);
        }

        if (named.Success && Regions.Canonical(named.Groups["name"].Value, body) is { } region)
        {
            // Canonical gives a province's or city's official name, whose level is known, or a county-level division with its city.
            return (Regions.LevelOf(region) is var known and not GovernmentLevel.Unknown ? known : GovernmentLevel.County, region);
        }

        foreach ((string cue, GovernmentLevel level) in OwnGovernmentCues)
        {
            if (opening.Contains(cue, StringComparison.Ordinal))
            {
                return (level, null);
            }
        }

        return (GovernmentLevel.Unknown, null);
    }

    private static SessionKey SessionFromHeader(ArticleLayout layout)
    {
        if (layout.Title is not null && SessionParser.Parse(layout.Title) is { IsUnknown: false } fromTitle)
        {
            return fromTitle;
        }

        foreach (string line in layout.HeaderLines)
        {
            if (SessionParser.Parse(line) is { IsUnknown: false } key)
            {
                return key;
            }
        }

        return SessionKey.Unknown;
    }

    // The first sentence of the body, past a salutation (各位代表、同志们：). The paragraphs are read in place, trimmed and
    // empty ones skipped as string.Split with RemoveEmptyEntries and TrimEntries did: splitting the whole body into strings
    // to read the first one or two was 2.7 of analyze's 268 MB on gwr + cpc-congress (issue 14, round 16).
    private static string OpeningSentence(string body)
    {
        ReadOnlySpan<char> text = body;
        foreach (Range line in text.Split('\n'))
        {
            ReadOnlySpan<char> paragraph = text[line].Trim();
            if (paragraph.IsEmpty || (paragraph.Length < 20 && paragraph[^1] is '：' or ':' or '！' or '!'))
            {
                continue;
            }

            int end = paragraph.IndexOfAny('。', '！', '？');
            return paragraph[..Math.Min(end < 0 ? paragraph.Length : end + 1, OpeningSentenceMax)].ToString();
        }

        return string.Empty;
    }

    // 关于政府工作报告的决议 is a resolution: 决议 is looked for first.
    private static DocumentGenre GenreOfTitle(string title)
    {
        if (title.Contains("决议", StringComparison.Ordinal))
        {
            return DocumentGenre.Resolution;
        }

        if (title.Contains("政府工作报告", StringComparison.Ordinal))
        {
            return DocumentGenre.WorkReport;
        }

        if (title.EndsWith("讲话", StringComparison.Ordinal) || title.Contains("致辞", StringComparison.Ordinal) || title.EndsWith("发言", StringComparison.Ordinal))
        {
            return DocumentGenre.Speech;
        }

        if (title.Contains("代表大会上的报告", StringComparison.Ordinal))
        {
            return DocumentGenre.CongressReport;
        }

        return IssuedDocumentTitle().IsMatch(title) ? DocumentGenre.PolicyDocument : DocumentGenre.Unknown;
    }

    // The title of a document a body issues: 关于…的 and the document's kind at its end (…的决定, 关于印发…的通知). A report
    // (关于…情况的报告) is no such document; a resolution (决议) is read before this.
    [GeneratedRegex("关于.+的(?:实施意见|指导意见|意见|决定|通知|办法|实施方案|方案|规定|实施细则|细则|批复|通报|规划|行动计划|计划)[）)]?$")]
    private static partial Regex IssuedDocumentTitle();

    // The body that issues a document, at the start of its title (包头市人民政府办公室关于…, 中共浙江省委 浙江省人民政府关于…):
    // the first body's place, for a document whose text names its government nowhere else.
    [GeneratedRegex("^(?:中共|中国共产党)?(?<name>[\\u4e00-\\u9fff]{2,16}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))(?:委员会|委|人民政府|政府|人大常委会|人民代表大会常务委员会)(?:办公厅|办公室)?")]
    private static partial Regex IssuingBody();

    // The level and region of the body that issued a document, read from its title (包头市人民政府办公室 → municipal, 包头市).
    private static (GovernmentLevel Level, string? Region) IssuerOf(string? title)
    {
        if (title is null || GenreOfTitle(title) != DocumentGenre.PolicyDocument || IssuingBody().Match(title) is not { Success: true } issuer
            || Regions.Canonical(issuer.Groups["name"].Value) is not { } region)
        {
            return (GovernmentLevel.Unknown, null);
        }

        return (Regions.LevelOf(region) is var known and not GovernmentLevel.Unknown ? known : GovernmentLevel.County, region);
    }

    private static DocumentGenre GenreOf(ArticleLayout layout, string head, string body, string opening)
    {
        string title = layout.Title ?? string.Empty;
        if (title.Contains("决议", StringComparison.Ordinal) || layout.Untitled || head.Contains("通过)", StringComparison.Ordinal) ||
            head.Contains("通过）", StringComparison.Ordinal) || IsResolutionOpening(opening))
        {
            return DocumentGenre.Resolution;
        }

        if (GenreOfTitle(title) is var fromTitle and not DocumentGenre.Unknown)
        {
            return fromTitle;
        }

        if (head.Contains("代表大会上的报告", StringComparison.Ordinal))
        {
            return DocumentGenre.CongressReport;
        }

        if (LineShape.IsByline(body.AsSpan().TrimStart()))
        {
            return DocumentGenre.News;
        }

        string start = body[..Math.Min(body.Length, 300)];
        return start.Contains("报告政府工作", StringComparison.Ordinal) || head.Contains("政府工作报告", StringComparison.Ordinal)
            ? DocumentGenre.WorkReport
            : DocumentGenre.Unknown;
    }

    private static bool IsResolutionOpening(string opening)
    {
        IReadOnlyList<SessionMention> m = SessionParser.FindAll(opening);
        return m.Count > 0 && m[0].Start == 0 && opening.AsSpan(m[0].Length).StartsWith("听取");
    }

    private static bool IsNational(string head) =>
        IsNationalOpening(head) || head.Contains("中华人民共和国", StringComparison.Ordinal);

    // The words that make a text's first lines national even where they are the body (a text copied without its header):
    // not 中华人民共和国, which a local report's first paragraph writes too (2024年是中华人民共和国成立75周年, the cleaned
    // Shenzhen reports of the fresh sets, read as national until session 62).
    private static bool IsNationalOpening(string opening) =>
        opening.Contains("国务院", StringComparison.Ordinal) || opening.Contains("全国人民代表大会", StringComparison.Ordinal) ||
        opening.Contains("全国代表大会", StringComparison.Ordinal);

    // Articles of one page share its day: a date that names the same month and day, the year, and the region of a
    // sibling that names the same session with its place.
    private static DocumentMetadata FromPage(DocumentMetadata m, string text, DateOnly? pageDate, List<DocumentMetadata> siblings)
    {
        if (m.Date is null && pageDate is DateOnly d && text.Contains($"{d.Month}月{d.Day}日", StringComparison.Ordinal))
        {
            m = m with { Date = d };
        }

        if (m.Year is null && pageDate is DateOnly py)
        {
            m = m with { Year = py.Year };
        }

        if (!m.Session.IsUnknown && m.Session.Region is null)
        {
            string? region = siblings.Select(s => s.Session).FirstOrDefault(s => s.Canonical == m.Session.Canonical && s.Region is not null)?.Region;
            if (region is not null)
            {
                m = m with { Session = m.Session with { Region = region }, Region = m.Region ?? region };
            }
        }

        return m;
    }

    private static DocumentMetadata WithFileName(DocumentMetadata m, DocumentMetadata fromName)
    {
        if (fromName.Date is not null && m.Date is null)
        {
            m = m with { Date = fromName.Date };
        }

        if (fromName.Year is not null)
        {
            m = m with { Year = fromName.Year };
        }

        if (!fromName.Session.IsUnknown && m.Session.IsUnknown)
        {
            m = m with { Session = fromName.Session, Level = m.Level == GovernmentLevel.Unknown ? fromName.Level : m.Level };
        }

        return m;
    }

    private static DocumentMetadata WithGiven(DocumentMetadata m, DocumentMetadata given, bool split) => m with
    {
        // A page's title describes the page, not each of its articles.
        Title = split ? m.Title : given.Title ?? m.Title,
        Date = given.Date ?? m.Date,
        Year = given.Year ?? given.Date?.Year ?? m.Year,
        Session = given.Session.IsUnknown ? m.Session : given.Session,
        Level = given.Level != GovernmentLevel.Unknown ? given.Level : !given.Session.IsUnknown ? given.Session.Level : m.Level,
        Region = given.Region ?? m.Region,
        Speaker = given.Speaker ?? m.Speaker,
        Genre = given.Genre != DocumentGenre.Unknown ? given.Genre
            : m.Genre == DocumentGenre.Unknown && given.Title is not null ? GenreOfTitle(given.Title) : m.Genre,
        Extra = given.Extra,
    };
}
