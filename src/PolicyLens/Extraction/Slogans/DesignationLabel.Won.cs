// Round 56 (level56): designations a place or unit WINS or BUILDS, written with a level word and a head the other readers of
// DesignationLabel do not take (城市, 城区, 城市群, 工厂, 企业, 街区, 中心, 社区, 县区, 模范城 …): 争创国家级节水型城市, 入选全国休闲
// 农业重点县, 新增国家企业技术中心8家, 累计创建国家级绿色工厂198个, 成功创建省级园林城市. A level word and such a head are as often a
// plain noun phrase naming one body or facility (国家会展中心, 省级医院, 全国人大), so the label is taken only with a sign that
// a designation is won or sought: a verb of applying, winning or building right before the level word (after a round such as
// 首批), or the total the designations have grown to right after the head (…中心增至4家, …工厂达16个; a bare count in a list
// of what a place holds, …工厂1家, is no sign). The label keeps its level word (the codebook's round-
// 22 reading 1 and round-46 decision) and is reported as Propose's labels are (lexicon, subtype designation); a place's title
// (荣获, 被授予, …称号) is left to the honour rule, which reports nothing.
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The level words a won designation opens with; 省级, 市级, 自治区级 are kept in the surface and canonical, as the golds code
    // them (省级园林城市, 市级绿色工厂).
    // Round 114 (desig114): a bare 省 after a verb of winning (创成省公交优先示范城市, 积极争创省城市管理示范城市, nantong 2024;
    // 创成省城市管理示范市, yancheng 2024; 阜阳: 颍上入选省全域旅游示范区, in the pool): the province's level, as 省级 is; only with
    // the verb right before it (SignBefore), and only before the heads of places (ProvinceHeadOnly), not a firm's (省独角兽企业,
    // 省科技领军企业: firm titles the coders leave out).
    // Round 115 (desig115): 全省 before a demonstration or model county or city (争创全省开放发展示范市, 乐山; 获评全省开放发展示范市,
    // 绵阳; 入选全省乡村水务示范县, 广安, in the pool; 全省法治政府建设示范市, xuancheng 2024's gold): the province's level, as
    // DesignationLabel.Levels reads it; only before those heads (ProvinceWideHead), where a province's designation is meant.
    private static readonly string[] WonLevels = ["自治区级", "国家级", "国家", "全国", "省级", "市级", "全省", "省"];

    // The level words a second level may share a name with (国家、省…).
    private static readonly string[] SharedLevels = ["国家级", "国家", "国", "全国", "省级", "省"];

    // Whether the level at `at` follows another level and 、 that stand alone after a verb, a round or a mark (创建国家、省…,
    // 创建一批国、省…), not the head of a designation before it (…示范市、全国禁毒示范城市: a list of two names).
    private static bool SharesLevel(string text, int at)
    {
        if (at < 2 || text[at - 1] != '、' || EndsWithAny(text, at - 1, SharedLevels) is not { } level)
        {
            return false;
        }

        int p = at - 1 - level.Length;
        return p == 0 || !TextView.IsHan(text[p - 1]) || (EndsWithAny(text, p, Creation) ?? EndsWithAny(text, p, WonVerbs) ?? EndsWithAny(text, p, Rounds)) is not null;
    }

    private static bool ProvinceWideHead(string head) => head.StartsWith("示范", StringComparison.Ordinal) || head.StartsWith("模范", StringComparison.Ordinal);

    // Round 115 (desig115): the demonstration and model counties, cities and villages-and-towns of a ministry's programme, won or
    // sought with their level (获评国家水土保持示范县, meishan 2024; 争创全国安全发展示范市, xiamen 2024; 争创国家全民运动健身模范市,
    // chengdu 2024; 争创更多全国乡村治理示范村镇, xiamen 2024): the coders of unseen26u and unseen26w code each with its level, and
    // the pool's 2024 reports write them after a verb of winning or seeking and a level in many cities, none reported before
    // (示范县 76 places: 全国科普示范县, 全国信访工作示范县（区）, 全国自然资源节约集约示范县, 全国基层中医药工作示范县 …; 示范市
    // 33: 省城市管理示范市, 全国婴幼儿照护服务示范市 …; 全民运动健身模范市 6; 全国乡村治理示范村镇 4). Only after such a verb
    // (SignedWonHeads): a level-led 示范县 without one stays uncoded, as round 77 left it. Declared before the lists that take it
    // in (static fields are set in the order written).
    private static readonly string[] CountyCityHeads = ["示范村镇", "示范县", "示范市", "模范市"];

    // Heads of a designation of places or units (longest first where one ends another).
    private static readonly string[] WonHeads =
        ["城市群", "城市", "城区", "模范城", "工厂", "企业", "街区", "中心", "社区", "县区", "先导区", "重点县",
            // Round 114 (desig114): the towns, villages, units, parks and districts a ministry's programme names, won or sought with
            // their level (新增国家农业产业强镇3个 and 新增全国乡村治理示范村5个, nantong 2024; 新增4个全国乡村治理示范村, chengdu
            // 2024; 被评为国家级文明旅游示范单位, 创建国家级滑雪旅游度假地, 创建国家级绿色园区, hohhot 2024;
            // 入选国家农村产业融合发展示范园, 入选全国示范智慧商圈, chengdu 2024; 争创一批自治区级乡村旅游重点村（镇）, laibin 2024;
            // 获评省级服务业高质量发展集聚示范区, nantong 2024; 创建省级服务业集聚（示范）区, tongling 2024): unseen26u's coders code
            // each with its level, and the pool's 2024 reports write each head after a level and a verb of winning in several cities
            // (强镇 39 places, 示范村 46, 示范园/示范园区 24, 示范单位 11, 绿色园区 8).
            .. CountyCityHeads, "强镇", "示范村", "示范单位", "示范园区", "示范园", "园区", "商圈", "度假地", "重点村镇", "重点村",
            "集聚（示范）区", "集聚示范区", "集聚区"];

    // Round 114: the heads above that name a designation only after a verb of winning or seeking it (SignBefore), not with a
    // count alone (国家级文化产业示范园区增至3家, guangdong 2024: parks counted among site types, rejected in round 65).
    private static readonly string[] SignedWonHeads =
        [.. CountyCityHeads, "强镇", "示范村", "示范单位", "示范园区", "示范园", "园区", "商圈", "度假地", "重点村镇", "重点村", "集聚（示范）区", "集聚示范区", "集聚区"];

    // Round 114: a bare park (园区) is a designation only where its qualifier names a programme's mark (国家级绿色园区, 国家级绿色
    // 工业园区, 省级绿色制造园区, 国家示范物流园区, 国家级循环经济试点园区, 省智能化改造标杆园区, in the pool); a park of a sector or a
    // grade (国家级农业园区, 省级特色园区, 市级专业园区, 省五星级园区, 国家级示范园区: the pool's and readable texts' other places)
    // names a kind of park, which the coders leave out (hohhot 2024's header: 国家级农业园区 among parks).
    private static readonly string[] ParkMarks = ["绿色", "示范", "试点", "标杆", "低碳"];

    private static bool ParkQualifier(string qualifier) =>
        qualifier != "示范" && Array.Exists(ParkMarks, w => qualifier.Contains(w, StringComparison.Ordinal));
    // Round 114: the heads a bare 省 may open (a place's or unit's designation, not a firm's title or a centre).
    private static bool ProvinceHeadOnly(string head) => head is not ("企业" or "工厂" or "中心");

    // Verbs right before the level word that win, apply for or build a designation (Creation holds 创建, 争创, 入选, 获评 …).
    // Round 67 (designation67): 新建, building new ones (新建15个国家卓越级智能工厂, chongqing 2026), read as 建设 is for a centre
    // (新建一批国家工程中心, gwr 2009: an institution built, not a designation won).
    private static readonly string[] WonVerbs = ["成为", "建成", "新增", "培育", "新培育", "打造", "累计创建", "创建了", "创建", "获得", "新建"];

    // A round written between the verb and the level word (入选首批国家卓越级智能工厂): no part of the name (round 46).
    private static readonly string[] Rounds = ["首批", "第一批", "第二批", "第三批", "第四批", "第五批", "新一批", "一批"];

    // Counters of designated units after the head (…中心增至4家, …工厂达16个).
    private const string UnitCounters = "家个所座";

    private const int MaxWonQualifier = 14;

    // The label of a won designation around a lexicon formula or a level label (制造业单项冠军 in 国家级制造业单项冠军企业, 儿童
    // 友好社区 in 市级儿童友好社区, 国家知识产权保护示范区 in 国家知识产权保护示范区建设城市): kept as the mention's Label (the
    // round-43 decision) so a gold row coding it is answered; a lexicon canonical the label does not write (制造业单项冠军 for
    // 省级单项冠军企业) gives way to the words as written.
    private static string WonLabel(string text, List<MentionCandidate> candidates, List<(int Start, int End)> found, int start, int end)
    {
        string best = "";
        int length = 0;
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind == MentionKind.Lexicon && c.Subtype != Subtype && c.Start >= start && c.End <= end && c.Length < end - start && c.Length > length)
            {
                length = c.Length;
                best = text.AsSpan(start, end - start).Contains(c.Canonical.AsSpan(), StringComparison.Ordinal) ? c.Canonical : text[c.Start..c.End];
            }
        }

        foreach ((int s, int e) in found)
        {
            if (s >= start && e <= end && e - s < end - start && e - s > length)
            {
                length = e - s;
                best = text[s..e];
            }
        }

        return best;
    }

    /// <summary>The won designations the text writes (see the file's comment), as [start, end) spans, and whether only a list a
    /// verb of winning opens signs it (Listed: round 66).</summary>
    private static IEnumerable<(int Start, int End, bool Listed)> WonLabels(TextView view)
    {
        string text = view.Text;
        foreach (string level in WonLevels)
        {
            for (int at = text.IndexOf(level, StringComparison.Ordinal); at >= 0; at = text.IndexOf(level, at + 1, StringComparison.Ordinal))
            {
                // 国家级 and 自治区级 are read once, as themselves.
                if ((level == "国家" && string.CompareOrdinal(text, at, "国家级", 0, 3) == 0) || (level == "省" && string.CompareOrdinal(text, at, "省级", 0, 2) == 0)
                    || (level == "省" && at > 0 && text[at - 1] == '全') || !view.IsBoundary(at))
                {
                    continue;
                }

                if (WonLabelEnd(view, at, level.Length) is { } end)
                {
                    yield return (at, end, SignBefore(text, at) == ListedSign);
                }
            }
        }
    }

    // Words inside a qualifier that make the label a ranking, a list of cases or one grade of places, not a designation
    // (跻身全国数字经济百强城市, 获评全国营商环境最佳口碑城市, 入选全国城市网络文明典型案例城市, 全国区县级城区).
    // Round 114: 星级 grades places (省四星级智慧城市, 省五星级园区, 省星级现代农业园区: the pool's 2024 reports). 百强 stays a
    // ranking before 中心镇 too (省级百强中心镇, Sichuan's hundred strong central towns: chengdu 2024's coder codes it borderline,
    // the development gold of sichuan_2026 leaves 培育100个省级百强中心镇 uncoded).
    private static readonly string[] RankingWords = ["百强", "十强", "千强", "最佳", "口碑", "典型案例", "县级", "区级", "星级"];

    // Words that may follow the head of a won label (besides a mark, a count or the end): a coordination of labels, the
    // building or creation of it at the clause's end (全国文明城区创建, 国家技术创新中心建设。).
    // Round 115 (desig115): the list of places creating it (入列全国农业产业强镇创建名单, tongling 2024; 入围国家公交都市建设示范工程
    // 创建名单, xianning 2024; 入围全国公共就业服务示范城市创建名单, 永州 in the pool): the designation is the item, the list is not.
    private static readonly string[] WonClosers = ["和", "与", "及", "等", "创建", "建设", "创建名单"];

    // A centre (中心) is as often one institution's own name (国家生猪技术创新中心, 国家超算深圳中心) or a city's position (打造
    // 全国经济中心): only a national designation TYPE is read, a short field (国家技术创新中心, 国家制造业创新中心) won, applied
    // for or counted; provincial and city centres (省级工程技术研究中心) are facility types the golds leave uncoded.
    private const int MaxCentreQualifier = 5;

    private static int? WonLabelEnd(TextView view, int at, int levelLength)
    {
        string text = view.Text;
        int qualifierStart = at + levelLength;
        if (qualifierStart >= text.Length || !(TextView.IsHan(text[qualifierStart]) || text[qualifierStart] == '“') || QualifierOpening.Contains(text[qualifierStart], StringComparison.Ordinal)
            || string.CompareOrdinal(text, qualifierStart, "重大", 0, 2) == 0 || string.CompareOrdinal(text, qualifierStart, "重点", 0, 2) == 0)
        {
            return null;
        }

        // 新增国家级和省级龙头企业: a coordination before the level may belong to the label; its start is not known.
        if (EndsWithAny(text, at, Coordination) is not null)
        {
            return null;
        }


        bool national = text[at] == '国' || string.CompareOrdinal(text, at, "全国", 0, 2) == 0;
        string? sign = SignBefore(text, at);
        bool entry = GlossaryEntry(text, at);
        // Round 66 (designation66): a quoted label inside the qualifier (国家级专精特新“小巨人”企业, 国家“小巨人”企业): the
        // label with its level and head is the item (the codebook's round-46 and round-47 decisions), the quoted words Han only.
        bool quoted = text[qualifierStart] == '“';
        for (int p = qualifierStart + 2; p <= Math.Min(text.Length - 1, qualifierStart + MaxWonQualifier); p++)
        {
            if (!ReadsQualifierCharacter(text[p - 1], ref quoted))
            {
                return null;
            }

            // A head inside the quotation marks is the quoted label's word, not the designation's head.
            if (quoted)
            {
                continue;
            }

            string? head = Array.Find(WonHeads, h => string.CompareOrdinal(text, p, h, 0, h.Length) == 0);
            if (head is null)
            {
                continue;
            }

            string qualifier = text[qualifierStart..p];
            // 入选首批国家知识产权保护示范区建设城市: the cities building a designation the qualifier already names; the
            // designation is the item (judged right alone, mentions-dev-designation23.tsv).
            if (!GoodQualifier(qualifier) || qualifier.EndsWith("建设", StringComparison.Ordinal)
                || Array.Exists(RankingWords, w => qualifier.Contains(w, StringComparison.Ordinal)) || NamesPlace(qualifier))
            {
                continue;
            }

            // Round 115 (desig115): two levels sharing one name (创建国家、省乡村治理示范村镇7个, 岳阳; 创建一批国、省乡村治理示范村镇,
            // 资阳, in the pool): the second level alone is no whole name of the round's heads (the older heads keep their reading).
            if (Array.IndexOf(CountyCityHeads, head) >= 0 && SharesLevel(text, at))
            {
                return null;
            }

            if ((levelLength == 1 && !ProvinceHeadOnly(head)) || (head == "园区" && !ParkQualifier(qualifier))
                || (string.CompareOrdinal(text, at, "全省", 0, 2) == 0 && !ProvinceWideHead(head)))
            {
                return null;
            }

            int end = p + head.Length;
            // 全国双拥模范城（县）, 国家信访工作示范县（区）: the bracketed grade is part of the title, and closes it.
            bool graded = false;
            // Round 115 (desig115): a demonstration county's grades with 市 (全国自然资源节约集约示范县（市）, 放心消费示范县（市、区）, in
            // the pool), and the grades some reports write in ASCII brackets (获评全国科普示范县(区), 六安; 获评全国信访工作示范县(区),
            // 淮北; 创建一批全省禁毒示范县(市), 凉山: the pool's 2024 reports).
            foreach (string grade in head == "模范城" ? [] : (string[])["（县）", "（区）", "（县区）", "（县、区）", "（镇）", "（社区）", "（市）", "（市、区）", "（县、市）", "（县市区）", "（县、市、区）", "(县)", "(区)", "(市)", "(市、区)"])
            {
                if (string.CompareOrdinal(text, end, grade, 0, grade.Length) == 0)
                {
                    end += grade.Length;
                    graded = true;
                    break;
                }
            }

            bool counted = CountedAfter(text, end);
            // The head closes the label: a mark, a count, the end, or a closing word (国家级中小企业产业集群, 全国宜居城市百强,
            // 国家超算深圳中心二期: the words after it make another name; read on to a longer head).
            // The creation after the head signs this name only where the qualifier holds no other name or creation (以国家园林城市
            // 创建牵动全国文明城市创建, 牡丹江: two names, the first closed by its own creation).
            bool sought = CreationOf(text, end) && !qualifier.Contains("创建", StringComparison.Ordinal)
                && !Array.Exists(Levels, l => qualifier.Contains(l, StringComparison.Ordinal));
            bool closes = graded || sought || end >= text.Length || !TextView.IsHan(text[end]) || counted
                || Array.Exists(WonClosers, w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0 && (w.Length == 1 || end + w.Length >= text.Length || !TextView.IsHan(text[end + w.Length])));
            if (!closes)
            {
                continue;
            }

            if (head == "中心" && !(national && qualifier.Length <= MaxCentreQualifier && (counted || (sign is not null && sign is not ("打造" or "建设" or "新建")))))
            {
                return null;
            }

            // 残疾人日间照料服务省级示范中心20个: a count alone signs a label only where the level opens it (after a mark or a verb).
            bool opened = at == 0 || !TextView.IsHan(text[at - 1]) || sign is not null || EndsWithAny(text, at, Follows) is not null;
            // A glossary entry is closed by the colon of its definition.
            bool defined = entry && end < text.Length && text[end] is '：' or ':';
            // Round 115 (desig115): a demonstration or model county or city only where the report speaks of the programme sought
            // (争创, 创建, 申报 before it, or its creation after it), not of a title a place was awarded (成功创建, 创成, 获评, 入选,
            // 被评为, 成为: the development gold of zhumadian 2023–2025 and xianning 2024's coder leave those uncoded; DesignationRound77Tests).
            if (Array.IndexOf(CountyCityHeads, head) >= 0)
            {
                return sought || Sought(text, at) ? end : null;
            }

            if (Array.IndexOf(SignedWonHeads, head) >= 0)
            {
                return sign is not null || sought ? end : null;
            }

            return sign is not null || sought || (counted && opened) || defined ? end : null;
        }

        return null;
    }

    // Whether the qualifier names a place (国家级江西省知识产权保护中心, 国家超算深圳中心): one place's own institution.
    private static bool NamesPlace(string qualifier)
    {
        // Round 114 (desig114): 市 inside 城市, 市域 or 市场 names no city (获评全国市域社会治理现代化试点合格城市, hohhot 2024; 积极争创
        // 省城市管理示范城市, nantong 2024: the coders code both whole).
        string unnamed = qualifier.Replace("城市", "", StringComparison.Ordinal).Replace("市域", "", StringComparison.Ordinal).Replace("市场", "", StringComparison.Ordinal);
        if (unnamed.Contains('省') || unnamed.Contains('市'))
        {
            return true;
        }

        for (int i = 0; i + 2 <= qualifier.Length; i++)
        {
            if (Text.Regions.ShortNameSet.Contains(qualifier.Substring(i, 2)))
            {
                return true;
            }
        }

        return false;
    }

    // The verb of winning, applying for or building right before the level word at `at` (a round between allowed), or, for the
    // next member of a list such a verb opens (创建…、省级…), that verb's mark (创建); null when there is none.
    // Round 66 (designation66): a count of the units won may stand between the verb and the level (新增150家国家级专精特新
    // “小巨人”企业, shenzhen 2024; 累计创建6家国家级制造业创新中心, guangdong 2026), and a list a verb of winning or building
    // opens (新增…、20家国家级制造业单项冠军企业; 新增“个转企”1000家、…、国家级专精特新“小巨人”企业200家, shenzhen 2025) signs each
    // member: the golds of those texts code each label with its level.
    private static string? SignBefore(string text, int at)
    {
        int p = at;
        if (EndsWithAny(text, p, Rounds) is { } round)
        {
            p -= round.Length;
        }

        p = BeforeCount(text, p);
        if (p > 0 && text[p - 1] == '、')
        {
            return ListOpenedByCreation(text, p - 1) ? "创建" : ListOpenedBy(text, p - 1, WonVerbs) ? ListedSign : null;
        }

        // 华中正大被认定为国家级企业技术中心: a unit recognised as one is that unit's title, not a programme spoken of.
        string? verb = EndsWithAny(text, p, Creation) ?? EndsWithAny(text, p, WonVerbs);
        return verb is "认定为" or "确定为" or "命名为" ? null : verb;
    }

    // The sign of a member of a list a verb of winning or building opens (新增…、国家级…企业200家), which Propose takes only for a
    // label around a formula the finders report (the formula cut from its designation, as the golds and judges read it): a
    // list of what a place holds or added (新增规上工业企业139家、国家级绿色工厂1家, zhumadian 2024) is round 56's bare count.
    private const string ListedSign = "新增、";

    // The position before a count of units written right before `at` (150家, 超250家, 6个), or `at` when there is none.
    private static int BeforeCount(string text, int at)
    {
        if (at < 2 || !UnitCounters.Contains(text[at - 1], StringComparison.Ordinal) || !char.IsAsciiDigit(text[at - 2]))
        {
            return at;
        }

        int d = at - 2;
        while (d > 0 && char.IsAsciiDigit(text[d - 1]))
        {
            d--;
        }

        return d > 0 && text[d - 1] is '超' or '近' ? d - 1 : d;
    }

    // Whether the list whose 、 stands at `mark` is opened, as the first word of its clause (after a short adverb of effort), by
    // one of the verbs (新增, 培育: a list of what a place wins or builds).
    private static bool ListOpenedBy(string text, int mark, string[] verbs)
    {
        int i = mark;
        while (i > 0 && mark - i < 60 && text[i - 1] is not ('，' or '。' or '；' or '：' or '\n' or '！' or '？'))
        {
            i--;
        }

        foreach (string adverb in (string[])["", "全力", "积极", "努力", "加快", "力争", "成功", "累计", "全年"])
        {
            if (string.CompareOrdinal(text, i, adverb, 0, adverb.Length) != 0)
            {
                continue;
            }

            foreach (string verb in verbs)
            {
                if (string.CompareOrdinal(text, i + adverb.Length, verb, 0, verb.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Round 66 (designation66): whether the level word at `at` opens a numbered entry of a report's glossary (　　5.国家级专精特新
    // “小巨人”企业：指…, longgang 2025): a line that opens with the entry's number. The entry defines the designation (the head
    // is followed by the colon), and the text's gold codes the label there.
    private static bool GlossaryEntry(string text, int at)
    {
        if (at < 2 || text[at - 1] is not ('.' or '．') || !char.IsAsciiDigit(text[at - 2]))
        {
            return false;
        }

        int d = at - 2;
        while (d > 0 && char.IsAsciiDigit(text[d - 1]))
        {
            d--;
        }

        while (d > 0 && text[d - 1] is ' ' or '\u3000' or '\t')
        {
            d--;
        }

        return d == 0 || text[d - 1] == '\n';
    }

    // Round 115 (desig115): the creation of the designation written right after its head, as its work, results or task (抓好全国
    // 文明城区创建工作, beijing 2024; 巩固全国禁毒示范城市创建成果, xianning 2024; 推进全国公共就业创业服务示范城市创建, 绍兴; 全面完成
    // 国家海绵示范城市创建任务, 无锡, in the pool): the designation is sought, a sign as a verb of seeking before the level is (the
    // codebook's 创建国家森林城市), and it closes the name. Not a centre (中心 keeps its own signs above).
    private static readonly string[] CreationWork = ["工作", "成果", "任务", "验收", "名单", "经验"];

    private static bool CreationOf(string text, int end)
    {
        if (string.CompareOrdinal(text, end, "创建", 0, 2) != 0)
        {
            return false;
        }

        int next = end + 2;
        return next >= text.Length || !TextView.IsHan(text[next]) || Array.Exists(CreationWork, w => string.CompareOrdinal(text, next, w, 0, w.Length) == 0);
    }

    // Round 115 (desig115): the verbs that seek a designation, not win it (成功创建, 新创建, 累计创建, 获批创建 are won; a list's later
    // member is not read: its opening verb may be one of winning).
    private static readonly string[] SeekingVerbs = ["争创", "申创", "申报", "创建"];

    private static bool Sought(string text, int at)
    {
        int p = at;
        if (EndsWithAny(text, p, Rounds) is { } round)
        {
            p -= round.Length;
        }

        p = BeforeCount(text, p);
        if (EndsWithAny(text, p, SeekingVerbs) is not { } verb)
        {
            return false;
        }

        return verb != "创建" || EndsWithAny(text, p - 2, ["成功", "新", "累计", "获批", "已"]) is null;
    }

    // Whether a count of designated units follows the head (8家, 达16个, 增至4家).
    private static bool CountedAfter(string text, int end)
    {
        // A bare count in a list of what a place holds (国家卓越级智能工厂16家, 国家级绿色工厂1家) counts units; a total the
        // designations have grown to (增至4家, 达16个) speaks of the programme's awards over the years.
        int i = end;
        string? reached = Array.Find((string[])["增至", "达到", "达"], w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
        if (reached is null)
        {
            return false;
        }

        i += reached.Length;

        int d = i;
        while (d < text.Length && char.IsAsciiDigit(text[d]))
        {
            d++;
        }

        return d > i && d < text.Length && UnitCounters.Contains(text[d], StringComparison.Ordinal);
    }
}
