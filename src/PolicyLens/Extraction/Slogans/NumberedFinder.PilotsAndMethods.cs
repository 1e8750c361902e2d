// Round 115 (numattr115): two shapes of numbered labels the writer-judged samples of the pool (the 2024 city reports of the
// public repository JiangGufan/digital-governance, data/txt_doc_level; /work/round113 and /work/round114) read wrong bare,
// each checked over every place it fires in the pool and the readable texts.
// - A pilot count label after its field (稳慎推进农村宅基地制度“两项试点”, 资阳; 依托农村宅基地“两项试点”, 凉山): 试点 is a noun of
//   kind as 工程, 行动 and 区 are (the codebook's rounds 26, 27 and 47: the heads of a generic count label are an open class), so
//   the field is part of the item and the bare label a cut core. The field is walked back as for the other generic count
//   labels (FieldStartBefore); a county-level division opening it is the sentence's scope, not the field (稳慎推进大冶市农村宅基地
//   “两项试点”, 黄石: FieldStartBefore drops only the names of provinces and prefectures), and a field after 和, 与 or 及 is the
//   last of coordinated fields (特色产业发展和易地搬迁后续扶持“两大试点”, 阿坝: the count sums up both), where the label stays bare.
// - A label before 工作法 or 工作方法 (用好“两化三单”工作法, 厦门; 践行…“五到四从四多”工作方法, 咸宁; 推行“九清”工作法, 池州;
//   “四事四权”工作法全面推广, 阜阳): the label names the method only with its head (round 47: a quoted label right before the
//   noun phrase it qualifies is one item with it; round 90 reads quoted labels before 工作法 as the name of a way of working).
//   The mention runs from the opening mark through the head and is counted under the bare label (its canonical and Label), as
//   QuotedLabelShape.AddLabelWithNounPhrase counts the labels it draws with their phrase. Not where the lexicon lists the label
//   (“四下基层”工作方法: a formula of its own, whose kind the head only repeats; round 47's “单独两孩”生育政策).
// A third shape was tried and left out: a generic count label closing a list with 等 (开展创新型领军企业培育等“三大行动”), a count
// phrase by the codebook's round-103 decision. Refused here, the same span is reported by QuotedFinder as a quoted mention, so
// the numbered finder alone cannot drop it.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Slogans;

internal static partial class NumberedFinder
{
    // The heads of a way of working written right after a label's closing mark.
    private static readonly string[] WorkingMethodHeads = ["工作方法", "工作法"];

    // The full names of county-level divisions of three characters or more (大冶市, 阳新县): a field they open is placed.
    private static readonly Lazy<string[]> CountyNames = new(() => [.. Counties.AllFullNames().Where(n => n.Length >= 3)]);

    // Whether the quoted label is a count of pilots: one or two small numerals, 项, 大 or 个, and 试点 (“两项试点”).
    private static bool IsPilotCountLabel(ReadOnlySpan<char> label)
    {
        int n = 0;
        while (n < label.Length && n < 2 && IsSmallNumeral(label[n]))
        {
            n++;
        }

        return n > 0 && n + 3 == label.Length && label[n] is '项' or '大' or '个' && label[(n + 1)..].SequenceEqual("试点");
    }

    /// <summary>
    /// The start of the field written right before a quoted pilot count label at <paramref name="open"/> (农村宅基地制度“两项试点”),
    /// or -1: the field walk of the generic count labels, without a county-level division opening it, refused after 和, 与 or
    /// 及 (the last of coordinated fields).
    /// </summary>
    private static int PilotLabelFieldStart(TextView view, int open)
    {
        string text = view.Text;
        int start = FieldStartBefore(view, open);
        if (start <= 0 || text[start - 1] is '和' or '与' or '及')
        {
            return start == 0 ? 0 : -1;
        }

        foreach (string county in CountyNames.Value)
        {
            if (text.AsSpan(start, open - start).StartsWith(county, StringComparison.Ordinal))
            {
                start += county.Length;
                break;
            }
        }

        return open - start >= 2 ? start : -1;
    }

    /// <summary>
    /// The label at <paramref name="start"/>..<paramref name="end"/>, written whole between quotation marks and not listed by
    /// the lexicon, drawn with the 工作法 or 工作方法 written right after its closing mark (“两化三单”工作法), or null.
    /// </summary>
    private static MentionCandidate? LabelWithWorkingMethod(string text, int start, int end, Lexicon lexicon)
    {
        if (start < 1 || text[start - 1] != '“' || end >= text.Length || text[end] != '”')
        {
            return null;
        }

        foreach (string head in WorkingMethodHeads)
        {
            if (string.CompareOrdinal(text, end + 1, head, 0, head.Length) == 0)
            {
                string label = text[start..end];
                return lexicon.Find(label) is null
                    ? new MentionCandidate(MentionKind.Numbered, start - 1, end + 1 + head.Length, label) { Label = label }
                    : null;
            }
        }

        return null;
    }
}
