// A programme or mechanism named on a quoted label with a few words between the label and its head (深入实施“深圳蓝”可持续行动,
// shenzhen 2024 and longhua 2024; 实施“大动脉”贯通工程, baoding 2026; “小个专”党建工作模式, dapeng 2025; 完善“十百千万”惠企服务
// 机制, longhua 2024; “总师”领衔机制, guangming 2025), where no finder reports anything over the label or the name (round 86,
// programme86, from the readable golds' outright misses of names ending in 工程, 行动, 计划, 模式). The finders draw most such
// names (“跨境一锁”快速通关模式, “五大文化”研究工程); where a guard drops the label (a count-like label such as 十百千万 or
// 10-30-60, a label read as a noun's modifier) nothing was left, and the golds code the whole name (the codebook's round-43
// decision: a programme built on a label is the whole name). This stage runs after the overlaps are resolved and adds a name
// only where no resolved mention touches any of it. Over every readable text the shape with nothing reported stands in 24
// places: the opened sets' golds code 13 of the 14 they cover whole (雄安研发、保定转化 is coded bare before its 协同机制), and
// the 10 in reports with no gold read as names (“人地钱”挂钩机制, “皖美品牌”培育行动, the 15th plan outline and anhui 2026) but
// for 大 and a field in marks (“大消费”促进机制, “大开放”协同机制, “大环境”生态优化行动: round 16b's field in scare quotes, left
// out, and with them the coded “大兵团”战役式作战模式) and 山区和平原“片林”绿化提升工程 (a scope before the label, round 25).
// Words that join a list or a clause to the head (“冰玉环”等标志性工程, “两个维护”落实到实际行动, “我帮企业
// 找市场”等系列行动), a works phase (“深海一号”二期工程) and heads of platforms, plans and services (most of them coded bare, or
// not at all: “开放广东”数据平台, “超智融合平台”建设方案) are left out.
// Round 91 (quotedtail91, tools/judging/quoted_tail91.py: 386 readable “LABEL”[DESCRIPTOR]HEAD places under 52 heads with
// nothing reported) added the heads 帮扶 (“组团式”帮扶), 制度 and 思路, and takes 模式, 机制, 制度, 思路 and 帮扶 right after the
// marks (“黑名单”制度, “飞海”模式): 13 readable places, read right at all 13. Brands, events, platforms, services, sites and
// 治理/建设 (an activity after the label) read right at too few places and the golds code 2–18 % of them whole.
namespace PolicyLens.Extraction.Slogans;

internal static class DescribedLabelProgramme
{
    // The longest label taken (a name, not a sentence in quotation marks) and the most characters between the label and the head.
    internal const int MaxLabel = 14;

    internal const int MaxDescriptor = 6;

    // How far before the label a scope joined by 和 is looked for.
    private const int MaxScopeRun = 8;

    // Heads of a programme (a policy mention, as the policy finder reports “大动脉”工程) and of a working method or mechanism (a
    // quoted label drawn through its head, as the quoted finder reports “跨境一锁”快速通关模式), each with the fewest characters
    // written between the label and it. A programme head needs one (“半拉子”工程, “胡子”工程 are epithets for a botched
    // project, no programme); a mechanism, rule or way of thinking written right after its label is the round-47 noun phrase
    // the label qualifies (“飞海”模式, 企业“服务员”机制, “黑名单”制度, “扶并转退”总体盘活思路: round 91, quotedtail91), and so
    // is the national assistance programme “组团式”帮扶 (round 91: 帮扶 names the programme there, not an activity the
    // sentence adds; the golds code it whole).
    private static readonly (string Head, MentionKind Kind, int MinDescriptor)[] Heads =
    [
        ("工程", MentionKind.Policy, 1), ("行动", MentionKind.Policy, 1), ("计划", MentionKind.Policy, 1),
        ("帮扶", MentionKind.Policy, 0),
        ("模式", MentionKind.Quoted, 0), ("机制", MentionKind.Quoted, 0), ("制度", MentionKind.Quoted, 0),
        ("思路", MentionKind.Quoted, 0),
    ];

    // Characters that, between the label and the head, join a list or a clause to it (等, 的, 和, 落实到 …) or name a works
    // phase (二期), or 按 of 按计划 / 按期 ("as planned": an adverb of the sentence, not a word of a name; a blind judge read
    // “四改一拆”按计划 wrong as a plan in session 66): the head is then no head of the label's own name. QuotedLabelShape.ProgrammeHead
    // reads the same shape and shares these limits.
    internal const string NoDescriptor = "等的和与及或之各为期到在是了按";

    // Characters a label never holds: sentence punctuation (a quoted sentence, not a name).
    private const string NoLabel = "“”‘’，。；：！？,\n";

