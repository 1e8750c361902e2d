using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Recall and precision on the seed against the hand-read gold list (seed-gold.tsv). The figures are printed;
/// run <c>dotnet test PolicyLens.sln -c Release --filter SeedGoldTests --logger "console;verbosity=detailed"</c> to see them.
/// </summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    private static string SeedText => SharedData.ReadText("seed/000_e6291346d70f122d.txt");

    [Fact]
    public void Built_in_lexicon_alone_finds_most_of_the_gold_and_little_else()
    {
        SeedGold.Score score = Run(Lexicon.Default);
        Assert.True(score.Recall >= 0.80, $"recall {score.Recall:P1}; missed: {string.Join(", ", score.Missed)}");
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:P1}; spurious: {string.Join(", ", score.Spurious)}");
    }

    [Fact]
    public void With_the_local_user_lexicon_the_local_formulas_are_found_too()
    {
        Lexicon lexicon = Lexicon.Default.WithFile(Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang.lexicon.tsv"));
        SeedGold.Score score = Run(lexicon);
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:P1}; missed: {string.Join(", ", score.Missed)}");
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:P1}; spurious: {string.Join(", ", score.Spurious)}");
        Assert.DoesNotContain(score.Missed, m => m.StartsWith("省域副中心城市", StringComparison.Ordinal) || m.StartsWith("3311工程计划", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_copy_of_the_seed_is_the_seed()
    {
        string sample = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt"));
        Assert.Equal(SeedText, sample);
    }

    private SeedGold.Score Run(Lexicon lexicon)
    {
        IReadOnlyList<SloganMention> mentions = new SloganExtractor(lexicon).Extract(SeedText, new ExtractionContext("seed", 2020));
        SeedGold.Score score = SeedGold.Evaluate(mentions, SeedGold.Load());
        output.WriteLine($"lexicon {lexicon.Version}: gold {score.Gold}, extracted {score.Extracted}, matched {score.Matched}, " +
                         $"recall {score.Recall:P1}, precision {score.Precision:P1}");
        output.WriteLine($"missed: {string.Join(", ", score.Missed)}");
        output.WriteLine($"spurious: {string.Join(", ", score.Spurious)}");
        return score;
    }
}
