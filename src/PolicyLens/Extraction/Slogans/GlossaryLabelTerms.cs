// Round 60 (numbered60, issue 13): the terms a report's own glossary defines as a quoted label with the word after it. District
// work reports of Shenzhen close with a glossary (有关名词解释, 名词解释) whose entries name each term as the report uses it:
// “三全”智能：指全身智能、全车智能和全屋智能 (longgang 2025), 情理法“三人小组”机制：由区委政法委统筹协调… (guangming 2025),
// 市委“五个中心”建设部署：深圳市委提出… (longgang 2025). The report then says what the label qualifies, so the label and its word
// are one item (the codebook's round-47 decision: a quoted label before the noun phrase it qualifies), in the glossary and in the
// body where the same words follow the label: the blind judges of unseen26j (longgang) and unseen26l (guangming) read all seven
// bare labels of those two reports as cut (“三全” ×3, “五个中心” ×2, “三人小组” ×2). Of the twelve Shenzhen reports readable,
// four have a glossary (and baoding 2022 of the other readable texts); over every readable text the rule redraws these seven
// and nothing else. The word must be written in the entry itself: a label defined alone (“三棋一牌”：,
// 社区集体“三资”：) gives no word and stays as the finders read it. A field written before the label in the entry (情理法) is part
// of the term where the body writes it too; an organ that states whose the plan is (市委, 省委, 区委) is not (round 26: the
// sentence's scope is no part of the name).
using System.Text.RegularExpressions;

namespace PolicyLens.Extraction.Slogans;

internal static partial class GlossaryLabelTerms
{
    // The heading that opens a report's glossary (有关名词解释, 名词解释, 附件：有关名词解释).
    private const string GlossaryHeading = "名词解释";

    // An entry: its number and a full stop, an optional field of Han text, the quoted label, the word after it, and the colon
    // that opens the definition. An entry opens a line, or follows the heading or the full stop of the entry before it: the
    // text's reader joins a line that ends without punctuation (the heading) to the next one.
    [GeneratedRegex(@"(?m)(?:^|。|名词解释)[\s\u3000]*\d{1,3}[.．、][\s\u3000]*(?<field>\p{IsCJKUnifiedIdeographs}{0,6})“(?<label>[^“”\n]{1,10})”(?<word>\p{IsCJKUnifiedIdeographs}{1,8})[：:]")]
    private static partial Regex Entry();

    /// <summary>A label the glossary defines with the word after it, and the field it writes before the label ("" for none).</summary>
    internal readonly record struct Term(string Field, string Word);

    /// <summary>
    /// The terms of the text's glossary by label, read after its last 名词解释 heading; empty where the text has none.
    /// </summary>
    internal static Dictionary<string, List<Term>> Read(string text)
    {
        Dictionary<string, List<Term>> terms = new(StringComparer.Ordinal);
        int heading = text.LastIndexOf(GlossaryHeading, StringComparison.Ordinal);
        if (heading < 0)
        {
            return terms;
        }

        foreach (Match entry in Entry().Matches(text, heading))
        {
            string field = entry.Groups["field"].Value;
            if (IsOrgan(field))
            {
                field = string.Empty;
            }

            string label = entry.Groups["label"].Value;
            if (!terms.TryGetValue(label, out List<Term>? list))
            {
                terms[label] = list = [];
            }

            list.Add(new Term(field, entry.Groups["word"].Value));
        }

        return terms;
    }

    // An organ or a scope that states whose the term is (市委, 省委, 区委, 全市), not a field of its name.
    private static bool IsOrgan(string field) =>
        field.EndsWith('委') || field is "市" or "区" or "省" or "县" or "全市" or "全区" or "全省" or "全县";

    /// <summary>
    /// The span [start, end) of the glossary's term for the quoted label at <paramref name="open"/>, <paramref name="close"/>
    /// where the text writes the term's word right after the closing mark (and its field right before the opening mark, where
    /// the entry has one), or null.
    /// </summary>
    internal static (int Start, int End)? Span(Dictionary<string, List<Term>> terms, string text, int open, int close)
    {
        if (terms.Count == 0 || !terms.TryGetValue(text[(open + 1)..close], out List<Term>? defined))
        {
            return null;
        }

        (int Start, int End)? best = null;
        foreach (Term term in defined)
        {
            if (string.CompareOrdinal(text, close + 1, term.Word, 0, term.Word.Length) != 0)
            {
                continue;
            }

            int start = term.Field.Length > 0 && open >= term.Field.Length
                && string.CompareOrdinal(text, open - term.Field.Length, term.Field, 0, term.Field.Length) == 0
                ? open - term.Field.Length
                : open;
            if (term.Field.Length > 0 && start == open)
            {
                continue; // the body writes the label without the entry's field: another use, left as the finders read it
            }

            int end = close + 1 + term.Word.Length;
            if (best is null || end - start > best.Value.End - best.Value.Start)
            {
                best = (start, end);
            }
        }

        return best;
    }
}
