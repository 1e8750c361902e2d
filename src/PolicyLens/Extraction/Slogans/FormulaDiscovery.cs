// Discovery of formulas the lexicon does not know yet: recurring token n-grams whose parts stick together (high
// pointwise mutual information across the weakest split) and whose edges are free (high branching entropy of the
// tokens before and after), ranked so that a researcher can review the top of the list and add what is real to a
// user lexicon. Candidates that fit the extractor's patterns (numbered, policy names, parallel chains, mostly
// quoted) are favoured. Given a reference corpus (earlier reports), a phrase the reference already uses widely is the
// genre's vocabulary (生态环境, 重大项目), not a formula of the day (以旧换新, 专精特新), and ranks lower.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>Ranks candidate formulas across a corpus.</summary>
/// <remarks>
/// <example>
/// <code>
/// var discovery = new FormulaDiscovery(Lexicon.Default);
/// foreach (FormulaCandidate c in discovery.Discover(documents))
///     Console.WriteLine($"{c.Text}\t{c.Score:F1}\t{c.Frequency}");
/// </code>
/// </example>
/// </remarks>
public sealed class FormulaDiscovery
{
    private const int Break = -1;
    private const double PatternBonus = 1.5;

    // A reference word absent from the documents: an id no candidate holds (Break, the absent comma -2 and int.MinValue are taken).
    private const int UnknownWord = -3;

    // Half a text added to the reference count (and one text to the total): a phrase the reference never uses is very
    // novel, not infinitely so.
    private const double ReferenceSmoothing = 0.5;

    // A phrase in fewer than this share of the reference texts is new there (boilerplate words notwithstanding).
    private const double NewInReference = 0.2;

    // A word occurs "only inside" a phrase when at most this many times as often as the phrase.
    private const double OnlyInsideShare = 1.25;

    // Function words and connectives: a formula neither starts nor ends with one.
    private static readonly FrozenSet<string> EdgeStops = FrozenSet.ToFrozenSet(
    [
        "的", "了", "和", "与", "及", "在", "是", "要", "等", "对", "把", "将", "为", "以", "从", "向", "也", "都", "并", "而",
        "或", "其", "之", "于", "上", "中", "下", "个", "各", "这", "那", "我们", "我国", "进一步", "加强", "继续", "积极",
        "大力", "加快", "推进", "推动", "坚持", "实施", "深化", "完善", "提高", "促进", "努力", "认真", "切实", "必须", "不断",
        "有", "又", "就", "还", "使", "同", "所", "被", "由", "着", "过", "得", "地", "但", "更", "很", "再", "一个", "一些",
        "方面", "问题", "工作", "同时", "目前", "今年", "明年", "去年", "全国", "各地", "各级", "我们要", "已经", "一定",
        "重要", "主要", "一批", "不能", "能够", "可以", "应当", "应该", "进行", "开展", "全面", "以及", "等等", "多",
        "来", "内", "起来", "到", "表示", "比", "大家", "请", "增长", "增加", "达到", "取得", "成功", "不可能", "已", "一年",
        "同志", "总理", "主席", "当局", "认为", "有人", "今后", "平均", "每年", "递增",

        // Rankings, honours and scale words of provincial reports (居全国前列, 入选国家…, 争创国家…, 千亿级, 全省上下).
        "居", "入选", "争创", "前列", "级", "全省", "全市", "全区", "全县", "占比", "比重", "接待",

        // Leading verbs and modifiers of a task sentence, not of a name (树立和践行正确政绩观, 融入全国统一大市场, 专项行动).
        "树立", "融入", "着力", "更好", "持续", "深度", "巩固", "培育", "提升", "提质", "专项", "三年", "坚决",
    ], StringComparer.Ordinal);

    // A single word rarer than this in jieba's dictionary may be a formula on its own (以旧换新 has frequency 3).
    private const long RareWordFrequency = 5;
    private const double SingleWordCohesion = 8;
    private const double BoilerplateShare = 0.9;
    private const int MinDocumentsForBoilerplate = 5;

    private static readonly string[] SingleWordStops =
    [
        "大力", "全面", "深入", "深化", "认真", "贯彻", "切实", "进一步", "加快", "加强", "积极", "坚持", "推进", "推动", "完善",
        "发展", "多措", "牢牢", "明显", "不断", "持续", "稳步", "扎实", "落实", "建成", "入选", "争创", "迈出",
    ];

