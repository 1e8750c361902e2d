// A short variant followed by the verb of a clause it is the subject or place of is no first word of a longer noun phrase:
// 国家创业投资引导基金在大湾区设立超500亿元区域基金 (guangdong 2026), 逐步让和美乡村遍布赣鄱大地 (jiangxi 2026), 股份制有利于促进
// 政企分开 (cpc-congress 14). RunsOnIntoANoun reads any two-character token after a short variant as a noun it runs on into; the
// segmentation carries no part of speech, so the verbs that end that reading are listed: verbs that take an object or a
// complement and never close a name (no centre, body, event or programme is called X设立 or X遍布). AfterVariant holds the
// verbs and adverbs of the formula's own advance (推进, 取得, 深化 …); these are verbs of any clause.
// Round 90 (bayarea90, issue 13): of the 263 readable places RunsOnIntoANoun drops, the ones before such a verb were right by
// the codebook's judging section in every case read (RunsOnRound90Tests' header).

namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    private static readonly HashSet<string> ClauseVerbs =
    [
        "设立", "部署", "拥有", "率先", "联结", "辐射", "支撑", "发生", "遍布", "面临", "相结合", "坐享", "有利于", "成为", "贯穿",
        "具有", "进行",
    ];

    // True when the token that starts right at `end` is a verb of the clause (ClauseVerbs).
    private static bool AClauseVerbFollows(TextView view, int end)
    {
        int next = view.TokenIndexAt(end);
        return next >= 0 && view.Tokens[next].Start == end && ClauseVerbs.Contains(view.Text.Substring(end, view.Tokens[next].Length));
    }
}
