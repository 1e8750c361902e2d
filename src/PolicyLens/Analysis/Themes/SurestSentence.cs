// One row of the theme_sentences table: one of the sentences a theme's classifier was surest of, with its rank.
namespace PolicyLens.Analysis.Themes;

/// <summary>
/// One of the sentences the classifier was surest of for a theme (or <see cref="ThemeClassifier.None"/>): a row of the
/// <c>theme_sentences</c> table of <c>policylens analyze</c>, which the HTML report lists under the theme shares.
/// </summary>
/// <param name="Theme">The theme: the sentence's primary theme.</param>
/// <param name="Sentences">How many sentences of the corpus have that primary theme.</param>
/// <param name="Rank">The sentence's place among the theme's surest, from 1: highest probability first, ties in corpus order
/// (document, then sentence).</param>
/// <param name="Sentence">The sentence, with its offsets, section, probabilities and text.</param>
public sealed record SurestSentence(string Theme, long Sentences, int Rank, SentenceTheme Sentence);
