// One row of the crosswalk from a PolicyLens theme to the Comparative Agendas Project's major topics.
namespace PolicyLens.Analysis.Themes;

/// <summary>Where a PolicyLens theme falls among the Comparative Agendas Project (CAP) major topics (see <see cref="CapCrosswalk"/>).</summary>
/// <param name="Theme">The PolicyLens theme code, e.g. <c>agriculture</c>.</param>
/// <param name="MajorTopic">The CAP major topic most of the theme's sentences belong to, e.g. 4.</param>
/// <param name="MajorTopicName">Its name in the CAP Master Codebook, e.g. <c>Agriculture</c>.</param>
/// <param name="AlsoTopics">Other CAP major topics some of the theme's sentences belong to (empty when it maps cleanly).</param>
/// <param name="Note">Why, where the mapping is not one to one (empty otherwise).</param>
public sealed record CapTopic(string Theme, int MajorTopic, string MajorTopicName, IReadOnlyList<int> AlsoTopics, string Note);
