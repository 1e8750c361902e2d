// A formula the lexicon knows: what to call it, how it is written, what it stands for, and where it came from.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A known political formula (提法).</summary>
/// <remarks>
/// A mention of the formula is any of its spellings (<see cref="Spellings"/>, quote marks optional and 、 or ，
/// between parts), or all of its <see cref="Members"/> written one after another.
/// </remarks>
public sealed record LexiconEntry
{
    /// <summary>The canonical form, e.g. <c>六稳</c> or <c>四个“铁一般”</c>.</summary>
    public required string Canonical { get; init; }

    /// <summary>Other spellings and abbreviations that mean the same formula, e.g. <c>双碳</c> for <c>碳达峰、碳中和</c>.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The parts a numbered formula stands for (六稳 → 稳就业、稳金融 …); empty when it has none.</summary>
    public IReadOnlyList<FormulaMember> Members { get; init; } = [];

    /// <summary>A short theme tag such as <c>economy</c>, <c>party</c> or <c>environment</c>; empty when unknown.</summary>
    public string Theme { get; init; } = "";

    /// <summary>The first official appearance, when the lexicon's sources record one.</summary>
    public FirstAppearance? First { get; init; }

    /// <summary>What sort of formula it is; <see cref="FormulaKind.Unspecified"/> when the lexicon does not say.</summary>
    public FormulaKind Kind { get; init; }

    /// <summary>
    /// Its first occurrence in the national corpus (Government Work Reports 1954–2025 and CPC congress reports), computed
    /// by <c>policylens lexicon first</c>; null when it never occurs there (a provincial or municipal formula) or the
    /// lexicon does not record one.
    /// </summary>
    public CorpusAppearance? NationalFirst { get; init; }

    /// <summary>How the entry was checked by its curator (sources read, corpus evidence); empty when not recorded.</summary>
    public string Checked { get; init; } = "";

    /// <summary>
    /// The place whose own formula this is, by the short name its reports write (<c>驻马店</c>, <c>广东</c>); empty for a
    /// formula of any place. A place's entry is reported only in a text that names the place at least
    /// <see cref="Lexicon.PlaceMentionsNeeded"/> times (a report of that place, or of a city within that province): a city's
    /// numbered programme (三区两县) or goal may mean something else, or nothing, in another place's report.
    /// </summary>
    public string Place { get; init; } = "";

    /// <summary>
    /// The spellings of a place's entry that are reported in any text, whether or not it names <see cref="Place"/>: a full
    /// name no other place uses (百县千镇万村高质量发展工程, while the short 百千万工程 names other places' programmes too).
    /// Each is the canonical or one of the <see cref="Variants"/>; empty for most entries.
    /// </summary>
    public IReadOnlyList<string> Anywhere { get; init; } = [];

    /// <summary>
    /// The variants reported only where a text writes them bare, never inside quotation marks: an abbreviation that names
    /// this formula bare (实现四化, 四化建设 for 四个现代化) but, quoted in later texts, another formula of the same count
    /// (围绕“四新”主攻“四化”, Guizhou's own four; “四化”同步). Each is one of the <see cref="Variants"/>; empty for most entries.
    /// </summary>
    public IReadOnlyList<string> Bare { get; init; } = [];

    /// <summary>
    /// The first year from which a spelling is the formula, by spelling (the canonical or one of the <see cref="Variants"/>):
    /// a spelling that is also an ordinary phrase before the formula was coined (设备更新, a task word of the 1980s reports
    /// before the 2024 policy 大规模设备更新) is not reported in a text whose year is known and earlier. A spelling not listed
    /// is the formula in every year, and so is every spelling where the text's year is unknown. Empty for most entries.
    /// </summary>
    public IReadOnlyDictionary<string, int> Since { get; init; } = EmptySince;

    /// <summary>
    /// Whether the <see cref="Canonical"/> form is only the entry's name: the formula is found through its
    /// <see cref="Variants"/> and <see cref="Members"/>, never where a text writes the canonical form itself, and every
    /// mention still carries the canonical name. For a name that, written alone, is a descriptive phrase rather than the
    /// formula: 产业链供应链 is the policy in 维护产业链供应链稳定 and 产业链供应链安全, but a pair of nouns in 引导产业链供应链合理有序跨境布局
    /// (round 88). False for most entries.
    /// </summary>
    public bool NameOnly { get; init; }

    /// <summary>Where the entry came from: <c>built-in</c>, or the path of the user lexicon file.</summary>
    public string Source { get; init; } = Lexicon.BuiltInSource;

    /// <summary><see cref="Canonical"/> followed by <see cref="Variants"/>.</summary>
    public IEnumerable<string> Spellings => Variants.Prepend(Canonical);

    // The since years of an entry without any: one shared empty table, not one per entry of a 3,000-entry lexicon.
    internal static readonly IReadOnlyDictionary<string, int> EmptySince = new Dictionary<string, int>(StringComparer.Ordinal);
}
