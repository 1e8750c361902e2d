// Round 115 (quotattr115): a quoted label written before the kind of brand it names (打响“煤美与共、湖上淮北”文旅品牌, 培育“花在
// 花城”消费品牌, 加强“宜春宜品”区域品牌塑造, 做强“百香百色”区域公共品牌; city work reports of 2024, the round-113 pool) is a
// brand: the codebook's "Do not code" list names brands, and its decision on brands reads regional public brands of farm
// products as brands, not items. QuotedFinder.IsName already refuses a label with 品牌 right after the mark (“…”品牌); here
// the words of the brand's kind stand between (城市, 文旅, 冬季旅游, 区域公共, 消费, 体育文化, 农产品 …), and the bare label was
// reported, which the writer-judged pool samples read wrong (W-brand; bare before the phrase it qualifies it is W-attr too,
// but the label with its phrase still names a brand). The phrase is whole tokens of Han text of two characters or more, none
// a verb or function word of PolicyFinder.Stops, through 品牌 within BrandKindWindow characters: a one-character token
// (抓加工育品牌 after “两头两尾”: a clause, not a kind; “广东服务”双品牌; 之后又一重要品牌) ends the reading. Left as they were:
// a province's umbrella label X字号 (the codebook codes it: “川字号”特色劳务品牌) or another label led by a province's
// abbreviation, a government service's or working brand, a composition label (ServiceKinds' note), a label the lexicon lists,
// a count label (“八个一批”宣教品牌, “十星”), a label that is the sentence's means (以“媒体+”助力农产品品牌升级), 品牌 opening a
// programme's name (round 19: “投资江苏”品牌提升行动) and a cluster of brands (“江城百臻”农产品品牌集群, read whole by
// NounPhrase.cs). Measured: the pool loses 13 bare labels, all brands of tourism, consumption, culture, sport, reading and farm
// products; no readable text changes (the readable places of the shape are refused by older rules or are left out above).
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The longest phrase read through 品牌 (区域公共品牌, 体育文化品牌, 营商环境品牌: six; 政务服务热线品牌: eight).
    private const int BrandKindWindow = 8;

    // Words of PolicyFinder.Stops that are words of a brand's kind here (文明创建品牌; 服务 is read by ServiceKinds).
    private static readonly string[] ActivitiesInsideBrandKind = ["服务", "创建"];

    // A government service's or working brand (“万事好通”营商服务品牌, “珠事易办”政务服务品牌, “上前一步”工作品牌) names how the
    // government serves, a label the codebook leaves open (round 21's open question 1; unseen26u's coder codes 万事好通 as a
    // borderline campaign-like brand): left as it was. So is a province's own label led by its abbreviation (“粤夜粤美”夜间
    // 文旅品牌, “粤林+”特色品牌: the shape of X字号, a provincial branding programme, which one unseen26h coder codes), and a
    // composition label (“科学+思政”融合育人特色品牌, “暖暖花城+”: round 35/38's labels of combination, coded by unseen26l's coder).
    private static readonly string[] ServiceKinds = ["服务", "政务", "营商", "工作"];

    // Words before the mark that make the label the sentence's means, not a brand's name.
    private static readonly string[] MeansBefore = ["以", "用", "通过", "借助", "依托", "凭借"];

    // Verbs of helping or driving that PolicyFinder.Stops does not hold and the dictionary tags nouns (助力 n): a predicate
    // after the label, not a kind of brand.
    private static readonly string[] VerbsBeforeAKind = ["助力", "赋能", "带动", "引领", "支撑", "推介", "宣传"];

    private const string LeadingNumerals = "一二两三四五六七八九十百千万双0123456789";

    // A label of a numeral and one character (“十星”) or a numeral and a classifier (“八个一批”, “三大…”): a count label the
    // numbered finder and the count rules read, not a brand's name (十堰事事通, 九九黄河, 万事好通 are names).
    private static bool IsCountLikeLabel(string content) =>
        LeadingNumerals.Contains(content[0], StringComparison.Ordinal)
        && (content.Length <= 2 || "个大项条张类批".Contains(content[1], StringComparison.Ordinal));

    /// <summary>
    /// True when the label between the marks closing at <paramref name="close"/> is followed by words of a kind of brand
    /// and 品牌 (“宜春宜品”区域品牌): whole Han tokens of two characters or more, none of PolicyFinder.Stops, through 品牌
    /// within <see cref="BrandKindWindow"/> characters, 品牌 not opening a programme's name nor a cluster, the kind no service's;
    /// never a label led by a province's abbreviation, a composition, a count label, or the sentence's means.
    /// </summary>
    internal static bool NamesABrandByItsKind(TextView view, int close, string content)
    {
        string text = view.Text;
        if (content.Length < 2 || close + 3 >= text.Length || !TextView.IsHan(text[close + 1])
            || text.AsSpan(close + 1).StartsWith("品牌", StringComparison.Ordinal)
            || RegionalFlowLabel.IsMatch(content) || content.EndsWith("字号", StringComparison.Ordinal)
            || IsCountLikeLabel(content) || content.AsSpan().IndexOfAny("+＋") >= 0
            || ProvinceShortNames.Contains(content[0], StringComparison.Ordinal))
        {
            return false;
        }

        // A label the sentence makes its means (以“媒体+”助力农产品品牌升级, guangdong_2026): the words after it are a predicate.
        int open = close - content.Length - 1;
        if (open >= 1 && MeansBefore.Any(m => open >= m.Length && text.AsSpan(open - m.Length).StartsWith(m, StringComparison.Ordinal)))
        {
            return false;
        }

        int at = close + 1;
        for (int t = view.TokenIndexAt(at); t >= 0 && t < view.Tokens.Length; t++)
        {
            Token token = view.Tokens[t];
            string word = text.Substring(token.Start, token.Length);
            if (token.Start != at || token.End - (close + 1) > BrandKindWindow || !word.All(TextView.IsHan))
            {
                return false;
            }

            int brand = word.IndexOf("品牌", StringComparison.Ordinal);
            if (brand >= 0)
            {
                // 品牌 ending a longer token (服务品牌), opening one (品牌建设) or alone: the words before it are the brand's kind,
                // when there are any; not a programme named after the brand (round 19) nor a cluster of brands a label names
                // (“江城百臻”农产品品牌集群: NounPhrase.cs reads it whole).
                int head = token.Start + brand;
                string before = word[..brand];
                return head > close + 1 && !ServiceKinds.Any(k => before.Contains(k, StringComparison.Ordinal)) && !NamesABrandProgramme(text, head - 1)
                    && !text.AsSpan(head + 2).StartsWith("集群", StringComparison.Ordinal);
            }

            if (word.Length < 2 || (PolicyFinder.Stops.Contains(word) && !ActivitiesInsideBrandKind.Contains(word, StringComparer.Ordinal))
                || VerbsBeforeAKind.Contains(word, StringComparer.Ordinal) || ServiceKinds.Any(k => word.Contains(k, StringComparison.Ordinal)))
            {
                return false;
            }

            at = token.End;
        }

        return false;
    }
}
