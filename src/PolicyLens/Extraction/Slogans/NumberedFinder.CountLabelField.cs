// Round 112 (count112): an unquoted generic count label written right after its field is drawn with it (the codebook's
// rounds 26, 27 and 47: 行政执法三项制度, 安全生产五大体系; the bare label is a boundary error), as the quoted label already is
// (NumberedFinder.QualifierStart). Round 103 built the redraw (commit 666c947d) and reverted it for want of readable places;
// this round re-applies it and widens it to the N项 labels whose head is a generic topic (工程, 行动, 计划: 供销社联农扩面
// 五项工程), which CountedTopic refuses bare (五项工程 alone counts works) but which after a field of work name one programme.
namespace PolicyLens.Extraction.Slogans;

internal static partial class NumberedFinder
{
    // The shortest field drawn with an unquoted label (行政执法, 安全生产: four characters).
    private const int MinUnquotedFieldLength = 4;

    // Heads of a count label that CountedTopic refuses bare (GenericTopics) but that name one programme after a field.
    private static readonly string[] FieldOnlyCountHeads = ["工程", "行动", "计划"];

    // The field + label mention for an unquoted count label surface = text[i..topicEnd] (numerals, measure, head) right
    // after its field, or null when no field is written there. The field is walked back as for the quoted label
    // (FieldStartBefore: a verb, punctuation, 等, a level word, a numeral or a list ends it; a place opening it is dropped);
    // a token that is the clause's verb (全面推行, 建立健全: IsClauseVerb) is skipped, and the field starts after it (抓紧抓好三项工程:
    // no field at all). A field after 和, 与 or 及 is the last of coordinated fields (守好发展和生态两条底线: the count sums
    // up both), so the label stays bare.
    // The canonical is field + label and the bare label its Label, so a gold row coding the bare label is still answered.
    private static MentionCandidate? CountLabelWithField(TextView view, int i, int topicEnd)
    {
        string text = view.Text;
        int field = FieldStartBefore(view, i);
        if (field < 0)
        {
            return null;
        }

        int first = view.TokenIndexAt(field);
        while (first >= 0 && first < view.Tokens.Length && view.Tokens[first].End <= i
               && IsClauseVerb(text.Substring(view.Tokens[first].Start, view.Tokens[first].Length)))
        {
            field = view.Tokens[first].End;
            first++;
        }

        // Inside quotation marks (“民生十大工程”) the whole label is the quoted finder's, field and all. A field of fewer than
        // four characters is most often a verb or adverb the walk does not stop at (办好十项工程, 重点三项工程, 投资三项工程),
        // not a field of work: the label stays as it was.
        if (i - field < MinUnquotedFieldLength || (field > 0 && text[field - 1] is '和' or '与' or '及') || (topicEnd < text.Length && text[topicEnd] == '”'))
        {
            return null;
        }

        string label = text[i..topicEnd];
        return new MentionCandidate(MentionKind.Numbered, field, topicEnd, text[field..i] + label) { Label = label };
    }

    // Whether an unquoted count whose topic is a generic noun (五项工程) is a programme's label after a field: one numeral,
    // 项, a head of FieldOnlyCountHeads, and the label ending at punctuation or 的. Not 大: PolicyFinder already names a
    // field + N大工程/行动/计划 (科技兴赣六大行动, 城市更新六大工程), and a numbered mention at its span would only change its kind.
    private static bool IsFieldOnlyCountLabel(string text, int i, int j, string topic, int topicEnd) =>
        j == i + 1 && text[j] == '项' && FieldOnlyCountHeads.Contains(topic)
        && (topicEnd >= text.Length || !TextView.IsHan(text[topicEnd]) || text[topicEnd] == '的');

    // Round 103 (bound103): the clause's verb before a field, a stop word or two written as one token (推行, 全面推行, 建立健全,
    // 深入实施); 建设 alone is a field's last word, not a verb.
    private static bool IsClauseVerb(string word)
    {
        for (int cut = 1; cut < word.Length; cut++)
        {
            if (PolicyFinder.Stops.Contains(word[..cut]) && PolicyFinder.Stops.Contains(word[cut..]))
            {
                return true;
            }
        }

        return PolicyFinder.Stops.Contains(word) && word != "建设";
    }
}
