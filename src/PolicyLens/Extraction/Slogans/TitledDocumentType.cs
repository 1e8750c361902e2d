// What kind of document a title in 《…》 names, read from the title's last word: researchers compare how often
// a government cites laws, plans or opinions.
namespace PolicyLens.Extraction.Slogans;

/// <summary>The type of a document named in 《…》.</summary>
public enum TitledDocumentType
{
    /// <summary>Anything else: a book, a speech, a newspaper, a work of art. Not reported as a mention (not a document of state).</summary>
    Other,

    /// <summary>A law: the title ends in 法.</summary>
    Law,

    /// <summary>A regulation: 条例, 规定, 办法, 细则, 规则.</summary>
    Regulation,

    /// <summary>A plan: 规划, 纲要, 计划.</summary>
    Plan,

    /// <summary>An opinion: 意见.</summary>
    Opinion,

    /// <summary>A decision or resolution: 决定, 决议.</summary>
    Decision,

    /// <summary>A programme: 方案.</summary>
    Programme,

    /// <summary>A report: 报告.</summary>
    Report,

    /// <summary>A treaty, convention, declaration or communiqué between states or of an international body: 条约, 公约, 协定, 宣言, 议定书, 公报, 宪章.</summary>
    Treaty,
}
