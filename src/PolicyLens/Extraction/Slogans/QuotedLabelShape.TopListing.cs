// Round 113 (quotnum113): a top list a place, firm or work is entered in — a best-of ten (十大…) or a league table of a hundred
// or ten (…百强区, …百强县, …百强城市, …百强榜, 川企百强, …十强区, …十佳) written after a verb of entering or winning it (入选, 获评,
// 荣获, 上榜, 入围; a table also 跻身, 进入, 列入 …): 经开区牛蹄关村获评全国十大美丽乡村 (anshun), 荆门智慧城市大脑入选全国十大样板工程 (jingmen), 入选央企
// 十大国之重器 (deyang), 夷陵跻身“全国百强区” (yichang), 铁山港区再次上榜“中国工业百强区” (beihai), 入围“中国外贸百强城市”
// (chongzuo): 2024 city reports of the pool (JiangGufan/digital-governance). The list is a prize or a ranking, which the codebook
// does not code (its "Do not code": prizes; round 60's league tables, QuotedLabelShape.Ranking.cs, which needs a rank written
// after the name). The numbered finder read 十大 + a noun as a numbered formula and the quoted finder took the table's name as a
// label; the pool's random sample read every such mention wrong (rank), and every place of the shape in the pool is one.
// Not dropped: the same labels with no verb of entering before them (宜都、枝江“全国百强县”分别进位, a count of lists a place is
// in, left as it was), a province's designation programme counted by 百强 (“省级百强中心镇”, Sichuan's: created, 创建, not won;
// it ends in no table's word), a bare count (省“十强”产业: 十强 alone is Shandong's formula of ten industries, read with 产业), and a
// programme of ten (实施“十大行动”: no verb of entering), and a name holding a formula the lexicon lists (获评全国十大美丽乡村, 入选央企
// 十大国之重器: dropping the name would leave 美丽乡村 or 国之重器 reported alone, cut from the prize, round 17; tried in round 113:
// two pool places and longgang-gwr-2021's 入选“广东十大美丽乡村”). A ten-best is dropped only after a verb of a prize: with 列入,
// 进入, 跻身, 位列 or 进军 too, the held-out guard lost one numbered mention judged right (a programme of ten a project is put in).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Verbs that give a unit a prize or a title, written before the list's name: the verbs a ten-best needs (列入 and 进入 also
    // put a project in a programme of ten, 列入全省十大…工程, which is a formula).
    private static readonly string[] PrizeVerbs = ["入选", "获评", "评为", "荣获", "上榜", "入围", "当选", "荣膺"];

    // Verbs that enter a unit in a league table (…百强区, …十佳), written before its name: the prize verbs and those of moving up.
    private static readonly string[] ListingVerbs = [.. PrizeVerbs, "跻身", "进入", "位列", "列入", "进军"];

    // The words a league table's name ends in: a table of places (…百强区, …百强城市), the table itself (…百强榜), a ten-best.
    private static readonly string[] TableEndings =
        ["百强区", "百强县", "百强市", "百强城市", "百强榜", "十强区", "十强县", "十强市", "十佳"];

    // The most characters between the verb and the list's name (a level, a place, a field: 全国, 全省生态修复, “中国).
    private const int MaxListingGap = 8;

    /// <summary>
    /// Whether the label written between <paramref name="start"/> and <paramref name="end"/> (inside its marks, or unquoted) is
    /// the name of a top list the text enters something in: a ten-best (十大 and a word) after a verb of PrizeVerbs, or a
    /// table's name (TableEndings; or a table of firms, …百强, of three characters or more) after one of ListingVerbs; between them at most
    /// MaxListingGap characters, none a mark of punctuation, a closing quotation mark or 的; and no formula the lexicon
    /// lists inside the name.
    /// </summary>
    internal static bool NamesATopListing(string text, int start, int end, Lexicon lexicon)
    {
        if (start < 0 || end > text.Length || end - start < 3)
        {
            return false;
        }

        ReadOnlySpan<char> label = text.AsSpan(start, end - start);
        bool table = Affixes.EndsWithAny(label, TableEndings) || label.EndsWith("百强", StringComparison.Ordinal);
        if (!table && !label.StartsWith("十大", StringComparison.Ordinal))
        {
            return false;
        }

        // A formula the lexicon lists inside the list's name (全国十大美丽乡村, 央企十大国之重器) would be reported alone once the
        // name is dropped, cut from the prize it is part of (round 17): the name is left as it was.
        if (HoldsLexiconFormula(text[start..end], lexicon))
        {
            return false;
        }

        string[] verbs = table ? ListingVerbs : PrizeVerbs;

        for (int gap = 0; gap <= MaxListingGap && start - gap >= 2; gap++)
        {
            if (gap > 0 && "，。；：、,;:！？”’的\n".Contains(text[start - gap], StringComparison.Ordinal))
            {
                return false;
            }

            if (Affixes.EndsWithAny(text.AsSpan(0, start - gap), verbs))
            {
                return true;
            }
        }

        return false;
    }
}
