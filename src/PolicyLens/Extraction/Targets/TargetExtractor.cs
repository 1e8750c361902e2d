// The entry point of target extraction: reads every figure of a report and says what it measures, whether it is a goal, a
// result or an estimate, and for which year or period.
using PolicyLens.Extraction.Numbers;
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// Turns the numbers in a report into target records: each measured figure is bound to the indicator it is about,
/// labelled target / actual / estimate / other, and given the year or period it is for.
/// </summary>
/// <remarks>
/// Works on one document's normalised text. The steps, each in its own type:
/// <list type="bullet">
/// <item><see cref="QuantityScanner"/> reads the figures; only amounts in a unit a statement measures in count (money, people,
/// area, energy, and every measure word: 个, 家, 所, 套, 辆, 台…), and never a vague span (<c>数千名代表</c>).</item>
/// <item>An indicator binder finds the vocabulary's subject before the figure (<c>国内生产总值</c>… <c>增长</c>); a figure no
/// indicator names keeps its clean subject phrase under <see cref="Indicator.OtherCode"/>; <c>A、B分别…x、y</c> gives each
/// subject its own record.</item>
/// <item>Kind and horizon come from the section the figure stands in (review → results of its years; goals and tasks →
/// targets of the section's year unless the clause names another horizon or says 预计); outside such sections (national
/// reports before they had them, prose) from the cue words of the sentence and the sentences before it.</item>
/// <item>In news and other non-report genres only explicit target statements (<c>目标是</c>, <c>力争</c>…) are targets.</item>
/// </list>
/// An extractor is immutable and safe to use from many threads. Time and output are linear in the text: each figure looks
/// at most <see cref="Clauses.Reach"/> characters around it, and a record carries its clause, not its sentence.
/// <example>
/// <code>
/// foreach (TargetRecord r in TargetExtractor.Default.Extract(document))
///     Console.WriteLine($"{r.Kind} {r.Indicator} {r.Comparator} {r.Value}{r.Unit} {r.Horizon}");
/// </code>
/// </example>
/// </remarks>
public sealed class TargetExtractor
{
    /// <summary>Genres whose figures are read as a report's: goals where the structure or the cues say so.</summary>
    // (A pattern, not a HashSet<DocumentGenre>: a set over an enum is generic code the JIT compiled at start-up for this alone.)
    private static bool IsReportGenre(DocumentGenre genre) =>
        genre is DocumentGenre.Unknown or DocumentGenre.WorkReport or DocumentGenre.CongressReport or DocumentGenre.Resolution or DocumentGenre.PolicyDocument;

    private readonly IndicatorBinder _binder;

    /// <summary>An extractor with the built-in vocabulary.</summary>
    public static TargetExtractor Default { get; } = new(TargetExtractorOptions.Default);

    /// <summary>An extractor with <paramref name="options"/>.</summary>
    public TargetExtractor(TargetExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _binder = new IndicatorBinder(options.Vocabulary);
    }

    /// <summary>The options this extractor was made with.</summary>
    public TargetExtractorOptions Options { get; }

