// A composition label that heads a paragraph or a sentence (round 70, quoted70): nanshan-gwr-2024 opens its paragraphs with two
// fields or factors joined by + and a verb and its object, closed by a full stop — “空间+资金”强化要素保障。 “投资+消费”提振信心。
// “文化+体育”促进交流。 “线上+线下”做好贴心服务。 The label is the topic of the heading (what the paragraph then lists), not a
// model or a programme the report names: the blind judges of unseen26k read 空间+资金 and 文化+体育 wrong as items, and no
// readable gold codes any of the four. Over every readable text a composition label of words stands in this shape at these four
// places only; the composition labels the golds code stand inside a sentence, after a verb (推行“有组织科研+有组织成果转化”) or
// before the noun phrase they qualify (“党建+网格+大数据”模式).

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The verb and object of a heading: two to six Han characters between the closing mark and the full stop.
    private const int HeadingPredicateMaxLength = 6;

    /// <summary>
    /// Whether the composition label of words <paramref name="content"/> between the marks at <paramref name="open"/> and
    /// <paramref name="close"/> heads a sentence: the opening mark starts the sentence (after 。, ；, ！ or at a paragraph's
    /// start) and two to HeadingPredicateMaxLength Han characters after the closing mark end it with 。.
    /// </summary>
    internal static bool IsCompositionHeading(string text, int open, int close, string content)
    {
        if (!IsCompositionOfWords(content) || !content.Split(['+', '＋']).All(w => w.All(TextView.IsHan)))
        {
            return false;
        }

        bool opensSentence = open == 0 || text[open - 1] is '。' or '；' or '！' or '\n' or '　' or ' ';
        int stop = close + 1;
        while (stop < text.Length && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        int predicate = stop - close - 1;
        return opensSentence && predicate is >= 2 and <= HeadingPredicateMaxLength && stop < text.Length && text[stop] == '。';
    }
}
