// A count label written right after the 、-list it sums up (改革、开放、创新三大动力; 农村厕所、垃圾、污水三大革命;
// 城市生命线、全域水患治理、城乡安居三大工程; 广深港、广珠澳两廊): the codebook's round-18 decision marks such a chain as a formula
// (summed up by a numeral), rounds 26–27 make a generic count label one item with the field written before it, and the
// opened sets' and fresh recall coders code the list with its label as the preferred boundary. A finder that reports the
// label alone there cuts the item; the list with its label is proposed as one numbered mention, which, being longer, wins
// the span when overlaps are resolved (round 36, issue 13). Round 44 (numbered44): a label with a generic head that no finder
// reports (unquoted 三大工程, 三大动力, 三大平台; “三根支柱”) is read from the text in the same place, so the list is not lost.
namespace PolicyLens.Extraction.Slogans;

internal static partial class SummedListLabel
{
    // The subtype of a mention proposed here.
    public const string Subtype = "summed-list";

    private const int MaxMemberLength = 12;

    // The first member runs back to punctuation or to the verb that governs the list (激活改革、开放、创新三大动力; 入选…双试点).
    private const int MaxFirstMemberLength = 8;

    // Verbs that govern a list and its label; the first member starts after the last of them.
    private static readonly string[] GoverningVerbs =
    [
        "激活", "推进", "实施", "开展", "推动", "深化", "抓好", "打好", "打赢", "建设", "加快", "实现", "聚焦", "完成", "启动", "统筹",
        "强化", "入选", "落实", "发挥", "围绕", "坚持", "突出", "做好", "抓实", "扎实", "深入", "全面", "持续", "着力", "用好", "打造",
        "构建", "形成", "获批", "纳入", "提升", "巩固", "创建", "培育", "壮大", "争创", "以", "把", "将", "完善", "健全", "贯彻", "加强",
        "推翻", "粉碎", "织密", "织牢", "严把", "把好", "发展为", "统筹",
        // Round 36's blind judges: 建立金融服务、征信信用“两个平台”, 依托…“双平台” took the verb in.
        "建立", "依托", "搭建", "建成", "建好", "组建", "设立",
        // Round 44: 全面展开城市生命线、…三大工程 (anhui_2026).
        "展开",
    ];

    // A one-character preposition the segmenter joins to the first member (以广深港、广珠澳“两廊”: 以广 is one token).
    private const string JoinedPrepositions = "以把将对从";

    /// <summary>
    /// Adds, for every numbered, quoted or lexicon count label written right after a 、-list of as many members as its numeral
    /// says, the list with its label as one numbered mention; and, for a count label with a generic head that no finder
    /// reports, written in the same place with or without quotation marks, the same.
    /// </summary>
    public static void Propose(TextView view, List<MentionCandidate> candidates)
    {
        string text = view.Text;
        var proposed = new List<MentionCandidate>();
        var seen = new HashSet<(int, int)>();

        // A label the lexicon holds has content of its own (四个不摘, 两个维护, 三条控制线): it stays as the lexicon reports it.
        var lexiconLabels = new HashSet<int>(candidates.Where(c => c.Kind == MentionKind.Lexicon).Select(c => c.End));
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind is not (MentionKind.Numbered or MentionKind.Quoted) || lexiconLabels.Contains(c.End) || lexiconLabels.Contains(c.End + 1))
            {
                continue;
            }

            int labelStart = c.Start;
            if (labelStart > 0 && text[labelStart] != '“' && text[labelStart - 1] == '“')
            {
                labelStart--;
            }

