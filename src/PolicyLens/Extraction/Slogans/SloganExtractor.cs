// The entry point of slogan extraction: runs every finder over a document's text, resolves where their findings
// overlap according to the counting unit, and returns typed, located mentions.
namespace PolicyLens.Extraction.Slogans;

/// <summary>Extracts formulas, slogans, titled documents and named policies from Chinese official text.</summary>
/// <remarks>
/// <para>
/// The text is read as given (a document's normalised text); offsets in the results are offsets into it. Line breaks
/// that a page layout put inside a sentence are bridged, so <c>两个维\n\n护</c> is found as 两个维护.
/// </para>
/// <para>
/// Where findings overlap, the longer span wins (its count never also counts a shorter formula inside it), and on the
/// same span a lexicon formula wins over a pattern: <see cref="MentionKind.Lexicon"/>, then titled, numbered, parallel,
/// policy, quoted. A policy name that is only a modifier plus a lexicon formula (农业供给侧结构性改革) yields the
/// lexicon formula. A formula inside the label of a designation (国家乡村振兴示范县) is reported as the whole label, a lexicon
/// mention with the subtype <c>designation</c>, or not at all inside one place's title (全省平安建设优秀省辖市).
/// <see cref="CountingUnit.Nested"/> also reports what lies inside.
/// </para>
/// <para>
/// Then, one sense per discourse: a quoted label or named policy reported in the document is reported wherever else the
/// document writes it without the finder's signal, with the subtype <c>repeat</c> (<see cref="SloganExtractorOptions.Repeats"/>);
/// so is a chain reported as parallel or quoted (按照守住底线、突出重点、完善制度、引导预期的工作思路) where it is written again.
/// Then a short reference to a document or name the text gave in full earlier (《纲要草案》 after
/// 《…规划纲要（草案）》（以下简称《纲要草案》）, 省委《建议》 after 《中共…省委关于制定…规划的建议》) is reported as a further
/// occurrence of the full item, with the subtype <c>alias</c> (<see cref="SloganExtractorOptions.Aliases"/>).
/// </para>
/// <para>An extractor is immutable and safe to use from many threads.</para>
/// <example>
/// <code>
/// foreach (SloganMention m in SloganExtractor.Default.Extract(document))
///     Console.WriteLine($"{m.Kind} {m.Canonical} {m.Start}-{m.End}");
/// </code>
/// </example>
/// </remarks>
public sealed class SloganExtractor
{
    private readonly LexiconMatcher _matcher;

    /// <summary>An extractor for the formulas of <paramref name="lexicon"/> and the patterns of every kind.</summary>
    public SloganExtractor(Lexicon lexicon, SloganExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        Options = options ?? SloganExtractorOptions.Default;
        _matcher = new LexiconMatcher(lexicon);
    }

    /// <summary>An extractor for the built-in lexicon (<see cref="Lexicon.Default"/>) with the default options.</summary>
    public static SloganExtractor Default => DefaultExtractor.Value;

    private static readonly Lazy<SloganExtractor> DefaultExtractor = new(() => new SloganExtractor(Lexicon.Default));

    /// <summary>The lexicon whose formulas are found and whose segmenter cuts the text.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The options this extractor runs with.</summary>
    public SloganExtractorOptions Options { get; }

