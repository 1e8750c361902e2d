namespace PolicyLens.Analysis;

/// <summary>
/// What is counted: a canonical item of one kind (a lexicon formula, a numbered formula, a titled document, a named
/// policy, a target indicator…). Two mentions with the same key are the same item, whatever their surface form.
/// </summary>
/// <param name="Kind">The kind of item, lower case (<c>lexicon</c>, <c>numbered</c>, <c>titled</c>, <c>policy</c>, <c>target</c>…).</param>
/// <param name="Canonical">The canonical form (<c>六稳</c>, <c>供给侧结构性改革</c>, <c>gdp_growth</c>).</param>
public readonly record struct ItemKey(string Kind, string Canonical) : IComparable<ItemKey>
{
    /// <inheritdoc />
    public int CompareTo(ItemKey other)
    {
        int kind = string.CompareOrdinal(Kind, other.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(Canonical, other.Canonical);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Canonical}";
}
