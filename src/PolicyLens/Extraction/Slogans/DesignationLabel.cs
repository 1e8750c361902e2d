// A formula inside the label of a designation a place or unit is awarded or applies for (生态文明 in 国家生态文明建设
// 示范县, 乡村振兴 in 国家乡村振兴示范县, 义务教育优质均衡发展 in 国家义务教育优质均衡发展县) is not a use of the formula:
// the codebook's decision of round 17 makes the designation the item. The whole label is reported once, as a designation
// programme's label (the kind the lexicon's designations have, 国家森林城市: lexicon, subtype designation), or nothing
// where it is one place's title (荣获…称号, 全省平安建设优秀省辖市).
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The subtype of a label reported here.
    public const string Subtype = "designation";

    // Round 61 (designation61): the heads of the army-civilian programme's model city, district or county (among the
    // ProgrammeHeads; ModelHead leaves the formula as found where one is a title won).
    private static readonly string[] ModelHeads = ["模范城区", "模范城", "模范区"];

    // Heads that make a designation whatever precedes the label (示范县, 先行区: a title a place is awarded or applies for).
    private static readonly string[] ProgrammeHeads =
    [
        "先行示范区", "改革试验区", "模范省", "重点帮扶区县", "重点帮扶县", "示范乡镇", "示范城市", "示范基地", "示范地区", "示范单位", "示范园区",
        "示范区", "示范县", "示范市", "示范省", "示范州", "示范镇", "示范乡", "示范村", "先行区", "先导区", "试验区", "实验区", "试验县",
        "试点城市", "试点地区", "试点县", "试点省",
        // Round 54 (field54, a class of the readable wrong verdicts): a demonstration factory and a pilot's demonstration zone
        // are designations a unit or place is awarded (新增3家国家智能制造示范工厂, shenzhen 2024; 创建…基础教育高质量发展试点
        // 示范区, futian 2023), and the ministry's list of excellent scenes one firms are selected for (遴选智能制造优秀场景,
        // guangdong plan outline 2026): the judges read the formula alone there as cut from the label (round 17).
        "试点示范区", "示范工厂", "优秀场景",
        // Round 55 (boundary55): a district's pilot (建设国家体育消费试点城区, futian 2023), the district report's 试点城市: the gold
        // codes the label with it. Not 示范城区: a district's own goal (打造全域智慧城市示范城区, guangming 2025) that the blind
        // judge of unseen26l's low-confidence mentions read right as the bare formula (mentions-unseen26l-lowconf-judged.tsv).
        "试点城区",
        // Round 58 (lexicon58, a class of the readable judges' wrong verdicts on unseen26l's district reports): a school, an
        // institution, a pilot district, a model village and a county created first are designations a unit or place is awarded
        // (3所学校获评市级教育评价改革示范校 and 教育评价改革试点区建设, longhua 2024; 获评国家级医养结合示范机构, dapeng 2025; 入选全国
        // 义务教育优质均衡发展先行创建县（区）, futian 2023): the judges read the formula alone there as cut from the label (round 17),
        // and the coders code the label (教育评价改革示范校, 教育评价改革试点区, longhua 2024). A model village (典型村) has no
        // unquoted use in the readable texts yet; the quoted one (“百千万工程”典型村, longhua 2024, luohu 2025) is the quoted finder's.
        "示范校", "示范机构", "试点区", "典型村", "先行创建县（区）", "先行创建县",
        // Round 61 (designation61): the model city, district or county of the army-civilian programme (双拥模范城（县）) written
        // with its district's head (深入创建双拥模范城区, longhua 2024; 巩固双拥模范区创建成果, baoan 2024; 开展新一轮双拥模范城
        // （县）创建, guangdong 2024): the golds code the label, and the judges read 双拥 alone inside 全国双拥模范城 as cut from it
        // (mentions-dev-*: round 17). 模范城区 before 模范城, which it begins with.
        .. ModelHeads,
        // Round 72 (lexprec72, a class of the readable wrong verdicts): the demonstration campaign for building a goal, which
        // places apply to be named in (第三批全国法治政府建设示范创建, anhui 2026; 深入开展法治政府建设示范创建, guangdong 2023;
        // 积极推动全国法治政府建设示范创建, the 2026 plan outline; 持续开展法治政府建设示范创建活动, hebei 2022): the judges read the
        // formula alone there as cut from the label (2 of 2 judged places), and the coders of the opened sets code the label
        // (hebei-gwr-2022, guangdong-plan-outline-2026-2), as round 17 decided for a designation applied for; two development
        // golds of rounds 16 and 20 count the bare formula there. Only with 建设 before 示范创建: without it the campaign is as
        // often the field's own work (积极推进美丽宜居乡村示范创建工作, zhumadian 2017, judged right as the formula; 深入推进法治
        // 政府示范创建, guangdong 2024, whose gold counts the formula). Not 示范项目: the projects of a kind a place runs (实施一批
        // 智能制造示范项目, gwr 2016; 布局更多现代化海洋牧场示范项目, guangdong 2025) are as often the formula's own use.
        // 示范创建活动 is one word to the segmenter (no boundary after 创建): the label runs to 活动 there, as hebei-gwr-2022's
        // coder wrote it.
        "建设示范创建活动", "建设示范创建",
        // Round 72 (lexprec72): the comprehensive pilot of building a goal (获批数字中国建设综合试点, chongqing 2026; 深化数字中国
        // 建设综合试点, fujian 2026, twice): the judges read the formula alone cut from the pilot (3 of 3 judged places), and
        // fujian's gold codes the pilot (数字中国建设综合试点); chongqing's counts the formula. The only readable shape of a
        // formula, 建设 and 综合试点; a bare 综合试点 (省级深化医改综合试点) stays the signed pilot's (PilotSigned).
        "建设综合试点",
    ];

    // Heads that make a designation only with a sign of one (国家义务教育优质均衡发展县; 创建…县; 11个…县): a bare 县 or 城市 after a
    // formula is as often the place the formula is pursued in.
    // Round 58 (lexicon58): 示范点 with a sign (入选首批省级儿童友好城市示范点, longhua 2024; 入选首批广西数字乡村示范点, guangming
    // 2025; 创建绿美广东生态建设示范点, longhua 2024, each coded as the label); without one a city's own spots (建设一批特色商圈、
    // 夜间经济示范点, longhua 2024) were read right as the formula.
    // Round 67 (designation67): a pilot (试点) after a formula, with a sign (PilotSigned).
    private static readonly string[] SignedHeads = ["标杆城市", "模范市", "模范县", "示范点", "城市", "基地", "园区", "县", "市", "区", PilotHead];

    // Heads of a ranking or honour a place wins in an evaluation (全省平安建设优秀省辖市, 全国村庄清洁行动先进县): one place's
    // title, not a programme's label.
    private static readonly string[] TitleHeads =
        ["成效明显市", "优秀省辖市", "先进单位", "典范城市", "先进市", "先进县", "先进区", "优秀市", "优秀县", "典范市", "样板市", "领跑县"];

    // Words that may stand between the formula and the head (国家公交都市建设示范市, 国家数字经济创新发展试验区).
    private static readonly string[] Links = ["创新发展", "建设", "发展", "行动", "产业", "改革", "综合", ""];

    // The level a label begins with (国家, 全国, 省级); part of the label.
    // Round 54 (field54): a city's or district's own level (高水平建设全市科技金融示范区, guangming 2025) is the label's level as
    // 全省 is, not a place's name (IsPlace took 全市 for one and left the formula alone).
    private static readonly string[] Levels = ["国家级", "国家", "全国", "省级", "全省", "全市", "市级", "中国", "国省"];

    // Words a label follows: verbs (创建, 建设, 获批), counts (3个, 首批) and marks. The verbs that apply for or win a
    // designation are also a sign of one (Creation).
    private static readonly string[] Creation =
        ["成功创建", "新创建", "获批创建", "获批建设", "创建", "争创", "申创", "申报", "获批", "入选", "入列", "入围", "跻身", "获评", "评为", "命名为", "认定为", "确定为", "创成", "列入", "纳入"];

    private static readonly string[] Follows =
    [
        "建设", "推进", "推动", "加快", "打造", "成为", "开展", "建成", "深化", "支持", "积极", "实施", "巩固", "新增", "新建", "启动", "争取",
        "培育", "布局", "做好", "持续", "扎实", "加强", "建好", "办好", "完成", "提升", "高质量", "高标准", "高水平", "首批", "一批", "两批", "第一批",
        "第二批", "第三批", "新征程", "新时代",
        // Round 61 (designation61): a new round of a designation sought (开展新一轮双拥模范城（县）创建, guangdong 2024): 新一轮
        // stays outside the name (the codebook's round-46 decision).
        "新一轮", "个", "批", "好", "被", "为", "是", "的", "在", "对", "向", "将", "把", "让", "使", "有",
    ];

    // A coordination before the label (促进体育消费和赛事经济试点城市) may belong to it: the label's start is not known.
    private static readonly string[] Coordination = ["和", "与", "及", "或"];

    // Honours: the label is one place's title (荣获“平安中国建设示范市”称号).
    private static readonly string[] HonourVerbs = ["荣获", "被授予", "授予"];

    private const int MaxModifier = 5;

    /// <summary>
    /// Replaces every lexicon or policy candidate that lies inside a designation label: the label is added (it wins the span,
    /// being longer) unless a finder already proposed it, or, for a place's title, the formula is dropped (only when the
    /// outermost formulas are counted: <see cref="CountingUnit.Nested"/> still reports what lies inside).
    /// </summary>
    public static void Apply(TextView view, List<MentionCandidate> candidates, CountingUnit unit)
    {
        string text = view.Text;
        // Round 64 (award64): a formula inside a prize's name (荣获全国脱贫攻坚组织创新奖) is no use of it.
        if (unit == CountingUnit.Outermost)
        {
            DropAwardNames(view, candidates);
        }

        List<(MentionCandidate Formula, (int Start, int End, bool Title) Label)>? found = null;
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind is (MentionKind.Lexicon or MentionKind.Policy) && c.Subtype != Subtype && Find(text, view, c.Start, c.End, c.Canonical) is { } label)
            {
                (found ??= []).Add((c, label));
            }
        }

        if (found is null)
        {
            return;
        }

        // The lexicon and policy candidates by where they end: the ones a label could hold end inside it, a few characters
        // from the formula (read per label, so a long text stays linear).
        var byEnd = new Dictionary<int, List<MentionCandidate>>();
        foreach (MentionCandidate o in candidates)
        {
            if (o.Kind is (MentionKind.Lexicon or MentionKind.Policy) && o.Subtype != Subtype)
            {
                if (!byEnd.TryGetValue(o.End, out List<MentionCandidate>? list))
                {
                    byEnd[o.End] = list = [];
                }

                list.Add(o);
            }
        }

        var labels = new List<MentionCandidate>();
        var titles = new List<(int Start, int End)>();
        var seen = new HashSet<(int, int)>();
        foreach ((MentionCandidate c, (int start, int end, bool title)) in found)
        {
            // Round 54: a pilot redrawn with 城市 that Propose already reports over the same words is left to it.
            if (!title && candidates.Exists(o => o.Subtype == Subtype && o.Start == start && o.End == end))
            {
                continue;
            }

            // Only the outermost formula in the label makes it (城市更新行动, not 城市更新, in 城市更新行动示范城市; 国家碳达峰试点,
            // the pilot's own name, in 国家碳达峰试点城市), and a label a finder already proposes (a lexicon designation,
            // 海洋经济发展示范区, 美丽中国先行区) is left as it is found.
            bool held = false;
            for (int e = c.End; e <= end && !held; e++)
            {
                if (byEnd.TryGetValue(e, out List<MentionCandidate>? ending))
                {
                    held = ending.Exists(o => !ReferenceEquals(o, c)
                        && ((o.Start <= c.Start && o.Length > c.Length) || (o.End == end && o.Start >= start && o.Start <= c.Start)));
                }
            }

            if (held)
            {
                continue;
            }

            if (title)
            {
                titles.Add((start, end));
                continue;
            }

            if (!seen.Add((start, end)))
            {
                continue;
            }

            string canonical = WithoutLowerGrade(TextView.WithoutQuotationMarks(string.Concat(text.AsSpan(start, end - start).ToString().Where(ch => !char.IsWhiteSpace(ch)))));
            // A pilot of cities keeps the pilot as its label, which the golds code beside the designation (国家碳达峰试点城市 |
            // 国家碳达峰试点): the codebook's round-43 label, so a gold row coding the pilot is still answered.
            // Round 67: a pilot (…试点) keeps its formula as its label too (以县城为重要载体的新型城镇化建设试点 | 以县城为重要载体的
            // 新型城镇化, guangdong 2025's gold).
            // Round 79 (level79): else the designation's name without its level word (LevelFreeName).
            labels.Add(new MentionCandidate(MentionKind.Lexicon, start, end, canonical)
            {
                Theme = c.Theme, Subtype = Subtype,
                Label = IsPilotOfCities(text, c.Start, c.End, end) || KeepsFormulaAsLabel(text, c.Start, c.End, start, end) || IsPilotHead(text, end) ? c.Canonical : LevelFreeName(view, start, canonical, candidates, end),
            });
        }

        // A place's title (荣获…称号, 全省平安建设优秀省辖市): no formula inside it counts, nor the title itself.
        if (unit == CountingUnit.Outermost && titles.Count > 0)
        {
            // Titles may overlap (a list of them): a candidate is dropped when it lies inside one, read off the title that
            // starts last at or before it.
            titles.Sort();
            candidates.RemoveAll(c =>
            {
                if (c.Kind is not (MentionKind.Lexicon or MentionKind.Policy))
                {
                    return false;
                }

                int i = titles.BinarySearch((c.Start, int.MaxValue));
                i = i >= 0 ? i : ~i - 1;
                for (int k = i; k >= 0 && k > i - 4; k--)
                {
                    if (titles[k].Start <= c.Start && c.End <= titles[k].End)
                    {
                        return true;
                    }
                }

                return false;
            });
        }

        candidates.AddRange(labels);
    }

    /// <summary>The designation label around the formula at [start, end), or null when it stands in none.</summary>
    internal static (int Start, int End, bool Title)? Find(string text, TextView? view, int start, int end, string canonical = "")
    {
        if (end <= start)
        {
            return null;
        }

        // Round 54 (field54; the codebook's round-46 decision): a pilot written right before 城市 is the designation of cities
        // (入选第二批国家文化和旅游消费试点城市, baoding 2022; 推进沈阳、大连国家碳达峰试点城市建设, liaoning 2026), as the
        // policy finder reads a quoted pilot: the judges read the pilot cut before 城市, and the golds code the city designation
        // (with the pilot as its alternative). The label starts where the pilot does, with the level word it is written with;
        // a pilot that opens with its round (首批碳达峰试点) is left as found (round 46: the rank is no part of the name).
        // A lexicon entry that folds its pilot onto the programme (城镇居民基本医疗保险试点 → 城镇居民基本医疗保险; 公立医院综合
        // 改革试点城市范围) names the programme, not the pilot: only a canonical that is itself a pilot is redrawn.
        if (IsPilotOfCities(text, start, end, end + 2) && canonical.EndsWith("试点", StringComparison.Ordinal) && view?.IsBoundary(end + 2) != false
            && !text.AsSpan(start).StartsWith("首批", StringComparison.Ordinal))
        {
            return (start, end + 2, false);
        }

        if (Head(text, view, end) is not { } head)
        {
            return QuotedLabelHead(text, view, start, end) is { } quoted ? (start - 1, quoted, false) : null;
        }

        // A formula that is itself a pilot's or zone's name (国家碳达峰试点, 中小企业数字化转型试点) names the programme:
        // the place it is run in (…试点城市) adds nothing the coders did not code.
        // Round 55 (boundary55): a county's or district's goal followed by the building of it and a programme head (光明获评国家
        // 知识产权强县建设试点县, guangming 2025; “国家知识产权强县建设示范县”, futian 2023) is the designation of that goal's pilots,
        // not a zone's own name: the golds code the whole label, and the goal alone there is cut from it (round 17).
        ReadOnlySpan<char> formula = text.AsSpan(start, end - start);
        bool builtGoal = formula[^1] is '区' or '县' && head.Kind == HeadKind.Programme && string.CompareOrdinal(text, end, "建设", 0, 2) == 0;
        if (formula.EndsWith("试点", StringComparison.Ordinal) || (formula[^1] is '区' or '县' && !builtGoal) || formula.EndsWith("示范", StringComparison.Ordinal))
        {
            return null;
        }

        // 创建省级文明城市先进市: the designation (a lexicon entry) is the item; the ranking after it is the place's award.
        // Round 64 (award64): not where the title is given for building the city the formula names (健康城市建设样板市等荣誉称号,
        // zhumadian 2024, judged an honorary title and left uncoded by its gold; 获评全国健康城市建设样板市, shenzhen 2024, whose
        // coder codes the title whole): the formula alone is no use there.
        if (head.Kind == HeadKind.Title && formula.EndsWith("城市", StringComparison.Ordinal) && string.CompareOrdinal(text, end, "建设", 0, 2) != 0)
        {
            return null;
        }

        // 新建高标准农田示范区60万亩: fields measured in area, the programme's own use.
        if (AreaFollows(text, head.End))
        {
            return null;
        }

        (int labelStart, bool level, bool creation, bool count, bool place) = LabelStart(text, start);
        if (labelStart < 0)
        {
            return null;
        }

        // 攀枝花共同富裕试验区, 北部新区海绵城市示范区: one place's own zone, written with its name, is no designation awarded
        // or applied for, and the formula in it is left as found; 创建河南省创新驱动示范市 applies for one, the label with its
        // province.
        if (place && !creation && head.Kind != HeadKind.Title && !Honoured(text, labelStart, head.End))
        {
            return null;
        }

        // 荣获“平安中国建设示范市”称号, …样板市等荣誉称号: a title.
        bool honour = head.Kind == HeadKind.Title || Honoured(text, labelStart, head.End);
        // Round 61 (designation61): the army-civilian model city won as a title (荣获全省“双拥模范城”称号, zhumadian 2010) keeps
        // the formula as found: the development gold counts 双拥 there, and the honour rule is left to the heads it was written for.
        if (honour && ModelHead(text, head.End))
        {
            return null;
        }

        if (honour)
        {
            return (labelStart, head.End, true);
        }

        if (head.Kind == HeadKind.Signed && !(level || creation || count || FollowedByCreation(text, head.End)))
        {
            return null;
        }

        if (head.Kind == HeadKind.Signed && IsPilotHead(text, head.End) && !PilotSigned(text, start, head.End, labelStart, level, creation, count))
        {
            return null;
        }

        return (labelStart, head.End, false);
    }

    // Whether the head ending at `end` is one of round 61's model heads.
    private static bool ModelHead(string text, int end) => EndsWithAny(text, end, ModelHeads) is not null;

    // Round 55 (boundary55): whether the label at [labelStart, labelEnd) around the formula at [start, end) is one of the shapes
    // that keep the formula inside as the label's Label (the round-43 decision): a district's 城区 ending, a county's goal with
    // the building of it, the next member of a list a verb of applying opens. A gold row that codes the formula there (全民健身
    // in 争创全国健康城市、全民健身运动模范市, zhumadian 2024) is then still answered.
    private static bool KeepsFormulaAsLabel(string text, int start, int end, int labelStart, int labelEnd) =>
        string.CompareOrdinal(text, labelEnd - 2, "城区", 0, 2) == 0
        || (text[end - 1] is '区' or '县' && string.CompareOrdinal(text, end, "建设", 0, 2) == 0)
        || (labelStart == start && start > 0 && text[start - 1] == '、' && ListOpenedByCreation(text, start - 1));

    // Whether the formula at [start, end) is a pilot (…试点) and the label ending at labelEnd adds 城市 right after it (round
    // 54), or a district report's 城区 (round 55: 国家体育消费试点城区, futian 2023).
    private static bool IsPilotOfCities(string text, int start, int end, int labelEnd) =>
        labelEnd == end + 2 && end - start > 2 && text.AsSpan(start, end - start).EndsWith("试点", StringComparison.Ordinal) && CitiesAt(text, end);

    // Whether the words at `at` are 城市 or 城区: the cities or districts a pilot designates.
    private static bool CitiesAt(string text, int at) =>
        string.CompareOrdinal(text, at, "城市", 0, 2) == 0 || string.CompareOrdinal(text, at, "城区", 0, 2) == 0;

    // Round 54 (field54): a formula in quotation marks followed by the level and head of a designation (新增“四好农村路”全国示范县
    // 6个, guangdong 2025): the label is the quoted formula with its level and head (the gold codes 四好农村路全国示范县, round 17);
    // the end of that head, or null.
    private static int? QuotedLabelHead(string text, TextView? view, int start, int end)
    {
        if (start < 1 || text[start - 1] != '“' || end >= text.Length || text[end] != '”')
        {
            return null;
        }

        foreach (string level in (string[])["全国", "国家级", "国家", "省级"])
        {
            int at = end + 1;
            if (string.CompareOrdinal(text, at, level, 0, level.Length) != 0)
            {
                continue;
            }

            at += level.Length;
            foreach (string head in ProgrammeHeads)
            {
                if (string.CompareOrdinal(text, at, head, 0, head.Length) == 0 && EndsWord(text, view, at + head.Length, HeadKind.Programme))
                {
                    return at + head.Length;
                }
            }
        }

        return null;
    }

    private enum HeadKind { Programme, Signed, Title }

    private static (int End, HeadKind Kind)? Head(string text, TextView? view, int end)
    {
        foreach (string link in Links)
        {
            if (string.CompareOrdinal(text, end, link, 0, link.Length) != 0)
            {
                continue;
            }

            int at = end + link.Length;
            foreach ((string[] heads, HeadKind kind) in new[] { (TitleHeads, HeadKind.Title), (ProgrammeHeads, HeadKind.Programme), (SignedHeads, HeadKind.Signed) })
            {
                foreach (string head in heads)
                {
                    if (string.CompareOrdinal(text, at, head, 0, head.Length) == 0 && EndsWord(text, view, at + head.Length, kind))
                    {
                        return (at + head.Length, kind);
                    }
                }
            }
        }

        return null;
    }

    // The head ends the label: a mark or the end follows, or (for a one-character head like 县) a word boundary the
    // segmenter puts there (县域, 区域, 市场 are other words).
    private static bool EndsWord(string text, TextView? view, int at, HeadKind kind)
    {
        if (at >= text.Length || !TextView.IsHan(text[at]))
        {
            return true;
        }

        if (view is not null && !view.IsBoundary(at))
        {
            return false;
        }

        // Without a segmenter (tests of the rule alone) or across a boundary: a few words that run on from a head.
        string next = text[at..Math.Min(text.Length, at + 2)];
        return kind != HeadKind.Signed || next is not ("域经" or "场化" or "域协" or "域发" or "域一" or "民" or "场");
    }

    private static bool AreaFollows(string text, int end)
    {
        int i = end;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i > end && (string.CompareOrdinal(text, i, "万亩", 0, 2) == 0 || text[Math.Min(i, text.Length - 1)] == '亩'
            || string.CompareOrdinal(text, i, "公顷", 0, 2) == 0 || string.CompareOrdinal(text, i, "平方公里", 0, 4) == 0);
    }

    private static bool FollowedByCreation(string text, int end) =>
        string.CompareOrdinal(text, end, "创建", 0, 2) == 0 || string.CompareOrdinal(text, end, "数量", 0, 2) == 0;

    // Where the label begins: after a word it follows (a verb, a count, a mark), taking in a level (国家) and a short field
    // modifier after a verb (创建卫生健康高质量发展示范省). A modifier after a mark, or with no such word near, is left out (建立,
    // 扩大, 抓好 are verbs the lists do not hold; 遂平、确山全域旅游示范县 names places). A modifier that is a place's name
    // (攀枝花共同富裕试验区, 河南省创新驱动示范市) makes the label that place's own. -1 when a coordination may belong to the
    // label (促进体育消费和赛事经济试点城市).
    private static (int Start, bool Level, bool Creation, bool Count, bool Place) LabelStart(string text, int start)
    {
        for (int p = start; p >= Math.Max(0, start - MaxModifier); p--)
        {
            foreach (string level in Levels)
            {
                if (p >= level.Length && string.CompareOrdinal(text, p - level.Length, level, 0, level.Length) == 0)
                {
                    int s = p - level.Length;
                    return (s, true, EndsWithAny(text, s, Creation) is not null, EndsWithAny(text, s, ["个", "批"]) is not null, false);
                }
            }

            // Round 54 (field54): a short field after 、 that closes another designation (创建全国义务教育优质均衡区、基础教育高质量
            // 发展试点示范区, futian 2023) opens this label's own name, the next member of a list of designations: the label takes it.
            if (p < start && p >= 2 && text[p - 1] == '、' && text[p - 2] is '区' or '县' or '市' && start - p >= 2 && !IsPlace(text[p..start]))
            {
                return (p, false, false, false, false);
            }

            if (p == 0 || !TextView.IsHan(text[p - 1]))
            {
                // Round 55 (boundary55): the next member of a list of designations a verb of applying or winning opens (全力争创
                // 全国义务教育优质均衡发展区、学前教育普及普惠区, longgang 2025; 争创全国健康城市、全民健身运动模范市, zhumadian 2024):
                // the verb signs this member's head too.
                bool listed = p > 0 && p == start && text[p - 1] == '、' && ListOpenedByCreation(text, p - 1);
                // Round 61 (designation61): a bare 省 or 市 opening a quoted label is its level (争创“省双拥模范区”八连冠,
                // futian 2023), as after a verb.
                if (text[p..start] is "省" or "市")
                {
                    return (p, true, false, false, false);
                }

                return (start, false, listed, false, p < start && IsPlace(text[p..start]));
            }

            if (EndsWithAny(text, p, Coordination) is not null)
            {
                return p == start ? (-1, false, false, false, false) : (start, false, false, false, false);
            }

            string? word = EndsWithAny(text, p, Creation);
            bool creation = word is not null;
            word ??= EndsWithAny(text, p, Follows);
            if (word is not null)
            {
                bool count = word is "个" or "批" or "首批" or "一批" or "两批" or "第一批" or "第二批" or "第三批";
                // 布局建设省新质生产力产业基地: a bare 省 or 市 is the label's level.
                bool level = text[p..start] is "省" or "市";
                return (p, level, creation, count, p < start && IsPlace(text[p..start]));
            }
        }

        return (-1, false, false, false, false);
    }

    // Whether the list whose 、 stands at `mark` is opened, in the same clause, by a verb of applying for or winning a designation
    // (创建…区、…区): the verb is the first word of the clause, right before the list's first member.
    private static bool ListOpenedByCreation(string text, int mark)
    {
        int i = mark;
        while (i > 0 && mark - i < 60 && text[i - 1] is not ('，' or '。' or '；' or '：' or '\n' or '！' or '？'))
        {
            i--;
        }

        // The clause start, after a short adverb of effort (全力争创, 积极创建, 成功创建).
        foreach (string adverb in (string[])["", "全力", "积极", "努力", "加快", "力争", "成功", "新", "同步"])
        {
            if (string.CompareOrdinal(text, i, adverb, 0, adverb.Length) != 0)
            {
                continue;
            }

            foreach (string verb in Creation)
            {
                if (string.CompareOrdinal(text, i + adverb.Length, verb, 0, verb.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A province, city, county or district, by its name (攀枝花, 江西) or its last character (河南省, 北部新区).
    private static bool IsPlace(string modifier) =>
        (modifier.Length > 1 && modifier[^1] is '省' or '市' or '县' or '区' or '州') || Text.Regions.ShortNameSet.Contains(modifier);

    /// <summary>The level word (Levels) written right before <paramref name="at"/>, or null: another finder's designation takes it
    /// into its span as this one does (全市“八五”基层普法联系点, NumberedFinder).</summary>
    internal static string? LevelBefore(string text, int at) => EndsWithAny(text, at, Levels);

    private static string? EndsWithAny(string text, int at, string[] words)
    {
        foreach (string w in words)
        {
            if (at >= w.Length && string.CompareOrdinal(text, at - w.Length, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    // The label is a title the place was given: a verb of honour before it, or 称号/荣誉 after it in the same clause.
    private static bool Honoured(string text, int labelStart, int labelEnd)
    {
        int from = labelStart;
        if (from > 0 && text[from - 1] is '“' or '‘')
        {
            from--;
        }

        if (EndsWithAny(text, from, HonourVerbs) is not null)
        {
            return true;
        }

        // 获评“平安中国建设示范市”: a quoted title after a verb of winning it, as the quoted finder reads prizes.
        if (from < labelStart && EndsWithAny(text, from, ["获评", "评为", "命名为"]) is not null)
        {
            return true;
        }

        for (int i = labelEnd; i < Math.Min(text.Length, labelEnd + 60); i++)
        {
            char c = text[i];
            if (c is '。' or '；' or '，' or '\n' or '：')
            {
                break;
            }

            if (c == '称' && i + 1 < text.Length && text[i + 1] == '号')
            {
                return true;
            }

            if (c == '荣' && i + 1 < text.Length && text[i + 1] == '誉')
            {
                return true;
            }
        }

        return false;
    }

    // Round 39 (overlap39): a label written with a province's, city's or county's grade (省级全域旅游示范区, 市级乡村振兴示范区) keeps
    // the grade in its surface (a level before a designation is part of the label: the codebook's round-22 reading 1) but is
    // counted as the programme's label without it, as the lexicon folds its graded spellings (国家级零碳园区, 省级区域医疗中心 under
    // 零碳园区, 区域医疗中心) and as the coders of hebei's, baoding's and zhumadian's reports code it. Not 国家 or 全国, which begin
    // the programme's own name (国家森林城市, 全国文明城市), nor 全省 (a place's scope), nor 国家级, whose label the round-17
    // specification keeps whole (国家级乡村振兴示范县, jilin 2026): the national grade names the state's programme. The label left
    // is at least a field and a head (four characters).
    private static readonly string[] LowerGrades = ["省级", "市级", "县级"];

    private static string WithoutLowerGrade(string label)
    {
        foreach (string grade in LowerGrades)
        {
            if (label.Length - grade.Length >= 4 && label.StartsWith(grade, StringComparison.Ordinal))
            {
                return label[grade.Length..];
            }
        }

        return label;
    }
}
