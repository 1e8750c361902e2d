// One candidate formula proposed by discovery, with the evidence a researcher needs to accept or reject it.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A recurring phrase that looks like a formula and is not yet in the lexicon.</summary>
/// <param name="Text">The phrase as written (its tokens joined).</param>
/// <param name="Score">The ranking score: cohesion × boundary freedom × log frequency, raised when it fits a formula pattern.</param>
/// <param name="Frequency">How many times it occurs.</param>
/// <param name="Documents">The identifiers of the documents it occurs in, in corpus order.</param>
/// <param name="Cohesion">Pointwise mutual information (bits) across its weakest internal split: high when its parts rarely occur apart.</param>
/// <param name="LeftEntropy">Branching entropy (bits) of the token before it: high when it starts a free-standing unit.</param>
/// <param name="RightEntropy">Branching entropy (bits) of the token after it.</param>
/// <param name="Pattern">The formula pattern it fits (<see cref="MentionKind.Numbered"/>, <see cref="MentionKind.Policy"/>, <see cref="MentionKind.Parallel"/> or <see cref="MentionKind.Quoted"/> when it is mostly quoted), or null.</param>
public sealed record FormulaCandidate(
    string Text,
    double Score,
    int Frequency,
    IReadOnlyList<string> Documents,
    double Cohesion,
    double LeftEntropy,
    double RightEntropy,
    MentionKind? Pattern);
