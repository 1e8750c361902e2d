namespace PolicyLens.Analysis;

/// <summary>What the documents are grouped by for the statistics.</summary>
public enum GroupBy
{
    /// <summary>The document's year (the time axis of trends).</summary>
    Year,

    /// <summary>The congress session (<c>national/13/2</c>), placed in time by the session's year when it is certain.</summary>
    Session,

    /// <summary>Each document on its own, placed in time by its year.</summary>
    Doc,

    /// <summary>The level of government (national, provincial, municipal, county); no time axis.</summary>
    Level,

    /// <summary>The region named in the document; no time axis.</summary>
    Region,

    /// <summary>The whole corpus as one group, <c>all</c>; no time axis.</summary>
    All,
}
