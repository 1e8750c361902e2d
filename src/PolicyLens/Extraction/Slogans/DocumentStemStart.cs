// Where the name of a document without 《》 starts when the name holds a year (issue 13, round 76, open76): 制定2030年前碳排放
// 达峰行动方案 (gwr 2021; the State Council's 2030年前碳达峰行动方案). PolicyDocumentFinder looks for the issuing verb in the run
// of Han characters before the document's head; the four digits of a year end that run, and the plan was lost. Here the run
// goes on through a year written as four digits and 年 (2030年, 2030年前); PolicyDocumentFinder.StemStart looks for the verb
// in it when the plain run has none, and reads the name from there as it reads any other (了, issuers, 关于, words no name holds).
// A quoted label inside the name (制定支持“好房子”建设若干措施, heilongjiang 2026; 制定出台践行县域治理“三起来”实施方案, zhumadian
// 2020) was measured and left: the document there took over the label the development gold codes (好房子) or the judged
// numbered label (“三起来”实施方案); no readable place coded the document.
namespace PolicyLens.Extraction.Slogans;

internal static class DocumentStemStart
{
    // How far before the head the run is looked at: the longest name (MaxStem), its year and the longest verb.
    private const int MaxRun = 32;

    /// <summary>
    /// The start of the run of Han characters and four-digit years (2030年) that ends at <paramref name="at"/>, when the run
    /// holds such a year; else -1 (no year, or digits before the run that are no year: more than four, or no 年 after them).
    /// </summary>
    /// <example>制定2030年前碳排放达峰行动方案 with `at` before 行动方案: the position of 制.</example>
    public static int RunAcrossYear(string text, int at)
    {
        bool holdsYear = false;
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

        return holdsYear && p < at ? p : -1;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
