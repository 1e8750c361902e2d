// Round 57 (numbered57, issue 13): an UNQUOTED count N个 + a one-word kind right after a list of as many named members sums the
// list up; it counts things, no formula (codebook: count phrases; round 27, point 3). 完善住房市场和住房保障两个体系 (shenzhen
// 2024, longhua 2024), 推动超高清视频显示、智能终端两个产值超千亿集群 (baoan 2024), 覆盖范围、事项数量、补贴金额、惠及群体
// 四个“全省第一” (longhua 2024): the blind judges of unseen26j and unseen26k read all five wrong as count phrases.
// NumberedFinder.SumsUpList already reads counts after a 、 list of three or more short items (both read the clause part before
// the count with ListBeforeCount since round 58: one reader, the output over every readable text the same); it leaves two
// members joined by 和 (守好发展和生态两条底线 is a formula's two parts) and lists whose first item carries the clause's verb (推动超高清视频显示, over its
// length bound) or whose 及 stands inside a word (惠及). Here only the measure 个 (两个体系, not 两条底线 nor 三大动力: round 26 reads
// a generic N大/N项 label after its field as one item with the field), and only a kind written as ONE word (体系, 产值, 阶级) or
// in quotation marks (四个“全省第一”): a longer topic carries content of its own (垃圾分类和物业管理两个关键小事, beijing 2026: coded).
// Members are counted by 、 (A、B和C: the 和 before the last member joins no further one); with no 、, by one 和/与/及 between
// two members, standing between words (not inside 惠及). A generic or pair head SummedListLabel reads with its list (耕地和种子两个
// 要害: round 48's redraw, a coded item) is left to it.
namespace PolicyLens.Extraction.Slogans;

internal static class CountAfterNamedList
{
    // The longest clause part read: a list is short; a longer stretch is prose (61 characters: the bound of round 57's walk,
    // which turned a part away once it had walked 60 back and found no mark).
    private const int MaxClauseLength = 61;

    /// <summary>
    /// Whether the unquoted count at <paramref name="numeral"/> (numeral, 个, then the topic [topicStart, topicEnd)) sums up a
    /// list of as many members written right before it.
    /// </summary>
    internal static bool SumsUp(TextView view, int numeral, int measure, int topicStart, int topicEnd)
    {
        string text = view.Text;
        if (text[measure] != '个' || measure != numeral + 1 || numeral == 0 || text[numeral - 1] is '“' or '‘' or '”')
        {
            return false;
        }

        int count = NumberedFinder.SmallNumeralValue(text[numeral]);
        if (count < 2 || topicEnd <= topicStart)
        {
            return false;
        }

        bool quotedTopic = text[topicStart] == '“';
        if (!quotedTopic && !view.IsSingleToken(topicStart, topicEnd - topicStart))
        {
            return false;
        }

        // 耕地和种子两个要害, 城市生命线、全域水患治理、城乡安居三大工程: a generic or pair head the list is read with as one label
        // (SummedListLabel, rounds 44 and 48) is left to that reader.
        if (!quotedTopic && SummedListLabel.ReadsHead(text[topicStart..topicEnd]))
        {
            return false;
        }

        // The clause part before the count, read as SumsUpList reads it (ListBeforeCount).
        if (ListBeforeCount.Read(text, numeral) is not ListBeforeCount list || list.Length > MaxClauseLength)
        {
            return false;
        }

        int commas = list.EnumerationMarks;
        if (commas > 0)
        {
            return commas + 1 == count;
        }

        if (count != 2)
        {
            return false;
        }

        return list.StandaloneJoins(view) == 1;
    }
}
