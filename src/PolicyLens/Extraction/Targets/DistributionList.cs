// Statements that share out figures among several subjects: A、B分别增长x、y; A、B、C…分别达到x、y、z以上; 控制在5%和3%以内.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// Reads the lists of subjects and figures joined by <c>分别</c> (each subject gets its own figure, or all of them the one figure:
/// zhumadian 2025 <c>实现旅游接待人次、旅游综合收入分别增长6%以上</c>), and carries a bound written once after a list of
/// figures to each of them (<c>控制在5%和3%以内</c>, <c>分别达到x、y、z以上</c>).
/// </summary>
internal static class DistributionList
{
    /// <summary>The word that shares figures out among subjects.</summary>
    private const string Respectively = "分别";

    /// <summary>What may stand between two figures of one list: nothing but a list mark.</summary>
    private const string ListMarks = "、和及与";

    /// <summary>What separates subjects of one list.</summary>
    private static readonly char[] SubjectMarks = ['、', '和', '及', '与'];

    /// <summary>The most subjects read in one list; longer runs are prose, not a list (and would make output grow).</summary>
    private const int MaxSubjects = 8;

    /// <summary>For each figure (by index into the document's quantities) shared out by 分别, the subject it belongs to.</summary>
    public static Dictionary<int, List<string>> Subjects(DocumentView document, SentenceSpan sentence, int firstQuantity, int endQuantity)
    {
        var result = new Dictionary<int, List<string>>();
        string text = document.Text;
        for (int k = firstQuantity; k < endQuantity; k++)
        {
            Quantity q = document.Quantities[k];
            int clauseStart = Clauses.Start(text, q.Start, sentence.Start, listComma: false);
            int at = text.AsSpan(clauseStart, q.Start - clauseStart).LastIndexOf(Respectively, StringComparison.Ordinal);
            if (result.ContainsKey(k))
            {
                continue;
            }

            if (at < 0)
            {
                PairWithoutRespectively(document, clauseStart, k, endQuantity, result);
                continue;
            }

            at += clauseStart;
            string[] subjects = SubjectPhrase.Trim(text.AsSpan(clauseStart, at - clauseStart)).Split(SubjectMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (subjects.Length is < 2 or > MaxSubjects)
            {
                continue;
            }

            List<int> figures = [k];
            while (figures.Count < subjects.Length && figures[^1] + 1 < endQuantity && Joined(document, figures[^1], figures[^1] + 1))
            {
                figures.Add(figures[^1] + 1);
            }

            if (figures.Count == subjects.Length)
            {
                for (int i = 0; i < figures.Count; i++)
                {
                    result[figures[i]] = [subjects[i]];
                }
            }
            else if (figures.Count == 1 || !Joined(document, k, k + 1))
            {
                result[k] = [.. subjects];
            }
        }

        return result;
    }

    /// <summary>
    /// <c>雨污分流、集中供暖、绿化覆盖率达96%、76%、46.1%</c> (zhumadian 2023): as many subjects as figures, both listed with 、,
    /// pair up in order even without 分别.
    /// </summary>
    private static void PairWithoutRespectively(DocumentView document, int clauseStart, int k, int endQuantity, Dictionary<int, List<string>> result)
    {
        // Most figures stand alone: ruled out before a list is made for them (it was a list at every figure).
        if (!(k + 1 < endQuantity && Joined(document, k, k + 1)))
        {
            return;
        }

        List<int> figures = [k];
        while (figures.Count < MaxSubjects && figures[^1] + 1 < endQuantity && Joined(document, figures[^1], figures[^1] + 1))
        {
            figures.Add(figures[^1] + 1);
        }

        if (figures.Count < 2)
        {
            return;
        }

        string[] subjects = SubjectPhrase.Trim(document.Text.AsSpan(clauseStart, document.Quantities[k].Start - clauseStart))
            .Split(SubjectMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (subjects.Length == figures.Count)
        {
            for (int i = 0; i < figures.Count; i++)
            {
                result[figures[i]] = [subjects[i]];
            }
        }
    }

    /// <summary>
    /// The comparator of each figure in a list whose bound is written once, after its last figure (<c>5%和3%以内</c>: both ≤);
    /// a figure with a bound of its own keeps it.
    /// </summary>
    public static Comparator SharedComparator(DocumentView document, int index, int endQuantity)
    {
        Quantity q = document.Quantities[index];
        if (q.Comparator != Comparator.Eq)
        {
            return q.Comparator;
        }

        int k = index;
        while (k + 1 < endQuantity && Joined(document, k, k + 1) && document.Quantities[k + 1].Unit == q.Unit && k - index < MaxSubjects)
        {
            k++;
            Comparator next = document.Quantities[k].Comparator;
            if (next != Comparator.Eq)
            {
                return next is Comparator.Ge or Comparator.Le or Comparator.Approx ? next : Comparator.Eq;
            }
        }

        return Comparator.Eq;
    }

    /// <summary>Whether figures <paramref name="a"/> and <paramref name="b"/> stand side by side with only a list mark between.</summary>
    private static bool Joined(DocumentView document, int a, int b)
    {
        if (b >= document.Quantities.Count)
        {
            return false;
        }

        Quantity first = document.Quantities[a];
        Quantity second = document.Quantities[b];
        if (second.Start < first.End || second.Start - first.End > 1 || second.Kind != QuantityKind.Amount)
        {
            return false;
        }

        // One character or none between them (checked above): a list mark is one character, so no string is cut for it.
        return second.Start - first.End == 1 && ListMarks.Contains(document.Text[first.End]);
    }
}
