// Where a programme's whole name is quoted, its head INSIDE the marks (“点亮工程”, “苗圃计划”), and its field is written
// right before the opening mark (round 63, field63, from the readable sets' wrong verdicts): the programme is named with its
// field (社区健身设备夜间“点亮工程”, baoan 2024; 未来产业“苗圃计划”, luohu 2025), as the codebook's round-43 decision reads a
// field before a label whose head stands OUTSIDE the marks (县城建设“十个一”工程; QuotedNameFields, FieldBefore). The field is
// read by the same FieldBefore walk (after an introducing verb or at a clause's start, no place alone, the same openers); the
// quoted finder's bare label loses its span to the longer name. A count label (“六大工程”, “双百工程”) is left to the
// numbered and quoted finders' own field rules, and a lexicon formula in the marks (“千万工程”, Guangdong's “百千万工程”,
// “登峰计划”) stays bare: a national or provincial programme the golds code on its own, the words before it a place or a
// verb's object, not part of its name.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Heads that close a programme's whole name inside the marks (…专项行动, …行动计划 and …攻坚行动 end in these).
    private static readonly string[] QuotedNameHeads = ["工程", "计划", "行动"];

    // The longest quoted whole name read here: a label of up to ten characters and its head.
    private const int MaxQuotedWholeNameLength = 12;

    // The numerals that open a count label (“六大工程”, “十项行动”, “七个专项行动”), with the measures that follow them.
    private const string CountLeads = "一二两三四五六七八九十";
    private const string CountMeasures = "大项个类件张篇";

    private static void FindQuotedHeadFields(TextView view, List<MentionCandidate> into, int first)
    {
        string text = view.Text;
        for (int open = text.IndexOf('“'); open > 0; open = text.IndexOf('“', open + 1))
        {
            if (!TextView.IsHan(text[open - 1]))
            {
                continue;
            }

            int close = text.IndexOf('”', open + 1, Math.Min(MaxQuotedWholeNameLength + 1, text.Length - open - 1));
            if (close < 0 || text.AsSpan(open + 1, close - open - 1).IndexOfAny("“，。；：、！？\n") >= 0)
            {
                continue;
            }

            string content = text[(open + 1)..close];
            string? head = QuotedNameHeads.FirstOrDefault(h => content.EndsWith(h, StringComparison.Ordinal));
            if (head is null || content.Length - head.Length < 2 || !content.All(TextView.IsHan)
                || (CountLeads.Contains(content[0], StringComparison.Ordinal) && CountMeasures.Contains(content[1], StringComparison.Ordinal))
                || NumberedFinder.IsQuotedGenericCountLabel(content))
            {
                continue;
            }

            int nameStart = FieldBefore(view, open);
            if (nameStart >= open || LexiconFormulaAt(into, first, open + 1, close))
            {
                continue;
            }

            string field = text[nameStart..open];
            into.Add(new MentionCandidate(MentionKind.Policy, nameStart, close + 1, field + content) { Label = content });
        }
    }

    // Whether a lexicon formula the matcher found (the candidates before `first`) spans the quoted words exactly.
    private static bool LexiconFormulaAt(List<MentionCandidate> into, int first, int start, int end)
    {
        for (int i = 0; i < first; i++)
        {
            MentionCandidate c = into[i];
            if (c.Kind == MentionKind.Lexicon && c.Start <= start && c.End >= end)
            {
                return true;
            }
        }

        return false;
    }
}