            ProposeAt(view, labelStart, c.End, seen, proposed);
        }

        // Round 44 (numbered44): a count label with a generic head written right after the list it sums up, where no finder
        // reports the label (城市生命线、全域水患治理、城乡安居三大工程, anhui_2026; 改革、开放、创新三大动力; 横琴、前海、南沙三大平台,
        // guangdong_2023; 乡村产业、乡村建设、乡村治理“三根支柱”, hubei_2026): the numbered finder leaves an unquoted N大工程 or a
        // count after a list of as many items out as a count, yet the list with its label is the item the coders code whole
        // (round 18's decision: a chain summed up by a numeral is a formula). The list and the head are read as for a
        // reported label; the label alone is never proposed here.
        for (int i = 1; i < text.Length - 2; i++)
        {
            if (!IsLabelNumeral(text[i]) || lexiconLabels.Contains(i + 1))
            {
                continue;
            }

            bool quoted = text[i - 1] == '“';
            int labelStart = quoted ? i - 1 : i;
            if (labelStart == 0 || !TextView.IsHan(text[labelStart - 1]) || (!quoted && !view.IsBoundary(i)))
            {
                continue;
            }

            int end = GenericLabelEnd(view, i, quoted);
            if (end < 0 || lexiconLabels.Contains(end) || lexiconLabels.Contains(end + 1))
            {
                continue;
            }

            // Round 76 (open76): after 等 the label alone is the item (SummedListLabel.OpenList.cs).
            if (!quoted && ProposeAfterOpenList(view, i, end, seen, proposed))
            {
                continue;
            }

            ProposeAt(view, labelStart, end, seen, proposed, programmes: !quoted);
        }

        candidates.AddRange(proposed);
    }

    // The numerals a summing label opens with: 双 and the small numerals but 一 (一 never sums a list of two or more).
    private static bool IsLabelNumeral(char c) => c == '双' || (c != '一' && NumberedFinder.SmallNumeralValue(c) > 0);

    // The end of a generic count label whose numeral is at `numeral` (三大工程, 三根支柱), before the closing mark when quoted,
    // or -1: a measure at most and a generic head, then the closing mark, or for an unquoted label a word boundary.
    private static int GenericLabelEnd(TextView view, int numeral, bool quoted)
    {
        string text = view.Text;
        int head = numeral + 1;
        if (head < text.Length && LabelMeasures.Contains(text[head], StringComparison.Ordinal))
        {
            head++;
        }

        foreach (string generic in quoted ? QuotedReadHeads : UnquotedReadHeads)
        {
            int end = head + generic.Length;
            if (end > text.Length || string.CompareOrdinal(text, head, generic, 0, generic.Length) != 0)
            {
                continue;
            }

            // An unquoted head that runs on into 运动 (阶级斗争、生产斗争、科学实验三大革命运动, gwr 1964) is part of a longer label.
            if (quoted ? end < text.Length && text[end] == '”' : end == text.Length || (view.IsBoundary(end) && string.CompareOrdinal(text, end, "运动", 0, 2) != 0))
            {
                return end;
            }
        }

        return -1;
    }

    // The list with its label, for the label opening at labelStart (its numeral, or the quotation mark before it) and
    // ending at labelEnd (before a closing mark), added to proposed when the text writes such a list.
    private static void ProposeAt(TextView view, int labelStart, int labelEnd, HashSet<(int, int)> seen, List<MentionCandidate> proposed, bool programmes = false)
    {
        string text = view.Text;
        int numeralAt = text[labelStart] == '“' ? labelStart + 1 : labelStart;
        int members = CountOf(text, numeralAt, labelEnd);
        if (members < 2 || labelStart == 0)
        {
            return;
        }

        int listStart = ListStart(view, labelStart, members);
        bool pair = false;
        if (listStart < 0 && members == 2 && text[labelStart] != '“')
        {
            // Round 48 (numbered48): two members joined by 和 or 与, no 、 (耕地和种子两个要害), read in SummedListLabel.Pair.cs.
            listStart = PairStart(view, labelStart);
            pair = listStart >= 0;
        }

        // Round 114 (SummedListLabel.KindHeads.cs): 工程 after any list but the national housing one, quoted or not; the heads of
        // kind after a 、-list.
        bool kindHead = !pair && IsKindHead(text, numeralAt, labelEnd);
        bool newProgramme = !programmes && HeadOf(text, numeralAt, labelEnd) == ProgrammeHead;
        programmes = programmes || (listStart >= 0 && !NamesHousingProgrammes(text, listStart, labelStart));
        if ((kindHead || newProgramme) && listStart >= 0 && !EndsTheItem(text, labelStart, labelEnd))
        {
            return;
        }

        if (listStart < 0 || !seen.Add((listStart, labelEnd))
            || !(IsGenericHead(text, numeralAt, labelEnd, programmes) || (pair && IsPairHead(text, numeralAt, labelEnd)) || kindHead)
            || SpellsOutDefinedLabel(text, listStart, members))
        {
            return;
        }

        int end = text[labelStart] == '“' && labelEnd < text.Length && text[labelEnd] == '”' ? labelEnd + 1 : labelEnd;
        string surface = text[listStart..end];
        // Round 47 (field47): the bare label is the mention's Label (round 43), so a gold row coding the label alone (三大革命 of
        // guangdong_2024) is answered by the list with its label.
        proposed.Add(new MentionCandidate(MentionKind.Numbered, listStart, end, TextView.WithoutQuotationMarks(surface))
        {
            Subtype = Subtype,
            Label = TextView.WithoutQuotationMarks(text[labelStart..end]),
        });
    }

    // Measures between a label's numeral and its head: parts (大, 项, 个), lines and rows (条, 道), seats (座) and pillars
    // (根: “三根支柱”); round 114: sheets (张: 五张清单) and essays (篇: 三篇文章).
    private const string LabelMeasures = "大项个条座道根张篇";

    // Heads of kind, not of content (rounds 26–27: …工程, …行动, …区, …高地 …). A label with content of its own (三位一体,
    // 双轮驱动, 三座大山) is right alone and keeps its span; so are results a numeral sums up (三增长, 双下降), which the
    // development gold codes bare.
    private static readonly string[] GenericHeads =
    [
        "行动", "计划", "制度", "改革", "高地", "平台", "支柱", "整治", "任务", "举措", "革命", "动力", "攻坚战", "廊",
        "试点",
    ];

    // Round 44 (numbered44): …工程 after a list, unquoted only (城市生命线、全域水患治理、城乡安居三大工程): a quoted “三大工程” after
    // its list is the national formula of housing (保障性住房、“平急两用”公共基础设施、城中村改造“三大工程”), which the coders code
    // bare.
    private const string ProgrammeHead = "工程";

    private static readonly string[] UnquotedHeads = [.. GenericHeads, ProgrammeHead];

    private static bool IsGenericHead(string text, int numeralAt, int end, bool programmes = false)
    {
        string rest = HeadOf(text, numeralAt, end);
        return GenericHeads.Contains(rest, StringComparer.Ordinal) || (programmes && rest == ProgrammeHead);
    }

    // The head of the count label from numeralAt to end: what follows its numeral and measure word (三大革命 → 革命).
    private static string HeadOf(string text, int numeralAt, int end)
    {
        int head = numeralAt + 1;
        if (head < end && LabelMeasures.Contains(text[head], StringComparison.Ordinal))
        {
            head++;
        }

        return text[head..end];
    }

    // The count a label's numeral says (三大革命 → 3, 两廊 and 双试点 → 2), or 0 when the label does not open with a count
    // followed by a head of its own.
    private static int CountOf(string text, int at, int end)
    {
        if (at >= end)
        {
            return 0;
        }

        // 双 counts two here (双试点); 一 never sums a 、-list of two or more.
        int n = text[at] == '双' ? 2 : NumberedFinder.SmallNumeralValue(text[at]);
        int head = at + 1;
        if (head < end && "大项个".Contains(text[head], StringComparison.Ordinal))
        {
            head++;
        }

        // A further numeral (十二, 三十) is a count of another size, not a label of this list.
        return head < end && TextView.IsHan(text[head]) && !"一二三四五六七八九十百千万两".Contains(text[head], StringComparison.Ordinal) ? n : 0;
    }

    // Where the list the label sums up starts: exactly `members` members joined by 、 end right before the label, the first
    // after its governing verb, or, with none, its last words as long as the shortest other member at least (推翻帝国主义、
    // 封建主义… → 帝国主义); -1 when the text writes no such list, or a member holds 和 or a verb of the sentence (安全生产事故
    // 起数、死亡人数实现“双下降”: the label is the verb's object, not the list's sum).
    private static int ListStart(TextView view, int labelStart, int members)
    {
        string text = view.Text;
        int end = labelStart;
        int shortest = int.MaxValue;
        int joinedAt = members >= 3 ? JoinedLastMembersStart(text, end) : -1;
        int from = members;
        if (joinedAt >= 0)
        {
            int and = text.IndexOf('和', joinedAt, end - joinedAt);
            shortest = Math.Min(and - joinedAt, end - and - 1);
            end = joinedAt - 1;
            from = members - 2;
        }

        for (int m = from; m > 1; m--)
        {
            int sep = end - 1;
            while (sep >= 0 && text[sep] != '、' && IsMemberCharacter(text[sep]))
            {
                sep--;
            }

            if (sep < 0 || text[sep] != '、' || end - sep - 1 < 1 || end - sep - 1 > MaxMemberLength || !IsMember(text, sep + 1, end))
            {
                return -1;
            }

            shortest = Math.Min(shortest, end - sep - 1);
            end = sep;
        }

        int stop = end - 1;
        while (stop >= 0 && IsMemberCharacter(text[stop]) && text[stop] != '、')
        {
            stop--;
        }

        // A list of more members than the label counts is another list.
        if (stop >= 0 && text[stop] == '、')
        {
            return -1;
        }

        // After the last governing verb that leaves a member.
        int start = view.AfterLastWord(stop + 1, end, GoverningVerbs, minRest: 1, longWordStartsOnBoundary: false);
        if (start < 0)
        {
            start = end - 1;
            while (start > stop + 1 && (end - start < shortest || !view.IsBoundary(start)))
            {
                start--;
            }
        }

        // The aspect particle after the governing verb (开展了阶级斗争、…) is the verb's, not the first member's.
        if (end - start > 2 && text[start] == '了')
        {
            start++;
        }

        // Round 114: a preposition every member opens with (以水润城、以绿荫城…) is the members' own word, not the governing one.
        bool afterPreposition = end - start > 2 && JoinedPrepositions.Contains(text[start], StringComparison.Ordinal)
            && !(end + 1 < text.Length && text[end] == '、' && text[end + 1] == text[start]);
        if (afterPreposition)
        {
            start++;
        }

        return end - start >= 1 && end - start <= MaxFirstMemberLength && IsMember(text, start, end) && (afterPreposition || view.IsBoundary(start)) ? start : -1;
    }

    // Round 47 (field47): the last two members of a 、-list joined by 和 (农村厕所、垃圾处理和生活污水“三大革命”, guangdong_2024):
    // the list the label sums up ends in "X和Y", which counts two members. Returns the start of X (right after the 、 before
    // it), or -1 when the words after the last 、 are not two members joined by one 和.
    private static int JoinedLastMembersStart(string text, int end)
    {
        int sep = end - 1;
        while (sep >= 0 && text[sep] != '、' && IsMemberCharacter(text[sep]))
        {
            sep--;
        }

        if (sep < 0 || text[sep] != '、')
        {
            return -1;
        }

        int start = sep + 1;
        int and = text.IndexOf('和', start, end - start);
        if (and <= start || and >= end - 1 || text.IndexOf('和', and + 1, end - and - 1) >= 0
            || and - start > MaxMemberLength || end - and - 1 > MaxMemberLength
            || !IsMember(text, start, and) || !IsMember(text, and + 1, end))
        {
            return -1;
        }

        return start;
    }

    // Verbs and particles that, inside a member, make the label an object of the sentence rather than the list's sum.
    private static readonly string[] SentenceWords = ["实现", "持续", "连续", "做到", "制造", "保持", "的“", "和", "与", "及"];

    private static bool IsMember(string text, int start, int end)
    {
        string member = text[start..end];
        return HasHan(text, start, end) && !SentenceWords.Any(w => member.Contains(w, StringComparison.Ordinal))
            && member.IndexOf('“', 1) < 0;
    }

    private static bool IsMemberCharacter(char c) => TextView.IsHan(c) || c is '“' or '”' or '、';

    private static bool HasHan(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (TextView.IsHan(text[i]) && !"一二三四五六七八九十".Contains(text[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
