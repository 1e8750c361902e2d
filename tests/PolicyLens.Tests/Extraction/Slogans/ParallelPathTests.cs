// Specifications of the parallel finder's acceptance paths (issue 13, parallel round 15b): every chain it reports is
// accepted by one frame (a shared verb, a shared function word inside, verb-headed units, subject + predicate, …) and one
// mark (a shared morpheme, quotes, a count, a frame noun, established units); the trace names both so that judged chains
// can be scored per path. With POLICYLENS_PARALLEL_PATHS=FILE the development texts' paths are written to FILE.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// The acceptance paths of <c>ParallelFinder</c> on sentences of the development reports and the national corpus.
/// </summary>
public sealed class ParallelPathTests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static List<(int Start, int End, string Surface, string Path)> Paths(string text) =>
        ParallelFinder.TracePaths(() => Extractor.Extract(text, new ExtractionContext("t", 2026)));

    private static string PathOf(string text, string surface) => Assert.Single(Paths(text), p => p.Surface == surface).Path;

    [Fact]
    public void Every_reported_chain_names_the_frame_and_the_mark_it_was_accepted_by()
    {
        // A one-character verb opens every unit; since round 18 the text must mark the chain too (here 的要求, a frame noun).
        Assert.Equal("3-verb-units framed marked", PathOf("坚持稳产量、促改革、调结构、惠民生、防风险的要求。", "稳产量、促改革、调结构、惠民生、防风险"));

        // The 2002 congress report: nouns after a shared 之 (framed here by 的要求).
        Assert.StartsWith("inner-function shared-char", PathOf("按照立党之本、执政之基、力量之源的要求。", "立党之本、执政之基、力量之源"));

        // A repeated head the report uses again (round 18's third mark).
        Assert.All(Paths("坚持管钱管物管人。要用制度管钱管物管人。"), p => Assert.Equal("repeated-head repeated", p.Path));
    }

    [Fact]
    public void The_paths_of_a_development_report_are_one_per_reported_chain()
    {
        Document report = new CorpusReader().Read(SharedData.Require("corpus/provincial/hubei_2026.txt")).First(); // round 18: qinghai_2026 has no marked chain left
        // Candidates a lexicon mention covers (稳就业、稳企业、稳市场、稳预期) are traced and then give way to it.
        var paths = ParallelFinder.TracePaths(() => Extractor.Extract(report));
        var chains = Extractor.Extract(report).Where(m => m.Kind == MentionKind.Parallel).Select(m => m.Surface).ToList();
        Assert.NotEmpty(chains);
        Assert.All(chains, c => Assert.Contains(paths, p => p.Surface == c));
        Assert.All(paths, p => Assert.Matches("^[0-9a-z-]+( [0-9a-z-]+)?( marked| repeated)?$", p.Path));

        if (Environment.GetEnvironmentVariable("POLICYLENS_PARALLEL_PATHS") is { Length: > 0 } output)
        {
            using var writer = new StreamWriter(output);
            foreach (string file in DevelopmentFiles())
            {
                // Read as JudgedMentionTests reads a report, so that the offsets are those of the judged files; the trace gives
                // view offsets, so each traced chain is paired with the reported mention of the same surface, in order.
                string text = File.ReadAllText(SharedData.Require("corpus/" + file));
                IReadOnlyList<SloganMention> mentions = [];
                var traced = ParallelFinder.TracePaths(() => mentions = Extractor.Extract(text, new ExtractionContext(file)));
                var reported = mentions.Where(m => m.Kind == MentionKind.Parallel).ToList();
                foreach (var (_, _, surface, path) in traced)
                {
                    if (reported.FirstOrDefault(m => m.Surface == surface) is { } mention)
                    {
                        reported.Remove(mention);
                        writer.WriteLine($"{file}\t{mention.Start}\t{mention.End}\t{surface}\t{path}");
                    }
                }
            }
        }
    }

    // The development allow-list of the parallel rounds: the national corpus and the development provincial and municipal
    // reports (never the held-out or set-aside ones).
    private static IEnumerable<string> DevelopmentFiles()
    {
        string[] provinces = ["anhui", "beijing", "chongqing", "fujian", "gansu", "guizhou", "hebei", "heilongjiang", "henan", "hubei", "jiangsu", "jiangxi", "jilin", "liaoning", "qinghai", "shaanxi", "sichuan", "xinjiang"];
        int[] zhumadian = [2009, 2010, 2011, 2014, 2017, 2018, 2020, 2023, 2024, 2025, 2026];
        string corpus = Path.Combine(SharedData.Root, "corpus");
        IEnumerable<string> National(string folder) => Directory.EnumerateFiles(Path.Combine(corpus, folder), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        return National("gwr").Concat(National("cpc-congress")).Concat(National("central"))
            .Concat(provinces.Select(p => $"provincial/{p}_2026.txt"))
            .Concat(["provincial/guangdong_2023.txt", "provincial/guangdong_2024.txt", "provincial/guangdong_2026.txt"])
            .Concat(zhumadian.Select(y => $"municipal/zhumadian_{y}.txt"));
    }
}
