// Measures the finders against what scholars coded: how many of the coded occurrences of formulas in a text the mentions
// find (recall), how many mentions of each kind answer a coded formula, and where each missed occurrence went. The scorer of
// the project's gold tests and of `policylens evaluate recall`.
namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// Scores the mentions of one text against the formulas coded in it (<see cref="CodedFormula"/>). A mention finds a coded
/// formula when its surface, its canonical or its label is one of the formula's forms (compared without spaces, quotation
/// marks and 《》, with ，read as 、) and its kind fits (<see cref="CodedFormula.Fits"/>); each coded occurrence is found once.
/// Occurrences are counted, not places: a formula coded twice is found by any two mentions of it in the text. Mentions
/// reported inside a longer one (<see cref="SloganMention.Nested"/>, extracted with <see cref="CountingUnit.Nested"/>) are
/// scored only where the longer mention answers no coded formula, as the codebook counts (an occurrence inside a coded item
/// does not count again).
/// </summary>
public static class FormulaRecall
{
    /// <summary>Scores <paramref name="mentions"/>, the extractor's mentions of one text, against the formulas coded in it.</summary>
    /// <param name="file">The text's name, as the coded rows give it (for the result).</param>
    /// <param name="coded">The formulas coded in that text (one row per formula).</param>
    /// <param name="mentions">Every mention reported in the text.</param>
    public static TextRecall Score(string file, IEnumerable<CodedFormula> coded, IEnumerable<SloganMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(mentions);
        List<Tally> tallies = [.. coded.Select(c => new Tally(c))];
        var byForm = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (Tally t in tallies)
        {
            foreach (string form in t.Forms)
            {
                byForm.TryAdd(form, t);
            }
        }

        var byKind = new Dictionary<MentionKind, KindAgreement>();
        var notCoded = new List<SloganMention>();
        var reported = new List<(string Canonical, string Surface, MentionKind Kind)>();
        int found = 0;
        List<SloganMention> all = [.. mentions];

        // A formula reported inside another (CountingUnit.Nested) is an occurrence by the codebook's count rule only where the
        // longer mention is no coded item: an occurrence inside a coded item does not count again for the inner one.
        List<SloganMention> codedOuter = all.Any(m => m.Nested) ? [.. all.Where(m => !m.Nested && Credited(byForm, m) is not null)] : [];
        foreach (SloganMention m in all)
        {
            if (m.Nested && codedOuter.Any(o => o.Start <= m.Start && m.End <= o.End))
            {
                continue;
            }

            reported.Add((Normalise(m.Canonical), Normalise(m.Surface), m.Kind));
            Tally? t = Credited(byForm, m);
            bool answers = t is not null && t.Formula.Fits(m.Kind);
            if (answers && t!.Left > 0)
            {
                t.Left--;
                found++;
            }

            // A mention of a coded formula answers it even past its coded count (a count is recall's business, not precision's).
            KindAgreement k = byKind.GetValueOrDefault(m.Kind);
            byKind[m.Kind] = new KindAgreement(k.Coded + (answers ? 1 : 0), k.Reported + 1);
            if (!answers)
            {
                notCoded.Add(m);
            }
        }

        return new TextRecall(file, tallies.Sum(t => t.Formula.Count), found, byKind, [.. Missed(tallies, reported)], notCoded);
    }

    /// <summary>
    /// The coded formula a mention is an occurrence of: the row of its surface or of its canonical (either may be one of the
    /// formula's forms), preferring one with occurrences left, the surface's first. A place version the matcher reports under
    /// its national formula (中国式现代化湖北篇章, canonical 中国式现代化) is then credited to its own row when the coders coded it
    /// apart, and the national row keeps its occurrences for the national uses. A programme built on a quoted label (文旅投资
    /// “双百”计划, canonical the whole name) answers a row that codes the label: the coder and the finder name the same programme.
    /// Null when no form is coded under a kind that fits the mention.
    /// </summary>
    private static Tally? Credited(Dictionary<string, Tally> byForm, SloganMention m)
    {
        Tally? bySurface = byForm.GetValueOrDefault(Normalise(m.Surface));
        Tally? byCanonical = byForm.GetValueOrDefault(Normalise(m.Canonical));
        Tally? byLabel = m.Label.Length > 0 ? byForm.GetValueOrDefault(Normalise(m.Label)) : null;
        Tally?[] fitting = [.. new[] { bySurface, byCanonical, byLabel }.Where(t => t is not null && t.Formula.Fits(m.Kind))];
        return fitting.FirstOrDefault(t => t!.Left > 0) ?? fitting.FirstOrDefault();
    }

    /// <summary>
    /// An interval for pooled recall that respects that occurrences come in texts: the percentile interval of a bootstrap over
    /// texts (resample the texts with replacement, pool found over coded). A finder that misses a formula misses it throughout
    /// a text, so occurrences of one text are not independent, and the binomial interval of the pooled counts
    /// (<see cref="Proportion.Interval"/>) is too narrow; this one is wider where texts differ. With few texts (under ten or
    /// so) no interval is trustworthy; this one then understates the uncertainty too.
    /// </summary>
    /// <param name="texts">The texts' scores (at least one).</param>
    /// <param name="confidence">The coverage asked, strictly between 0 and 1.</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="seed">The random seed (the same seed and texts give the same interval).</param>
    public static (double Lower, double Upper) TextBootstrapInterval(IReadOnlyList<TextRecall> texts, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Proportion.ClusterBootstrapInterval([.. texts.Select(t => new Proportion(t.Found, t.Coded))], confidence, resamples, seed);
    }

