// Quoted labels before the noun phrase they qualify (round 47, word47): the codebook's round-47 decision reads rounds 27, 35 and
// 40 for every quoted label: a label written right before a noun phrase it qualifies (“一县一特色”产业地标, “一程多站”精品旅游路线,
// “大文旅”工作格局, “全灾种大安全”应急管理体系, “跨境一锁”快速通关模式) is one item with that phrase, up to its head noun, without
// the verb or activity word the sentence adds after it. The mention runs from the opening mark through the head; it is counted
// under the bare label (its canonical and its Label), as round 40 counts layout labels with their word, so gold rows coding the
// bare label stay credited and the label's repeats elsewhere in the report (RepeatMentionFinder) keep their series (lead's
// review: a canonical of label and phrase lost three readable repeats).
// The phrase is read off the segmenter's tokens: whole tokens of Han text, at most NounPhraseWindow characters, stopping at a
// verb or function word (PolicyFinder.Stops: 建设, 推进, 的 …), a numeral (“空陆数海”四条丝路) or punctuation, through the last
// token that closes it on a head noun of kind (NounPhraseHeads). The bare label stays where the text closes it (punctuation, a
// bracketed note, 的), where the words after it are a verb or an activity (“四象限”分类施策, “服务+制造”融合创新: no head), where
// the head stands alone right after the mark (“四港联动”机制, “单独两孩”生育政策 is one token of kind: the sentence's generic word
// repeating the label's kind), where the lexicon lists the label (a formula of its own), and where the phrase holds a formula the
// lexicon lists (“文韵赣鄱”公共文化服务体系: 公共文化服务体系 is coded on its own, round 40). Measured over the readable texts:
// the last label of a run shares the phrase with the others (“渝进蓉出”“蓉进渝出”客流共享模式, “深圳总部+中山基地”、…、“深圳研发
// +中山转化”协作模式), so taking it for the last one alone would cut the run, and each stays bare, as round 38 reads composition
// labels; an X+ label is of the 互联网+ family, a formula of its own read right bare before 模式 (“基金+”招商模式, “体育+”融合
// 模式; round 38); a counted level (“村收集、乡转运、县处理”三级环卫体系) ends the phrase like a numeral; and of routes only the
// tourist route is a head (“四人帮”修正主义路线 is no item). The lead's review after round 47's blind judges: the number of a
// five-year plan stays bare (“十五五”规划谋篇布局), and so does the end of a quoted range (从“国门”到“家门”全链条防控体系).
// Round 52 (np52): where no head of NounPhraseHeads closes the phrase in two tokens, it is read by jieba's own dictionary tags
// (TaggedNounPhraseEnd: nouns, and verbal nouns after a noun, through a head that one token may hold, 战略部署, 服务体系), on a
// closed list of heads after all: the general shape (any noun closes) was tried and read 260 redraws mostly wrong (see there).
// Round 56 (np56): where this walk stops short of its head at an activity word inside the phrase (“一榜三令”高效执行机制) or at
// its window (“鹏城万里”多层次户外步道体系), QuotedLabelShape.ActivityPhrase.cs reads on to the same heads (17 redraws, all right).

