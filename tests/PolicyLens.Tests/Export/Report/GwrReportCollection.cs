namespace PolicyLens.Tests.Export.Report;

/// <summary>The tests that share one <see cref="GwrReport"/> (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class GwrReportCollection : ICollectionFixture<GwrReport>
{
    public const string Name = "report of gwr";
}
