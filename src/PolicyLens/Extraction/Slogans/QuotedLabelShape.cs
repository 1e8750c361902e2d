// Shapes of quoted labels that name a policy although they have none of the shapes QuotedFinder.HasFormulaShape knows
// (a count character, a + chain, a policy word at the end): a policy document's nickname by its count of articles
// (“21条”, “稳外贸8条”, “金融暖企18条”), a bare number that labels a plan or a system named just after it (“4567”投资促进
// 计划, “1310”具体部署, “12221”市场体系), and a switch from one thing to another in three characters (“瓶改管”, “公转铁”,
// “小升规”). Each shape was read off the development reports' quoted spans that the finder refused (round 8 of issue 13).
// Round 11 adds two shapes told by the words around the label rather than by its own: a label the report carries out as
// a policy (全面推行“亮码入企”。) and a label naming a system or mechanism (“白名单”制度, “要素跟着项目走”机制).
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // “21条”, “十五条”, “稳外贸8条”, “2.0版促进就业9条”: what the articles are about (at most ten characters), then their
    // count and 条. The codebook names the shape (惠企“二十条”). Two documents in one pair of marks (“促消费9条和16条”) are
    // not one nickname: judged wrong by boundary in the round's precision sample, so 和 ends the shape.
    [System.Text.RegularExpressions.GeneratedRegex("^[\u4E00-\u9FFF0-9.-[和条]]{0,10}?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})条$")]
    private static partial System.Text.RegularExpressions.Regex ArticleCount();

    internal static bool IsArticleCount(string content) => ArticleCount().IsMatch(content);

    // A bare number of three to six digits (or with a trailing N or X: “555X”), not a year.
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{3,6}[NX]?$")]
    private static partial System.Text.RegularExpressions.Regex BareNumber();

    // What a numbered label may name when written right after the closing mark (“4567”投资促进计划, “141”基层智治体系, “555X”
    // 产业发展格局, “13710”工作机制): a plan, a campaign, a deployment, a system or a layout. A product (“301”线上快贷) or a
    // road (“00”号) names none of these. Round 24 (numlabel24) added an industry set (“51020”先进制造业), a window of thirteen
    // characters (“1131”数字政府基础平台提升工程) and 人员 (“4050”人员, a category of workers); blind judges read the label before
    // a long name as a boundary error (the label with its head is the item) and “4050” as no policy (0 right of 3), so they
    // were taken out again (README, round 24). Round 91 (loose91) adds 框架 beside 构架 and 架构 (“422133”工作主框架,
    // baoan-gwr-2024, coded by its gold): the one readable place of a bare number before 框架.
    private static readonly string[] NumberedHeads = ["计划", "行动", "工程", "部署", "体系", "格局", "布局", "机制", "战略", "构架", "架构", "框架", "工作法", "发力方向"];

    // How many characters after the closing mark the head may end (“1188”现代化产业体系).
    private const int HeadWindow = 9;

    internal static bool IsNumberedLabel(string text, int close, string content)
    {
        if (!BareNumber().IsMatch(content) || (content.Length == 4 && content[0] is '1' or '2' && content[1] is '9' or '0'))
        {
            return false;
        }

        // Round 17: numbered labels written one after the other share the head after the last (严格落实“13710”“17110”工作机制,
        // zhumadian_2023), as NamesAnIntegratedFrame's labels share their frame noun.
        while (close + 2 < text.Length && text[close + 1] == '“')
        {
            int next = text.IndexOf('”', close + 2, Math.Min(8, text.Length - close - 2));
            if (next < 0 || !BareNumber().IsMatch(text[(close + 2)..next]))
            {
                break;
            }

            close = next;
        }

        int stop = close + 1;
        while (stop < text.Length && stop - close <= HeadWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 1)..stop];
        return NumberedHeads.Any(h => after.Contains(h, StringComparison.Ordinal));
    }

    /// <summary>
    /// The end of the word a quoted label is one item with, written right after its closing mark at <paramref name="close"/>,
    /// or -1: round 18's reach before its circle (“三公里”就业圈, “211”交通圈), round 26's label before the unit a designation is
    /// awarded to (“三零”平安单位（村、社区）), round 40's layout label before the word it lays out (“四纵三横”高速公路网), round 35's
    /// number label before the word it qualifies (“1+10”政策体系).
    /// </summary>
    internal static int WordEnd(TextView view, int close, string content, Lexicon lexicon)
    {
        int end = ReachCircleEnd(view.Text, close, content);
        if (end <= 0)
        {
            end = DesignatedUnitEnd(view.Text, close, content);
        }

        if (end <= 0)
        {
            end = LayoutWordEnd(view, close, content, lexicon);
        }

        return end <= 0 ? QualifiedWordEnd(view, close, content) : end;
    }

    // Round 35 (boundary35), the codebook's decision on digit and composition labels before their word: a quoted number
    // label (“11258”, “1310”: BareNumber, not a year) or chain of numbers (“1+N+X”, “2+26”: QuotedFinder.IsNumberChain)
    // written right before the word it qualifies is one item with that word (“1+10”政策体系, “2+26”城市, “11258”总体部署,
    // “1+9”工作任务, “8+4+3+N”国企新格局); the bare label there names nothing and is a boundary error. The word is whole
    // tokens of Han text after the closing mark, at most QualifiedWordWindow characters, up to a verb or function word
    // (PolicyFinder.Stops: 建设, 编制, 的, 加快 …; 部署 after a word of the phrase is its head, “1310”具体部署), and it ends at
    // the last of those tokens that closes on a noun of kind:
    // a system, plan, layout, deployment, task, measure, scene, chain, zone or the like (QualifiedWordHeads). Nothing more
    // is taken: “2+26”城市空气质量评估考核 is “2+26”城市, “2+1”产业精准招商 is “2+1”产业. A label followed by no such noun
    // (“3+1”保障成果, “1+20”深化…, “5+1”突出问题…) or by punctuation stays bare.
    private static readonly string[] QualifiedWordHeads =
    [
        .. NumberedHeads, "政策", "措施", "任务", "抓手", "目标", "场景", "策略", "框架", "模式", "平台", "联盟", "城市",
        "产业", "产业链", "链群", "园区", "功能区", "商圈", "机场群",
    ];

    // The longest word read (“1+N”常态化帮扶政策体系, “1+9”国家级开放创新平台 are nine characters).
    private const int QualifiedWordWindow = 10;

    // The end of the word a quoted number label qualifies, written right after the closing mark, or -1.
    internal static int QualifiedWordEnd(TextView view, int close, string content)
    {
        string text = view.Text;
        bool year = content.Length == 4 && content[0] is '1' or '2' && content[1] is '9' or '0';
        if (close + 1 >= text.Length || !TextView.IsHan(text[close + 1]))
        {
            return -1;
        }

        if (IsCompositionOfWords(content))
        {
            // The last of a run of labels (构建“深圳总部＋中山基地”、“深圳链主＋中山配套”、“深圳研发＋中山转化”协作模式) shares the
            // word with the others: taking it for the last one alone would cut the run, so each stays bare.
            int open = close - content.Length - 1;
            bool lastOfRun = open >= 2 && (text[open - 1] == '”' || (text[open - 1] == '、' && text[open - 2] == '”'));
            return lastOfRun ? -1 : WordThroughHead(view, close, CompositionWordHeads);
        }

        if (!((BareNumber().IsMatch(content) && !year) || QuotedFinder.IsNumberChain(content)))
        {
            return -1;
        }

        // Round 91: a label framed by 以…为 (以“…”为主框架) is the frame's object, and 为 opens the predicate, not the label's
        // word. Fixed after round 91's blind judges of unread text read the one such place (once 框架 joined NumberedHeads) as
        // taking in the verb; the bare label is right there.
        if (text[close + 1] == '为' && close - content.Length - 2 >= 0 && text[close - content.Length - 2] == '以')
        {
            return -1;
        }

        int end = WordThroughHead(view, close, QualifiedWordHeads);
        return end > 0 ? end : WordThroughHead(view, close, NumberLabelHeads);
    }

    // Round 54 (label54): the heads a number label's word closes on beyond QualifiedWordHeads — a work plan or arrangement, a
    // plan, a cluster zone, a network (“1+12”方案, “1+N”规划, “1+6+7+N+1”大鹏半岛规划, “1＋10＋10”工作安排, “6＋6”集聚区, “1+6+N”
    // 就业服务网络). A label of numbers alone names nothing (round 35), so the head written alone right after the mark is no
    // repetition of the label's kind, as it is for a label of words (“四港联动”机制, round 47): the readable golds code each of
    // these with its word (formulas-unseen26j-j3, -unseen26l-l2/l3/l4), and the blind judges of unseen26j and unseen26l read
    // the bare labels there as cut. Over every readable text these heads redraw only such labels (tools/lexicon/
    // mention_changes.py, round 54). They are read only where no head of QualifiedWordHeads closes the word: the plan written
    // after the chains a label counts is a document about them, not its word (“9+15+N”产业链发展方案 stays “9+15+N”产业链, as
    // zhumadian_2025's gold codes it). Not read: 网点 after 服务 (“1+11+N”基层就业服务网点: 服务 is a stop of the walk).
    // Round 62 (system62): 中心, a service or command centre (“1+8+N”监测预警指挥中心, nanshan-gwr-2024: the gold codes it with
    // its word, the judge of unseen26k read the bare label cut; the only readable number label it redraws).
    // Round 73 (quoted73): 模块, the modules of a service a label of numbers counts out (上线“9+N”模块, luohu-gwr-2025, twice: the
    // gold codes 9+N模块, the judge of unseen26k read the bare label cut; the only readable number label it redraws). Round 73
    // also tried reading a number label's word on through an activity word before its head (“1261”重点项目推进计划, zhumadian_2011,
    // judged cut), as round 56 reads a noun phrase: one readable place, and it redrew three held-out labels judged right bare, so
    // it was withdrawn.
    private static readonly string[] NumberLabelHeads = ["方案", "规划", "安排", "集聚区", "网络", "中心", "模块"];

    // Round 38 (quoted38), the round-35 decision read for the composition labels of words, not numbers: a quoted chain of two
    // or more words joined by + (“专业+机制+大数据”, “通道+枢纽+网络”, “核心+边缘”) written right before the noun phrase it
    // qualifies names nothing until that noun: 健全“专业+机制+大数据”新型警务运行模式 → “专业+机制+大数据”新型警务运行模式,
    // 融入国家“通道+枢纽+网络”现代物流运行体系, 构建“核心+边缘”协同格局, 构建“链主企业+合作社+家庭农场+农户”产业化联合体. The
    // blind judges of unseen26h and unseen26f read the bare label there as a boundary error, and unseen26h's three coders, each
    // alone, coded the label with its word (the bare label as an alternative). The heads are the institutional ones — a
    // system, mechanism, model, layout, plan, policy, platform or alliance (CompositionWordHeads) —, not the things a number
    // label counts (产业, 城市, 园区, 场景: “光伏+建筑”应用场景 and “人工智能+医疗”典型应用场景 stay bare), and the word is read
    // as round 35 reads a number label's (WordThroughHead: whole tokens, at most QualifiedWordWindow characters, up to a verb or
    // function word: “政府+企业+社会”多元长期稳定投入机制 stops at 稳定 and stays bare). A label of one word and a plus
    // (“信用+”模式, “强校+”模式, “机器人+”应用) is not read here: the X+ labels are the 互联网+ family, formulas of their own that
    // the judges of unseen26h read right bare before 模式 (“信用+”, two judges). Before 的 or punctuation the label stays bare
    // (“家庭经营+合作联合+社会化服务”的现代农业经营体系).
    private static readonly string[] CompositionWordHeads =
    [
        .. NumberedHeads, "政策", "措施", "任务", "抓手", "目标", "策略", "框架", "模式", "平台", "联盟", "联合体",
    ];

    // Two or more words (Han, or Latin letters and digits: “AI+机电”, “5G+车路协同”) joined by + or ＋, none empty and none a
    // number alone (a chain of numbers is QuotedFinder.IsNumberChain's).
    internal static bool IsCompositionOfWords(string content)
    {
        if (content.AsSpan().IndexOfAny("+＋") < 0)
        {
            return false;
        }

        string[] words = content.Split(['+', '＋']);
        return words.Length >= 2 && words.All(w => w.Length is >= 1 and <= 12 && w.All(c => TextView.IsHan(c) || char.IsAsciiLetterOrDigit(c))
            && (w.Any(TextView.IsHan) || (w.Length >= 2 && w.Any(char.IsAsciiLetter))));
    }

    // Round 36 (quoted36), the codebook's round-27 decision (point 2) read for the pair labels the numbered finder leaves to this
    // one: a quoted label of 双 and one character (“双盲”, “双百”) names nothing, or less than its name, until the word written
    // right after it (招投标“双盲”评审改革, “双百”方针): the label and that word are one item, as the unseen sets' coders code
    // 双盲评审改革 (Hebei's and Baoding's reports) and the national texts name the guideline 双百方针. The word is read as round 35
    // reads a number label's (WordThroughHead), up to a head of QualifiedWordHeads or of CountedLabelHeads (a system, a guideline,
    // a review or a reform: the nouns such labels qualify in the reports). A label the lexicon lists (“双碳”: a formula of its own)
    // stays bare; QuotedFinder asks. Labels led by 三, 四, 十 … are not read here: NumberedFinder reads them (“四新”产业, “三权”分置),
    // and a quoted word after a plan's period (“十五五”时期主要目标任务) is no item; tried over the readable texts, the redraw took
    // both. 双 with a noun of two characters (“双清单”制度) was tried too and left out: a set-aside judged file holds the bare label.
    private static readonly string[] CountedLabelHeads = [.. QualifiedWordHeads, "制度", "方针", "评审", "改革"];

    internal static int CountedLabelWordEnd(TextView view, int close, string content)
    {
        string text = view.Text;
        bool shape = content.Length == 2 && content[0] == '双' && TextView.IsHan(content[1]);
        if (!shape || close + 1 >= text.Length || !TextView.IsHan(text[close + 1]))
        {
            return -1;
        }

        return WordThroughHead(view, close, CountedLabelHeads);
    }

    // The end of the last whole token after the closing mark, within `window` characters (QualifiedWordWindow), that closes the
    // phrase on one of heads, or -1. The walk stops at a token not of Han text and at a verb or function word of
    // PolicyFinder.Stops — unless `stopMayBeHead` and the stop is itself a head after a word of the phrase (“1310”具体部署) — and,
    // with `stopAtCount`, at a token that counts (“空陆数海”四条丝路). With `headAlone` false a head written alone is no phrase
    // (“四港联动”机制); a phrase closes only from its `minimumTokens`-th token on. The word of the digit, composition and layout
    // labels (rounds 35, 40) and the noun phrase of the joined and the other quoted labels (rounds 46, 47; NounPhrase.cs).
    private static int WordThroughHead(
        TextView view, int close, string[] heads, int window = QualifiedWordWindow, bool stopMayBeHead = true, bool headAlone = true,
        int minimumTokens = 1, bool stopAtCount = false, string[]? passable = null)
    {
        string text = view.Text;
        int end = -1;
        int tokens = 0;
        int at = close + 1;
        for (int t = view.TokenIndexAt(at); t >= 0 && t < view.Tokens.Length; t++)
        {
            Token token = view.Tokens[t];
            string word = text.Substring(token.Start, token.Length);
            bool head = stopMayBeHead && at > close + 1 && heads.Contains(word, StringComparer.Ordinal);
            if (token.Start != at || token.End - (close + 1) > window || !word.All(TextView.IsHan) || (PolicyFinder.Stops.Contains(word) && !head && (passable is null || !passable.Contains(word, StringComparer.Ordinal)))
                || (stopAtCount && CountToken().IsMatch(word)))
            {
                break;
            }

            at = token.End;
            tokens++;
            int length = at - close - 1;
            if (tokens >= minimumTokens && heads.Any(h => (headAlone || length > h.Length) && text.AsSpan(close + 1, length).EndsWith(h)))
            {
                end = at;
            }
        }

        return end > 0 && EndsInsideNoun(view, end) ? ThroughNounAfterHead(view, close, end) : end;
    }

    // Round 52 (np52): whether a dictionary noun follows right after the end (“20+8”产业 before 集群; “六新”数字 before 产业): the
    // mention may end inside a compound noun, a boundary error the judges of unseen26l read (cut inside 产业集群).
    internal static bool EndsInsideNoun(TextView view, int end)
    {
        int t = view.TokenIndexAt(end);
        if (t < 0 || t >= view.Tokens.Length || view.Tokens[t].Start != end)
        {
            return false;
        }

        string word = view.Text.Substring(view.Tokens[t].Start, view.Tokens[t].Length);
        return word.All(TextView.IsHan) && !PolicyFinder.Stops.Contains(word) && JiebaData.IsNoun(word) == true;
    }

    // The compound read on through a head of CompoundHeads by the dictionary's tags (TaggedNounPhraseEnd), where it runs past
    // the head; else the end as it was (a noun of what the sentence says of the item, “1+9”国家级开放创新平台能级, is no cut).
    // Round 58 (quoted58): an industry word cut right before 集群 is read on through it whatever follows the cluster — a
    // coordination (“20＋8”战略性新兴产业集群和未来产业, shenzhen-gwr-2024), a noun of what the sentence says of it (“4+1”产业集群
    // 规模, dapeng-gwr-2025; “20+8”产业集群优质项目, pingshan-gwr-2021) or a list (“20+8”产业集群、金融, futian-gwr-2023), where the
    // tagged walk stops short: 产业集群 is one compound, and the readable golds code the label with it (20+8产业集群,
    // 4+1产业集群, 20＋8战略性新兴产业集群), the judges of unseen26j and 26l reading the mention cut before 集群 as a boundary error.
    internal static int ThroughNounAfterHead(TextView view, int close, int end)
    {
        int whole = TaggedNounPhraseEnd(view, close, CompoundHeads);
        if (whole > end)
        {
            return whole;
        }

        int t = view.TokenIndexAt(end);
        bool clusterFollows = t >= 0 && t < view.Tokens.Length && view.Tokens[t].Start == end && view.Tokens[t].Length == 2
            && string.CompareOrdinal(view.Text, end, "集群", 0, 2) == 0;
        return clusterFollows && view.Text.AsSpan(close + 1, end - close - 1).EndsWith("产业", StringComparison.Ordinal) ? end + 2 : end;
    }

    // Round 24 (numlabel24): N个M, a count of targets each set by a number (加快推进“3个100”等重点工程建设, beijing_2026; 深入推进
    // “3个100万”, guizhou_2026; 建立“N个1”培育推进机制, jiangsu_2026; 落实“三个80%”要求, guizhou_2026; 解决好现有“三个1亿人”
    // 问题, gwr 2014; “两个200万亩”任务, guangdong_2024): quoted, the shape names a programme or a task set by its targets, as
    // “四个1” does, however much it looks like a count (3个100, 1亿人). The count is at most two digits, N, or a Chinese numeral;
    // the target a number of at most four digits with 万, 亿, %, 亩 or 人.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:[0-9]{1,2}|[NMX]|[一二两三四五六七八九十])个[0-9]{1,4}(?:万|亿)?(?:%|亩|人)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberedTargets();

    internal static bool IsNumberedTargets(string content) => NumberedTargets().IsMatch(content);

    // 改, 转, 升 between two different single characters: one thing switched to another (“瓶改管”, “木改钢”, “公转铁”, “个转企”,
    // “小升规”), the shape of 营改增 and 煤改气.
    internal static bool IsSwitch(string content) =>
        content.Length == 3 && content.All(TextView.IsHan) && content[1] is '改' or '转' or '升' && content[0] != content[2];

    // Verbs by which a report carries out, extends or holds to a policy, written right before the opening mark (全面推行
    // “亮码入企”, 持续深化“以案促改”, 坚持“新官理旧账”, 探索“西算东用”). Verbs of building or branding (打造, 擦亮, 打响) are
    // not among them: their quoted objects are brands and places (打造“天府粮仓”, 擦亮“三秦四季”).
    private static readonly string[] CarryingOutVerbs = ["推进", "开展", "深化", "实施", "推广", "落实", "推行", "实行", "探索", "坚持", "启动"];

    // A label the report adopts as a policy: four to ten characters (Han or digits: “3个100万”), right after a verb of
    // carrying out and closing its clause (，。、；), so the label is the whole object and no noun after it says what it names
    // (推进“科创飞地”建设 and 开展“川行天下”精品活动 name places and events). Three-character labels are left out: they are
    // mostly topics of a campaign listed as its members (深化“校园餐”、农村集体“三资”…专项整治).
    internal static bool IsAdoptedLabel(string text, int open, int close, string content)
    {
        if (content.Length is < 4 or > 10 || !content.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c)) || !content.Any(TextView.IsHan)
            || open < 2 || close + 1 >= text.Length)
        {
            return false;
        }

        // Round 19: labels written one after the other are the verb's objects together and close its clause together (推行
        // “拿地即开工”“交地即交证”，liaoning_2026): walk back over the labels before this one to the verb and forward over the
        // labels after it to the clause's end. Only labels of the same shape (four to ten Han characters or digits) chain.
        int first = open;
        while (first >= 6 && text[first - 1] == '”')
        {
            int previousOpen = text.LastIndexOf('“', first - 2, Math.Min(first - 1, 12));
            if (previousOpen < 0 || !IsAdoptedShape(text[(previousOpen + 1)..(first - 1)]))
            {
                break;
            }

            first = previousOpen;
        }

        int after = close + 1;
        while (after + 1 < text.Length && text[after] == '“')
        {
            int next = text.IndexOf('”', after + 1, Math.Min(12, text.Length - after - 1));
            if (next < 0 || !IsAdoptedShape(text[(after + 1)..next]))
            {
                return false;
            }

            after = next + 1;
        }

        if (first < 2 || after >= text.Length || "，。、；".IndexOf(text[after], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        string before = text.Substring(first - 2, 2);
        return CarryingOutVerbs.Contains(before, StringComparer.Ordinal);
    }

    private static bool IsAdoptedShape(string label) =>
        label.Length is >= 4 and <= 10 && label.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c)) && label.Any(TextView.IsHan);

    // Round 19: verbs by which a report runs a campaign (持续开展“乐购辽宁”系列活动, liaoning_2026; 深化“福品销全球”系列活动,
    // fujian_2026; 升级打造“徽动消费”系列活动, anhui_2026). Not 举办, 办好 and 参加: their objects are as often fairs, contests
    // and event series (办好“跟着全运游广东”系列活动, guangdong_2026, judged an event series in round 16). Not 优化: what is
    // improved is as often a brand of fairs (优化“川行天下”活动, sichuan_2026, which the development gold codes as an event).
    private static readonly string[] CampaignVerbs = ["开展", "深化", "推进", "打造", "组织", "启动", "实施"];

    // Words between the label and 活动 that make the label an event, a show or a brand of fairs rather than a campaign: a
    // contest, a festival, a fair, a home-ground day (办好“中国航天日”主场活动, sichuan_2026), a premium event (开展“川行天下”精品
    // 活动, judged an event in round 16), sports and culture shows (办好“村字号”文体活动), a description (的) and the deeds the
    // report condemns (分裂, 阴谋).
    private static readonly string[] NotACampaign = ["的", "精品", "主场", "文体", "文化", "群众", "赛", "节", "展", "会", "分裂", "阴谋", "破坏", "非法"];

    // Endings of the label itself that name an event or a meeting (“双创汇”, “农洽会”, “中国航天日”, “雄安行”).
    private const string EventEndings = "汇会节赛展日周行";

    // Round 19: a label of three to ten Han characters the report runs as a campaign: right after the closing mark, at most
    // six characters of the campaign's kind and then 活动 (“乐购辽宁”系列活动, “全闽乐购”等促消费活动, “天中人游天中”等活动,
    // “苏新消费”活动品牌, or a series: QuotedFinder.IsName lets 系列活动 pass), with a verb of running a campaign earlier in the clause (CampaignVerbs; after the last ，。；：).
    // The reports name their consumption, service and investment campaigns this way; the clause's verb tells a campaign the
    // report runs from an activity it reports or condemns (参与“四人帮”篡党夺权阴谋活动, gwr 1978).
    // Round 58 (quoted58): a run of such labels closed by 等 and 行动 (深入开展“干部助企行”“我帮企业找市场”等行动, shenzhen-gwr-2024;
    // 深入开展“我帮企业找市场”等系列行动, shenzhen-gwr-2025 and longhua-gwr-2024): the actions the report runs, each named, which
    // the readable golds code (我帮企业找市场 in four texts, 干部助企行); NamesAProgramme reads 等 before a programme head as one
    // example of a category (“农家书屋”等文化惠民工程), so 行动 is read here only after 等, with the same verb of running it.
    internal static bool NamesARunCampaign(string text, int open, int close, string content)
    {
        if (content.Length is < 3 or > 10 || !content.All(TextView.IsHan) || EventEndings.Contains(content[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var m = RunCampaignHead().Match(text, close + 1, Math.Min(12, text.Length - close - 1));
        if (!m.Success || NotACampaign.Any(w => m.Groups[1].Value.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        int clause = text.LastIndexOfAny(['，', '。', '；', '：', '\n'], open - 1 < 0 ? 0 : open - 1);
        string before = text[(clause + 1)..open];
        return CampaignVerbs.Any(v => before.Contains(v, StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\G等?([\u4E00-\u9FFF]{0,6}?)(?:活动|(?<=等[\u4E00-\u9FFF]{0,6})行动)")]
    private static partial System.Text.RegularExpressions.Regex RunCampaignHead();

    // Round 19: a label of three to eight Han characters right before 事项 names the kind of government service the report
    // promises for the items it counts (推出省级政务服务“立等可取”事项52项、“一次不用跑”事项899项, liaoning_2026; 新增“免证可办”
    // 事项100项以上, zhumadian_2024; 355项“川渝通办”事项, chongqing_2026): a service promise or a way of handling matters, the
    // codebook's quoted mechanisms (“最多跑一次”), however idiomatic (立等可取 is a dictionary idiom).
    // A label ending in 件 (行政许可类“即办件”事项, zhumadian_2024) is the category of files the items fall in, no promise.
    internal static bool NamesServiceItems(string text, int close, string content) =>
        content.Length is >= 3 and <= 8 && content.All(TextView.IsHan) && content[^1] != '件'
        && string.CompareOrdinal(text, close + 1, "事项", 0, 2) == 0;

    // Round 20: words for a way of working that a list of quoted labels closed by 等 is summed up as (推广“窗帘之约”等做法,
    // anhui_2026; 优化…“产业飞地”、“科创飞地”等合作模式, 深入推行“揭榜挂帅”、“赛马”等科研攻关模式, “免陪照护服务”等便民举措,
    // fujian_2026): the report names the quoted labels as practices, models or mechanisms it adopts. Not 品牌, 活动, 项目 or
    // 场景 (“雪超”等品牌, “天中人游天中”等活动: brands and events, QuotedFinder.IsListedBrandOrEvent), nor 工程 (“农家书屋”等
    // 文化惠民工程, one example of a category).
    private static readonly string[] PracticeKinds = ["做法", "经验", "模式", "机制", "举措", "改革", "制度", "方式", "工作法"];

    // How many characters of the kind's field may stand between 等 and the kind (等科研攻关模式, 等执法新模式).
    private const int PracticeWindow = 6;

    // The position after the list of quoted labels that goes on right after the closing mark at `close` (“…”、“…” or “…”“…”),
    // close + 1 when none follows, or -1 when a label of the list is not closed within 14 characters.
    private static int AfterLabelList(string text, int close)
    {
        int after = close + 1;
        while (after + 1 < text.Length && (text[after] == '“' || (text[after] == '、' && text[after + 1] == '“')))
        {
            int next = text.IndexOf('”', after + 1, Math.Min(14, text.Length - after - 1));
            if (next < 0)
            {
                return -1;
            }

            after = next + 1;
        }

        return after;
    }

    // A label of two to ten Han characters, alone or one of a list of quoted labels (“…”、“…” or “…”“…”), whose list is closed
    // by 等 and, within PracticeWindow Han characters, a word for a practice (PracticeKinds) that ends the phrase.
    internal static bool NamesAPractice(string text, int close, string content)
    {
        if (content.Length is < 2 or > 10 || !content.All(TextView.IsHan))
        {
            return false;
        }

        int after = AfterLabelList(text, close);
        if (after < 0)
        {
            return false;
        }

        if (after >= text.Length || text[after] != '等')
        {
            return false;
        }

        int stop = after + 1;
        while (stop < text.Length && stop - after <= PracticeWindow + 3 && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string kind = text[(after + 1)..stop];
        return PracticeKinds.Any(k => kind.EndsWith(k, StringComparison.Ordinal) && kind.Length - k.Length <= PracticeWindow)
            && !NotAPractice.Any(w => kind.Contains(w, StringComparison.Ordinal));
    }

    // Words before the practice word that make the list something else: a brand, an event, a project or a scene.
    private static readonly string[] NotAPractice = ["品牌", "活动", "项目", "场景", "赛事", "节会"];

    // Round 20: verbs of a campaign against a problem (整治, 纠治, 根治, 破解, 破除, 杜绝): their quoted object is the label of
    // the problem the campaign targets (持续整治重点领域腐败和群众身边“微腐败”, jilin_2026; 破解“卡脖子”难题, zhumadian_2025;
    // 纠治“躺平”), which the development gold codes. Not 解决, 遏制 or 治理: 解决城镇学校“大班额”问题 and 遏制“台独” name a
    // problem of the day and a separatism the round-16 sample judged no formula, and 治理 is as often the noun governance
    // (城市治理“一网统管”).
    private static readonly string[] CampaignAgainstVerbs = ["整治", "纠治", "根治", "破解", "破除", "杜绝"];

    // Words for a problem that may follow the label (破解“卡脖子”难题; 杜绝“新官不理旧账”现象).
    private static readonly string[] ProblemWords = ["问题", "难题", "现象", "顽疾", "乱象"];

    // How far before the opening mark the verb may start, within the clause and with no other quotation between.
    private const int TargetWindow = 14;

    // A label of two to eight Han characters, the object of a verb of campaigning against (CampaignAgainstVerbs) earlier in its
    // clause, closing its clause or followed by a word for a problem: the report names the problem its campaign targets.
    internal static bool IsTargetedProblem(string text, int open, int close, string content)
    {
        if (content.Length is < 2 or > 8 || !content.All(TextView.IsHan) || close + 1 >= text.Length)
        {
            return false;
        }

        bool closes = "，。；、".IndexOf(text[close + 1], StringComparison.Ordinal) >= 0
            || ProblemWords.Any(w => string.CompareOrdinal(text, close + 1, w, 0, w.Length) == 0);
        if (!closes)
        {
            return false;
        }

        int from = Math.Max(0, open - TargetWindow - 2);
        string before = text[from..open];
        // 、 ends the verb's reach too: in 坚决破除僵化思维、走出“鸟笼逻辑” (zhumadian_2020) the label is the object of 走出.
        int cut = before.LastIndexOfAny(['，', '。', '；', '：', '、', '\n', '”', '“']);
        before = before[(cut + 1)..];
        return CampaignAgainstVerbs.Any(v => before.Contains(v, StringComparison.Ordinal));
    }

    // Round 19: 品牌 followed by the programme that builds the brand (开展“投资江苏”品牌提升行动, jiangsu_2026; “皖美品牌”培育行动):
    // the label names a programme the report runs, not a brand of a product or a firm.
    [System.Text.RegularExpressions.GeneratedRegex("\\G品牌[\u4E00-\u9FFF]{0,4}?(?:行动|工程|计划)")]
    private static partial System.Text.RegularExpressions.Regex BrandProgramme();

    internal static bool NamesABrandProgramme(string text, int close) =>
        close + 1 < text.Length && BrandProgramme().IsMatch(text, close + 1);

    // A label written right before 制度 or 机制 names an institution or a working mechanism (“白名单”制度, “信用代证”制度,
    // “好差评”制度, “管行业必须管招商”机制, “要素跟着项目走”机制): two to ten Han characters.
    internal static bool NamesAnInstitution(string text, int close, string content) =>
        content.Length is >= 2 and <= 10 && content.All(TextView.IsHan) && close + 3 <= text.Length
        && (string.CompareOrdinal(text, close + 1, "制度", 0, 2) == 0 || string.CompareOrdinal(text, close + 1, "机制", 0, 2) == 0);

    // Round 16b: 大 before a field of government work, in quotation marks, is the label of an integrated frame that pools
    // the field across departments (形成“大交通”“大能源”格局, guizhou_2026; 践行“大侨务”观念, fujian_2026; 构建“大文旅”工作格局,
    // anhui_2026), the shape of 大统战 and 大安全, when the noun of the frame follows the label at once (格局, 体系, 观念; 工作格局).
    // A verb between the label and the noun makes the label that verb's object, a field in scare quotes: 建立健全“大消费”促进机制
    // (judged so in mentions-dev-quoted16-unreported.tsv), and likewise “大开放”协同机制, “大资产”统筹管理, which are left out. A
    // problem or a plan after the label (“大班额”问题) names no frame, and 大 before more than two characters (“大水漫灌”) is a
    // description, not this shape. (机制 and 制度 right after a label are NamesAnInstitution's.)
    private static readonly string[] FrameHeads = ["格局", "体系", "观念", "工作格局", "工作体系"];

    internal static bool NamesAnIntegratedFrame(string text, int close, string content)
    {
        if (content.Length != 3 || content[0] != '大' || !content.All(TextView.IsHan))
        {
            return false;
        }

        // Labels of the same shape written one after the other share the frame noun after the last (形成“大交通”“大能源”格局,
        // guizhou_2026).
        while (close + 5 < text.Length && text[close + 1] == '“' && text[close + 2] == '大' && text[close + 5] == '”'
            && TextView.IsHan(text[close + 3]) && TextView.IsHan(text[close + 4]))
        {
            close += 5;
        }

        return FrameHeads.Any(h => string.CompareOrdinal(text, close + 1, h, 0, h.Length) == 0);
    }

    // Round 16b: a quoted label right before 全链条 names the links of a chain the report manages or builds as one (推动商业航天
    // “星、箭、网、端”全链条发展, 完善“投收运处”全链条管理, anhui_2026; 深化“一件事”全链条监管, fujian_2026): the label is the
    // chain's formula, whatever its shape (single characters in a list, four verbs run together). Two to twelve characters,
    // Han or the list mark 、.
    internal static bool NamesAChain(string text, int close, string content) =>
        content.Length is >= 2 and <= 12 && content.All(c => TextView.IsHan(c) || c == '、') && TextView.IsHan(content[0])
        && TextView.IsHan(content[^1]) && string.CompareOrdinal(text, close + 1, "全链条", 0, 3) == 0;

    // Round 16b: a quoted reach (a time or a distance: “三公里”, “2小时重庆”, “211”) right before a circle of one or two characters
    // (就业圈, 交通圈, 生活圈) is the goal a report sets for how far a service lies (拓展“三公里”就业圈, anhui_2026; “2小时重庆”
    // 交通圈, chongqing_2026; “211”交通圈, fujian_2026), as the development gold codes 1小时高铁圈. The label must hold a count
    // (digits or a numeral); a popular name that 出圈 or 破圈 (“苏超”破圈) is a verb of fame, not a circle.
    internal static bool NamesAReach(string text, int close, string content) => ReachCircleEnd(text, close, content) > 0;

    // The end of the circle a quoted reach measures (“三公里”就业圈 → after 圈), or -1 when the label is no reach before a circle.
    internal static int ReachCircleEnd(string text, int close, string content)
    {
        if (content.Length is < 2 or > 8 || !content.Any(c => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千半".Contains(c, StringComparison.Ordinal))
            || !content.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c)))
        {
            return -1;
        }

        for (int len = 1; len <= 2; len++)
        {
            int at = close + 1 + len;
            if (at < text.Length && text[at] == '圈' && text.Substring(close + 1, len).All(TextView.IsHan)
                && !(len == 1 && text[close + 1] is '出' or '破'))
            {
                return at + 1;
            }
        }

        return -1;
    }

    // Heads of a programme, a reform, a system or a model (the codebook's named programmes and mechanisms). Not 品牌: a quoted
    // label before a brand word is a brand (“清新福建”品牌, “皖美品牌”培育行动), which the codebook does not code; not 建设:
    // 推进“科创飞地”建设 names a place (IsAdoptedLabel's note); not 制度 and 机制, which NamesAnInstitution reads.
    // 创建 (round 16): the campaign to win a designation is named by it (全面启动“安全驻马店”创建活动, 深入开展“林业生态乡镇”和
    // “全国绿化模范县”创建活动, zhumadian_2011), the codebook's designation programmes (创建国家森林城市).
    private static readonly string[] ProgrammeHeads = ["行动", "计划", "工程", "改革", "会战", "攻坚战", "体系", "模式", "创建", "规划"];

    // Round 17: true when a programme head ends the Han run of at most ProgrammeWindow characters after the closing mark
    // (“筑峰强链”企业培育支持计划, jiangsu_2026): the words before the head say whom the programme serves, so a word there that
    // would otherwise mark a name (企业) belongs to the programme's name.
    internal static bool ProgrammeHeadFollows(string text, int close)
    {
        int stop = close + 1;
        while (stop < text.Length && stop - close <= ProgrammeWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 1)..stop];
        return ProgrammeHeads.Any(h => after.Contains(h, StringComparison.Ordinal))
            && !NotTheProgrammesName.Any(w => after.Contains(w, StringComparison.Ordinal));
    }

    // How many characters after the closing mark the head may end: the programme's field may come between
    // (“中华水塔”生态保护支持体系, “渝见好风尚”城市文明建设促进行动, 14 characters).
    private const int ProgrammeWindow = 14;

    // Words between the label and the head that make the label something else than the programme's name: 等 makes it one
    // example of a category (“农家书屋”等文化惠民工程), 品牌 a brand, 期 a stage of one construction project (“一园两馆”二期工程),
    // 的 a description, and a verb of the sentence (开启…模式) starts a clause of its own.
    private static readonly string[] NotTheProgrammesName = ["等", "品牌", "期", "的", "开启", "成为", "实现", "推动", "带动"];

    // A quoted label of four to eight Han characters, followed in the same phrase (no punctuation) by the head of a programme,
    // reform, system or model: the report coins a programme and gives it the quoted label as its short name (“黑土粮仓”科技会战,
    // jilin_2026; 三江源“中华水塔”生态保护支持体系, qinghai_2026; “电动福建”提升计划, fujian_2026). The label is what a scholar
    // lists; the finders that read the whole programme name (PolicyFinder) still take precedence where they report it, since
    // the longer span wins. Labels of two and three characters are left out: on the development reports they were ordinary
    // words in scare quotes (“片林”绿化提升工程), names of a platform or a neighbourhood (“邮运通”寄递网络体系, “幸福里”社区养老
    // 模式) as often as names of a programme (“大环境”生态优化行动). A label that is one common dictionary word is a scare quote,
    // and a label ending in a brand word is a brand.
    // Numerals that open a short numbered label (招投标“双盲”评审改革, 国有“三资”管理改革): a count before a topic is the shape of a
    // numbered formula, so a two- or three-character label that opens with one is no scare-quoted word, even when the
    // dictionary lists it (双盲, 三资).
    private const string CountLeads = "一二两三四五六七八九十双百千万";

    internal static bool NamesAProgramme(TextView view, int open, int close, string content)
    {
        string text = view.Text;
        bool numbered = content.Length is 2 or 3 && CountLeads.Contains(content[0], StringComparison.Ordinal);
        if (content.Length is < 2 or > 8 || (content.Length < 4 && !numbered) || !content.All(TextView.IsHan) || content.EndsWith("品牌", StringComparison.Ordinal)
            || (!numbered && view.IsSingleToken(open + 1, content.Length) && JiebaSegmenter.Default.GetFrequency(content) >= 1))
        {
            return false;
        }

        int stop = close + 1;
        while (stop < text.Length && stop - close <= ProgrammeWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 1)..stop];
        int head = -1;
        foreach (string h in ProgrammeHeads)
        {
            int at = after.IndexOf(h, StringComparison.Ordinal);
            if (at >= 0 && (head < 0 || at < head))
            {
                head = at;
            }
        }

        // 规划 (round 17) only with the plan's field written between (“中国药谷”产业发展规划, zhumadian_2023): the plan of the
        // programme the label names. A label right before 规划 is the plan's topic in scare quotes (认真实施义务教育“全面改薄”和
        // “城镇扩容”规划, zhumadian_2018, where the development gold codes no 城镇扩容).
        bool barePlan = head == 0 && after.StartsWith("规划", StringComparison.Ordinal);
        return head >= 0 && !barePlan && !NotTheProgrammesName.Any(w => after.AsSpan(0, head).Contains(w, StringComparison.Ordinal));
    }

    // Words for a guiding principle, a method or a set of measures that a quoted label may be named as (“安全第一，预防为主，
    // 综合治理”的方针, gwr 2007; “谁投资、谁决策、谁收益、谁承担风险”的原则, gwr 2004; “近期可实施、长期有储备、定期能滚动”的
    // 工作机制, zhumadian_2025; “全周期治理”理念, fujian_2026): the report says in so many words that the quoted words are the
    // policy it holds to, however long, idiomatic or plain they are. Not 路线, 指示, 教导, 理论 or 要求 alone: their quoted
    // words are someone's speech (毛主席关于“…”的指示) or a line the report condemns (“…”的错误理论). Issue 13, round 16.
    private static readonly string[] PrincipleHeads =
        ["方针", "原则", "办法", "方法", "工作机制", "机制", "总要求", "工作准则", "准则", "服务理念", "理念", "经验", "综合性措施", "措施", "思路", "政策", "工作法", "导向"];

    // How long a principle may be: the longest chains of the development texts (“抓住机遇，深化改革，扩大开放，促进发展，保持
    // 稳定”, gwr 1995) have five parts of four characters.
    internal const int MaxPrincipleLength = 24;

    // Round 24 (numlabel24): a label the words after it name as a principle may be longer, up to this length, as long as every
    // part is two to twelve Han characters (明确“民营资本愿投尽投、国有企业功能补位、政府投资规范高效”的大原则, hubei_2026, 26
    // characters, coded by the development gold; “互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”五项原则,
    // gwr 1984 and cpc-congress 1982, 33): the head names the chain as the rule the report holds to, as for shorter ones. In the
    // development and national texts these three are the only quoted chains of 25 to 40 characters so named.
    internal const int MaxNamedPrincipleLength = 36;

    // Words written between the label and the head: 的, a count of the principles (“…”四项原则, “…”的四项原则, “…”三原则) and 重要
    // (“绿水青山就是金山银山，冰天雪地也是金山银山”重要理念, heilongjiang_2026).
    [System.Text.RegularExpressions.GeneratedRegex("^的?(?:[一二两三四五六七八九十]+项?)?(?:重要)?")]
    private static partial System.Text.RegularExpressions.Regex PrincipleLink();

    // A quoted label of two to 24 characters, Han characters in parts of two to twelve divided by ， or 、, that the words
    // after it name as a principle, method or set of measures (PrincipleHeads). Later labels of a list written right after
    // it share the head (践行“项目为王、企业至上”“服务项目就是服务发展、服务企业就是服务自己”理念, zhumadian_2020; 本着“惩前毖后，
    // 治病救人”和“既要弄清思想又要团结同志”的方针, cpc-congress 1982). Not after 所谓,
    // which quotes a policy to reject it (同美国的所谓“不承认中国”的政策, gwr 1959).
    internal static bool NamesAPrinciple(string text, int open, int close, string content)
    {
        string[] parts = content.Trim().Split(['，', '、'], StringSplitOptions.None);
        if (content.Length is < 2 or > MaxNamedPrincipleLength || !parts.All(p => p.Length is >= 2 and <= 12 && p.All(TextView.IsHan))
            || (open >= 2 && string.CompareOrdinal(text, open - 2, "所谓", 0, 2) == 0))
        {
            return false;
        }

        // Past the labels that follow in the same list (“…”“…” or “…”、“…”) to the words after the last.
        int after = close + 1;
        while (after < text.Length && (text[after] == '“' || (text[after] is '、' or '和' && after + 1 < text.Length && text[after + 1] == '“')))
        {
            int next = text.IndexOf('”', after + 1, Math.Min(MaxPrincipleLength + 3, text.Length - after - 1));
            if (next < 0)
            {
                return false;
            }

            after = next + 1;
        }

        string rest = text.Substring(after, Math.Min(16, text.Length - after));
        int link = PrincipleLink().Match(rest).Length;
        return PrincipleHeads.Any(h => string.CompareOrdinal(rest, link, h, 0, h.Length) == 0) || QualifiedPrinciple().IsMatch(rest);
    }

    // Round 17: 的, a few words that say what the principle governs or how firm it is, then the word for a measure, a principle
    // or an orientation (落实“长牙齿”的耕地保护硬措施, zhumadian_2023; 明确“…”的大原则, 突出“谁创新谁受益”的鲜明导向, hubei_2026):
    // the quoted words are still named as the rule the report sets. Only these heads: a field before 政策, 机制 or 办法 as often
    // makes the quote a topic of the policy as its name.
    [System.Text.RegularExpressions.GeneratedRegex("^的[\u4E00-\u9FFF]{1,6}?(?:措施|原则|导向|方针)(?![\u4E00-\u9FFF]{0,2}(?:的|下))")]
    private static partial System.Text.RegularExpressions.Regex QualifiedPrinciple();

    // Round 17: a chain of parts the words right after it count and name as the report's measures, points or drivers: “债务重组、
    // 平台转型、开源节流、三资盘活、金融创新”五措并举, “技术创新与制度创新”双轮驱动, “拓展就业需求与优化就业供给”两端发力, “做强
    // 自身实力、发挥支撑作用”两大要点, “重构创新政策、…、强化创新服务”四个方面统筹发力 (hubei_2026). The numeral must equal the
    // number of parts: the report says the quoted words are that many measures of one approach, so the chain is its label,
    // however long (up to MaxCountedPartsLength). Parts are divided by 、 or ， (the last one, or a chain of two, may be joined by
    // 和 or 与), two to sixteen Han characters each.
    internal const int MaxCountedPartsLength = 40;

    // What the count names: a way of working or acting (并举, 齐下, 驱动, 发力), points, aspects, measures, principles, roles.
    [System.Text.RegularExpressions.GeneratedRegex("^的?([一二两三四五六七八九十双])[个项大条端轮措管向]?[\u4E00-\u9FFF]{0,6}?(?:并举|齐下|驱动|发力|要点|方面|举措|原则|职能|定位)")]
    private static partial System.Text.RegularExpressions.Regex CountedPartsHead();

    // Round 24 (numlabel24): a chain of three or more parts divided by 、 whose parts count up from one, the k-th holding the k-th
    // numeral (“围绕一个目标、完善两大机制、突出三项重点、落实四项要求、强化五个保障”, zhumadian_2014, coded by the development
    // gold; “一围绕、两服务、三聚力、四统筹”, fujian_2026): the shape of a report's working formula (一个目标、两大机制 …), a label
    // however long, up to MaxCountedPartsLength. Parts of two to eight Han characters; a chain of the same numeral (一X一策,
    // 一张…一间…) or one counting from two (两级政府、三级管理、四级网络) is not this shape.
    private const string AscendingNumerals = "一二三四五六七八九十";

    internal static bool IsAscendingCountChain(string content)
    {
        if (content.Length > MaxCountedPartsLength || !content.Contains('、', StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = content.Split('、');
        if (parts.Length is < 3 or > 10)
        {
            return false;
        }

        for (int k = 0; k < parts.Length; k++)
        {
            string part = parts[k];
            char numeral = AscendingNumerals[k];
            bool holds = part.Contains(numeral, StringComparison.Ordinal) || (k == 1 && part.Contains('两', StringComparison.Ordinal));
            if (part.Length is < 2 or > 8 || !part.All(TextView.IsHan) || !holds)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool NamesCountedParts(string text, int close, string content)
    {
        if (content.Length is < 4 or > MaxCountedPartsLength || close + 1 >= text.Length)
        {
            return false;
        }

        var m = CountedPartsHead().Match(text.Substring(close + 1, Math.Min(16, text.Length - close - 1)));
        if (!m.Success)
        {
            return false;
        }

        int wanted = "一二两三四五六七八九十双".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal) switch
        {
            0 => 1, 1 or 2 or 11 => 2, int k => k,
        };
        List<string> parts = [.. content.Split(['、', '，'])];
        if (parts.Count == wanted - 1)
        {
            string last = parts[^1];
            int join = last.AsSpan().IndexOfAny("和与");
            if (join < 2 || join > last.Length - 3 || last.AsSpan(join + 1).IndexOfAny("和与") >= 0)
            {
                return false;
            }

            parts[^1] = last[..join];
            parts.Add(last[(join + 1)..]);
        }

        // Three or more parts that end in the same word are kinds of one thing listed (“政府服务环境、产业生态环境、社会生活环境、
        // 法治保障环境”四个方面, hubei_2026: the fields of the business environment), not measures.
        bool kindsOfOneThing = parts.Count >= 3 && parts.All(p => p.Length >= 4 && p[^2..] == parts[0][^2..]);
        return wanted >= 2 && parts.Count == wanted && parts.All(p => p.Length is >= 2 and <= 16 && p.All(TextView.IsHan)) && !kindsOfOneThing;
    }

    // Round 17: a label the report makes the focus or the lever of a policy, 以“…”为重点 (深化以“扩中”、“提低”为重点的收入分配
    // 制度改革, jiangsu_2026; 以“四优四化”为重点, zhumadian_2018): the words say the quoted label is what the policy works on. Only
    // words of focus (重点, 抓手, 主线, 牵引, 突破口), not of means or medium (以“苏超”促进…, 以…为载体: events and brands are
    // carriers). Labels listed before 为 share it (“扩中”、“提低”). Two to ten Han characters, not joined by 与 or 和; later tests
    // of QuotedFinder still apply, so a count of things or a place group stays out.
    private static readonly string[] FocusWords = ["重点", "抓手", "主线", "牵引", "突破口"];

    internal static bool IsFocusLabel(string text, int open, int close, string content)
    {
        // Two things joined by 与 or 和 (以“上市与发债”为重点, hubei_2026) are the focus listed in plain words, no coined label.
        if (content.Length is < 2 or > 10 || !content.All(TextView.IsHan) || content.AsSpan().IndexOfAny("与和") >= 0)
        {
            return false;
        }

        // Walk back over earlier labels of the list to 以 before the first; 以 must not end a word (可以, 予以, 加以, 所以, 难以).
        int first = open;
        while (first >= 2 && (text[first - 1] == '”' || (text[first - 1] == '、' && text[first - 2] == '”')))
        {
            int previousClose = text[first - 1] == '”' ? first - 1 : first - 2;
            int previousOpen = text.LastIndexOf('“', previousClose - 1, Math.Min(previousClose, 12));
            if (previousOpen < 0)
            {
                return false;
            }

            first = previousOpen;
        }

        if (first < 1 || text[first - 1] != '以' || (first >= 2 && "可予加所难得足用".Contains(text[first - 2], StringComparison.Ordinal)))
        {
            return false;
        }

        // Forward over later labels of the list to 为.
        int after = AfterLabelList(text, close);
        if (after < 0)
        {
            return false;
        }

        return after < text.Length && text[after] == '为'
            && FocusWords.Any(w => string.CompareOrdinal(text, after + 1, w, 0, w.Length) == 0);
    }

    // Round 17: a label of three to six Han characters that ends its sentence as the object of a verb of carrying out or
    // achieving, with at most four characters of field or place between (推进中心城区“起高峰”。推动县域经济“成高原”。
    // zhumadian_2023; 实现城市运行“一网统管”。zhumadian_2026; 推进河湖库“清四乱”。henan_2026): the sentence ends on the
    // label as the goal it sets, as IsAdoptedLabel's labels end their clause. Only a full stop: before a comma the label is
    // as often one of a list of things the sentence goes on about.
    private static readonly string[] GoalVerbs = ["推进", "推动", "推行", "实现", "加快", "促进"];

    internal static bool IsSentenceGoal(string text, int open, int close, string content)
    {
        if (content.Length is < 3 or > 6 || !content.All(TextView.IsHan) || close + 1 >= text.Length || text[close + 1] != '。')
        {
            return false;
        }

        for (int gap = 1; gap <= 4; gap++)
        {
            int verb = open - gap - 2;
            if (verb < 0 || !TextView.IsHan(text[open - gap]))
            {
                return false;
            }

            if (GoalVerbs.Any(v => string.CompareOrdinal(text, verb, v, 0, 2) == 0))
            {
                return true;
            }
        }

        return false;
    }

    // Words that end the name of a campaign the report carries out (开展“传承红色基因、担当强军重任”主题教育, cpc-congress 2017;
    // 深入开展“化解矛盾风险、维护社会稳定”专项治理, sichuan_2026; 深入开展“强责任、转作风、提效能、争一流”活动, zhumadian_2020).
    private static readonly string[] CampaignHeads = ["主题教育", "教育实践活动", "专项治理", "专项整治", "专项行动", "行动", "活动"];

    // How many characters the campaign's kind may take after the closing mark (教育实践活动, 系列活动).
    private const int CampaignWindow = 8;

    // A chain of two or more parts (two to sixteen Han characters each, divided by ， or 、, at most MaxPrincipleLength in all)
    // written right after 开展 and before the word for a campaign that ends its phrase: the chain is the campaign's name, its
    // tasks in the imperative (“学习强军思想、建功强军事业”教育实践活动, cpc-congress 2022). Only chains: a single quoted name
    // before 活动 is as often an event or a brand of fairs (开展“川行天下”精品活动, sichuan_2026).
    internal static bool NamesACampaign(string text, int open, int close, string content)
    {
        string[] parts = content.Split(['，', '、']);
        if (content.Length > MaxPrincipleLength || parts.Length < 2 || !parts.All(p => p.Length is >= 2 and <= 16 && p.All(TextView.IsHan))
            || open < 2 || string.CompareOrdinal(text, open - 2, "开展", 0, 2) != 0)
        {
            return false;
        }

        int stop = close + 1;
        while (stop < text.Length && stop - close <= CampaignWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 1)..stop];
        return stop - close <= CampaignWindow && CampaignHeads.Any(h => after.EndsWith(h, StringComparison.Ordinal));
    }

    // Verbs of building a place's role (打造“中国药谷”, 建设“数字湾区”): with a label that is their whole object, the label is
    // the goal the report sets, as the codebook codes “再造一个新广东”. Not the verbs of branding (擦亮, 叫响, 打响): their
    // quoted objects are brands (擦亮“投资江西”品牌), which the codebook does not code.
    private static readonly string[] BuildingVerbs = ["打造", "建设"];

    // Words for a site that end a built object: a hub, a corridor, an enclave, a park, a base, a centre, a platform or a
    // market's board (“专精特新专板”, guangdong_2024) is a place or a facility (高标准建设“长春人才创新港”, jilin_2026; 打造“赣鄱氢走廊”, jiangxi_2026; 支持企业建设“科创飞地”, zhumadian_2024),
    // which the codebook does not code.
    private static readonly string[] SiteEndings = ["港", "走廊", "长廊", "飞地", "园", "基地", "中心", "平台", "专板"];

    // Words of a role given in a figure of speech: an engine, a base, a calling card, a high ground, a model, a bridgehead, a
    // growth pole describe what a place or a field should be for others (筑牢“数字底座”、打造“数字引擎”, zhumadian_2023), they
    // name no goal of its own.
    private static readonly string[] RoleFigures = ["引擎", "底座", "名片", "高地", "样板", "窗口", "桥头堡", "增长极", "动力源"];

    // Chinese numerals in a label: one with a count that is a formula already passes QuotedFinder's formula shape, so a count
    // left for this test is a ranking of things (打造“十大旅游景点”“十大餐饮名店”, zhumadian_2020), not a goal.
    private const string Numerals = "一二两三四五六七八九十百千万";

    // Four to twelve Han characters or digits, no Chinese numeral, not a site and not a role in a figure of speech.
    private static bool HasGoalShape(string content) =>
        content.Length is >= 4 and <= 12 && content.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c)) && content.Any(TextView.IsHan)
        && !content.Any(c => Numerals.Contains(c, StringComparison.Ordinal)) && !SiteEndings.Any(e => content.EndsWith(e, StringComparison.Ordinal))
        && !RoleFigures.Any(e => content.EndsWith(e, StringComparison.Ordinal));

    // Words that open a predicate on the building itself (“海上福建”建设加快推进, fujian_2026; “国际农都”建设取得…).
    private static readonly string[] PredicateOpeners = ["加快", "取得", "扎实", "全面", "持续", "稳步", "深入"];

    // The label followed by 建设 that closes its clause or is the subject of a predicate (深化“海上福建”建设。, fujian_2026;
    // 推进全民阅读和“书香陇原”建设，gansu_2026; 启动“数字湾区”建设，guangdong_2024): the building of the label is the goal,
    // as with a verb of building before it. Not when a noun follows 建设 (“三园”建设经验) or 等 makes it one of a category
    // (“电子围网”建设等工作).
    private static bool IsUnderConstruction(string text, int close) =>
        string.CompareOrdinal(text, close + 1, "建设", 0, 2) == 0
        && (close + 3 >= text.Length || "，。；".IndexOf(text[close + 3], StringComparison.Ordinal) >= 0
            || PredicateOpeners.Any(p => string.CompareOrdinal(text, close + 3, p, 0, p.Length) == 0));

    // A label the report sets as a place's goal: four to twelve Han characters or digits (“15分钟社区生活圈”), the whole object
    // of a verb of building, closing its clause (，。；、 or the next label of a list) so that no noun after it says what it
    // names (打造“零碳综合保税区”样板, 打造“蜀里安逸”消费新场景 name a pilot and a scene), or followed by 建设 as the goal
    // under construction (IsUnderConstruction). A label in a list of labels after
    // one verb (打造“中国药谷”“国际农都”，zhumadian_2025) takes the verb of the list. The verb must be a word of its own: in
    // 创造了工程建设“驻马店速度” (zhumadian_2020), 建设 ends the noun 工程建设. Later tests of QuotedFinder still apply, so a
    // facility or a saying stays out.
    internal static bool IsBuildingGoal(TextView view, int open, int close, string content)
    {
        string text = view.Text;
        if (!HasGoalShape(content) || close + 1 >= text.Length)
        {
            return false;
        }

        if (IsUnderConstruction(text, close))
        {
            return true;
        }

        if ("，。、；“".IndexOf(text[close + 1], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        // Walk back over the labels listed before this one (“…”“…” or “…”、“…”) to the verb before the first.
        int first = open;
        while (first >= 2 && (text[first - 1] == '”' || (text[first - 1] == '、' && text[first - 2] == '”')))
        {
            int previousClose = text[first - 1] == '”' ? first - 1 : first - 2;
            int previousOpen = text.LastIndexOf('“', previousClose - 1, Math.Min(previousClose, 14));
            if (previousOpen < 0)
            {
                return false;
            }

            first = previousOpen;
        }

        first = SkipStandardModifiers(text, first);
        if (first < 2 || !BuildingVerbs.Contains(text.Substring(first - 2, 2), StringComparer.Ordinal))
        {
            return false;
        }

        int token = view.TokenIndexAt(first - 2);
        return token >= 0 && view.Tokens[token].Start == first - 2;
    }

    // Words between a verb of building and its goal that say in which era or to what standard the goal is built (打造新时代
    // 更高水平“天府粮仓”, 打造新时代更高水平的“天府粮仓”, sichuan_2026; 打造新时代“鱼米之乡”, jiangxi_2026): the label is still
    // the whole goal, the words before it qualify the building. Longest first, so 更高水平 is not read as 高水平 after 更.
    private static readonly string[] StandardModifiers = ["更高水平", "更高质量", "新时代", "高水平", "高质量", "高标准"];

    // The position before the era and standard words (and a 的 after them) that end right before position first.
    private static int SkipStandardModifiers(string text, int first)
    {
        int at = first;
        if (at >= 1 && text[at - 1] == '的')
        {
            at--;
        }

        bool skipped = false;
        for (bool more = true; more;)
        {
            more = false;
            foreach (string modifier in StandardModifiers)
            {
                if (at >= modifier.Length && string.CompareOrdinal(text, at - modifier.Length, modifier, 0, modifier.Length) == 0)
                {
                    at -= modifier.Length;
                    skipped = more = true;
                    break;
                }
            }
        }

        return skipped ? at : first;
    }
}
