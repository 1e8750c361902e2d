using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens discover PATH... [--top N] [--min-frequency N] [--lexicon FILE] [--reference PATH] [--as-lexicon]</c>:
/// candidate formulas not yet in the lexicon, best first, as a table or as lines ready to paste into a user lexicon.
/// </summary>
internal static class DiscoverCommand
{
    internal static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A .txt file or a folder of them (the documents to compare).",
            Arity = ArgumentArity.OneOrMore,
        };
        var top = CommandLine.Ranged(new Option<int>("--top", "-n") { DefaultValueFactory = _ => 50 }, "How many candidates to list", 1, 100_000);
        var minFrequency = CommandLine.Ranged(new Option<int>("--min-frequency") { DefaultValueFactory = _ => 5 }, "The fewest occurrences of a candidate", 1, 1_000_000);
        var lexicon = new Option<string[]>("--lexicon", "-l") { Description = "A user lexicon whose entries are already known; may be repeated." };
        var reference = new Option<string[]>("--reference", "-r")
        {
            Description = "Earlier texts to contrast with (a .txt file or a folder; may be repeated): phrases they already use widely rank lower.",
        };
        var asLexicon = new Option<bool>("--as-lexicon")
        {
            Description = "Print user-lexicon lines (canonical<TAB>theme) with the evidence as comments, instead of a table.",
        };

        var command = new Command("discover", "Rank candidate formulas (cohesive, free-standing recurring phrases) not yet in the lexicon.")
        {
            paths, top, minFrequency, lexicon, reference, asLexicon,
        };
        command.SetAction(result =>
        {
            Lexicon lex = Lexicon.Default;
            foreach (string file in result.GetValue(lexicon) ?? [])
            {
                lex = CommandLine.OptionFile("--lexicon", file, () => lex.WithFile(file));
            }

            // A path that cannot be read is named and skipped like a bad file inside a folder: the rest is still compared.
            var documents = new List<(string Id, string Text)>();
            int skipped = 0;
            foreach (string path in result.GetValue(paths)!)
            {
                skipped += Read(result, path, documents);
            }

            var referenceDocuments = new List<(string Id, string Text)>();
            foreach (string path in result.GetValue(reference) ?? [])
            {
                skipped += Read(result, path, referenceDocuments);
            }

            var discovery = new FormulaDiscovery(lex, new DiscoveryOptions
            {
                Top = result.GetValue(top),
                MinFrequency = result.GetValue(minFrequency),
            });
            Write(discovery.Discover(documents, [.. referenceDocuments.Select(d => d.Text)]), result.GetValue(asLexicon));
            return skipped == 0 ? CommandLine.Ok : CommandLine.InputFailed;
        });
        return command;
    }

    // Reads a file or folder into documents; a path that cannot be read is named and skipped like a bad file inside a
    // folder. Returns how many inputs were skipped.
    private static int Read(ParseResult result, string path, List<(string Id, string Text)> documents)
    {
        var reader = new CorpusReader(CommandLine.Corpus(result, "discover"));
        int skipped = 0;
        try
        {
            documents.AddRange(reader.Read(path).Select(d => (d.Id, d.Text)));
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"policylens discover: {e.Message}");
            skipped++;
        }

        return skipped + reader.Summary.Skipped.Count;
    }

    private static void Write(IReadOnlyList<FormulaCandidate> candidates, bool asLexicon)
    {
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        CultureInfo c = CultureInfo.InvariantCulture;
        if (asLexicon)
        {
            output.WriteLine("# Candidates from policylens discover: keep the lines that are real formulas, add a theme, and pass the file with --lexicon.");
        }
        else
        {
            output.WriteLine("rank\tcandidate\tscore\tfrequency\tdocuments\tcohesion_pmi\tleft_entropy\tright_entropy\tpattern\tdocument_ids");
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            FormulaCandidate k = candidates[i];
            string pattern = k.Pattern?.ToString().ToLowerInvariant() ?? "";
            if (asLexicon)
            {
                output.WriteLine(string.Create(c, $"# score {k.Score:F1}, {k.Frequency}× in {k.Documents.Count} documents ({string.Join(' ', k.Documents.Take(8))}), PMI {k.Cohesion:F2}, entropy {k.LeftEntropy:F2}/{k.RightEntropy:F2} {pattern}"));
                output.WriteLine($"{k.Text}\t");
            }
            else
            {
                output.WriteLine(string.Create(c, $"{i + 1}\t{k.Text}\t{k.Score:F1}\t{k.Frequency}\t{k.Documents.Count}\t{k.Cohesion:F2}\t{k.LeftEntropy:F2}\t{k.RightEntropy:F2}\t{pattern}\t{string.Join(' ', k.Documents)}"));
            }
        }
    }
}
