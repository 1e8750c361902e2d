namespace PolicyLens.Analysis.Themes;

/// <summary>
/// One policy theme of a <see cref="ThemeTaxonomy"/>: the code that tables use, its names, and the seed words whose
/// presence in a sentence labels it with the theme for training (<c>agriculture</c>: 农业, 粮食, 农民…).
/// </summary>
/// <param name="Code">The stable identifier written in tables, e.g. <c>agriculture</c>, <c>fiscal_financial</c>.</param>
/// <param name="Name">The Chinese name, e.g. <c>农业与农村</c>.</param>
/// <param name="EnglishName">The English name, e.g. <c>Agriculture and rural affairs</c>.</param>
/// <param name="Seeds">Words or phrases that mark a sentence as being about the theme; matched as substrings, leftmost-longest.</param>
public sealed record PolicyTheme(string Code, string Name, string EnglishName, IReadOnlyList<string> Seeds);
