// Words in quotation marks that are someone else's — a line of verse quoted as speech, a remark quoted whole after a verb of
// saying, a term the text calls so-called — are no formula of the text: SloganExtractor drops every numbered or quoted mention
// inside them (QuotedSpeech.Holds; named QuotedVerse until round 46 widened it from verse to speech).
// Round 43 (sayings43, issue 13): a line of verse someone is quoted as saying (他说，“一枝一叶总关情”，…; 郑板桥有一首诗写道：
// “衙斋卧听萧萧竹，疑是民间疾苦声。些小吾曹州县吏，一枝一叶总关情。”) is a poem's words, not a formula: no numbered or quoted
// mention is reported inside it. The blind judges of unseen26b and unseen26d read both places wrong (a line of Zheng Banqiao's
// poem), and the coders of those texts leave it uncoded. The frame is the quotation's, not the words': a verb of saying and a
// comma or colon before the opening mark, every clause a line of five or seven Han characters, and the quotation a sentence of
// its own (closed by a sentence mark inside or right after the closing one). A label that opens a sentence after the verb
// (强调，“十五五”时期是…) runs on into it and is not this shape; a speech quoted at length holds clauses of other lengths.
// Round 46 (items46): a remark quoted whole after someone's verb of saying — two clauses or more, split by a comma (他指出，
// “基数大，速度就低”不是社会生产发展的规律, gwr 1982; 李白所说的“蜀道之难，难于上青天”的困难, gwr 1958): what a person said, a
// line of verse or an argument the text answers, no formula. Only 指出 and 说 with their mark, and 所说的: the whole quotation is
// the mention, so a formula inside a longer speech is not touched, and 强调 or 提出 (which set out the formulas a meeting
// adopts) are not asked.
// Round 46 (items46): a term the text calls so-called (所谓“两个中国”的把戏, gwr 1959; 台湾当局搞所谓“弹性外交”、“双重承认”,
// gwr 1992; 所谓“党内外矛盾交叉”、“四清四不清的矛盾”等奇谈怪论, the ninth congress report): someone else's words, quoted to be
// rejected, no formula of the text: no mention inside a quotation (or a run of them, “…”、“…”) right after 所谓, a label within
// the term included (两个政府 in 所谓 “…”、“一个中国两个政府”, gwr 1978). Not 等所谓 (…、盗窃国家经济
// 情报等所谓“五毒”, gwr 1955: the text's own label summing up the list before it) and not a definition (所谓“…”，就是…).
namespace PolicyLens.Extraction.Slogans;

internal static class QuotedSpeech
{
    // Verbs of saying or writing that open a quotation (他说，“…”; 诗写道：“…”). Not 来说 (就工业来说，“六五”…: "as for"), 是说
    // (that is to say), 话说 or 所说, which open no quotation.
    private static readonly string[] SayingVerbs = ["写道", "讲道", "说道", "说"];

    private static readonly char[] SayingMarks = ['，', '：', ':'];

    private static readonly char[] SentenceMarks = ['，', '。', '；', '！', '？'];

    // What stands right before the opening mark of a remark quoted whole.
    private static readonly string[] RemarkOpeners = ["指出，", "指出：", "说，", "说：", "所说的"];

    // The longest remark asked (a quoted label with a comma is longer only as a chain, which no verb of saying opens).
    private const int RemarkLength = 24;

    private const string SoCalled = "所谓";

    // Words right after the closing mark that make a so-called term the text's own, defined (所谓“…”，就是…).
    private static readonly string[] Definitions = ["就是", "是指", "，就是", "，是指", "，即", "即"];

    // How long a label of a so-called run may be when walking back to its first opening mark.
    private const int SoCalledLabelLength = 12;

    // How far back from a mention its quotation may open (the longest quoted poem of the readable texts is 32 characters).
    private const int Reach = 80;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) lies inside a quoted line of verse, a remark quoted whole or a so-called term.</summary>
    internal static bool Holds(string text, int start, int end)
    {
        if (IsQuotedRemark(text, start, end) || IsSoCalledTerm(text, start, end))
        {
            return true;
        }

        int open = text.LastIndexOf('“', start, Math.Min(start + 1, Reach));
        if (open < 2 || text.IndexOf('”', open, start - open) >= 0)
        {
            return false;
        }

        int close = text.IndexOf('”', end, Math.Min(Reach, text.Length - end));
        if (close < 0 || text.IndexOf('“', end, close - end) >= 0 || !SayingMarks.Contains(text[open - 1]))
        {
            return false;
        }

        int verbEnd = open - 1;
        string? verb = SayingVerbs.FirstOrDefault(v => verbEnd >= v.Length && string.CompareOrdinal(text, verbEnd - v.Length, v, 0, v.Length) == 0);
        if (verb is null || (verb == "说" && verbEnd >= 2 && text[verbEnd - 2] is '来' or '是' or '话' or '所'))
        {
            return false;
        }

        string words = text[(open + 1)..close];
        bool sentence = SentenceMarks.Contains(words[^1]) || (close + 1 < text.Length && SentenceMarks.Contains(text[close + 1]));
        string[] lines = words.Split(SentenceMarks, StringSplitOptions.RemoveEmptyEntries);
        return sentence && lines.Length > 0 && lines.All(l => l.Length is 5 or 7 && l.All(TextView.IsHan));
    }

    // Whether [start, end) is the whole of a remark quoted after a verb of saying: clauses of Han characters split by a comma.
    private static bool IsQuotedRemark(string text, int start, int end)
    {
        if (start < 4 || end >= text.Length || text[start - 1] != '“' || text[end] != '”' || end - start > RemarkLength)
        {
            return false;
        }

        string words = text[start..end];
        if (!words.Contains('，') || words[0] == '，' || words[^1] == '，' || !words.All(c => TextView.IsHan(c) || c == '，'))
        {
            return false;
        }

        int open = start - 1;
        string? opener = RemarkOpeners.FirstOrDefault(o => open >= o.Length && string.CompareOrdinal(text, open - o.Length, o, 0, o.Length) == 0);
        return opener is not null && !(opener[0] == '说' && open >= 3 && text[open - 3] is '来' or '是' or '话' or '所');
    }

    // Whether [start, end) lies in a quoted term (or one of a run of them) the text introduces with 所谓.
    private static bool IsSoCalledTerm(string text, int start, int end)
    {
        // The quotation holding the mention: a label of the term itself (两个政府 in “一个中国两个政府”) goes with it.
        int open = start >= 1 ? text.LastIndexOf('“', start - 1, Math.Min(start, SoCalledLabelLength + 1)) : -1;
        int close = text.IndexOf('”', end, Math.Min(SoCalledLabelLength + 1, text.Length - end));
        if (open < 2 || close < 0 || text.IndexOf('”', open, start - open) >= 0 || text.IndexOf('“', end, close - end) >= 0)
        {
            return false;
        }

        // A space the typesetter left after 所谓 (制造所谓 “两个中国”, gwr 1978) is no word between.
        int first = QuotedLabelShape.RunStart(text, open, SoCalledLabelLength);
        while (first > 0 && char.IsWhiteSpace(text[first - 1]))
        {
            first--;
        }

        if (first < SoCalled.Length || string.CompareOrdinal(text, first - SoCalled.Length, SoCalled, 0, SoCalled.Length) != 0
            || (first > SoCalled.Length && text[first - SoCalled.Length - 1] == '等'))
        {
            return false;
        }

        return !Definitions.Any(d => string.CompareOrdinal(text, close + 1, d, 0, d.Length) == 0);
    }
}