    /// <summary>
    /// Every numeric statement in a document, found in its normalised text, with the sentence and quantity offsets mapped
    /// back into the source file the document was read from (<see cref="Document.ToSourceOffset"/>), so that they point at
    /// the right place however the text was repaired. The clause is the normalised one.
    /// </summary>
    public IReadOnlyList<TargetRecord> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Extract(document.Text, ExtractionContext.Of(document), document.Sentences, document.Sections).Select(r => r.InSource(document))];
    }

    /// <summary>
    /// Every numeric statement in a document, in text order, with offsets into its normalised text: exactly what
    /// <see cref="Extract(string, ExtractionContext?)"/> gives for <see cref="Document.Text"/>, but read from the
    /// document's own <see cref="Document.Sentences"/> (and its <see cref="Document.Sections"/> when its body starts at
    /// the top), so that a job that also classifies the sentences cuts the text once.
    /// </summary>
    public IReadOnlyList<TargetRecord> ExtractFromText(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The text overload reads the headings as if the body started at offset 0; the document's sections start at
        // its BodyStart, which can change a heading's years (1921's Guangzhou report). Kept as the text overload has it,
        // so analyze's tables do not change with the speed work; whether analyze should use the body's sections, as
        // Extract(Document) does, is a separate, deliberate decision.
        IReadOnlyList<Section> sections = document.BodyStart == 0
            ? document.Sections
            : SectionParser.Parse(document.Text, 0, document.Metadata.Year, document.Metadata.Genre == DocumentGenre.WorkReport);
        return Extract(document.Text, ExtractionContext.Of(document), document.Sentences, sections);
    }

    /// <summary>Every numeric statement in <paramref name="text"/>, in text order, with offsets into it.</summary>
    /// <param name="text">The document's (normalised) text.</param>
    /// <param name="context">Its id, year (resolves <c>今年</c>, <c>去年</c>, <c>今后五年</c>; none leaves such horizons unset) and genre.</param>
    public IReadOnlyList<TargetRecord> Extract(string text, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= ExtractionContext.None;
        var parsed = new Document
        {
            Id = context.DocumentId, Source = context.DocumentId, OriginalText = text, Text = text, Map = OffsetMap.Identity(text.Length),
            Metadata = DocumentMetadata.Empty with { Year = context.Year, Genre = context.Genre },
        };
        return Extract(text, context, parsed.Sentences, parsed.Sections);
    }

    private List<TargetRecord> Extract(string text, ExtractionContext context, IReadOnlyList<Sentence> sentences, IReadOnlyList<Section> headings)
    {
        IReadOnlyList<(PlanPeriod Period, int Start, int Length)> plans = PlanPeriod.Find(text);
        var document = new DocumentView(text, context.Year, QuantityScanner.Scan(text, plans), plans);
        TargetSection[] sections = TargetSection.From(headings);
        bool explicitOnly = !IsReportGenre(context.Genre);
        var records = new List<TargetRecord>();
        int q = 0;
        SentenceSpan? carried = null;
        bool past = false;
        bool pastInParagraph = false;
        Horizon? period = null;
        // The figures of the sentence read as another's stretch goal, by index (a flag array, not a HashSet<int>: that
        // generic instantiation was compiled at start-up for this alone).
        bool[] consumed = new bool[document.Quantities.Count];
        for (int n = 0; n < sentences.Count; n++)
        {
            var sentence = new SentenceSpan(sentences[n].Span.Start, sentences[n].Span.End, sentences[n].Paragraph, n);
            pastInParagraph &= n > 0 && sentences[n - 1].Paragraph == sentence.Paragraph;
            int first = q;
            while (q < document.Quantities.Count && document.Quantities[q].Start < sentence.End)
            {
                q++;
            }

            TargetSection? where = TargetSection.At(sections, sentence.Start);
            var cues = new SentenceCues(document, sentence, carried, past, period);
            // A sentence without figures reads nothing: its reading is made only for one with figures (most have none; a
            // reading for every sentence was 3.2 of analyze's 268 MB on gwr + cpc-congress, issue 14, round 16).
            if (first < q)
            {
                var reading = new SentenceReading(document, sentence, cues, where, explicitOnly, pastInParagraph, q,
                    DistributionList.Subjects(document, sentence, first, q));
                Array.Clear(consumed, first, q - first);
                for (int k = first; k < q; k++)
                {
                    if (!consumed[k])
                    {
                        Read(reading, k, consumed, context.DocumentId, records);
                    }
                }
            }

            // Tense and plan period carry on to later sentences, across paragraphs, until a sentence states its own: a
            // results section (过去一年…) or a plan section (“十四五”时期主要目标…) goes on without repeating its time word.
            past = cues.EndsInPast() ?? past;
            pastInParagraph = KindAndHorizonResolver.TurnsToPast(cues) ?? pastInParagraph;
            period = cues.PeriodAfter(period);
            char last = text[sentence.End - 1];
            carried = last is '：' or ':' ? sentence : null;
        }

        return records;
    }

    // In a method of its own: a lambda over Read's locals made Read allocate its closure for every figure it was given.
    private List<(Indicator? Indicator, string Words)> SharedSubjects(List<string> shared, string unit, Indicator? indicator) =>
        [.. shared.Select(s => (_binder.Named(s, unit) ?? indicator, s))];

    private void Read(SentenceReading reading, int index, bool[] consumed, string documentId, List<TargetRecord> records)
    {
        DocumentView document = reading.Document;
        string text = document.Text;
        Quantity quantity = document.Quantities[index];
        SentenceSpan sentence = reading.Sentence;
        if (quantity.Kind != QuantityKind.Amount || quantity.End > sentence.End || !Units.IsMeasure(quantity.Unit) || IsVagueSpan(quantity) ||
            (Units.NeedsDigits(quantity.Unit) && !ChineseNumber.IsArabicDigit(text[IndicatorBinder.NumberStart(text, quantity)])))
        {
            return;
        }

        int clauseStart = reading.Cues.ClauseStart(quantity.Start);
        (Indicator? indicator, int subjectStart, int wordsEnd) = _binder.Bind(document, sentence, clauseStart, quantity);
        if (indicator is null && !Options.IncludeOther)
        {
            return;
        }

        decimal? stretch = null;
        if (indicator is not null && index + 1 < reading.QuantityEnd && reading.Cues.StretchAfter(quantity, document.Quantities[index + 1]))
        {
            stretch = document.Quantities[index + 1].Value;
            consumed[index + 1] = true;
        }

        int annualFrom = Math.Min(clauseStart, subjectStart < 0 ? clauseStart : subjectStart);
        bool annual = Cues.LastEnd(text, annualFrom, quantity.Start, Cues.AnnualAverage) >= 0;
        (TargetKind kind, Horizon? horizon) = reading.Section is { } section && KindAndHorizonResolver.Decides(section, document.Year)
            ? KindAndHorizonResolver.Resolve(document, section, sentence, clauseStart, quantity, annual, reading.PastBefore)
            : reading.Cues.Resolve(quantity, clauseStart, annual);
        if (reading.Cues.IsStartingPoint(quantity))
        {
            kind = TargetKind.Other;
        }

        if (kind == TargetKind.Target && reading.ExplicitOnly && !reading.Cues.HasExplicitGoal(quantity.Start))
        {
            kind = TargetKind.Other;
        }

        Comparator comparator = DistributionList.SharedComparator(document, index, reading.QuantityEnd);
        string clause = Clauses.Text(text, quantity.Start, quantity.End, sentence.Start, sentence.End);
        List<(Indicator? Indicator, string Words)> subjects = reading.Shared.TryGetValue(index, out List<string>? shared)
            ? SharedSubjects(shared, quantity.Unit, indicator)
            : [(indicator, indicator is not null ? text[subjectStart..wordsEnd] : OtherWords(text, sentence, clauseStart, quantity))];
        foreach ((Indicator? subject, string words) in subjects)
        {
            if (subject is null && !Options.IncludeOther)
            {
                continue;
            }

            records.Add(new TargetRecord(
                documentId, document.Year, subject?.Code ?? Indicator.OtherCode, words, comparator, quantity.Value, quantity.Max, stretch,
                quantity.Unit, kind, horizon, sentence.Index, new TextSpan(sentence.Start, sentence.End), new TextSpan(quantity.Start, quantity.End), clause));
        }
    }

    /// <summary><c>数千名代表</c>, <c>十几万</c>, <c>上百</c>: a hedged span is a manner of speaking, never a figure a report sets or reports.</summary>
    private static bool IsVagueSpan(Quantity quantity) => quantity.Comparator == Comparator.Approx && quantity.Max is not null;

    private static string OtherWords(string text, SentenceSpan sentence, int clauseStart, Quantity quantity)
    {
        int clauseEnd = Clauses.End(text, quantity.End, sentence.End);
        string phrase = SubjectPhrase.Of(text, clauseStart, quantity.Start, quantity.End, clauseEnd);
        if (SubjectPhrase.IsVerbOnly(phrase))
        {
            // 推动中欧（亚）班列拓线扩量、开行4000班次: the subject stands before the list comma, in the same comma clause.
            int commaClauseStart = Clauses.Start(text, quantity.Start, sentence.Start, listComma: false);
            string wider = SubjectPhrase.Of(text, commaClauseStart, quantity.Start, quantity.End, clauseEnd);
            phrase = wider.Length > phrase.Length ? wider : phrase;
        }

        return phrase;
    }

    /// <summary>One sentence as the rules read it: its cues, its section, the figures it holds and those shared out by 分别.</summary>
    private sealed record SentenceReading(
        DocumentView Document, SentenceSpan Sentence, SentenceCues Cues, TargetSection? Section, bool ExplicitOnly, bool PastBefore, int QuantityEnd,
        Dictionary<int, List<string>> Shared);
}
