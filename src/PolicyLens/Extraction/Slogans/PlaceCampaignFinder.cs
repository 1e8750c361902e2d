// Finds local versions of national campaigns written with a place name (平安长沙, 美丽驻马店, 现代化河南, 创新型河北) and a
// province's or city's X强省/强市 goals (科教强省, 新型能源强省, 人才强市) that no lexicon can list in full: every city may
// brand a campaign, every field may become a goal. The lexicon's place templates hold the 31 provinces and 驻马店; here
// the places are every provincial and prefecture-level division the Text stage knows (Text/Data/regions.tsv). The
// codebook codes both as formulas as written; they are reported as lexicon mentions, as their template entries are.
// Round 14 adds a city's X之都/X之城 goal (种业之都, 产业发达之城) when the text builds it; round 15, goals coordinated before one 建设.
// Round 52: a district's or county's campaign (健康光明, 平安坪山) from Text/Data/counties.tsv, where the text writes its full name.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PlaceCampaignFinder
{
    /// <summary>The subtype of a place's goal (科教强省, 现代化品质生活之城), which RepeatMentionFinder repeats.</summary>
    public const string GoalSubtype = "goal";

    // The national campaigns that provinces and cities brand with their own name (平安中国 → 平安河北), and the goals written
    // the same way (现代化河南, 创新型河北: henan and hebei 2026; 幸福X as the codebook lists). Round 24: every campaign the
    // lexicon holds as 中国 + word (信用中国 → 信用重庆, chongqing 2026; 信用广东, guangdong 2023) is one too (CampaignWords),
    // and so are the campaigns that central documents run under a name of their own and provinces rebrand word for word:
    // 诚信 (the social-credit campaign, 诚信安徽, 诚信福建: anhui and fujian 2026), 森林 (the forest-city programme, 森林驻马店:
    // zhumadian 2020), 技能 (技能中国行动 → 技能辽宁行动, 技能甘肃, 技能河南), 志愿 (志愿服务 → 志愿广东: guangdong 2023, 2024),
    // 水运 (交通强国's waterway programme → 水运江苏, 水运安徽: jiangsu and anhui 2026), and the goal 美好 (全面建设美好安徽: the
    // province's goal, as 幸福 is). Not 投资 (a verb as well: 吸引更多企业投资龙江; and 投资X品牌 is read as a brand, fujian
    // 2026), 购在 and 中国制造/中国服务's place+制造/服务 (广东制造 of its products, 打响“重庆制造” as a brand).
    // Round 52: 绿美, Guangdong's own campaign 绿美广东生态建设, which every city and district of the province brands with its
    // name (绿美深圳, 绿美中山, 绿美光明, 绿美龙岗, 绿美福田, 绿美大鹏: every readable use before a place, 97, is the campaign;
    // alone it is an adjective, 绿美空间, 绿美碧带, which no place follows), and 智慧, the smart-city programme a city or
    // district runs under its own name (智慧保定, 智慧驻马店, 智慧龙岗: the three readable uses before a place, each coded).
    // Not 创新 (a verb as well: 创新广东农产品“走出去”模式; 建设创新坪山、打造未来之城 is coded as the whole goal), 文明 (文明甘肃
    // 建设“六大工程” and 富强驻马店、文明驻马店… are coded whole; 生态文明贵阳国际论坛) nor 数治 (数治光明, one district's brand).
    private static readonly string[] Campaigns = ["平安", "法治", "美丽", "健康", "幸福", "数字", "书香", "现代化", "创新型", "诚信", "森林", "技能", "志愿", "水运", "美好", "绿美", "智慧"];

    // The literary names of provinces that their reports write in a campaign's place (健康龙江, heilongjiang 2026; 书香陇原,
    // gansu 2026): the Text stage's regions hold only the official short names (黑龙江, 甘肃). Only after a campaign word or
    // 新: 龙江 inside 黑龙江 is never reached (the longest place is taken), and 中原, 天府, 江淮 (common words and region names
    // beyond one province) are left out.
    private static readonly FrozenSet<string> LiteraryNames = FrozenSet.ToFrozenSet(["龙江", "陇原", "三秦", "八闽", "荆楚", "齐鲁", "燕赵", "八桂", "三湘", "巴渝"], StringComparer.Ordinal);

    // Entries W中国 that name one body's brand rather than a campaign provinces run under their own name: 科创中国 (the China
    // Association for Science and Technology's service brand); no development report writes 科创 + place as a campaign, and
    // the judged uses name a zone or platform (科创X先行试验区). Left out in review (round 24).
    private static readonly FrozenSet<string> NotCampaigns = FrozenSet.ToFrozenSet(["科创"], StringComparer.Ordinal);

    // The campaign words of a lexicon: Campaigns and every W of an entry W中国 of two or three Han characters (信用中国 → 信用).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Lexicon, FrozenSet<string>> CampaignWordsOf = [];

    private static FrozenSet<string> CampaignWords(Lexicon lexicon) => CampaignWordsOf.GetValue(lexicon, static l =>
    {
        var words = new HashSet<string>(Campaigns, StringComparer.Ordinal);
        words.UnionWith(CleanGovernmentCampaigns); // round 114: 清廉 (PlaceCampaignFinder.CityNames.cs)
        foreach (LexiconEntry entry in l.Entries)
        {
            string c = entry.Canonical;
            if (c.Length is 4 or 5 && c.EndsWith("中国", StringComparison.Ordinal) && c[..^2].All(TextView.IsHan) && !NotCampaigns.Contains(c[..^2]))
            {
                words.Add(c[..^2]);
            }
        }

        return FrozenSet.ToFrozenSet(words, StringComparer.Ordinal);
    });

    private static bool IsPlace(string text, int start, int length)
    {
        // Looked up by span: called for every length at every campaign word and 新, it copies no string.
        ReadOnlySpan<char> name = text.AsSpan(start, length);
        return Text.Regions.ShortNameSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
            || LiteraryNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    // The goal heads of a province, city, district or county (制造强省, 人才强市, 文化强县).
    private static readonly string[] GoalHeads = ["强省", "强市", "强区", "强县"];

    // The longest field before a goal head, in characters (临港产业强省, 工业兴省制造强省: six).
    private const int MaxGoalField = 6;

    private const int MaxGoalWords = 2;

    private static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(["一批", "一大批", "大批", "一些", "若干", "多个", "各", "个", "一个"], StringComparer.Ordinal);

    // Prefecture-level cities whose names are also common words after a campaign word (幸福安康, 健康长寿 is no city).
    private static readonly FrozenSet<string> CommonWordCities = FrozenSet.ToFrozenSet(["安康", "吉安", "永安", "长治", "太平", "通化", "和平"], StringComparer.Ordinal);

    // Characters that end a phrase before a goal (建成…的文化强省, 向农业强省).
    private const string FunctionCharacters = "的和与及向把将为在是";

    // Verbs that aim the sentence at a goal, written before it: they end the field of a province's, city's or county's goal.
    private static readonly string[] AimingVerbs = ["参与", "积极参与", "紧盯", "盯", "瞄准", "对标"];

    // Words before a goal that are not its field: verbs of the sentence, quantities and degrees.
    private static readonly FrozenSet<string> NotFields = FrozenSet.ToFrozenSet(
        ["聚焦", "实现", "夺取", "开创", "围绕", "紧紧围绕", "努力实现", "迈向", "迈进", "成为", "更多", "一批", "高水平", "更高水平", "加快建设", "奋力", "全力", "新时代",
         // Round 37 (lead, from overlap37's classification of the opened sets' misses): verbs that govern a goal (支撑制造强省,
         // 夯实体育强省建设的基石, 做实旅游强省的丰富内涵, 谱写教育强市“新篇章”: development and opened texts) and a quantity
         // (涌现一大批经济强县: counted counties, which the Quantifiers check below then drops).
         "支撑", "夯实", "做实", "谱写", "突出", "一大批",
         // Round 38 (overlap38, from unseen26h's misses): the verbs that aim a sentence at a goal (推动非沿海地区积极参与海洋强省建设,
         // guangdong outline 2026; 要紧盯品质生活之城建设, baoding 2023) are the sentence's, not the goal's field.
         .. AimingVerbs],
        StringComparer.Ordinal);

    private static readonly Lazy<int> LongestPlace = new(() => Text.Regions.ShortNameSet.Max(p => p.Length));

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        // The campaign words, looked up once a document (made once a lexicon), by span: no string per token.
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words = CampaignWords(lexicon).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (Token token in view.Tokens)
        {
            FindCampaign(view, lexicon, words, token, into);
            FindNewPlace(view, token, into);
            FindGoal(view, token, into);
        }

        FindCityGoals(view, into);
        FindProvinceRevival(view, into);
        FindConsumptionCampaigns(view, into);
        FindLocalRuleOfLawChains(view, into);
    }

    // The national consumption campaigns written "… in the place" that provinces run under their own name: 放心消费在 (the
    // 放心消费 campaign: 放心消费在安徽, anhui 2026; 放心消费在辽宁, liaoning 2026; 放心消费在三秦, shaanxi 2026) and 购在 (购在中国 of
    // the Ministry of Commerce: 购在龙江, heilongjiang 2026).
    private static readonly string[] PlacedCampaigns = ["放心消费在", "购在"];

    // A consumption campaign on a place's name, the place a whole word after it. A member of a 、 list is a line of a
    // reputation the text lists (食在广东、游在广东、购在广东, guangdong 2024), not the campaign.
    private static void FindConsumptionCampaigns(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int at = text.IndexOf('在', StringComparison.Ordinal); at >= 0; at = text.IndexOf('在', at + 1))
        {
            foreach (string campaign in PlacedCampaigns)
            {
                int start = at + 1 - campaign.Length;
                if (start < 0 || string.CompareOrdinal(text, start, campaign, 0, campaign.Length) != 0 || !view.IsBoundary(start)
                    || (start > 0 && text[start - 1] == '、'))
                {
                    continue;
                }

                int end = PlaceEnd(view, at + 1);
                if (end > 0 && (end >= text.Length || text[end] != '、'))
                {
                    into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Subtype = "place" });
                }

                break;
            }
        }
    }

    // The one-character names of the provinces (简称), as a province's own goals write them after 兴 (富民兴陇, 治蜀兴川, 人才兴皖):
    // each with the short name the report must use at least three times (Lexicon.PlaceMentionsNeeded) for it to be read as
    // the province (梅州兴宁 in a Guangdong report is a city, not a goal of Ningxia's). 新 is left out for 新疆 (疆 is written).
    private static readonly FrozenDictionary<char, string> ProvinceCharacters = new Dictionary<char, string>
    {
        ['京'] = "北京", ['津'] = "天津", ['冀'] = "河北", ['晋'] = "山西", ['蒙'] = "内蒙古", ['辽'] = "辽宁", ['吉'] = "吉林",
        ['沪'] = "上海", ['苏'] = "江苏", ['浙'] = "浙江", ['皖'] = "安徽", ['闽'] = "福建", ['赣'] = "江西", ['鲁'] = "山东",
        ['豫'] = "河南", ['鄂'] = "湖北", ['湘'] = "湖南", ['粤'] = "广东", ['桂'] = "广西", ['琼'] = "海南", ['渝'] = "重庆",
        ['川'] = "四川", ['蜀'] = "四川", ['黔'] = "贵州", ['滇'] = "云南", ['藏'] = "西藏", ['陕'] = "陕西", ['秦'] = "陕西",
        ['陇'] = "甘肃", ['青'] = "青海", ['宁'] = "宁夏", ['疆'] = "新疆",
    }.ToFrozenDictionary();

    // A province's goal written field + 兴 + the province's one-character name (富民兴陇 ×3, gansu 2026; 治蜀兴川, sichuan 2026;
    // 科技兴赣, 人才兴皖 before the programme head the policy finder reports whole): the national 科教兴国 / 人才强国 pattern
    // on the province. The field is two Han characters starting a word, 兴 starts a word (not 振兴, 复兴, 新兴), the
    // province's character begins no place name, and the report names that province at least three times. A member of a 、 list is left
    // to the chain it belongs to (依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆, coded whole; 渝商归渝、万企兴渝).
    // The heads of a programme the goal names (人才兴皖工程, 人才兴陇计划, 旅游兴疆战略, 科技兴赣六大行动): the programme is the
    // item, which the policy finder and the lexicon report whole (and repeat: 推进人才兴皖工程提质增效).
    private static readonly string[] ProgrammeHeads = ["工程", "计划", "行动", "战略", "政策", "专项", "试点", "示范"];

    private static bool NamesProgramme(string text, int end)
    {
        if (end < text.Length && "一二三四五六七八九十百千万".Contains(text[end], StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string head in ProgrammeHeads)
        {
            if (string.CompareOrdinal(text, end, head, 0, head.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // True when the one-character name at position begins a place's name (宁波, 苏州, 青岛, 吉安): the character is then no
    // province's 简称. The end of the goal is not read off the segmenter, which joins the character to what follows (陇中).
    private static bool StartsPlace(string text, int position)
    {
        for (int length = 2; length <= Math.Min(LongestPlace.Value, text.Length - position); length++)
        {
            if (IsPlace(text, position, length))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindProvinceRevival(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        Dictionary<string, bool>? named = null;
        for (int i = text.IndexOf('兴', StringComparison.Ordinal); i >= 0; i = text.IndexOf('兴', i + 1))
        {
            int start = i - 2, end = i + 2;
            if (start < 0 || end > text.Length || !ProvinceCharacters.TryGetValue(text[i + 1], out string? province)
                || !TextView.IsHan(text[start]) || !TextView.IsHan(text[start + 1]) || !view.IsBoundary(start) || !view.IsBoundary(i)
                || (start > 0 && text[start - 1] == '、') || (end < text.Length && text[end] == '、') || PolicyFinder.IsStopWord(text.AsSpan(start, 2))
                || StartsPlace(text, i + 1) || NamesProgramme(text, end))
            {
                continue;
            }

            named ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (!named.TryGetValue(province, out bool isNamed))
            {
                int count = 0;
                for (int k = text.IndexOf(province, StringComparison.Ordinal); k >= 0 && count < Lexicon.PlaceMentionsNeeded; k = text.IndexOf(province, k + province.Length, StringComparison.Ordinal))
                {
                    count++;
                }

                named[province] = isNamed = count >= Lexicon.PlaceMentionsNeeded;
            }

            if (isNamed)
            {
                into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Subtype = GoalSubtype });
            }
        }
    }

    // The longest field of a city goal before 之都 or 之城, in characters (智能网联新能源汽车之都, chongqing_2026: nine).
    private const int MaxCityGoalField = 10;

    // The verbs that build a city goal, written (alone or after an adverb in one token) just before its field.
    private static readonly string[] CityGoalVerbs = ["打造", "建设", "深化", "推进"];

    // A city's goal written as the capital or the city of a field (深化演艺之都建设, beijing_2026; 打造中国光热之都, qinghai_2026;
    // 全力打造产业发达之城, zhumadian_2018): the field is the words right before 之都/之城 back to a verb of building, and either
    // that verb opens it or 建设 follows it (农业中关村和种业之都建设). Without the building the phrase is a title a city was
    // given (北京成为全球唯一的双奥之城; 成为我国第七个“世界美食之都”) or a figure of speech (逐梦之地、圆梦之城), which the codebook
    // does not code. Reported as a lexicon goal, as FindGoal reports 科教强省.
    private static void FindCityGoals(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = text.IndexOf('之', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('之', i + 1))
        {
            int end = i + 2;
            int token = view.TokenIndexAt(i);
            if (text[i + 1] is not ('都' or '城') || (end < text.Length && text[end] == '市') || token <= 0 || view.Tokens[token].Start != i)
            {
                continue; // 之都市, or 之 inside a word (总之, 久而久之)
            }

            int start = i;
            int k = token - 1;
            for (; k >= 0; k--)
            {
                Token left = view.Tokens[k];
                ReadOnlySpan<char> word = text.AsSpan(left.Start, left.Length);
                // A word ending in an aiming verb ends the field, however the segmenter cut it (要紧|盯|品质生活之城, baoding 2023).
                if (left.End != start || !IntroducedProgrammeFinder.AllHan(word) || IsCityGoalVerb(word) || PolicyFinder.IsStopWord(word) || word is "和" or "与" or "及"
                    || Affixes.EndsWithAny(word, AimingVerbs))
                {
                    break;
                }

                start = left.Start;
            }

            bool builtBefore = k >= 0 && view.Tokens[k].End == start && IsCityGoalVerb(text.AsSpan(view.Tokens[k].Start, view.Tokens[k].Length));
            bool builtAfter = string.CompareOrdinal(text, end, "建设", 0, 2) == 0 || SharesBuilding(text, end);
            if (i - start is >= 2 and <= MaxCityGoalField && (builtBefore || builtAfter))
            {
                into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Subtype = GoalSubtype });
            }
        }
    }

    // The longest run of coordinated goals after a city goal that one 建设 may close, in characters.
    private const int MaxSharedBuilding = 30;

    // True when the goal ending at end is the first of coordinated goals that one 建设 closes (演艺之都、博物馆之城、书香京城
    // 建设成效显著, beijing_2026): 、 or 和 joins goals of one building, as 农业中关村和种业之都建设 does, so each is built. Only
    // Han characters and the joining marks may stand between the goal and 建设, within the clause.
    private static bool SharesBuilding(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('、' or '和'))
        {
            return false;
        }

        int building = text.IndexOf("建设", end + 1, Math.Min(MaxSharedBuilding, text.Length - end - 1), StringComparison.Ordinal);
        if (building < 0 || building - end < 3)
        {
            return false;
        }

        for (int k = end + 1; k < building; k++)
        {
            if (!TextView.IsHan(text[k]) && text[k] != '、')
            {
                return false;
            }
        }

        return TextView.IsHan(text[building - 1]) && text[building - 2] is not ('、' or '和');
    }

    private static bool IsCityGoalVerb(ReadOnlySpan<char> word)
    {
        foreach (string verb in CityGoalVerbs)
        {
            if (word.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindCampaign(TextView view, Lexicon lexicon, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, Token token, List<MentionCandidate> into)
    {
        // Called for every token: the campaign words are two or three characters, and no closure is made per token.
        string text = view.Text;
        if (token.Length is < 2 or > 3)
        {
            return;
        }

        if (!words.Contains(text.AsSpan(token.Start, token.Length)))
        {
            return;
        }

        string campaign = text.Substring(token.Start, token.Length);

        // The longest known place right after the campaign word; else a district or county the text names in full.
        int end = PlaceEnd(view, token.End);
        if (end < 0)
        {
            end = CountyEnd(view, token.End);
        }

        if (end < 0 || JiebaSegmenter.Default.Contains(text.AsSpan(token.Start, end - token.Start))
            || CommonWordCities.Contains(text.Substring(token.End, end - token.End)))
        {
            return; // 幸福安康: a word of its own (安康 is also a city)
        }

        // Round 52: the tail of a longer quoted label (“山海连城绿美深圳”, futian 2023, coded whole) is the label's part: the
        // quoted label is the item.
        if (EndsLongerQuote(text, token.Start, end))
        {
            return;
        }

        // 智慧 + place written in quotation marks is a programme label among others (“宽带驻马店”、“智慧驻马店”等信息化项目,
        // zhumadian 2014, judged right as quoted): the quoted finder's, as “智慧公安” is.
        if (campaign == "智慧" && token.Start > 0 && text[token.Start - 1] == '“' && end < text.Length && text[end] == '”')
        {
            return;
        }

        LexiconEntry? national = lexicon.Find(campaign + "中国");
        int start = QualifiedStart(text, token.Start, campaign);
        into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Theme = national?.Theme ?? "", Subtype = "place" });
    }

    // The end of the longest known place written at `at` and ending where a word ends (平安大同, not 平安大/同…), or -1.
    private static int PlaceEnd(TextView view, int at)
    {
        for (int length = Math.Min(LongestPlace.Value, view.Text.Length - at); length >= 2; length--)
        {
            // Round 114: or a city's literary name where the text names the city (PlaceCampaignFinder.CityNames.cs).
            if (view.IsBoundary(at + length) && (IsPlace(view.Text, at, length) || IsCityLiteraryName(view.Text, at, length)))
            {
                return at + length;
            }
        }

        return -1;
    }

    // The longest quoted label whose tail a campaign may be, in characters.
    private const int MaxQuotedLabel = 20;

    // True when the campaign at start..end closes a quotation that opens further back than right before it.
    private static bool EndsLongerQuote(string text, int start, int end)
    {
        if (end >= text.Length || text[end] != '”' || start == 0 || text[start - 1] == '“')
        {
            return false;
        }

        for (int k = start - 1; k >= Math.Max(0, start - MaxQuotedLabel); k--)
        {
            if (text[k] == '“')
            {
                return true;
            }

            if (text[k] is '”' or '。' or '，' or '；' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    // The text writes a functional area's name (大鹏新区) at least this often before its short name (绿美大鹏) is read as a place.
    private const int FunctionalAreaMentionsNeeded = 3;

    // The longest functional area short name, in characters (大鹏新区 → 大鹏).
    private const int LongestFunctionalArea = 3;

    // Round 52: the end of a district's or county's short name written at `at` (健康光明, 平安坪山, 绿美龙岗: Shenzhen's district
    // reports brand the campaigns with their own name), ending where a word ends, or -1. Short names of districts are common
    // words too (光明, 长安, 和平, 新华, 资源: 森林资源, 信用合作), so the name counts only where the text itself writes the
    // division's full name (光明区, 坪山区) somewhere, as a district's or county's report does. A functional area outside
    // GB/T 2260 (大鹏新区) counts where the text writes it X新区 at least three times (绿美大鹏 in Dapeng's report).
    private static int CountyEnd(TextView view, int at)
    {
        string text = view.Text;
        for (int length = Math.Min(Math.Max(Text.Counties.LongestShortName, LongestFunctionalArea), text.Length - at); length >= 2; length--)
        {
            if (!view.IsBoundary(at + length))
            {
                continue;
            }

            string name = text.Substring(at, length);
            foreach (string full in Text.Counties.FullNames(name))
            {
                if (text.Contains(full, StringComparison.Ordinal))
                {
                    return at + length;
                }
            }

            if (length <= LongestFunctionalArea && name.All(TextView.IsHan) && CountAtLeast(text, name + "新区", FunctionalAreaMentionsNeeded))
            {
                return at + length;
            }
        }

        return -1;
    }

    private static bool CountAtLeast(string text, string value, int needed)
    {
        int count = 0;
        for (int k = text.IndexOf(value, StringComparison.Ordinal); k >= 0 && count < needed; k = text.IndexOf(value, k + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count >= needed;
    }

    // The qualifiers a province's 新 + place goal is written with, part of its name (现代化新重庆, chongqing 2026; 幸福美好新甘肃,
    // gansu 2026; 海上新广东, guangdong 2024 and 2026; 美丽新宁夏), longest first.
    private static readonly string[] NewPlaceQualifiers = ["幸福美好", "现代化", "美好", "美丽", "海上"];

    // A province's or city's development goal written 新 + place (新福建, 现代化新重庆, 幸福美好新甘肃: the codebook's local versions
    // of national goals, coded as written): 新 a word of its own (not 创新|福建, 清新福建 a tourism brand), the place a whole word
    // after it, and the goal marked either by a qualifier before 新 (reported with it, 社会主义 before 现代化 too: 社会主义现代化
    // 新吉林) or by 建设 after the place (新福建建设, fujian 2026: nine times). Unmarked, 新 + place is an adjective before a
    // name (共享新重庆发展机遇, 新重庆·新渝商 a brand); after a quoted label (“强富美高”新江苏) the label is the item, and after
    // 中国式现代化 the lexicon's 中国式现代化 family is (中国式现代化新青海建设).
    private static void FindNewPlace(TextView view, Token token, List<MentionCandidate> into)
    {
        string text = view.Text;
        int i = token.Start;
        if (token.Length != 1 || text[i] != '新' || i == 0)
        {
            return;
        }

        int end = PlaceEnd(view, token.End);
        if (end < 0)
        {
            return;
        }

        int start = i;
        foreach (string q in NewPlaceQualifiers)
        {
            if (i >= q.Length && string.CompareOrdinal(text, i - q.Length, q, 0, q.Length) == 0 && view.IsBoundary(i - q.Length))
            {
                start = i - q.Length;
                break;
            }
        }

        if (start < i && text.AsSpan(start, i - start).SequenceEqual("现代化"))
        {
            if (start >= 3 && text.AsSpan(start - 3, 3).SequenceEqual("中国式"))
            {
                return;
            }

            start = QualifiedStart(text, start, "现代化");
        }

        bool built = string.CompareOrdinal(text, end, "建设", 0, 2) == 0;
        if ((start == i && !built) || text[i - 1] is '”' or '’' || (start == i && text.AsSpan(i - Math.Min(i, 6), Math.Min(i, 6)).EndsWith("中国式现代化")))
        {
            return;
        }

        into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Subtype = "place" });
    }

    // The qualifier a goal is written with is part of its name (建设社会主义现代化新疆: xinjiang 2026; cutting it is a boundary
    // error by the codebook), so the mention starts there.
    private const string GoalQualifier = "社会主义";

    private static int QualifiedStart(string text, int start, string campaign) =>
        campaign == "现代化" && start >= GoalQualifier.Length && text.AsSpan(start - GoalQualifier.Length, GoalQualifier.Length).SequenceEqual(GoalQualifier)
            ? start - GoalQualifier.Length
            : start;

    private static void FindGoal(TextView view, Token token, List<MentionCandidate> into)
    {
        string text = view.Text;
        // Called for every token: every goal head is 强 and one of 省市区县, so the token's last character rules most out.
        if (token.Length < 2 || text[token.End - 1] is not ('省' or '市' or '区' or '县'))
        {
            return;
        }

        int headStart = -1;
        foreach (string head in GoalHeads)
        {
            if (token.Length >= head.Length && text.AsSpan(token.End - head.Length).StartsWith(head))
            {
                headStart = token.End - head.Length;
                break;
            }
        }

        // The head closes a token, so 强省会 (强/省会) and 加强区域 (加强/区域) are none; nor is 强 + 县域/县镇/市域/省域 however the
        // segmenter cut it (突出强县域, 选优配强县镇党政正职: 强 is the verb "strengthen" there).
        if (headStart < 0 || (token.End < text.Length && text[token.End] is '域' or '镇'))
        {
            return;
        }

        // The field is the token's own head (制造强省 as one token) or at most two words before it (新型|能源, 临港|产业), each of
        // two characters or more: a single character is a measure or a suffix (五个|工业强县, 创新|型), and verbs, quantifiers and
        // degree words open the sentence, not the goal (聚焦|制造强省, 更多|经济强县, 高水平|体育强省).
        int start = token.Start < headStart ? token.Start : headStart;
        for (int k = view.TokenIndexAt(start) - 1, words = 0; k >= 0 && words < MaxGoalWords; k--, words++)
        {
            Token left = view.Tokens[k];
            string word = text.Substring(left.Start, left.Length);
            if (left.End != start || !word.All(TextView.IsHan) || PolicyFinder.IsStopWord(word) || NotFields.Contains(word) || headStart - left.Start > MaxGoalField)
            {
                break;
            }

            if (left.Length < 2)
            {
                // 新|时代文化强市: the era qualifier, taken in below.
                if (word == "新" && string.CompareOrdinal(text, left.End, "时代", 0, 2) == 0)
                {
                    break;
                }

                // 渝|东南强县, 五个|工业强县: a single character joined to the field cuts a word or counts goals.
                if (!FunctionCharacters.Contains(word, StringComparison.Ordinal))
                {
                    return;
                }

                break;
            }

            start = left.Start;
        }

        // 新时代文化强市 (chongqing 2026): 新时代 qualifies the goal and is part of its name, as the development gold codes it (as
        // 社会主义 is of 社会主义现代化新疆), however the segmenter cut it (新|时代|文化强市, 新时代|文化强市).
        if (start >= 3 && text.AsSpan(start - 3, 3).SequenceEqual("新时代") && view.IsBoundary(start - 3))
        {
            start -= 3;
        }
        else if (start >= 1 && text[start - 1] == '新' && text.AsSpan(start).StartsWith("时代") && view.IsBoundary(start - 1))
        {
            start -= 1;
        }

        // 建设一批|农业强县: counted, the goal is a designation of many counties.
        int before = start > 0 ? view.TokenIndexAt(start - 1) : -1;
        if (before >= 0 && Quantifiers.Contains(text.Substring(view.Tokens[before].Start, view.Tokens[before].Length)))
        {
            return;
        }

        if (before >= 0 && view.Tokens[before].Length == 1 && TextView.IsHan(text[start - 1]) && !FunctionCharacters.Contains(text[start - 1], StringComparison.Ordinal)
            && !PolicyFinder.IsStopWord(text.Substring(start - 1, 1)))
        {
            return;
        }

        // Round 32 (precision32, a class of unseen26d's wrong verdicts): a place opening the field before a goal that another
        // goal is coordinated with (建设广东科技创新强省和制造强省) is the owner both goals share, the sentence's, not the first
        // goal's name: the goal starts after it, as a place opening a count label's field is dropped (NumberedFinder).
        // Round 38 (overlap38): so is a place before a goal written alone (扎实推动广东体育强省建设, a Guangdong conference of 2025,
        // coded 体育强省): the place owns the goal, the field is what follows it.
        for (int length = 3; length >= 2; length--)
        {
            if (headStart - start > length + 1 && Text.Regions.ShortNameSet.Contains(text.Substring(start, length)) && view.IsBoundary(start + length))
            {
                start += length;
                break;
            }
        }

        string field = text[start..headStart];
        // A goal is a noun phrase of at most six characters (临港产业强省); a longer run is a clause.
        // 全国百强县, 十强县: a ranking, not a goal; 大省 → 强省 keeps its field (农业强省). A field of one character is a verb
        // phrase (扩权强县), not a goal.
        if (field.Length < 2 || "一二三四五六七八九十百千万".Contains(field[^1], StringComparison.Ordinal) || PolicyFinder.IsStopWord(field))
        {
            return;
        }

        into.Add(new MentionCandidate(MentionKind.Lexicon, start, token.End, text[start..token.End]) { Subtype = GoalSubtype });
    }
}
