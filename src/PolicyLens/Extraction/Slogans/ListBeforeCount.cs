// The list a count sums up, read back from the count (round 58, numbered58: one reader for the two rules that asked it).
// A count written right after a list of as many members sums the list up (乡村产业、乡村建设、乡村治理“三根支柱”; 住房市场和住房
// 保障两个体系): it counts things, no formula (codebook: count phrases; round 27, point 3). NumberedFinder.SumsUpList (a 、 list of
// three or more short items before a count with a measure) and CountAfterNamedList (two members joined by 和, a verb-led first
// member, N个 + one word) each walked back over the clause in its own way; both now read the clause part here and apply their
// own tests to it. The walk stops at the clause's punctuation, but crosses the marks around quoted members (“粤省事”、“粤商通”、
// “粤政易”三大品牌; “粤省事”“粤商通”“粤政易”“三大平台”): a closing mark always, an opening mark only where a separator or another
// member's closing mark stands before it, so the mark that opens the whole list (“和平友好、平等互利、长期稳定”三项原则) ends the
// part. The walk is bounded (a 16 MB paragraph with no punctuation must not make the scan quadratic).
namespace PolicyLens.Extraction.Slogans;

/// <summary>The clause part [<see cref="From"/>, <see cref="End"/>) written right before a count, read as the list it may sum up.</summary>
internal readonly struct ListBeforeCount
{
    // Marks that end the clause part a list can stand in (NumberedFinder's walk over a label's qualifier stops at them too).
    internal const string ClauseMarks = "，。；：！？（）()“”《》\n";

    // The words that join two members (A和B), and with 、 the separators of a listed member (A、B和C).
    private const string Joins = "和与及";

    internal const string Separators = "、" + Joins;

    // The longest clause part read: ten members of eight characters and their separators (longer stretches are prose).
    internal const int MaxLength = 90;

    private ListBeforeCount(string text, int from, int end)
    {
        Text = text;
        From = from;
        End = end;
    }

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>Where the clause part starts.</summary>
    public int From { get; }

    /// <summary>Where it ends: right before the count (or before the mark opening a quoted count).</summary>
    public int End { get; }

    /// <summary>The number of characters in the part.</summary>
    public int Length => End - From;

    /// <summary>The part as written.</summary>
    public ReadOnlySpan<char> Part => Text.AsSpan(From, End - From);

    /// <summary>
    /// Reads the clause part ending at <paramref name="end"/>, or null when it runs over <see cref="MaxLength"/> characters.
    /// </summary>
    public static ListBeforeCount? Read(string text, int end)
    {
        int from = end;
        while (from > 0 && (!ClauseMarks.Contains(text[from - 1], StringComparison.Ordinal) || text[from - 1] == '”'
            || (text[from - 1] == '“' && from > 1 && (text[from - 2] == '”' || Separators.Contains(text[from - 2], StringComparison.Ordinal)))))
        {
            if (end - from > MaxLength)
            {
                return null;
            }

            from--;
        }

        return new ListBeforeCount(text, from, end);
    }

    /// <summary>Whether members are set apart by 、 or written as a run of quoted names (“粤省事”“粤商通”).</summary>
    public bool HasListMarks => Part.Contains('、') || Part.Contains("”“", StringComparison.Ordinal);

    /// <summary>The number of 、 marks in the part.</summary>
    public int EnumerationMarks => Part.Count('、');

    /// <summary>
    /// The members split at every separator (、和与及, and between quoted names), their quotation marks removed: a split by
    /// character, so 及 inside a word (惠及) splits too, which the short-member test of the caller turns away.
    /// </summary>
    public string[] Members() =>
        Text[From..End].Replace("”“", "、", StringComparison.Ordinal).Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
            .Split(Separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The number of 和, 与 or 及 in the part that stand as words of their own between members (A和B), not inside a word
    /// (惠及), and not as its first or last character.
    /// </summary>
    public int StandaloneJoins(TextView view)
    {
        int joins = 0;
        for (int k = From + 1; k < End - 1; k++)
        {
            if (Joins.Contains(Text[k], StringComparison.Ordinal) && view.TokenIndexAt(k) is int t && t >= 0 && view.Tokens[t].Start == k && view.Tokens[t].Length == 1)
            {
                joins++;
            }
        }

        return joins;
    }
}
