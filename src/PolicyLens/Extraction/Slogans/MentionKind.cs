// The kinds of formula-like unit the extractor reports; each is found by its own rule (see SloganExtractor).
namespace PolicyLens.Extraction.Slogans;

/// <summary>How a <see cref="SloganMention"/> was recognised.</summary>
public enum MentionKind
{
    /// <summary>
    /// A formula in the lexicon, in any spelling, or written out as its full list of members; also a local version of a
    /// national campaign or a goal written with a place or field the way the lexicon's templates are (平安长沙, 科教强省),
    /// and a report's own goal formula, one it repeats (高质量跨越发展, subtype <c>own</c>: <see cref="SloganExtractorOptions.OwnFormulas"/>).
    /// </summary>
    Lexicon,

    /// <summary>A short formula-like string in “…”, ‘…’ or 「…」 (not reported speech, not a title).</summary>
    Quoted,

    /// <summary>A number + measure + topic formula (两个维护, 三大攻坚战, 五型机关, 十四五) or a compound one (一府一委两院).</summary>
    Numbered,

    /// <summary>Short parallel phrases joined by 、 (稳增长、促改革、调结构; two only where the text marks the pair as a formula: 开好局、起好步), or a repeated-head chain (真学真懂真信真用).</summary>
    Parallel,

    /// <summary>A document named in 《…》, typed by its last word (<see cref="TitledDocumentType"/>).</summary>
    Titled,

    /// <summary>A named strategy or programme ending in 战略, 工程, 计划, 行动, 改革, 政策, 攻坚战, 试点, 示范区 and the like.</summary>
    Policy,
}
