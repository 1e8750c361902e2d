// What sort of formula a lexicon entry is, as a China scholar would classify it: a slogan is not a strategy, and a
// campaign is not an institution. Researchers count them apart.
namespace PolicyLens.Extraction.Slogans;

/// <summary>The kind of a <see cref="LexiconEntry"/>.</summary>
public enum FormulaKind
{
    /// <summary>Not classified (user entries that give no kind).</summary>
    Unspecified,

    /// <summary>A slogan or watchword (口号、提法): 稳中求进, 绿水青山就是金山银山, 不敢腐、不能腐、不想腐.</summary>
    Slogan,

    /// <summary>A guiding thought, theory or concept (指导思想、理念): 科学发展观, 新发展理念, 总体国家安全观.</summary>
    GuidingThought,

    /// <summary>A named strategy (战略): 乡村振兴战略, 科教兴国战略, 京津冀协同发展.</summary>
    Strategy,

    /// <summary>A named policy or reform (政策、改革): 供给侧结构性改革, 以旧换新, 营改增.</summary>
    Policy,

    /// <summary>A campaign, programme or action (工程、行动、攻坚战、专项整治): 千万工程, 蓝天保卫战.</summary>
    Campaign,

    /// <summary>A plan or outline (计划、规划、纲要): 第十四个五年规划, 中国制造2025.</summary>
    Plan,

    /// <summary>Institution-building (制度、体制、示范区): 河长制, 民族区域自治制度, 自由贸易试验区.</summary>
    InstitutionBuilding,

    /// <summary>A numbered formula (数字化提法): 两个维护, 六稳, 三去一降一补.</summary>
    NumberedFormula,
}
