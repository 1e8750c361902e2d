// The scan the finders of documents named without 《》 share (RegulationNameFinder: …条例; LawNameFinder: …法; PlanNameFinder:
// …发展规划, …总体规划): from a title's ending, the run of Han characters before it, skipped when it opens a 《》 title the titled
// finder reads, and the name's start right after the last verb that governs a document (实施, 修订, 编制 …). Each finder keeps
// its own ending, verbs and guards; this is only the walk they have in common.
namespace PolicyLens.Extraction.Slogans;

internal static class UnmarkedTitle
{
    /// <summary>The start of the run of Han characters that ends at <paramref name="end"/>, at most <paramref name="maxLength"/> long.</summary>
    public static int HanRunStart(string text, int end, int maxLength)
    {
        int start = end;
        while (start > 0 && end - start < maxLength && TextView.IsHan(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Whether the run opens right after 《: a marked title, which TitledFinder reads.</summary>
    public static bool OpensMarkedTitle(string text, int runStart) => runStart > 0 && text[runStart - 1] == '《';

    /// <summary>
    /// The position right after the last of <paramref name="verbs"/> (longest first) that ends at <paramref name="last"/> or
    /// before it inside the run starting at <paramref name="runStart"/>, or -1 when no verb governs the name.
    /// </summary>
    public static int AfterLastVerb(string text, int runStart, int last, string[] verbs)
    {
        for (int p = last; p >= runStart; p--)
        {
            foreach (string verb in verbs)
            {
                if (p - verb.Length >= runStart && string.CompareOrdinal(text, p - verb.Length, verb, 0, verb.Length) == 0)
                {
                    return p;
                }
            }
        }

        return -1;
    }
}
