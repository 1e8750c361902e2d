// Quoted labels before a noun phrase that holds an activity word or runs long (round 56, np56): the codebook's round-47 decision
// (a quoted label written right before a noun phrase it qualifies is one item with it, up to the phrase's head noun) read where
// round 47's walk (NounPhraseEnd) stops short of the head: at an activity word the segmenter and PolicyFinder.Stops read as a
// verb but that stands inside the compound as a modifier of the head (“五个中心”建设部署, “一榜三令”高效执行机制, “1+11+N”基层
// 就业服务网点, “N个1”培育推进机制, “政府+企业+社会”多元长期稳定投入机制), or past its window of eight characters (“鹏城万里”多层次
// 户外步道体系, “五个无忧”全周期人才服务保障体系): the judges of unseen26j and unseen26l read the bare labels there as cut short.
// The phrase still closes only on a head of kind of NounPhraseHeads, at least two tokens after the mark (a head alone, “四港联动”
// 机制, repeats the label's kind), stops at a count (“IT+BT+低碳”三大主导产业: round 70 reads the count and the phrase counted,
// CountedKinds.cs), at every other stop (的, 等, 和, 打造, 完善 …), and
// every refusal of NounPhraseEnd holds (a lexicon formula inside the phrase, a pilot, the last label of a run, an X+ label …).

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Activity words that modify the head of a noun phrase (建设部署, 执行机制, 服务网点, 推进机制, 稳定投入机制, 培育体系) rather
    // than start a clause after the label, where a head of kind closes the phrase after them.
    private static readonly string[] ActivitiesInsidePhrase = ["建设", "服务", "执行", "推进", "培育", "稳定", "支持", "宣传"];

    // The longest phrase read so (全周期人才服务保障体系 is eleven characters).
    private const int ActivityPhraseWindow = 12;

    /// <summary>
    /// The end of the noun phrase written right after the closing mark at <paramref name="close"/> that round 47's walk refused
    /// for an activity word inside it or its length, or -1: whole Han tokens, at most ActivityPhraseWindow characters, none a
    /// count or a stop other than ActivitiesInsidePhrase, at least two, the last closing on a head of NounPhraseHeads.
    /// </summary>
    private static int ActivityNounPhraseEnd(TextView view, int close) =>
        WordThroughHead(view, close, NounPhraseHeads, ActivityPhraseWindow, stopMayBeHead: false, headAlone: false, minimumTokens: 2, stopAtCount: true, passable: ActivitiesInsidePhrase);
}