using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Round 50 (np50): the heads of kind the readable golds close their label + phrase items on. Every row of the development
    // and opened unseen golds (formulas.tsv dev rows, formulas-dev-recall*, formulas-unseen26{,b,c,d,f,h,i,j}-*, their second
    // codings) whose alternative is a quoted label written in its text right before the rest (“1+10”政策体系, “三步走”战略目标):
    // the last word of that rest, where jieba's dictionary tags it a noun (n) and it closes the items of two or more different
    // labels (tools/lexicon/noun_phrase_heads.py prints them with their counts). Of those, the nouns of a policy's kind are read
    // here (政策 and 试点 aside, below); left out are the things a label counts or brands (企业, 项目, 产业, 基地, 商圈, 技术, 优势; 品牌, 场景, 平台, round 48),
    // a five-year plan's period or plan (时期, 规划, 纲要, 普法: the plan number stays bare) and activity words (整治: a stop);
    // 政策 was tried and left out: a label's policy is PolicyFinder's (“三个更加”人才政策, judged right as a policy in unseen26j,
    // was taken over as a numbered mention of the same span). 试点 was tried and left out too: the pilot is PolicyFinder's (“三新”试点 swallowed into “三新”试点政策) and round 18 reads
    // “两权”抵押贷款试点 with the label alone. A count of articles (“65条”硬措施) is round 49's (ArticleCountLabel), bare
    // without a field of its own (rounds 39, 47).
    private static readonly string[] CodedNounPhraseHeads =
    [
        "制度", "战略", "部署", "事项", "策略", "方案", "措施", "理念", "目标", "定位", "原则", "方针", "思路",
    ];

    // Round 50 (np50): a head that closes the phrase even written alone right after the mark — where a head of kind alone
    // (“四港联动”机制) repeats the label's kind and leaves it bare, this one names the things the label qualifies: the
    // government service items a label of how they are handled marks out (“无感申办”事项209项, “秒报秒批一体化”事项30项,
    // “立等可取”事项52项), as round 27 reads an attribute label with its word (“三无”船舶). Of the heads the readable golds code
    // written alone after two or more different labels, it is the one that is neither a head of kind nor a programme's (工程,
    // 计划, 行动: their own rules): the golds code it with the label after five (不见面审批, 免申即享, 无感申办, 秒批,
    // 秒报秒批一体化). Left alone, as round 47 reads them: 机制, 制度, 目标, 理念, 原则, 政策 (bare in most gold rows).
    private static readonly string[] ThingsQualifiedAlone = ["事项"];

    // The head nouns of kind a qualified noun phrase closes on: institutional frames and ways of working, routes and landmarks;
    // and (round 48, word48) the clusters, outlets and networks a label lays out or qualifies: “百千亿级”产业集群 (zhumadian
    // 2020), “一点多能”购销网点 (zhumadian 2025), “三环十二快”快速路网 (gd-zhongshan-opinion-2026), “内供七环网、外送五通道”
    // 电力主网架 (xinjiang 2026; round 40's “四横六纵”电网主网架). Round 48 listed every bare quoted or numbered label of the
    // readable texts followed by Han text (236 not in the lexicon, the plan numbers aside) and tried sixteen heads over every
    // readable text (25 redraws): these four redraw 4 places, all right by the codebook. Left out, each read wrong as a redraw:
    // 品牌 (6: “粤字号”农业品牌, “渝字号”社科品牌 — the word repeats the kind of an X字号 label, a branding programme of its own,
    // as 生育政策 does for “单独两孩”; “粤夜粤美”夜间文旅品牌 a brand), 场景 (7: “一卡通”应用场景达到185个, “人工智能+医疗”典型
    // 应用场景 — things counted, round 38), 业态 (2: a business form, no policy), 平台 (2: “一图管田”信息化管理平台 one system),
    // 网络 (“制造+服务”海外经营网络), 枢纽 and 产业带 (the label qualifies a coordination the head cuts: “3+5”粮食物流核心枢纽
    // 和关键节点, “川字号”跨境电商产业带和产业园), 标杆 (“两业”融合标杆企业: cuts 两业融合 before 企业); 创新链, 基金群, 事项,
    // 商店 fired nowhere (the labels before them are composition labels or the lexicon's).
    // Round 74 (label74) measured 项目 and 道路 again for numeral labels the lexicon does not list, at every readable place
    // (golds and judged files): the label with its head is coded or judged at 3 (“两不管”道路, “三牛聚力”共治项目, “三海”项目), the bare
    // label at 6 (“六基”项目, “四单合一”产业项目, “十个一”项目, “三张清单”项目, “一元民生”救助项目, and “两久”项目, whose gold codes 两久
    // where its judge wanted the head): the projects a label counts or sorts stay outside it, as round 48 reads 项目. Left out.
    private static readonly string[] NounPhraseHeads =
    [
        "体系", "机制", "模式", "格局", "布局", "架构", "旅游路线", "地标", "集群", "网点", "路网", "网架",
        .. CodedNounPhraseHeads,
    ];


    // The longest phrase read (企业培育支持计划, 精品旅游路线 …).
    private const int NounPhraseWindow = 8;

    // The number of a five-year plan (十四五, 十五五): a period the plan after it only names (“十五五”规划), read right bare in 185
    // development judged rows; the words after it are the plan or what is done with it (规划谋篇布局), no phrase it qualifies.
    [System.Text.RegularExpressions.GeneratedRegex("^十[一二三四五六七八九]?五$")]
    private static partial System.Text.RegularExpressions.Regex FiveYearPlan();

    // Round 54 (label54): a label counting ones (“六个一”, “五个一”).
    [System.Text.RegularExpressions.GeneratedRegex("^[两二三四五六七八九十]个一$")]
    private static partial System.Text.RegularExpressions.Regex CountOfOnes();

    // A token that counts (四条, 三大, 两项): the phrase stops before it.
    [System.Text.RegularExpressions.GeneratedRegex("^[一二两三四五六七八九十百千万]+[个条大项类种批张座家级]?$")]
    private static partial System.Text.RegularExpressions.Regex CountToken();

    /// <summary>
    /// The end of the noun phrase a quoted label qualifies, written right after its closing mark at <paramref name="close"/>
    /// (“一县一特色”产业地标, “大文旅”工作格局), or -1: at least two tokens, the last closing on a head of NounPhraseHeads.
    /// </summary>
    internal static int NounPhraseEnd(TextView view, int close, string content, Lexicon lexicon)
    {
        string text = view.Text;
        if (ReadsNoPhraseAfter(text, close, content) || lexicon.Find(content) is not null)
        {
            return -1;
        }

        // Round 50 (np50): a label that makes a formula the lexicon lists with the first word after it (“三权”分置制度: 三权分置,
        // “两业”融合试点: 两业融合) is that formula's, read with its word by the numbered finder (round 46), not this phrase's (the words
        // within three characters after the mark are read, whichever way the segmenter cuts 分置制度).
        for (int t = view.TokenIndexAt(close + 1); t >= 0 && t < view.Tokens.Length && view.Tokens[t].End - (close + 1) <= 3; t++)
        {
            if (lexicon.Find(content + text[(close + 1)..view.Tokens[t].End]) is not null)
            {
                return -1;
            }
        }

        // Round 54 (label54): a label counting ones (“六个一”, “五个一”: N 个 and 一, each 一 one measure) names nothing until its
        // frame, so the frame written alone right after the mark closes the phrase (医疗服务“六个一”机制, “五个一”体系), as the
        // readable golds code them (六个一机制, 五个一工作体系) and the judges of unseen26l read the bare label there as cut.
        bool countOfOnes = CountOfOnes().IsMatch(content);
        int end = WordThroughHead(view, close, NounPhraseHeads, NounPhraseWindow, stopMayBeHead: false, headAlone: countOfOnes, minimumTokens: countOfOnes ? 1 : 2, stopAtCount: true);
        if (end <= 0)
        {
            end = WordThroughHead(view, close, ThingsQualifiedAlone, NounPhraseWindow, stopMayBeHead: false, headAlone: true, minimumTokens: 1, stopAtCount: true);
        }

        if (end <= 0)
        {
            end = ActivityNounPhraseEnd(view, close);
        }

        if (end <= 0 && !content.EndsWith('条'))
        {
            end = TaggedNounPhraseEnd(view, close);
        }

        // Round 62 (system62): the system, platform, database or service centre the label names the working of (SystemPhrase.cs).
        if (end <= 0)
        {
            end = SystemPhraseEnd(view, close, content);
        }

        // Round 73 (quoted73): the benchmark the label sets (“民生七优”幸福标杆; Benchmark.cs).
        if (end <= 0)
        {
            end = BenchmarkPhraseEnd(view, close);
        }

        return end > 0 && !HoldsLexiconFormula(text[(close + 1)..end], lexicon) && !HoldsPilot(text, close, end) ? end : -1;
    }

    /// <summary>
    /// Whether no phrase is read after the quoted label <paramref name="content"/> closing at <paramref name="close"/>
    /// (NounPhraseEnd, RepeatSystemPhraseEnd): no Han word right after the mark; the last label of a run, whose phrase the
    /// run shares; the end of a quoted range (从“国门”到“家门”全链条防控体系: the phrase qualifies the whole range); an X+ label;
    /// a five-year plan's number; a count of articles.
    /// </summary>
    private static bool ReadsNoPhraseAfter(string text, int close, string content)
    {
        int open = close - content.Length - 1;
        bool lastOfRun = open >= 2 && (text[open - 1] == '”' || (text[open - 1] == '、' && text[open - 2] == '”'));
        bool endOfRange = open >= 1 && text[open - 1] == '到';
        return close + 1 >= text.Length || !TextView.IsHan(text[close + 1]) || lastOfRun || endOfRange
            || content[^1] is '+' or '＋' || FiveYearPlan().IsMatch(content) || ArticleCountLabel.IsArticleCount(content);
    }

    // A pilot inside the phrase (“三新”试点政策红利) is PolicyFinder's “三新”试点, as round 34 reads it: the label stays bare.
    private static bool HoldsPilot(string text, int close, int end) => text.AsSpan(close + 1, end - close - 1).Contains("试点", StringComparison.Ordinal);

    // Round 52 (np52): the longest phrase the dictionary's tags are read over (主题服务, 旅游精品路线, 旅游交通基础设施 …).
    private const int TaggedPhraseWindow = 10;

    // Round 52 (np52): the heads a phrase read by the dictionary's tags may close on. Every noun tried as a head over every
    // readable text (the general shape: any token jieba tags n, or vn after a noun) redrew 260 mentions, well under 90 % right:
    // most nouns after a label are what the sentence says of it (“引金入黔”力度, “四个服务”水平, “四个中心”功能, “护苗行动”成果,
    // “三个努力建成”步伐, “九五”计划胜利, “四人帮”利用), the start of a longer compound (“一次办”主题 before 服务, “1+11+N”基层
    // before 就业服务网点, “五大安全”政治 before 使命), a brand's kind (“粤字号”农产品, round 48) or things counted (…项目). Kept
    // are the heads whose every redraw read right by round 47: the heads of kind (NounPhraseHeads, and 导向, 任务:
    // “三聚焦一加强”战略部署, “四个面向”战略导向, “八个坚持”重点任务, “三起来”实施方案, “多缴多得、长缴多得”激励机制,
    // “数字一栋楼”服务体系) — never alone right after the mark (“两个200万亩”任务: the word repeats the label's kind) — and the
    // things a label marks out, alone too (“即买即退”商店, “三小”场所, “5G+智慧教育”实验
    // 学校, “开放共享、一键预约”体育场馆, “总规划师+总建筑师”双总师团队, “动静结合、快进慢游”旅游交通基础设施, “一站多程”旅游精品
    // 路线, “一件事”主题服务, “1+3”旅游片区, “3+5+N”活力乐园群, “四美乡村”示范村: the judges of unseen26j and unseen26l read the
    // bare labels there as cut short).
    private static readonly string[] TaggedKindHeads = [.. NounPhraseHeads.Where(h => h != "方针"), "导向", "任务"];

    // Left out, each read wrong as a redraw: 方针 (“动态清零”总方针 ×4: 总方针 repeats the kind of a label that names a policy
    // of its own, as 生育政策 does for “单独两孩”), 方向 (“精兵简政、放权赋能”改革方向, the same; “二为”方向 alone), and labels of
    // counted articles (“新九条”政策措施: round 49's, bare or with their field, never with the measures they count).
    private static readonly string[] TaggedThingHeads =
    [
        "商店", "场所", "学校", "场馆", "团队", "基础设施", "精品路线", "主题服务", "片区", "乐园群", "基金群", "示范村",
    ];

    // The heads a mention cut inside a compound noun is read on to (“20+8”产业 before 集群 → “20+8”产业集群; “六新”数字 before 产业
    // → “六新”数字产业: judged cut in unseen26l).
    private static readonly string[] CompoundHeads = ["集群", "产业"];

    // Words that join the phrase to another (产业集群和未来产业): the label then qualifies the coordination, not the first member.
    private static readonly string[] Coordinators = ["和", "与", "及", "、", "或", "以及", "及其"];

    /// <summary>
    /// Round 52 (np52): the end of the noun phrase written right after the closing mark at <paramref name="close"/>, read off
    /// the segmenter's tokens by jieba's dictionary tags, or -1: whole Han tokens the dictionary tags n or vn (a stop only as
    /// a verbal noun after a noun: 主题服务), none a count, at most TaggedPhraseWindow characters; the phrase closes after a
    /// token that ends on one of <paramref name="heads"/> (TaggedKindHeads and TaggedThingHeads when null) and is a noun or a
    /// verbal noun after a noun, where the next token is no noun (a cut inside the phrase) and no coordination follows; the
    /// last such close is taken. A head of kind alone right after the mark (“四港联动”机制) does not close it.
    /// </summary>
    internal static int TaggedNounPhraseEnd(TextView view, int close, string[]? heads = null)
    {
        string text = view.Text;
        int at = close + 1;
        int end = -1;
        bool afterNoun = false;
        for (int t = view.TokenIndexAt(at); t >= 0 && t < view.Tokens.Length; t++)
        {
            Token token = view.Tokens[t];
            string word = text.Substring(token.Start, token.Length);
            bool? noun = token.Start == at && word.All(TextView.IsHan) && !CountToken().IsMatch(word) && token.End - (close + 1) <= TaggedPhraseWindow
                ? JiebaData.IsNoun(word)
                : null;
            if (noun is null || (PolicyFinder.Stops.Contains(word) && (noun.Value || !afterNoun)))
            {
                break;
            }

            at = token.End;
            bool closes = (noun.Value || afterNoun) && ClosesOn(text[(close + 1)..at], heads);
            afterNoun = noun.Value;
            if (closes && !EndsInsideNoun(view, at) && !Coordinators.Any(c => text.AsSpan(at).StartsWith(c, StringComparison.Ordinal)))
            {
                end = at;
            }
        }

        return end;
    }

    private static bool ClosesOn(string phrase, string[]? heads) =>
        heads is not null
            ? heads.Any(h => phrase.EndsWith(h, StringComparison.Ordinal))
            : TaggedThingHeads.Any(h => phrase.EndsWith(h, StringComparison.Ordinal))
              || TaggedKindHeads.Any(h => phrase.Length > h.Length && phrase.EndsWith(h, StringComparison.Ordinal));

    /// <summary>
    /// Adds the label at the marks <paramref name="open"/>, <paramref name="close"/> with the noun phrase it qualifies, as one
    /// mention of <paramref name="kind"/> (canonical and Label: the bare label), and says whether it did.
    /// </summary>
    internal static bool AddLabelWithNounPhrase(TextView view, int open, int close, string content, Lexicon lexicon, MentionKind kind, List<MentionCandidate> into)
    {
        int end = NounPhraseEnd(view, close, content, lexicon);
        if (end <= 0)
        {
            return false;
        }

        into.Add(new MentionCandidate(kind, open, end, content) { Label = content });
        return true;
    }
}
