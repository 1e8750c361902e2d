// Finds the programme names that IntroducedProgrammeFinder cuts or turns away (issue 13, recall round 13): a list of
// names that share one head after an introducing verb (实施开发区链群培育、协同创新、数字化转型、绿色集约行动: the codebook's
// preferred boundary is the whole coordination), and a name whose last word before the head is a verb of carrying out
// (落实绿色消费推进行动), which the single-name walk takes for the verb of another clause.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class CoordinatedProgrammeFinder
{
    // The longest list taken, in characters (重点行业、城乡基层和中小微企业就业支持计划 has 22), and the most members.
    private const int MaxList = 36;

    private const int MaxMembers = 5;

    // Round 48: the first of two members joined by 和/及 is a phrase of its own (粮食节约和反食品浪费行动), not one word of a
    // pair of fields (城乡和…).
    private const int MinFirstOfTwo = 4;

    // A member shorter than two characters is a word of a list of fields (交、水、能), not of names.
    private const int MinMember = 2;

    // The member that carries the head must be a name of its own length (绿色集约行动, 信用贷扩面行动); a two-character last
    // member (…、能源工程; …整治、提升行动) makes the list one of fields or working steps.
    private const int MinLastMember = 4;

    // A member that already ends in a head of its own makes the stretch a list of names, each reported by the other finders
    // (实施乡村振兴战略、城市更新行动), not a coordination under one head.
    private static readonly string[] MemberHeads = ["战略", "行动", "工程", "计划", "政策", "改革", "试点", "体系", "机制", "制度", "建设", "工作"];

    // 青海湖、澜沧江流域山水工程 (qinghai 2026): a member that is a place (a short name ending in a lake, river, mountain, sea or
    // island) lists the places of the programme's projects, each a project of its own (judged so in mentions-dev-round5.tsv).
    [System.Text.RegularExpressions.GeneratedRegex("^[\u4E00-\u9FFF]{1,3}[湖江河山海岛]$")]
    private static partial System.Text.RegularExpressions.Regex PlaceMember();

    // Programme round 23: 落实国家、省区域发展战略 (zhumadian 2026): a member that is a level of government lists whose
    // strategies the sentence means (the state's and the province's), not names.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LevelMembers =
        FrozenSet.ToFrozenSet(["国家", "全国", "国家级", "省", "省级", "市", "市级", "县", "县级"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // 城市生命线、全域水患治理、城乡安居三大工程: a count before the head names the listed items together, not one programme;
    // so does a count with its measure right before the head (煤矿瓦斯治理和矿山整顿两个攻坚战, gwr 2006: two campaigns; round 48).
    [System.Text.RegularExpressions.GeneratedRegex("[两三四五六七八九十]大|[两二三四五六七八九十][个项场]$")]
    private static partial System.Text.RegularExpressions.Regex CountInStem();

    // Round 48: a hard-fought campaign shares its head as a programme does (打好科技仪器设备、操作系统和基础软件国产化攻坚战,
    // cpc-basic-research-speech-2023; 打好保交楼和征收安置问题整改攻坚战, zhumadian 2024): only a list takes it here, so
    // 攻坚战 is no head of IntroducedProgrammeFinder's single names.
    // The words read so far are passed, since the tokenizer may split the head (攻坚 | 战).
    private static (string Head, int MinStem)? CampaignHead(ReadOnlySpan<char> soFar) =>
        soFar.EndsWith("攻坚战", StringComparison.Ordinal) ? ("攻坚战", 3) : null;

    // Verbs of carrying out that, right before the head, are the name's own word (绿色消费推进行动), not another clause's verb.
    private static readonly FrozenSet<string> VerbsBeforeHead = FrozenSet.ToFrozenSet(["推进", "推动", "加强", "深化", "落实"], StringComparer.Ordinal);

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbsBeforeHeadLookup = VerbsBeforeHead.GetAlternateLookup<ReadOnlySpan<char>>();

    // The least characters before a verb kept before the head (绿色消费推进行动: four).
    internal const int MinStemBeforeVerb = 4;

    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        for (int t = 0; t < tokens.Length - 1; t++)
        {
            // Round 48: the tokenizer cuts 打好/打赢 in two (打 | 好), the verb of a hard-fought campaign.
            bool fight = t + 2 < tokens.Length && IsFight(text, tokens[t], tokens[t + 1]);
            if (!fight && !IntroducedProgrammeFinder.IsIntroducer(text, tokens[t]))
            {
                continue;
            }

            int k = fight ? t + 2 : t + 1;
            // 加快推进实施…: a second introducing verb is still no part of the name.
            while (k < tokens.Length - 1 && IntroducedProgrammeFinder.IsIntroducer(text, tokens[k]))
            {
                k++;
            }

            if (tokens[k].Start != tokens[k - 1].End)
            {
                continue;
            }

            ReadOnlySpan<char> first = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (PolicyFinder.IsStopWord(first) && !IntroducedProgrammeFinder.NameOpenersLookup.Contains(first))
            {
                continue;
            }

            int end = NameEnd(view, k, out int suffixStart, out (string Head, int MinStem) head);
            if (end > 0 && IntroducedProgrammeFinder.IsName(view, tokens[k].Start, suffixStart, head))
            {
                into.Add(new MentionCandidate(MentionKind.Policy, tokens[k].Start, end, text[tokens[k].Start..end]));
            }
        }
    }

    // 国家节水和黄河流域深度节水控水行动 (gansu 2026): a first of two members that opens with a level names that level's own
    // programme (国家节水行动) beside the second, each judged right alone.
    private static bool OpensWithLevel(ReadOnlySpan<char> member) =>
        member.StartsWith("国家", StringComparison.Ordinal) || member.StartsWith("全国", StringComparison.Ordinal);

    private static bool IsFight(string text, Token verb, Token result) =>
        verb.Length == 1 && text[verb.Start] == '打' && result.Length == 1 && result.Start == verb.End && text[result.Start] is '好' or '赢';

    // The end of a coordinated name, or of a name with a verb before its head, that starts at token `k`; 0 when the words
    // from `k` are neither.
    private static int NameEnd(TextView view, int k, out int suffixStart, out (string Head, int MinStem) head)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        int start = tokens[k].Start;
        int memberStart = start;
        int members = 1;
        bool joined = false;
        suffixStart = 0;
        head = default;
        for (; k < tokens.Length && tokens[k].End - start <= MaxList; k++)
        {
            Token token = tokens[k];
            ReadOnlySpan<char> word = text.AsSpan(token.Start, token.Length);
            if (word is "、" or "和" or "及")
            {
                // 和/及 joins the last two members of a list (A、B和C计划), or the two members of a name (粮食节约和反食品浪费
                // 行动, round 48: the codebook keeps a coordinated name together); a list's member must be a phrase, not a
                // character, and not a name with a head of its own.
                bool conjunction = word is not "、";
                ReadOnlySpan<char> member = text.AsSpan(memberStart, token.Start - memberStart);
                if (joined || (conjunction && members == 1 && (member.Length < MinFirstOfTwo || member.EndsWith("专项", StringComparison.Ordinal) || OpensWithLevel(member)))
                    || member.Length < MinMember || EndsWithMemberHead(member) || PlaceMember().IsMatch(member)
                    || LevelMembers.Contains(member))
                {
                    return 0;
                }

                joined = conjunction;
                members++;
                memberStart = token.End;
                continue;
            }

            if (!IntroducedProgrammeFinder.AllHan(word))
            {
                return 0;
            }

            bool verbBeforeHead = VerbsBeforeHeadLookup.Contains(word) && k + 1 < tokens.Length
                && IntroducedProgrammeFinder.HeadOf(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length)) is not null
                && token.Start - memberStart >= MinStemBeforeVerb;
            if (IntroducedProgrammeFinder.BreaksLookup.Contains(word) && !verbBeforeHead)
            {
                return 0;
            }

            if ((IntroducedProgrammeFinder.HeadOf(word) ?? CampaignHead(text.AsSpan(start, token.End - start))) is not { } found)
            {
                continue;
            }

            int end = token.End;
            if (end < text.Length && !IntroducedProgrammeFinder.EndCharacters.Contains(text[end], StringComparison.Ordinal))
            {
                return 0;
            }

            suffixStart = end - found.Head.Length;
            head = found;
            bool verbKept = k > 0 && VerbsBeforeHeadLookup.Contains(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)) && tokens[k - 1].End == token.Start;
            bool listed = members > 1 && members <= MaxMembers && suffixStart - memberStart >= MinLastMember
                && !CountInStem().IsMatch(text.AsSpan(start, suffixStart - start))
                && !IsShortSpecialField(text.AsSpan(memberStart, suffixStart - memberStart));
            return listed || (members == 1 && verbKept) ? end : 0;
        }

        return 0;
    }

    // 大气污染防治、水污染防治专项行动 (zhumadian 2018): a last member that is a short field plus 专项 is a campaign of its own,
    // judged right alone in mentions-set-aside.tsv, so the list is left to the single-name finders (整治违法排污企业、保障群众健康
    // 环保专项行动, gwr 2007, whose last member is long, is one name).
    private const int MaxSpecialField = 6;

    // Round 48: so is a short field plus 专项 and its work before 攻坚战 (城镇燃气安全、自建房安全专项整治攻坚战, guangdong 2023:
    // the codebook's example of two national campaigns, the member judged right alone).
    private static bool IsShortSpecialField(ReadOnlySpan<char> lastMember) =>
        (lastMember.EndsWith("专项", StringComparison.Ordinal) && lastMember.Length - 2 <= MaxSpecialField)
        || (lastMember.IndexOf("专项", StringComparison.Ordinal) is > 0 and var at && at <= MaxSpecialField && lastMember.Length - at <= 4);

    private static bool EndsWithMemberHead(ReadOnlySpan<char> member)
    {
        foreach (string h in MemberHeads)
        {
            if (member.EndsWith(h, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