    /// <summary>
    /// <paramref name="resolved"/> with every programme or mechanism named as “LABEL”DESCRIPTOR HEAD that no resolved mention
    /// touches, in text order.
    /// </summary>
    public static List<(MentionCandidate Candidate, bool Nested)> Add(TextView view, List<(MentionCandidate Candidate, bool Nested)> resolved)
    {
        string text = view.Text;
        List<(MentionCandidate Candidate, bool Nested)>? added = null;
        for (int close = text.IndexOf('”', StringComparison.Ordinal); close >= 0; close = text.IndexOf('”', close + 1))
        {
            MentionCandidate? name = NameAt(view, close);
            if (name is null || resolved.Any(r => r.Candidate.Overlaps(name)) || SharesItsHead(text, name.Start, resolved))
            {
                continue;
            }

            (added ??= []).Add((name, false));
        }

        return added is null ? resolved : [.. resolved.Concat(added).OrderBy(r => r.Candidate.Start).ThenByDescending(r => r.Candidate.End)];
    }

    // Whether the label opening at `open` is the last member of a coordination of quoted labels that share the head (探索“飞地”、
    // “飞海”模式, gd-15th-fyp-proposal, whose gold codes 飞地、飞海模式): the member before it, joined by 、, is a bare label
    // nothing reports. The name is then the whole coordination (the judging rule keeps a coordinated name together), which
    // this stage cannot draw; the last label with the head would cut it (round 91). A member before it that is an item of its
    // own (百校联百县“双百行动”、“组团式”教育医疗帮扶, guangdong 2025) is reported and leaves the name alone.
    private static bool SharesItsHead(string text, int open, List<(MentionCandidate Candidate, bool Nested)> resolved)
    {
        if (open < 2 || text[open - 1] != '、' || text[open - 2] != '”')
        {
            return false;
        }

        int before = text.LastIndexOf('“', open - 2);
        return before >= 0 && !resolved.Any(r => r.Candidate.Start < open - 1 && r.Candidate.End > before);
    }

    // The name whose label closes at the mark at `close`, or null where the text there is no label, descriptor and head.
    private static MentionCandidate? NameAt(TextView view, int close)
    {
        string text = view.Text;
        // The opening mark is looked for only as far back as a label may reach (a longer run is no label either way).
        int from = Math.Max(0, close - MaxLabel - 1);
        int open = text.LastIndexOf('“', close, close - from + 1);
        if (open < 0 || close - open - 1 is < 1 or > MaxLabel || text.AsSpan(open + 1, close - open - 1).IndexOfAny(NoLabel) >= 0)
        {
            return null;
        }

        // 大 and a field of government work in marks with a verb before the head is a field in scare quotes, no name (round 16b,
        // QuotedLabelShape.NamesAnIntegratedFrame: 建立健全“大消费”促进机制 judged so in mentions-dev-quoted16-unreported.tsv,
        // “大开放”协同机制): the shape is left out whatever follows.
        if (close - open - 1 == 3 && text[open + 1] == '大')
        {
            return null;
        }

        // A scope of places joined before the label (山区和平原“片林”绿化提升工程, zhumadian 2018: round 25's scope member, whose name
        // would be cut either way): 和, 与 or 及 inside the run of Han characters right before the mark, not its last character
        // (that joins the name to one before it: “总师”领衔机制与“高质量高颜值”建设管控机制).
        for (int k = open - 2; k >= 0 && k >= open - MaxScopeRun && TextView.IsHan(text[k]) && TextView.IsHan(text[k + 1]); k--)
        {
            if (text[k] is '和' or '与' or '及')
            {
                return null;
            }
        }

        // The shortest run of Han characters after the mark that closes on a head, with at least the head's fewest characters
        // before it; none after a label one of a series (“读城”系列行动).
        if (text.AsSpan(close + 1).StartsWith("系列", StringComparison.Ordinal))
        {
            return null;
        }

        for (int end = close + 2; end <= close + 1 + MaxDescriptor + 2 && end <= text.Length; end++)
        {
            char last = text[end - 1];
            if (!TextView.IsHan(last) || NoDescriptor.Contains(last, StringComparison.Ordinal))
            {
                return null;
            }

            foreach ((string head, MentionKind kind, int minDescriptor) in Heads)
            {
                if (end - head.Length >= close + 1 + minDescriptor && text.AsSpan(close + 1, end - close - 1).EndsWith(head, StringComparison.Ordinal))
                {
                    // A head that runs on into a longer word is no head there (工程建设, 行动计划: the name runs on to 计划, or
                    // is no name): a name never ends inside a word (the boundary rule; session 55, after the round's
                    // unread judges read one place of a verb + 工程建设 wrong).
                    if (end < text.Length && !view.IsBoundary(end))
                    {
                        continue;
                    }

                    string label = view.Original[(open + 1)..close];
                    string canonical = label + view.Original[(close + 1)..end];
                    return new MentionCandidate(kind, open, end, canonical) { Label = label };
                }
            }
        }

        return null;
    }
}
