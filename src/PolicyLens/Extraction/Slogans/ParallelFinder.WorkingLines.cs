// Round 73 (issue 13, holds73): a chain of two or three clause units the text names as its working line (紧紧围绕激情奋进“十四五”、
// 再造一个新保定工作主线, baoding 2022 and 2023; 围绕激情奋进“十四五”、加速崛起新高阳工作主线, gaoyang 2023): the noun 工作主线 closes
// the clause that 围绕 opens, and names the chain between as one line of work, the codebook's first mark of a label (round 18:
// a chain named by the words around it as a principle, requirement, method or goal). Its units are clauses of a verb and a
// goal, often holding a quoted plan label (“十四五”), so the shape rules of the other paths (units of two to four characters,
// no numeral inside a pair) leave them out, and the tool reported only the label inside (十四五). Over every readable text the
// shape stands in five places of three documents, all five coded whole by the opened sets' golds (formulas-unseen26f-f1.tsv,
// -f3.tsv). The document's other uses of the chain, written the same way, are reported here as repeats (the codebook's
// round-18 point 3; baoding 2022: 擘画了激情奋进“十四五”、再造一个新保定的新蓝图, coded): MarkedChainRepeats looks for chains of
// Han characters only, and the quotation marks inside this one keep it out of that stage. Not 主线 alone (以供给侧结构性改革为主线 frames a
// single task, no chain) nor 总抓手 (把奋力推动现代化品质生活之城更高质量、更有韧性、更有活力作为年度总抓手: where the named chain
// starts inside the clause is not written).
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    private const string WorkingLineNoun = "工作主线";

    private const string WorkingLineOpening = "围绕";

    // The longest stretch read back from the noun to 围绕 (two clause units of nine characters, their quotation marks and 、).
    private const int MaxWorkingLineChain = 26;

    // A clause unit's length in Han characters, quotation marks left out (再造一个新保定: 7).
    private const int MinWorkingLineUnit = 4;
    private const int MaxWorkingLineUnit = 9;

    private static void FindChainsNamedAsWorkingLines(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        var named = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        for (int noun = text.IndexOf(WorkingLineNoun, StringComparison.Ordinal); noun >= 0;
             noun = text.IndexOf(WorkingLineNoun, noun + 1, StringComparison.Ordinal))
        {
            int end = noun > 0 && text[noun - 1] == '的' ? noun - 1 : noun;
            int opening = text.LastIndexOf(WorkingLineOpening, end, Math.Min(end + 1, MaxWorkingLineChain + WorkingLineOpening.Length), StringComparison.Ordinal);
            if (opening < 0)
            {
                continue;
            }

            int start = opening + WorkingLineOpening.Length;
            string chain = text[start..end];
            string canonical = chain.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
            string[] units = canonical.Split('、', '，');
            if (units.Length is < 2 or > 3 || !units.All(IsWorkingLineUnit) || !view.IsBoundary(start))
            {
                continue;
            }

            trace?.Add((start, end, chain, "working-line"));
            var line = new MentionCandidate(MentionKind.Parallel, start, end, canonical);
            into.Add(line);
            named.TryAdd(chain, line);
        }

        foreach ((string chain, MentionCandidate line) in named)
        {
            for (int at = text.IndexOf(chain, StringComparison.Ordinal); at >= 0; at = text.IndexOf(chain, at + 1, StringComparison.Ordinal))
            {
                int end = at + chain.Length;
                bool namedHere = into.Any(c => c.Kind == MentionKind.Parallel && c.Start == at && c.End == end);
                // A chain inside a longer list (…、A、B) is not this chain; nor is one cut inside a word.
                if (namedHere || (at > 0 && text[at - 1] == '、') || (end < text.Length && text[end] == '、') || !view.IsBoundary(at) || !view.IsBoundary(end))
                {
                    continue;
                }

                into.Add(line with { Start = at, End = end, Subtype = RepeatMentionFinder.Subtype });
            }
        }
    }

    private static bool IsWorkingLineUnit(string unit) =>
        unit.Length is >= MinWorkingLineUnit and <= MaxWorkingLineUnit && unit.All(TextView.IsHan)
        && !unit.Contains('和', StringComparison.Ordinal) && !unit.Contains('的', StringComparison.Ordinal);
}
