// Round 114 (numprec114): numbered labels that count concrete things (kept with the other counts in CountOfThings) or grade a
// unit, and two generic heads of kind, read from
// the 2024 city reports of the pool (the public repository JiangGufan/digital-governance, data/txt_doc_level; round 113's
// development text of the fresh kind) and checked over every readable text. The codebook: count phrases of ordinary things
// are no numbered formula (its "Code" list; round 27, point 3: “两金” for two payments), a rating of a unit is not coded
// (round 58: a hospital's grade), and a generic count label written right after its field is one item with the field
// (rounds 26, 27 and 47: the generic heads are an open class).
// - Land counted by its kinds (处置“三类土地”1.2万亩, chizhou; “三类用地”及国有闲置厂房处置率, yueyang; 清理“三类用地”3.5万亩,
//   tongling; 林地、“四荒地”利用率, tianmen): the plots a city clears or uses, a count of things however often a province
//   repeats it.
// - People and income counted by their kinds (农业生产经营等“五类人才”, chuzhou; “四类人群”参保率100%, aba; 持续增加脱贫群众
//   四项收入, anshun; 持续提升“四项收入”水平, qianxinan): the groups a service reaches and the kinds of income it raises.
// - Banks counted (两家“四大行”入股市属国企, ziyang; 实现六大国有银行全覆盖, meishan): firms, which the codebook does not code.
// - Lanes and expressways counted (宣广高速具备“八车道”通行条件, xuancheng; 对接花湖机场“三条快速路”加快建设, huangshi): works
//   built, as GenericTopics already counts 高速公路 and 公路.
// - A grade or a ten-best written alone in its marks (确保5家开发区进入全省“一等”, jining; 入选全省…长三角一体化发展“十佳”创新案例,
//   wuhu and tongling, where the verb stands too far before the list for QuotedLabelShape.NamesATopListing): a rank, no formula.
// - N件事 (two or more) and N条路径 are generic heads of kind (things to do, paths to take): written right after their field
//   (乡村建设“六件事”, shiyan; 开发区“九件事”, chizhou; 招商引资“四条路径”, bazhong) the field is part of the item and the bare
//   label a cut core, as round 47 reads …篇文章 and …条. 一件事 stays out: it is the national 高效办成一件事, a formula of its
//   own after any field of service. The field walk (FieldStartBefore) takes in a verb it does not know (推深做实开发区“九件事”,
//   chizhou; 创新“六条路径”盘活…, guizhou_2026, whose gold codes the bare 六条路径): for these two heads the field must open on a
//   word the segmenter's dictionary tags a noun (乡村, 开发区, 招商引资), or the label stays bare.
using System.Text.RegularExpressions;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class NumberedFinder
{
    [GeneratedRegex("^(?:十佳|十优|[一二三]等)$")]
    private static partial Regex GradeOrTenBest();

    /// <summary>
    /// Whether a numbered label (quoted content, or an unquoted count) counts land, banks, lanes or expressways, or is a grade or
    /// a ten-best alone: no numbered formula.
    /// </summary>
    internal static bool CountsThingsOrRanks(string label) =>
        CountOfThings.Counts(label) || GradeOrTenBest().IsMatch(label);

    // Whether the label after its numerals (label[numerals..]) is N件事 with N of two or more, or N条路径.
    private static bool IsMeasuredTaskLabel(ReadOnlySpan<char> label, int numerals)
    {
        ReadOnlySpan<char> measured = label[numerals..];
        if (measured.SequenceEqual("件事"))
        {
            return !(numerals == 1 && label[0] == '一');
        }

        return measured.SequenceEqual("条路径");
    }

    /// <summary>
    /// Whether the quoted label at <paramref name="open"/>, <paramref name="close"/> is N件事 or N条路径 and its field, found to
    /// start at <paramref name="start"/>, opens on a word the segmenter's dictionary does not tag a noun or a verbal noun (a
    /// verb the field walk took in): the label then stays bare.
    /// </summary>
    private static bool IsTaskLabelAfterAVerb(TextView view, int open, int close, int start)
    {
        ReadOnlySpan<char> label = view.Text.AsSpan(open + 1, close - open - 1);
        int numerals = 0;
        while (numerals < label.Length && IsSmallNumeral(label[numerals]))
        {
            numerals++;
        }

        if (start < 0 || numerals == 0 || numerals == label.Length || !IsMeasuredTaskLabel(label, numerals))
        {
            return false;
        }

        int t = view.TokenIndexAt(start);
        return t < 0 || JiebaData.IsNoun(view.Text.AsSpan(view.Tokens[t].Start, view.Tokens[t].Length)) is null;
    }
}
