// Chains of three or more four-character units built on one mirrored frame, A·X·B·X with A and B shared by every unit: 应检尽检、
// 应隔尽隔、应治尽治 (shenzhen 2022, coded), 宜树则树、宜果则果、宜花则花、宜草则草 (the Guangdong greening decision). The frame
// (应…尽…, "all that should be X'd is X'd"; 宜…则…, "X where X suits") is a fixed formula of the discourse, and a chain of three
// or more units on it is a rule, not a list, wherever the text writes it, marked or not. Round 70 (issue 13, chain70): over every
// readable text the frame with three or more units stands six times; four are lexicon entries already reported
// (宜工则工、宜农则农、宜商则商、宜游则游), the two above are what this adds. Pairs on the frame (应纳尽纳、应扶尽扶) stay unmarked
// lists: round 20's mirrored pairs were read wrong blind (0 of 3), and the golds code them once in two.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    private const int MirroredUnitLength = 4;

    // True when every unit (starting at `units`, `length` long) is A·X·B·X with the same A and B and a different X each.
    private static bool IsMirroredFrameChain(string text, List<int> units, int length)
    {
        if (length != MirroredUnitLength || units.Count < 3)
        {
            return false;
        }

        char a = text[units[0]], b = text[units[0] + 2];
        var repeated = new HashSet<char>();
        foreach (int u in units)
        {
            if (text[u] != a || text[u + 2] != b || text[u + 1] != text[u + 3] || text[u + 1] == a || text[u + 1] == b || !repeated.Add(text[u + 1]))
            {
                return false;
            }
        }

        return a != b;
    }
}
