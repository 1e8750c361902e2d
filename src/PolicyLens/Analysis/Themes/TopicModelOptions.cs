namespace PolicyLens.Analysis.Themes;

/// <summary>
/// How <see cref="TopicModel.Fit"/> runs LDA. Immutable; change with <c>with</c>:
/// <code>var options = TopicModelOptions.Default with { Topics = 12 };</code>
/// </summary>
public sealed record TopicModelOptions
{
    /// <summary>Twenty topics, 200 Gibbs iterations, one thread, seed 1.</summary>
    public static TopicModelOptions Default { get; } = new();

    /// <summary>Number of topics.</summary>
    public int Topics { get; init; } = 20;

    /// <summary>Gibbs sampling iterations of ML.NET's LightLDA.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>Words listed per topic in <see cref="TopicModel.Words"/>.</summary>
    public int WordsPerTopic { get; init; } = 10;

    /// <summary>Words in fewer paragraphs than this are left out: LDA cannot place them and they slow it down.</summary>
    public int MinimumDocumentFrequency { get; init; } = 5;

    /// <summary>Words in more than this share of the paragraphs are left out: they are in every topic and define none.</summary>
    public double MaximumDocumentShare { get; init; } = 0.25;

    /// <summary>Sum of the document–topic Dirichlet prior (ML.NET's <c>alphaSum</c>).</summary>
    public float AlphaSum { get; init; } = 100;

    /// <summary>The topic–word Dirichlet prior (ML.NET's <c>beta</c>).</summary>
    public float Beta { get; init; } = 0.01f;

    /// <summary>Seed of ML.NET's context; with one thread the same text and options give the same topics.</summary>
    public int Seed { get; init; } = 1;
}