    private static readonly string[] NameEndings =
    [
        "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "委员会", "常委会", "政府", "办公厅", "办公室", "委", "局", "厅", "署",
        "部", "院", "所", "中心", "集团", "公司", "银行", "大学", "学院", "学校", "医院", "协会", "联合会", "会议", "大会", "全会",
        "代表团", "实验室", "开发区", "高新区", "园区", "港", "机场", "站", "街道", "社区", "都市圈",

        // Facilities and kinds of bodies (中试基地, 交易平台, 高职院校, 龙头企业, 医疗机构, 事业单位): names, not formulas.
        "基地", "平台", "院校", "企业", "机构", "单位",

        // People by their office (习近平总书记): a person is not a formula.
        "总书记", "书记", "总理", "主席",
    ];

    private static readonly string[] PolicySuffixes = ["攻坚战", "示范区", "试验区", "战略", "工程", "计划", "行动", "改革", "政策", "试点"];

    private readonly LexiconMatcher _known;

    /// <summary>Discovery that leaves out what <paramref name="lexicon"/> already knows and cuts text with its segmenter.</summary>
    public FormulaDiscovery(Lexicon lexicon, DiscoveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        Options = options ?? DiscoveryOptions.Default;
        _known = new LexiconMatcher(lexicon);
    }

    /// <summary>The lexicon whose formulas are not proposed again.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The options this discovery runs with.</summary>
    public DiscoveryOptions Options { get; }

    /// <summary>The best <see cref="DiscoveryOptions.Top"/> candidates in <paramref name="documents"/>, best first.</summary>
    /// <param name="documents">Each document's identifier and text.</param>
    public IReadOnlyList<FormulaCandidate> Discover(IEnumerable<(string Id, string Text)> documents) => Discover(documents, []);

    /// <summary>
    /// The best <see cref="DiscoveryOptions.Top"/> candidates in <paramref name="documents"/>, best first, contrasted with
    /// <paramref name="reference"/>: each score is multiplied by the candidate's novelty, log2(1 + the share of the
    /// documents using it ÷ the share of the reference texts using it, smoothed by half a text), so that a phrase most
    /// earlier reports already use (生态环境, 重大项目) falls behind a formula of the day (以旧换新, 专精特新).
    /// </summary>
    /// <param name="documents">Each document's identifier and text.</param>
    /// <param name="reference">Texts of a reference corpus, typically the earlier reports of the same genre (the national
    /// Government Work Reports before the documents' year); empty for no contrast.</param>
    /// <example>
    /// <code>
    /// var reference = Directory.GetFiles("corpus/gwr", "*.txt").Where(f => string.CompareOrdinal(Path.GetFileName(f), "2024") &lt; 0).Select(File.ReadAllText);
    /// var top = new FormulaDiscovery(lexicon).Discover(provincial2026, reference.ToList());
    /// </code>
    /// </example>
    public IReadOnlyList<FormulaCandidate> Discover(IEnumerable<(string Id, string Text)> documents, IReadOnlyCollection<string> reference)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(reference);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var sequences = new List<(string Id, int[] Tokens, bool[] OpenQuote, bool[] CloseQuote)>();
        foreach ((string id, string text) in documents)
        {
            sequences.Add(Encode(id, text, vocabulary, words));
        }

        int comma = vocabulary.GetValueOrDefault("、", -2);
        bool crossSection = IsCrossSection(sequences.Select(q => q.Id));
        var wordDocuments = new Dictionary<int, int>();
        foreach ((_, int[] tokens, _, _) in sequences)
        {
            foreach (int id in tokens.Where(t => t != Break).Distinct())
            {
                wordDocuments[id] = wordDocuments.GetValueOrDefault(id) + 1;
            }
        }


