// Where the name of a document without 《》 starts when the name holds a year (issue 13, round 76, open76): 制定2030年前碳排放
// 达峰行动方案 (gwr 2021; the State Council's 2030年前碳达峰行动方案). PolicyDocumentFinder looks for the issuing verb in the run
// of Han characters before the document's head; the four digits of a year end that run, and the plan was lost. Here the run
// goes on through a year written as four digits and 年 (2030年, 2030年前).
// A quoted label inside the name (制定支持“好房子”建设若干措施, heilongjiang 2026; 制定出台践行县域治理“三起来”实施方案, zhumadian
// 2020) was measured and left: the document there took over the label the development gold codes (好房子) or the judged
// numbered label (“三起来”实施方案); no readable place coded the document.
namespace PolicyLens.Extraction.Slogans;

internal static class DocumentStemStart
{
    // How far before the head the run is looked at: the longest name (MaxStem), its year and the longest verb.
    private const int MaxRun = 32;

    /// <summary>
    /// The position right after the issuing verb nearest before <paramref name="at"/>, when the stretch from there to
    /// <paramref name="at"/> holds a four-digit year and is otherwise Han characters, has <paramref name="minStem"/> to
    /// <paramref name="maxStem"/> characters, and holds none of <paramref name="notInName"/>; else -1.
    /// </summary>
    /// <example>制定2030年前碳排放达峰行动方案 with `at` before 行动方案: the position of 2.</example>
    public static int AcrossYear(string text, int at, int minStem, int maxStem, string[] notInName)
    {
        int runStart = RunStart(text, at, out bool holdsYear);
        if (runStart < 0 || !holdsYear)
        {
            return -1;
        }

        int start = PolicyDocumentFinder.AfterNearestVerbFrom(text, at, runStart);
        if (start < 0 || at - start < minStem || at - start > maxStem)
        {
            return -1;
        }

        ReadOnlySpan<char> stem = text.AsSpan(start, at - start);
        if (!stem.ContainsAny("0123456789０１２３４５６７８９"))
        {
            return -1;
        }

        foreach (string word in notInName)
        {
            if (stem.Contains(word, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return start;
    }

    // The start of the run of Han characters and four-digit years that ends at `at`, or -1 when the digits before the run
    // are no year (more than four, or no 年 after them).
    private static int RunStart(string text, int at, out bool holdsYear)
    {
        holdsYear = false;
        int p = at;
        while (p > 0 && at - p < MaxRun)
        {
            char c = text[p - 1];
            if (TextView.IsHan(c))
            {
                p--;
                continue;
            }

            if (IsDigit(c) && p < text.Length && text[p] == '年' && p >= 4 && IsDigit(text[p - 2]) && IsDigit(text[p - 3]) && IsDigit(text[p - 4]))
            {
                p -= 4;
                if (p > 0 && IsDigit(text[p - 1]))
                {
                    return -1;
                }

                holdsYear = true;
                continue;
            }

            break;
        }

        return p < at ? p : -1;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
