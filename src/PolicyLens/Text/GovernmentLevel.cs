// The tier of government a document or a session belongs to.
namespace PolicyLens.Text;

/// <summary>The tier of government of a document or a session.</summary>
public enum GovernmentLevel
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>The national level: 全国人大, 国务院, the Party Central Committee.</summary>
    National,

    /// <summary>A province, autonomous region, or one of the four municipalities under the central government (北京市…).</summary>
    Provincial,

    /// <summary>A prefecture-level city or autonomous prefecture (衡阳市).</summary>
    Municipal,

    /// <summary>A county, county-level district or banner (县, 区, 旗).</summary>
    County,
}