        // Pass 1: the frequency of every n-gram up to the maximum length (sub-grams are needed for cohesion).
        var counts = new Dictionary<Gram, int>();
        long unigrams = 0;
        foreach ((_, int[] tokens, _, _) in sequences)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i] == Break)
                {
                    continue;
                }

                unigrams++;
                int length = 0;
                for (int n = 1; n <= Options.MaxTokens && i + n <= tokens.Length && tokens[i + n - 1] != Break; n++)
                {
                    length += words[tokens[i + n - 1]].Length;
                    if (length > Options.MaxCharacters)
                    {
                        break;
                    }

                    Gram gram = Gram.Of(tokens, i, n);
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                }
            }
        }

        // Pass 2: neighbours, documents and quoting of the n-grams frequent enough to be candidates.
        var evidence = new Dictionary<Gram, Evidence>();
        for (int d = 0; d < sequences.Count; d++)
        {
            (_, int[] tokens, bool[] openQuote, bool[] closeQuote) = sequences[d];
            for (int i = 0; i < tokens.Length; i++)
            {
                int length = 0;
                for (int n = 1; n <= Options.MaxTokens && i + n <= tokens.Length && tokens[i + n - 1] != Break; n++)
                {
                    length += words[tokens[i + n - 1]].Length;
                    if (length > Options.MaxCharacters)
                    {
                        break;
                    }

                    // One token is a candidate only when it is a long, rare word (以旧换新, 专精特新 in jieba's dictionary or
                    // kept whole by the lexicon's segmenter); a common word is never a formula of its own.
                    bool oneRareWord = n == 1 && length >= 4 && JiebaSegmenter.Default.GetFrequency(words[tokens[i]]) < RareWordFrequency;
                    if ((n < 2 && !oneRareWord) || length < Options.MinCharacters || tokens[i] == comma || tokens[i + n - 1] == comma)
                    {
                        continue;
                    }

                    Gram gram = Gram.Of(tokens, i, n);
                    if (counts[gram] < Options.MinFrequency)
                    {
                        continue;
                    }

                    if (!evidence.TryGetValue(gram, out Evidence? e))
                    {
                        e = new Evidence();
                        evidence[gram] = e;
                    }

                    e.Add(i > 0 ? tokens[i - 1] : Break, i + n < tokens.Length ? tokens[i + n] : Break, d, openQuote[i] && closeQuote[i + n - 1]);
                }
            }
        }

        Dictionary<Gram, int>? referenceDocuments = reference.Count == 0 ? null : ReferenceDocuments(evidence.Keys, reference, vocabulary, words);
        var candidates = new List<FormulaCandidate>();
        foreach ((Gram gram, Evidence e) in evidence)
        {
            double? referenceShare = referenceDocuments is null
                ? null
                : (referenceDocuments[gram] + ReferenceSmoothing) / (reference.Count + (2 * ReferenceSmoothing));
            FormulaCandidate? candidate = Score(gram, e, counts, unigrams, words, sequences, wordDocuments, crossSection, referenceShare);
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }
        }

        // Best first; a phrase inside (or around) a better candidate is the same find, not a new one.
        var chosen = new List<FormulaCandidate>();
        foreach (FormulaCandidate candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Text, StringComparer.Ordinal))
        {
            if (chosen.Count >= Options.Top)
            {
                break;
            }

            if (!chosen.Any(c => c.Text.Contains(candidate.Text, StringComparison.Ordinal) || candidate.Text.Contains(c.Text, StringComparison.Ordinal)))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    private FormulaCandidate? Score(Gram gram, Evidence e, Dictionary<Gram, int> counts, long total, List<string> words, List<(string Id, int[] Tokens, bool[] OpenQuote, bool[] CloseQuote)> sequences, Dictionary<int, int> wordDocuments, bool crossSection, double? referenceShare)
    {
        int[] ids = gram.ToArray();
        string first = words[ids[0]];
        string last = words[ids[^1]];
        if (e.Documents.Count < Options.MinDocuments || EdgeStops.Contains(first) || EdgeStops.Contains(last)
            || !ids.All(id => IsWord(words[id]) || words[id] == "、") || char.IsAsciiDigit(first[0]))
        {
            return null;
        }

        string text = string.Concat(ids.Select(id => words[id]));
        if (IsKnown(text) || IsListOfWords(ids, words))
        {
            return null;
        }

        // A single dictionary word that starts with an adverb or verb of exhortation (大力发展, 全面落实, 深入开展) is a
        // phrase of the genre, not a name.
        if (ids.Length == 1 && SingleWordStops.Any(stop => text.StartsWith(stop, StringComparison.Ordinal)))
        {
            return null;
        }

        // Words in nearly every document are the genre's (各位/代表), unless they occur only inside this phrase and the
        // reference says it is new: 专精/特新 are in nearly every 2026 report because 专精特新 is, and earlier reports
        // seldom use it (地区/生产总值 occur apart, so 地区生产总值 stays boilerplate).
        bool newCoinage = referenceShare < NewInReference && ids.All(id => counts[Gram.Of([id], 0, 1)] <= OnlyInsideShare * counts[gram]);
        if (IsNameOfPlaceOrBody(text) || (IsGenreBoilerplate(ids, sequences.Count, wordDocuments) && !newCoinage))
        {
            return null;
        }

        // Cohesion: PMI across the weakest split (a single rare word has no split: it gets a fixed, high cohesion).
        int frequency = counts[gram];
        double cohesion = ids.Length == 1 ? SingleWordCohesion : double.MaxValue;
        for (int k = 1; k < ids.Length; k++)
        {
            double left = counts[Gram.Of(ids, 0, k)];
            double right = counts[Gram.Of(ids, k, ids.Length - k)];
            double pmi = Math.Log2(frequency * (double)total / (left * right));
            cohesion = Math.Min(cohesion, pmi);
        }

        double leftEntropy = e.Left.Entropy(e.Count);
        double rightEntropy = e.Right.Entropy(e.Count);
        double freedom = Math.Min(leftEntropy, rightEntropy);
        if (cohesion <= 0 || freedom <= 0.5)
        {
            return null;
        }

        MentionKind? pattern = PatternOf(text, e.Quoted * 2 >= e.Count);

        // How the documents share it. Across the reports of one year (a cross-section), a formula is shared: the more
        // documents use a phrase, the likelier it is a formula of the day rather than one report's wording (以旧换新,
        // 专精特新 in nearly every 2026 report). Across many years, formulas belong to a period and a phrase in nearly
        // every document is the genre's wording, so the weight is how concentrated the phrase is (an inverse document
        // frequency). The genre's boilerplate (各位代表, 人民群众) was left out above by its words in either case.
        double spread = crossSection
            ? Math.Log2(1 + e.Documents.Count)
            : Math.Log2((sequences.Count + 1) / (double)e.Documents.Count);
        double score = cohesion * freedom * Math.Log2(1 + frequency) * spread * (pattern is null ? 1 : PatternBonus);
        if (referenceShare is double shareThen)
        {
            // Novelty against the reference: a phrase the earlier texts already use widely is the genre's vocabulary.
            score *= Math.Log2(1 + (e.Documents.Count / (double)sequences.Count / shareThen));
        }

        string[] documents = [.. e.Documents.Order().Select(d => sequences[d].Id)];
        return new FormulaCandidate(text, score, frequency, documents, cohesion, leftEntropy, rightEntropy, pattern);
    }

    // In how many reference texts each n-gram occurs, counted with the same segmenter and vocabulary (a word the
    // documents never use cannot be part of a candidate, so it needs no id).
    private Dictionary<Gram, int> ReferenceDocuments(IEnumerable<Gram> grams, IReadOnlyCollection<string> reference, Dictionary<string, int> vocabulary, List<string> words)
    {
        var documents = grams.ToDictionary(g => g, _ => 0);
        var seen = new HashSet<Gram>();
        foreach (string text in reference)
        {
            seen.Clear();
            (_, int[] tokens, _, _) = Encode("", text, vocabulary, words, addWords: false);
            for (int i = 0; i < tokens.Length; i++)
            {
                for (int n = 1; n <= Options.MaxTokens && i + n <= tokens.Length && tokens[i + n - 1] != Break; n++)
                {
                    Gram gram = Gram.Of(tokens, i, n);
                    if (documents.TryGetValue(gram, out int df) && seen.Add(gram))
                    {
                        documents[gram] = df + 1;
                    }
                }
            }
        }

        return documents;
    }

    // Documents of at most two years (by the years in their identifiers: anhui_2026, 2019): the reports of one round.
    private static bool IsCrossSection(IEnumerable<string> ids)
    {
        var years = new HashSet<int>();
        foreach (string id in ids)
        {
            System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(id, "(?:1[89]|20)[0-9]{2}");
            if (m.Success)
            {
                years.Add(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return years.Count == 0 || years.Max() - years.Min() <= 1;
    }

    // Places, bodies and people by office are names, not formulas: 驻马店市, 国务院办公厅, 经济技术开发区, 习近平总书记.
    private static bool IsNameOfPlaceOrBody(string text) =>
        NameEndings.Any(ending => text.EndsWith(ending, StringComparison.Ordinal));

    // Every word of the phrase is in nearly every document (各位/代表, 人民/群众, 比/上年/增长): the genre's boilerplate.
    private static bool IsGenreBoilerplate(int[] ids, int documentCount, Dictionary<int, int> wordDocuments) =>
        ids.Length >= 2 && documentCount >= MinDocumentsForBoilerplate
        && ids.All(id => wordDocuments.TryGetValue(id, out int df) && df >= BoilerplateShare * documentCount);

    private bool IsKnown(string text)
    {
        // Any lexicon formula inside the phrase, or the phrase inside a lexicon spelling: already known.
        var found = new List<MentionCandidate>();
        _known.FindAll(text, found);
        return found.Count > 0 || Lexicon.Entries.Any(entry => entry.Spellings.Any(s => s.Contains(text, StringComparison.Ordinal)));
    }

    private static MentionKind? PatternOf(string text, bool mostlyQuoted)
    {
        if (text.Length >= 3 && NumberedFinder.IsSmallNumeral(text[0]) && text[1] is '个' or '大' or '项' or '条' or '型')
        {
            return MentionKind.Numbered;
        }

        if (text.Contains('、', StringComparison.Ordinal))
        {
            int[] lengths = [.. text.Split('、').Select(p => p.Length)];
            if (lengths.Length >= 2 && lengths.All(l => l == lengths[0]))
            {
                return MentionKind.Parallel;
            }
        }

        if (PolicySuffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal) && text.Length > s.Length + 1))
        {
            return MentionKind.Policy;
        }

        return mostlyQuoted ? MentionKind.Quoted : null;
    }

    // 香港、澳门 or 原料、材料: short words joined by 、 are a list, not a slogan (形式主义、官僚主义 and
    // 双随机、一公开 are kept: longer items, or items made of several words).
    private static bool IsListOfWords(int[] ids, List<string> words)
    {
        string[] tokens = [.. ids.Select(id => words[id])];
        if (!tokens.Contains("、"))
        {
            return false;
        }

        return string.Join("", tokens).Split('、').Zip(string.Join(" ", tokens).Split('、'))
            .All(item => item.First.Length < 4 && !item.Second.Trim().Contains(' ', StringComparison.Ordinal));
    }

    private static bool IsWord(string token) => token.All(c => TextView.IsHan(c) || char.IsAsciiLetterOrDigit(c));

    private (string Id, int[] Tokens, bool[] OpenQuote, bool[] CloseQuote) Encode(string id, string text, Dictionary<string, int> vocabulary, List<string> words, bool addWords = true)
    {
        TextView view = TextView.Create(text, Lexicon.Segmenter);
        var tokens = new List<int>(view.Tokens.Length);
        var open = new List<bool>(view.Tokens.Length);
        var close = new List<bool>(view.Tokens.Length);
        bool afterOpenQuote = false;
        foreach (Token token in view.Tokens)
        {
            string word = view.Text.Substring(token.Start, token.Length);
            if (IsWord(word) || word == "、")
            {
                if (!vocabulary.TryGetValue(word, out int wordId))
                {
                    if (!addWords)
                    {
                        // A reference word the documents never use: no candidate contains it, so it only breaks n-grams.
                        wordId = UnknownWord;
                    }
                    else
                    {
                        wordId = words.Count;
                        vocabulary[word] = wordId;
                        words.Add(word);
                    }
                }

                tokens.Add(wordId);
                open.Add(afterOpenQuote);
                close.Add(token.End < view.Text.Length && view.Text[token.End] == '”');
                afterOpenQuote = false;
            }
            else if (tokens.Count == 0 || tokens[^1] != Break)
            {
                tokens.Add(Break);
                open.Add(false);
                close.Add(false);
                afterOpenQuote = word == "“";
            }
            else
            {
                afterOpenQuote = word == "“";
            }
        }

        return (id, [.. tokens], [.. open], [.. close]);
    }

    // Up to five token ids; unused slots are int.MinValue.
    private readonly record struct Gram(int A, int B, int C, int D, int E)
    {
        public static Gram Of(IReadOnlyList<int> tokens, int start, int length) => new(
            tokens[start],
            length > 1 ? tokens[start + 1] : int.MinValue,
            length > 2 ? tokens[start + 2] : int.MinValue,
            length > 3 ? tokens[start + 3] : int.MinValue,
            length > 4 ? tokens[start + 4] : int.MinValue);

        public int[] ToArray() => new[] { A, B, C, D, E }.TakeWhile(id => id != int.MinValue).ToArray();
    }

    private sealed class Evidence
    {
        public Neighbours Left { get; } = new();

        public Neighbours Right { get; } = new();

        public HashSet<int> Documents { get; } = [];

        public int Count { get; private set; }

        public int Quoted { get; private set; }

        public void Add(int left, int right, int document, bool quoted)
        {
            Left.Add(left);
            Right.Add(right);
            Documents.Add(document);
            Count++;
            Quoted += quoted ? 1 : 0;
        }
    }

    private sealed class Neighbours
    {
        private readonly Dictionary<int, int> _counts = [];
        private int _boundaries;

        public void Add(int neighbour)
        {
            if (neighbour == Break)
            {
                _boundaries++; // punctuation or a text edge: each counts as a different neighbour, a free boundary
            }
            else
            {
                _counts[neighbour] = _counts.GetValueOrDefault(neighbour) + 1;
            }
        }

        public double Entropy(int total)
        {
            double entropy = 0;
            foreach (int count in _counts.Values)
            {
                double p = count / (double)total;
                entropy -= p * Math.Log2(p);
            }

            double single = 1.0 / total;
            return entropy - (_boundaries * single * Math.Log2(single));
        }
    }
}
