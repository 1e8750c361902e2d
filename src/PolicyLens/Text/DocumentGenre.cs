// What kind of text a document is.
namespace PolicyLens.Text;

/// <summary>The kind of text a document is.</summary>
public enum DocumentGenre
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A speech (讲话, 致辞).</summary>
    Speech,

    /// <summary>A government work report (政府工作报告).</summary>
    WorkReport,

    /// <summary>A resolution of a congress (决议, …会议通过).</summary>
    Resolution,

    /// <summary>A news item (本报讯…).</summary>
    News,

    /// <summary>A Party congress report (在中国共产党第N次全国代表大会上的报告).</summary>
    CongressReport,

    /// <summary>Something else, as stated by metadata.</summary>
    Other,

    /// <summary>
    /// A document a Party or government body issues: an opinion, decision, notice, measures or plan
    /// (中共中央关于…的决定, 包头市人民政府办公室关于印发…的通知).
    /// </summary>
    PolicyDocument,
}
