// Round 62 (system62): a quoted or numbered label written right before the noun phrase of the system, platform, database or
// service centre it names the working of (“一企一档”系统, futian 2023; 楼宇“一楼一档”数据库, “一键预约”公共体育平台, luohu 2025;
// “一网统管、一键预约”平台, futian 2023; “开办企业一窗通”网上受理平台, guangming 2025; “AI+视频”城市治理应用系统, pingshan 2021;
// 17个“调援裁诉”一站式服务中心, longgang 2025) is one item with that phrase, as round 47 reads a label before the noun phrase it
// qualifies: the readable golds code these with their phrase (the bare label as an alternative: formulas-unseen26k-k1,
// -unseen26l-l1/l2/l4) and the blind judges of unseen26j, 26k and 26l read every bare label there as cut. Round 48 left 平台
// out of NounPhraseHeads for “一图管田”信息化管理平台 (a system's name, no formula). Measured over every readable text (round
// 62): of the eleven places where a label the lexicon does not list was still reported bare before such a phrase, nine read
// the label with its phrase (golds and judges); the other two are no item either way (“一图管田”, a system's name; 集体“三资”,
// a count of assets, round 27.3) and both are left as they were (below); seven are redrawn (the two others are repeats
// RepeatMentionFinder reports under the first mention: “一网统管、一键预约”平台, “调援裁诉”一站式服务中心; round 63 draws those
// repeats with their phrase too, RepeatSystemPhraseEnd). Where the head is
// written within a few characters of the mark, QuotedFinder.IsName still refuses the label as a platform's or app's own name
// (“湾事通”平台, “i南山”平台, “粤执法”平台: 35 of the readable places with these heads are coded by no gold, against 16 coded): neither reading holds for 90 % of
// them, so that refusal is left as it is. Apps and mini programs (“咱的驻马店”APP ×6, “i福田”小程序, “龙政图”APP) are coded
// nowhere and stay refused by IsName.
// The mention is counted under the bare label (as round 47's are), so the gold rows listing the label alone stay credited and
// its repeats keep their series.
// Not read: 建设 after the mark, the verb of the label's own construction (对接上海“五个中心”建设重点平台: the platforms are
// the sites of that construction, not the label's, and the gold codes the bare 五个中心), and a label of a numeral and one
// character (集体“三资”全要素管理服务平台, “三小”场所监测平台): it abbreviates the kinds of things counted (round 27.3), which the
// platform after it manages or watches; the judges of unseen26l read “三资” there as a count.

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The heads of a system, platform, database or service centre a label names the working of.
    private static readonly string[] SystemHeads = ["平台", "系统", "数据库", "中心"];

    // Activity words inside such a phrase, before its head (网上受理平台, 监测预警指挥中心, 城市治理应用系统, 全要素管理服务平台).
    private static readonly string[] ActivitiesInsideSystemPhrase = ["服务", "管理", "受理", "应用", "治理", "监测", "预警", "指挥", "交易", "运营"];

    // The longest phrase read (全要素管理服务平台 is nine characters).
    private const int SystemPhraseWindow = 10;

    /// <summary>
    /// The end of the noun phrase of a system, platform, database or service centre written right after the closing mark at
    /// <paramref name="close"/>, or -1: whole Han tokens, at most SystemPhraseWindow characters, none a count, up to a verb or
    /// function word other than an activity of ActivitiesInsideSystemPhrase, the last closing on a head of SystemHeads (alone
    /// too: “一企一档”系统), no coordinator after it; never after a count of kinds abbreviated (“三资”).
    /// </summary>
    private static int SystemPhraseEnd(TextView view, int close, string content)
    {
        if (IsCountOfKindsAbbreviated(content))
        {
            return -1;
        }

        // A phrase joined to another (“一图管田”信息化管理平台和生猪、牦牛生产智慧管理平台, sichuan_2026): the label does not name
        // the working of the coordination, as TaggedNounPhraseEnd reads a phrase before a coordinator; round 48's judge read
        // that redraw wrong (one system), and it stays as it was.
        int end = WordThroughHead(view, close, SystemHeads, SystemPhraseWindow, stopMayBeHead: false, headAlone: true, minimumTokens: 1, stopAtCount: true, passable: ActivitiesInsideSystemPhrase);
        return end > 0 && Coordinators.Any(c => view.Text.AsSpan(end).StartsWith(c, StringComparison.Ordinal)) ? -1 : end;
    }

    /// <summary>
    /// Round 63 (members63): the end of the system, platform, database or service centre phrase written right after the
    /// closing mark at <paramref name="close"/> of a REPEAT of a quoted label (RepeatMentionFinder), or -1: the phrase the
    /// label's first mention would take there (SystemPhraseEnd), under NounPhraseEnd's refusals that do not need the lexicon
    /// (the last label of a run, the end of a range, an X+ label, a five-year plan's number, a count of articles, a pilot
    /// inside the phrase). “一网统管、一键预约”平台 (futian 2023, written before the label's first mention) and 17个“调援裁诉”
    /// 一站式服务中心 (longgang 2025, after 劳动争议“调援裁诉”深度衔接机制改革) were the two readable repeats before such a phrase:
    /// both judged cut when bare (mentions-unseen26l-lowconf, round 62's readable list), the phrase coded by the golds
    /// (一网统管、一键预约平台, unseen26l-l1; 调援裁诉一站式服务中心, guangming 2025, unseen26l).
    /// </summary>
    internal static int RepeatSystemPhraseEnd(TextView view, int close, string content)
    {
        string text = view.Text;
        int open = close - content.Length - 1;
        if (open < 0 || text[open] != '“' || ReadsNoPhraseAfter(text, close, content))
        {
            return -1;
        }

        int end = SystemPhraseEnd(view, close, content);
        return end > 0 && !HoldsPilot(text, close, end) ? end : -1;
    }

    // A numeral and one character (三资, 三小): the kinds of things counted, abbreviated.
    private static bool IsCountOfKindsAbbreviated(string content) =>
        content.Length == 2 && "一二两三四五六七八九十".Contains(content[0], StringComparison.Ordinal) && TextView.IsHan(content[1]);

    /// <summary>
    /// Round 62 (system62): whether a label is of the one-per-unit shape (一企一档, 一楼一档: 一, a unit, 一, what each unit
    /// gets), the shape of the codebook's working formulas (一村一品, 一县一策), never an app's or platform's own name: the
    /// system or database written right after it keeps the working it names (“一企一档”系统, futian 2023, coded with its word
    /// by unseen26l's gold), so QuotedFinder.IsName lets it through to SystemPhraseEnd.
    /// </summary>
    internal static bool IsOnePerUnit(string content) =>
        content.Length == 4 && content[0] == '一' && content[2] == '一' && content.All(TextView.IsHan);
}
