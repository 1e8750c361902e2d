namespace PolicyLens.Analysis.Themes;

/// <summary>One row of the <c>topics</c> table: how much of a group's text an LDA topic accounts for.</summary>
/// <param name="Group">The group key.</param>
/// <param name="Topic">The topic's number, from 0.</param>
/// <param name="Label">The topic's three most probable words joined by <c>/</c>, so that a table can be read without the topic-words table.</param>
/// <param name="Characters">The group's characters attributed to the topic: each paragraph's letters and digits times the topic's proportion in it.</param>
/// <param name="Share">Characters over all of the group's characters in modelled paragraphs (0–1).</param>
public sealed record TopicShare(string Group, int Topic, string Label, double Characters, double Share);