    /// <summary>
    /// Where the occurrences left unfound went, judged from what the text's mentions are (not where they stand): the same form
    /// reported under a kind the coders did not list; reported under a fitting kind but fewer times than coded; a reported
    /// form that holds the coded one (a longer boundary); a coded form that holds a reported one (a shorter boundary); nothing.
    /// </summary>
    private static IEnumerable<MissedFormula> Missed(List<Tally> tallies, List<(string Canonical, string Surface, MentionKind Kind)> reported)
    {
        foreach (Tally t in tallies.Where(t => t.Left > 0))
        {
            bool Same((string Canonical, string Surface, MentionKind Kind) r) => t.Forms.Contains(r.Canonical) || t.Forms.Contains(r.Surface);
            int otherKind = Math.Min(t.Left, reported.Count(r => Same(r) && !t.Formula.Fits(r.Kind)));
            if (otherKind > 0)
            {
                yield return new MissedFormula(t.Formula, otherKind, MissCause.UnderAnotherKind);
            }

            int left = t.Left - otherKind;
            if (left == 0)
            {
                continue;
            }

            MissCause cause = reported.Any(r => Same(r) && t.Formula.Fits(r.Kind)) ? MissCause.FoundFewerTimes
                : reported.Any(r => t.Forms.Any(f => r.Surface.Contains(f, StringComparison.Ordinal) || r.Canonical.Contains(f, StringComparison.Ordinal))) ? MissCause.InsideLongerMention
                : reported.Any(r => r.Surface.Length >= 2 && t.Forms.Any(f => f.Contains(r.Surface, StringComparison.Ordinal))) ? MissCause.HoldsShorterMention
                : MissCause.Nothing;
            yield return new MissedFormula(t.Formula, left, cause);
        }
    }

    /// <summary>How the figures name a cause: "same form under another kind", "found fewer times than coded", "inside a longer
    /// mention", "holds a shorter mention", "nothing".</summary>
    public static string Describe(MissCause cause) => cause switch
    {
        MissCause.UnderAnotherKind => "same form under another kind",
        MissCause.FoundFewerTimes => "found fewer times than coded",
        MissCause.InsideLongerMention => "inside a longer mention",
        MissCause.HoldsShorterMention => "holds a shorter mention",
        MissCause.Nothing => "nothing",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>
    /// A form as the scorer compares it: without white space, curly quotation marks and 《》, with the full-width comma read as
    /// the enumeration comma (coders write chains either way), and a full-width letter, digit or sign read as its ASCII form, as
    /// the normaliser folds the text the finders read (a coder writes 20＋8 as the file does; the mention's label and canonical,
    /// drawn from the normalised text, are 20+8; <c>TextNormalizer.FoldFullWidth</c>). Chinese punctuation stays as it is.
    /// </summary>
    public static string Normalise(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var normal = new System.Text.StringBuilder(form.Length);
        foreach (char c in form)
        {
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '‘' or '’' or '《' or '》'))
            {
                normal.Append(c == '，' ? '、' : Text.TextNormalizer.FoldFullWidth(c));
            }
        }

        return normal.ToString();
    }

    /// <summary>One coded formula and how many of its coded occurrences are still to be found in the text.</summary>
    private sealed class Tally(CodedFormula formula)
    {
        public CodedFormula Formula { get; } = formula;

        public List<string> Forms { get; } = [.. formula.Forms.Select(Normalise)];

        public int Left { get; set; } = formula.Count;
    }
}

/// <summary>Where a coded occurrence the mentions did not find went (<see cref="FormulaRecall"/>).</summary>
public enum MissCause
{
    /// <summary>The same form was reported under a kind the coders did not list for it.</summary>
    UnderAnotherKind,

    /// <summary>The form was reported under a fitting kind, but fewer times than coded.</summary>
    FoundFewerTimes,

    /// <summary>A mention holds the coded form inside a longer boundary.</summary>
    InsideLongerMention,

    /// <summary>The coded form holds a shorter mention.</summary>
    HoldsShorterMention,

    /// <summary>No mention shares the form.</summary>
    Nothing,
}

/// <summary>Occurrences of a coded formula the mentions did not find, and where they went.</summary>
/// <param name="Formula">The coded formula.</param>
/// <param name="Occurrences">How many of its coded occurrences went this way.</param>
/// <param name="Cause">Where they went.</param>
public sealed record MissedFormula(CodedFormula Formula, int Occurrences, MissCause Cause);

/// <summary>How many mentions of a kind answer a coded formula (<see cref="Coded"/>) of all reported (<see cref="Reported"/>):
/// precision measured against the coders' list, a floor of what a judge reads right (coders miss formulas; judges see them).</summary>
/// <param name="Coded">Mentions that answer a formula coded in their text.</param>
/// <param name="Reported">Every mention of the kind.</param>
public readonly record struct KindAgreement(int Coded, int Reported);

/// <summary>The recall of the mentions of one text against the formulas coded in it (<see cref="FormulaRecall.Score"/>).</summary>
/// <param name="File">The text.</param>
/// <param name="Coded">Coded occurrences (the sum of the rows' counts).</param>
/// <param name="Found">Coded occurrences found.</param>
/// <param name="ByKind">Per kind of mention, how many answer a coded formula of how many reported.</param>
/// <param name="Missed">The occurrences not found, by formula and cause.</param>
/// <param name="NotCoded">The mentions that answer no coded formula, in report order.</param>
public sealed record TextRecall(string File, int Coded, int Found, IReadOnlyDictionary<MentionKind, KindAgreement> ByKind, IReadOnlyList<MissedFormula> Missed, IReadOnlyList<SloganMention> NotCoded)
{
    /// <summary>Found over coded occurrences (1 when nothing is coded).</summary>
    public double Recall => Coded == 0 ? 1 : Found / (double)Coded;
}
