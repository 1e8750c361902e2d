// Named benefit policies introduced by their verb (policy round 44, issue 13): 落实/实施/执行 … + who or what the benefit is for
// + the instrument (补贴, 贴息, 退税, 免费, 减免, 奖补) + 政策 + the clause's end (落实生育补贴政策。 落实离境退税政策， 持续实施重点
// 项目贷款贴息政策，). PolicyFinder turns a 政策 after a generic instrument away (财政补贴政策, 税收优惠政策: a category of measures)
// and needs five characters before 政策; a benefit named by its beneficiary or object after an introducing verb is the policy's
// name, as every readable gold covering such a place codes it (10 of 10: 生育补贴政策, 育儿补贴政策, 离境退税政策, 中小微企业贷款
// 财政贴息政策, 计划生育四项手术免费政策 …). The instrument alone, or after the purse it comes from (财政补贴政策, 财政奖补政策), names
// no beneficiary and stays unreported. A stem that holds a lexicon formula (落实养老服务消费补贴政策) is left to the formula, which
// the development judges read right there (mentions-dev-fresh19b.tsv), as for the introduced reforms.
namespace PolicyLens.Extraction.Slogans;

internal static partial class IntroducedProgrammeFinder
{
    private const string PolicyHead = "政策";

    // The instruments of a benefit, written right before 政策.
    private static readonly string[] BenefitInstruments = ["补贴", "贴息", "退税", "免费", "减免", "奖补"];

    // The fewest Han characters naming the beneficiary or object before the instrument, and the most before 政策.
    private const int MinBeneficiary = 2;

    private const int MaxBenefitStem = 14;

    // Words before the instrument that name the purse or a kind, not a beneficiary (财政补贴, 税收减免, 各项补贴), and words that make
    // the stretch a list or a description (等, 的, 相关).
    private static readonly string[] BenefitNonNames = ["财政", "税收", "税费", "各项", "各类", "有关", "相关", "一揽子", "支持", "扶持", "优惠"];

    private static readonly string[] BenefitBreaks = ["等", "的", "、", "和", "及"];

    // A benefit policy named from `start`, right after an introducing verb, to 政策 and the clause's end.
    private static void TryIntroducedBenefitPolicy(string text, int start, IntroducedFormulas formulas, List<MentionCandidate> into)
    {
        int end = start;
        while (end < text.Length && end - start <= MaxBenefitStem + PolicyHead.Length && TextView.IsHan(text[end]))
        {
            end++;
        }

        if (end >= text.Length || !EndCharacters.Contains(text[end], StringComparison.Ordinal) || !text.AsSpan(start, end - start).EndsWith(PolicyHead))
        {
            return;
        }

        string stem = text[start..(end - PolicyHead.Length)];
        if (IsNamedBenefit(stem) && !formulas.Inside(start, end - PolicyHead.Length))
        {
            into.Add(new MentionCandidate(MentionKind.Policy, start, end, text[start..end]));
        }
    }

    // The stem before 政策 ends in a benefit's instrument after a beneficiary or object of its own (生育|补贴, 离境|退税,
    // 中小微企业贷款财政|贴息).
    internal static bool IsNamedBenefit(string stem)
    {
        string? instrument = null;
        foreach (string word in BenefitInstruments)
        {
            if (stem.EndsWith(word, StringComparison.Ordinal))
            {
                instrument = word;
            }
        }

        if (instrument is null)
        {
            return false;
        }

        string beneficiary = stem[..^instrument.Length];
        if (beneficiary.Length < MinBeneficiary || ContainsAnyOf(stem, BenefitBreaks) || NonStarts.Any(w => stem.StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        return !BenefitNonNames.Any(w => beneficiary.Equals(w, StringComparison.Ordinal) || beneficiary.StartsWith(w, StringComparison.Ordinal));
    }

    private static bool ContainsAnyOf(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
