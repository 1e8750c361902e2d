namespace PolicyLens.Analysis.Themes;

/// <summary>One row of the topic-words table: a word among the most probable of an LDA topic.</summary>
/// <param name="Topic">The topic's number, from 0.</param>
/// <param name="Rank">The word's rank in the topic, from 1.</param>
/// <param name="Word">The word (a jieba token).</param>
/// <param name="Score">The word's weight in the topic, as ML.NET's LDA reports it (its count in the topic's word distribution).</param>
public sealed record TopicWord(int Topic, int Rank, string Word, double Score);
