// Chains the text names as a principle, a guideline or a requirement it adopts, the codebook's first mark of a label (round
// 18: 坚持…的原则/方针/总要求; 按照…的要求): 按照巩固、升级、盘活、调整原则 (the rural revitalization opinion of 2025), 体现完整性、
// 先进性、安全性要求 (nanshan 2024), 按照坚定、可控、有序、适度要求 (gwr 2019), 按照服从调整、促进调整、配合调整的要求
// (gwr 1981). Their units are plain words or nouns of qualities, so the shape rules of ParallelFinder (a shared slogan verb, a
// frame inside the units) leave them out; the rule noun that closes the clause names them as one rule whatever their shape.
// Round 70 (issue 13, chain70): over every readable text this shape adds the four chains above, which the other paths do not
// report, all read as formulas (the two of them in a coded text are coded). The noun must follow at once or after 的: a
// modifier between (认真落实笃信、务实、担当、自律重要要求, qinghai 2026) reached one chain its development gold leaves uncoded.
// Chains a 和, 与 or 及 joins to a longer coordination (专业化协作和标准化、系列化、通用化的原则) and chains qualifying a thing
// before the noun (科学、教育、文化、卫生事业的要求; 廉洁、勤政、务实、高效政府的要求) are left out, and so are chains whose own
// units already end in the rule noun (共同但有区别的责任原则、公平原则、各自能力原则, cpc-congress 2012: the noun after the last unit
// is that unit's, and the chain cut before it was read wrong blind at the merge).
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // The nouns that name a rule the text adopts, as the codebook lists them (not 精神: 担当有为、改革攻坚、团结协作精神 lists
    // qualities of a spirit, read wrong by unseen26k's judges; not 格局, 机制, 标准: a chain before them describes a thing; not
    // 思路: 坚持资源、客源、服务的思路 lists the things a plan works with, ParallelChainRound23Tests).
    private static readonly string[] AdoptedRuleHeads = ["原则", "方针", "要求", "理念"];

    // True when the clause closes with a rule noun right after the chain at [start, end), through 的 or not, and punctuation
    // after it; and the chain is no tail of a coordination (和, 与, 及 before).
    private static bool IsChainNamedAsRule(string text, int start, int end)
    {
        if (start > 0 && text[start - 1] is '和' or '与' or '及')
        {
            return false;
        }

        int noun = end < text.Length && text[end] == '的' ? end + 1 : end;
        foreach (string head in AdoptedRuleHeads)
        {
            int after = noun + head.Length;
            if (string.CompareOrdinal(text, noun, head, 0, head.Length) == 0 && (after == text.Length || !TextView.IsHan(text[after])))
            {
                return text.IndexOf(head, start, end - start, StringComparison.Ordinal) < 0;
            }
        }

        return false;
    }
}
