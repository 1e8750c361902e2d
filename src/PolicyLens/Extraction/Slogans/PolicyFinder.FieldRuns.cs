// The words a field run before a quoted label may pass through (round 70, field70, from the readable wrong verdicts "field
// dropped" / "cut qualifier"): the codebook's round-43 decision makes the whole name the item (its field, the label and the
// head), and round 26 starts the field after a verb, a list mark or punctuation. FieldBefore stopped inside fields the opened
// sets' golds code whole: at 建设 inside the run (路网建设高质量发展“91530”行动, baoan 2024), at a 重大 that jieba joins to its
// noun (实施重大项目建设“百千万”工程专项行动, zhumadian 2026), at a 和 joining two field nouns (深化能源消耗总量和强度“双控”行动,
// pingshan 2021), and after an ordinal that opens a list item (一是产业升级“千百亿”行动, baoding 2022).
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Ordinals that open the items of a list (一是…, 二是…): one token to the segmenter and a stop word, they open a clause as
    // punctuation does (一是产业升级“千百亿”行动, baoding 2022: one of the city's 五个行动).
    private static readonly string[] ListOrdinals = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"];

    // A content word a field may hold: Han of two characters or more, no stop, introducing verb or verb, no place-or-level word.
    private static bool IsFieldNoun(string word) =>
        word.Length >= 2 && word.All(TextView.IsHan) && !Stops.Contains(word) && !StartsWithStop(word)
        && !FieldIntroducers.Contains(word) && !QuotedFieldOpeners.Contains(word) && !NonFields.Contains(word) && !IsFieldVerb(word);

    // Whether token k is 建设 or 服务 after a field noun, inside the run (路网|建设|高质量发展“91530”行动, baoan 2024; 电动汽车充电
    // 设施|服务|能力“三年倍增”行动, jiangxi 2026): the work of that field,
    // as 建设 right before the label is (FieldBefore's fieldWork), not the clause's verb (加快|建设, 服务|企业). Right before the
    // label it stays a stop (西安科创金融服务“硬科技”改革 is read elsewhere).
    private static bool IsWorkInField(TextView view, int k)
    {
        Token[] tokens = view.Tokens;
        return k > 0 && tokens[k - 1].End == tokens[k].Start && view.Text.AsSpan(tokens[k].Start, tokens[k].Length) is "建设" or "服务"
            && IsFieldNoun(view.Text.Substring(tokens[k - 1].Start, tokens[k - 1].Length));
    }

    // Whether token k is 升级 after a field noun (产业|升级“千百亿”行动, baoding 2022): that field's upgrading, part of the name's
    // field as 发展 is (DevelopmentInField), not the verb that opens the clause (迭代|升级, a run of verbs).
    private static bool IsUpgradeInField(TextView view, int k)
    {
        Token[] tokens = view.Tokens;
        if (k <= 0 || tokens[k - 1].End != tokens[k].Start || view.Text.AsSpan(tokens[k].Start, tokens[k].Length) is not "升级")
        {
            return false;
        }

        string before = view.Text.Substring(tokens[k - 1].Start, tokens[k - 1].Length);
        return IsFieldNoun(before) && !RunVerbs.Contains(before);
    }

    // Whether token k is 和 or 与 joining two field nouns inside the run, the second the one noun right before the label
    // (能源消耗总量|和|强度“双控”行动, pingshan 2021: two measures of one field): the word before is a field noun, not a closed
    // name (…试点和外籍“高精尖缺”…: a list member, which OpensListMember reads) nor a quoted label. Two whole phrases joined
    // (夏季避暑和冬季冰雪旅游“百日行动”, heilongjiang 2026, judged right bare) are a scope the label's campaign covers, left as found.
    private static bool JoinsFieldNouns(TextView view, int k, int quote)
    {
        Token[] tokens = view.Tokens;
        if (k <= 0 || k + 1 >= tokens.Length || tokens[k - 1].End != tokens[k].Start || tokens[k + 1].End != quote
            || view.Text.AsSpan(tokens[k].Start, tokens[k].Length) is not ("和" or "与"))
        {
            return false;
        }

        string before = view.Text.Substring(tokens[k - 1].Start, tokens[k - 1].Length);
        return IsFieldNoun(before) && !Suffixes.Any(head => before.EndsWith(head, StringComparison.Ordinal));
    }

    // Whether token k is 重大 joined to its noun by the segmenter (重大项目) right after an introducing verb: it opens the name it
    // qualifies as 重大 alone does there (FieldBefore's qualifierAfterIntroducer).
    private static bool IsMajorQualifierAfterIntroducer(TextView view, int k)
    {
        Token[] tokens = view.Tokens;
        string word = view.Text.Substring(tokens[k].Start, tokens[k].Length);
        return word.Length > 2 && word.StartsWith("重大", StringComparison.Ordinal) && word.All(TextView.IsHan)
            && k > 0 && tokens[k - 1].End == tokens[k].Start
            && FieldIntroducers.Contains(view.Text.Substring(tokens[k - 1].Start, tokens[k - 1].Length));
    }

    // Whether the token that ends at `fieldStart` is a list ordinal (一是, 二是 …).
    private static bool OpensAfterOrdinal(TextView view, int fieldStart)
    {
        int k = fieldStart > 0 ? view.TokenIndexAt(fieldStart - 1) : -1;
        return k >= 0 && view.Tokens[k].End == fieldStart
            && ListOrdinals.Contains(view.Text.Substring(view.Tokens[k].Start, view.Tokens[k].Length), StringComparer.Ordinal);
    }
}