    /// <summary>
    /// The mentions in a document, found in its normalised text (<see cref="SloganMention.Span"/>), each with its place in
    /// the source file the document was read from (<see cref="SloganMention.Source"/>), however the text was repaired.
    /// </summary>
    public IReadOnlyList<SloganMention> Extract(Text.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Extract(document.Text, ExtractionContext.Of(document)).Select(m =>
        {
            Text.SourceSpan source = document.ToSource(m.Span);
            return m with { Source = source, Surface = AsWritten(document, source) };
        })];
    }

    /// <summary>
    /// The mentions of a file, exactly as <c>policylens extract FILE</c> reports them: its text read into documents as the
    /// command reads the file (<see cref="Text.CorpusReader.Parse(string, string, string?)"/>: normalised, a page split into
    /// its articles, each with the metadata it gives), each document's mentions found by <see cref="Extract(Text.Document)"/>,
    /// and every offset the file's: <see cref="SloganMention.Start"/> and <see cref="SloganMention.End"/> are
    /// <see cref="SloganMention.Source"/>, offsets into <paramref name="text"/>. The scorers (<c>policylens evaluate</c>,
    /// <see cref="JudgedExample"/>.Load) measure through it, so the figures are those of what a user's extract reports.
    /// </summary>
    /// <param name="text">The file's text, decoded (as <see cref="Text.TextFile.Read"/> gives it).</param>
    /// <param name="path">The file's path (its name may carry the year or date).</param>
    /// <param name="id">The id copied into every mention (an article's is this with <c>#n</c>); the file's name without its extension by default, as extract names it.</param>
    public IReadOnlyList<SloganMention> ExtractFile(string text, string path, string? id = null) => InFile(new Text.CorpusReader().Parse(text, path, id));

    // The mentions of a file's documents (its articles, in order), each at its place in the file.
    internal IReadOnlyList<SloganMention> InFile(IReadOnlyList<Text.Document> documents) =>
        [.. documents.SelectMany(Extract).Select(m => m with { Start = m.Source!.Value.Start, End = m.Source.Value.End })];

    // The surface of a mention found in a document is the source file's own characters, as the offsets say (the normalised text
    // folds traditional characters, writes a dash between two numbers as ~ and joins lines the page layout broke): 1954's
    // 羣衆路綫 stays 羣衆路綫, 《…（2021—2035年）》 keeps its dash. A line break inside the span, with the white space around it,
    // is left out, as SloganMention.Surface says.
    private static string AsWritten(Text.Document document, Text.SourceSpan source)
    {
        ReadOnlySpan<char> written = document.OriginalText.AsSpan(source.Start - document.SourceOffset, source.End - source.Start);
        if (written.IndexOfAny('\n', '\r') < 0)
        {
            return written.ToString();
        }

        var surface = new System.Text.StringBuilder(written.Length);
        for (int i = 0; i < written.Length;)
        {
            int run = i;
            while (run < written.Length && char.IsWhiteSpace(written[run]))
            {
                run++;
            }

            if (run == i)
            {
                surface.Append(written[i++]);
                continue;
            }

            if (written[i..run].IndexOfAny('\n', '\r') < 0)
            {
                surface.Append(written[i..run]);
            }

            i = run;
        }

        return surface.ToString();
    }

    /// <summary>The mentions in <paramref name="text"/>, in text order, with offsets into it.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="context">The document's id and year, carried into every mention.</param>
    public IReadOnlyList<SloganMention> Extract(string text, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= ExtractionContext.None;
        string documentId = context.DocumentId;
        int? year = context.Year;
        TextView view = TextView.Create(text, Lexicon.Segmenter);
        var candidates = new List<MentionCandidate>();
        IReadOnlySet<MentionKind> kinds = Options.Kinds;

        // Every finder runs whatever kinds were asked for, so that a lexicon formula still wins its span from a
        // pattern when only patterns are reported; the kinds are filtered after overlaps are resolved.
        _matcher.Find(view, candidates, context.Region, documentId, year);
        DropTrace.Watch? watch = DropTrace.On ? new DropTrace.Watch(view, documentId, candidates) : null;
        TitledFinder.Find(view, candidates);
        UnmarkedTitleFinder.Find(view, candidates);
        RegulationNameFinder.Find(view, Lexicon, candidates);
        LawNameFinder.Find(view, Lexicon, candidates);
        PlanNameFinder.Find(view, candidates);
        NumberedFinder.Find(view, Lexicon, candidates);
        ParallelFinder.Find(view, Lexicon, candidates);
        NamedRuleChain.Find(view, candidates);
        PolicyFinder.Find(view, candidates);
        IntroducedProgrammeFinder.Find(view, candidates);
        CoordinatedProgrammeFinder.Find(view, candidates);
        // After the programme finders: a plan of a campaign they name (基础研究十年行动|方案) leaves the campaign to them.
        PolicyDocumentFinder.Find(view, Lexicon, candidates);
        PlaceCampaignFinder.Find(view, Lexicon, candidates);
        QuotedFinder.Find(view, Lexicon, candidates, documentId);
        // After every policy finder: an institution named by a role (…官制度) where none reported one (round 115).
        PolicyFinder.FindRoleInstitutions(view, candidates);
        if (Options.OwnFormulas)
        {
            OwnFormulaFinder.Find(view, Lexicon, candidates, Options.OwnFormulaMinimumCount);
        }

        watch?.Gone(candidates, "finders");

        // 荣获“五个一工程”奖: a formula's words in quotes that name a prize or honour are that name, not the formula.
        candidates.RemoveAll(c => c.Kind == MentionKind.Lexicon && QuotedFinder.IsQuotedPrize(view.Text, c.Start, c.End));
        watch?.Gone(candidates, "IsQuotedPrize");

        // 省委全面深化改革委员会, “一带一路”·长城国际民间文化艺术节, 京津冀银发经济产业园: a formula written as a word of one body's,
        // event's or park's proper name is that name's word, whichever finder proposes it (a titled document keeps its name).
        candidates.RemoveAll(c => c.Kind != MentionKind.Titled && ProperNameWord.Holds(view.Text, c.Start, c.End));
        watch?.Gone(candidates, "ProperNameWord");

        // 他说，“一枝一叶总关情”: the words of a poem quoted as speech hold no numbered or quoted formula (round 43).
        candidates.RemoveAll(c => c.Kind is MentionKind.Numbered or MentionKind.Quoted && QuotedSpeech.Holds(view.Text, c.Start, c.End));
        watch?.Gone(candidates, "QuotedSpeech");

        // 改革开放精神, 高质量发展和高水平安全良性互动: a formula with a head that names it as an item is that item.
        HeadedFormula.Propose(view, candidates);

        // 国家绿色算电协同发展示范区, 打造内陆改革开放高地: labels and goal positions no formula inside makes visible.
        DesignationLabel.Propose(view, Lexicon, candidates);

        // 国家乡村振兴示范县: a formula inside a designation label is the label (reported whole), or nothing in a place's title.
        DesignationLabel.Apply(view, candidates, Options.CountingUnit);
        watch?.Gone(candidates, "DesignationLabel.Apply");

        // 农村厕所、垃圾、污水三大革命: a count label right after the 、-list it sums up is one item with the list.
        SummedListLabel.Propose(view, candidates);

        watch?.Gone(candidates, "before-resolve");
        List<(MentionCandidate Candidate, bool Nested)> resolved = Resolve(candidates, Options.CountingUnit);
        watch?.Resolved(resolved);
        if (Options.Repeats)
        {
            resolved = RepeatMentionFinder.Add(view, resolved, Options.RepeatKinds, Options.RepeatMinimumLength);

            // A chain reported where the text marks it (守住底线、突出重点、完善制度、引导预期的工作思路) is the same formula where
            // the document writes it again unmarked (the codebook's round-18 decision, point 3).
            resolved = MarkedChainRepeats.Add(view, resolved, Options.CountingUnit);
        }

        // 坚持过“紧日子”, 继续“扫黄”、“打非”: a lexicon formula written with quotation marks around part of it, where nothing
        // else is reported (round 55; QuotedInsideFormula).
        resolved = QuotedInsideFormula.Add(view, _matcher, Lexicon.Segmenter, resolved, context.Region, documentId, year);

        // After the repeats: a programme the policy finder misses where an alias's brackets follow it (人才兴皖工程（以下简称…）)
        // is reported there as a repeat, and a quoted alias the repeats reported as a label of its own takes the full name.
        if (Options.Aliases)
        {
            resolved = AliasMentionFinder.Add(view, resolved);
        }

        // “深圳蓝”可持续行动, “十百千万”惠企服务机制: a programme named on a quoted label and a descriptor where nothing is reported.
        resolved = DescribedLabelProgramme.Add(view, resolved);

        var mentions = new List<SloganMention>(resolved.Count);
        MentionConfidence confidence = Options.ConfidenceModel ?? MentionConfidence.Default;
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            if (!kinds.Contains(c.Kind))
            {
                continue;
            }

            // Scored on the text as given, at the offsets reported: the model was trained on judged mentions so placed.
            int start = view.SourceStart(c.Start), end = view.SourceEnd(c.End);
            double score = confidence.Score(text, start, end, c.Kind, c.Subtype);
            if (Options.MinimumConfidence.TryGetValue(c.Kind, out double minimum) && score < minimum)
            {
                continue;
            }

            mentions.Add(new SloganMention
            {
                DocumentId = documentId,
                Year = year,
                Kind = c.Kind,
                Canonical = c.Canonical,
                Surface = view.Original[c.Start..c.End],
                Theme = c.Theme,
                Start = start,
                End = end,
                Context = view.Context(c.Start, c.End, Options.ContextCharacters),
                Entry = c.Entry,
                Subtype = c.Subtype,
                Label = c.Label,
                Nested = nested,
                Confidence = score,
            });
        }

        return mentions;
    }

    /// <summary>
    /// For each lexicon formula found in <paramref name="corpus"/>, its earliest mention (lowest year, then corpus order),
    /// counting every spelling, member lists, and formulas inside longer ones. Its <see cref="SloganMention.Subtype"/>
    /// says how it was written (六稳 first appears in the 2019 Government Work Report through its members).
    /// </summary>
    /// <param name="corpus">Each document's identifier, year and text.</param>
    public IReadOnlyDictionary<string, SloganMention> FirstMentions(IEnumerable<(string Id, int Year, string Text)> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var extractor = new SloganExtractor(Lexicon, Options with { CountingUnit = CountingUnit.Nested, Kinds = new HashSet<MentionKind> { MentionKind.Lexicon }, Repeats = false, Aliases = false, MinimumConfidence = SloganExtractorOptions.NoMinimumConfidence });
        var first = new Dictionary<string, SloganMention>(StringComparer.Ordinal);
        foreach ((string id, int year, string text) in corpus)
        {
            // Only the lexicon's own formulas: a place campaign or goal found by pattern (科教强省) has no entry to date.
            foreach (SloganMention mention in extractor.Extract(text, new ExtractionContext(id, year)).Where(m => m.Entry is not null))
            {
                if (!first.TryGetValue(mention.Canonical, out SloganMention? earlier) || year < earlier.Year)
                {
                    first[mention.Canonical] = mention;
                }
            }
        }

        return first;
    }

    internal static List<(MentionCandidate Candidate, bool Nested)> Resolve(List<MentionCandidate> candidates, CountingUnit unit)
    {
        // Linear in the candidates (a 32 MB paragraph has millions): positions are claimed in an owner array, and a
        // candidate's overlap or containment is read off its own span, which is short.
        int length = 0;
        foreach (MentionCandidate c in candidates)
        {
            length = Math.Max(length, c.End);
        }

        // A policy or quoted name that is a modifier plus a lexicon formula ending where it ends is that formula.
        var latestLexiconStart = new Dictionary<int, int>();
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind == MentionKind.Lexicon)
            {
                latestLexiconStart[c.End] = Math.Max(latestLexiconStart.GetValueOrDefault(c.End, -1), c.Start);
            }
        }

        candidates.RemoveAll(c => c.Kind is MentionKind.Policy && latestLexiconStart.TryGetValue(c.End, out int s) && s > c.Start);

        // Longest first; on the same span the more specific kind; then text order (and, as a stable sort would, the order
        // found). An array sort on the keys, not LINQ's OrderBy: this runs for every document.
        // Sorted as positions (a total order, so the same result; SortedPositions: a sort over (candidate, index) pairs was
        // compiled by the JIT at every run).
        int[] keyed = SortedPositions.Of(candidates.Count, (x, y) =>
        {
            MentionCandidate a = candidates[x], b = candidates[y];
            int order = b.Length.CompareTo(a.Length);
            order = order != 0 ? order : a.Priority.CompareTo(b.Priority);
            order = order != 0 ? order : a.Start.CompareTo(b.Start);
            return order != 0 ? order : x.CompareTo(y);
        });
        var ordered = new MentionCandidate[keyed.Length];
        for (int i = 0; i < keyed.Length; i++)
        {
            ordered[i] = candidates[keyed[i]];
        }

        // Rented (four bytes a character of every document): read only here.
        int[] rented = System.Buffers.ArrayPool<int>.Shared.Rent(length + 1);
        Span<int> owner = rented.AsSpan(0, length + 1);
        owner.Fill(-1);
        var accepted = new List<MentionCandidate>();
        foreach (MentionCandidate candidate in ordered)
        {
            bool free = true;
            for (int p = candidate.Start; p < candidate.End && free; p++)
            {
                free = owner[p] < 0;
            }

            if (free)
            {
                for (int p = candidate.Start; p < candidate.End; p++)
                {
                    owner[p] = accepted.Count;
                }

                accepted.Add(candidate);
            }
        }

        var result = new List<(MentionCandidate, bool)>(accepted.Count);
        foreach (MentionCandidate a in accepted)
        {
            result.Add((a, false));
        }

        if (unit == CountingUnit.Nested)
        {
            var seen = new HashSet<(int, int, string)>(accepted.Select(a => (a.Start, a.End, a.Canonical)));
            var spans = new HashSet<(int, int)>(accepted.Select(a => (a.Start, a.End)));
            foreach (MentionCandidate candidate in ordered)
            {
                // Inside an accepted mention (accepted ones never overlap, so both ends in the same one means inside it),
                // not the same span as one (that would be the same text counted twice), nor the holder's own item again: its
                // canonical or the label it is named on (“双百” in 文旅投资“双百”计划, whose Label is 双百). A lexicon formula inside a
                // pattern's mention named after it (深港通 in “深港通”试点, Label 深港通) is still the lexicon's mention.
                int holder = candidate.Length > 0 ? owner[candidate.Start] : -1;
                if (holder >= 0 && owner[candidate.End - 1] == holder && !spans.Contains((candidate.Start, candidate.End))
                    && ((accepted[holder].Canonical != candidate.Canonical && accepted[holder].Label != candidate.Canonical)
                        || (candidate.Kind == MentionKind.Lexicon && accepted[holder].Kind != MentionKind.Lexicon))
                    && seen.Add((candidate.Start, candidate.End, candidate.Canonical)))
                {
                    spans.Add((candidate.Start, candidate.End));
                    result.Add((candidate, true));
                }
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(rented);

        // Text order, the longer first where two start together, otherwise in the order above (a stable sort's).
        int[] placed = SortedPositions.Of(result.Count, (x, y) =>
        {
            MentionCandidate a = result[x].Item1, b = result[y].Item1;
            int order = a.Start.CompareTo(b.Start);
            order = order != 0 ? order : b.Length.CompareTo(a.Length);
            return order != 0 ? order : x.CompareTo(y);
        });
        var sorted = new List<(MentionCandidate Candidate, bool Nested)>(placed.Length);
        foreach (int i in placed)
        {
            sorted.Add(result[i]);
        }

        return sorted;
    }
}
