// The `extract` command: formulas, slogans, titled documents and named policies of a corpus, as one table.
using System.CommandLine;
using PolicyLens.Export;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens extract PATH... [--kind lexicon,quoted,numbered,parallel,titled,policy] [--lexicon FILE] [--format csv|jsonl] [--nested] [--context N]</c>:
/// one row per formula, slogan, titled document or named policy.
/// </summary>
/// <remarks>
/// The table is <see cref="AnalysisTables.Extracted"/>: <c>doc, year, kind, canonical, surface, theme, start, end, context</c>,
/// then <c>subtype</c> (a titled document's type; <c>canonical</c>, <c>variant</c> or <c>members</c> for a lexicon formula)
/// and <c>nested</c>. Offsets are UTF-16 code units into the source file, end exclusive.
/// </remarks>
internal static class ExtractCommand
{
    internal static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A .txt file or a folder of them (UTF-8, UTF-16 or GB18030; the year is read from the file name).",
            Arity = ArgumentArity.OneOrMore,
        };
        var kinds = new Option<string?>("--kind", "-k")
        {
            Description = "Kinds to report, comma-separated: lexicon, quoted, numbered, parallel, titled, policy (all by default).",
        };
        var lexicon = new Option<string[]>("--lexicon", "-l")
        {
            Description = "A user lexicon (tab-separated lines or JSON) added to the built-in one; may be repeated.",
        };
        var format = TableOutput.FormatOption();
        var nested = new Option<bool>("--nested")
        {
            Description = "Also report formulas inside longer ones (by default a count never includes a formula inside another).",
        };
        var context = new Option<int>("--context")
        {
            Description = "Characters of context either side of a mention.",
            DefaultValueFactory = _ => 20,
        };

        var command = new Command("extract", "Extract formulas, slogans, titled documents and named policies, typed and located.")
        {
            paths, kinds, lexicon, format, nested, context,
        };
        command.SetAction(result =>
        {
            SloganExtractor extractor;
            try
            {
                HashSet<MentionKind> selected = ParseKinds(result.GetValue(kinds));
                Lexicon lex = Lexicon.Default;
                foreach (string file in result.GetValue(lexicon) ?? [])
                {
                    lex = lex.WithFile(file);
                }

                extractor = new SloganExtractor(lex, new SloganExtractionOptions
                {
                    Kinds = selected,
                    CountingUnit = result.GetValue(nested) ? CountingUnit.Nested : CountingUnit.Outermost,
                    ContextCharacters = Math.Max(0, result.GetValue(context)),
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or LexiconFormatException or ArgumentException)
            {
                Console.Error.WriteLine($"policylens extract: {e.Message}");
                return 2;
            }

            return Run(result.GetValue(paths)!, extractor, result.GetValue(format));
        });
        return command;
    }

    private static int Run(string[] paths, SloganExtractor extractor, ExportFormat format)
    {
        int failures = 0;
        IEnumerable<SloganMention> Mentions()
        {
            foreach (string path in paths)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    Console.Error.WriteLine($"policylens extract: {path}: no such file or folder");
                    failures++;
                    continue;
                }

                var reader = new CorpusReader(new CorpusOptions { OnSkipped = s => Console.Error.WriteLine($"policylens extract: skipped {s}") });
                foreach (Document document in reader.Read(path))
                {
                    foreach (SloganMention mention in extractor.Extract(document))
                    {
                        yield return mention;
                    }
                }

                failures += reader.Summary.Skipped.Count;
            }
        }

        // The header is written even when nothing is found: an empty table, not an empty file.
        TableOutput.Write(AnalysisTables.Extracted, format, Mentions());
        return failures == 0 ? 0 : 1;
    }

    private static HashSet<MentionKind> ParseKinds(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return [.. Enum.GetValues<MentionKind>()];
        }

        var kinds = new HashSet<MentionKind>();
        foreach (string name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse(name, ignoreCase: true, out MentionKind kind) || !Enum.IsDefined(kind))
            {
                throw new ArgumentException($"--kind: unknown kind '{name}'; use lexicon, quoted, numbered, parallel, titled or policy, separated by commas.");
            }

            kinds.Add(kind);
        }

        return kinds;
    }
}
