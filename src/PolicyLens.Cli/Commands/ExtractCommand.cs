// The `extract` command: formulas, slogans, titled documents and named policies of a corpus, as one table.
using System.CommandLine;
using PolicyLens.Export;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens extract PATH... [--kind lexicon,quoted,numbered,parallel,titled,policy] [--lexicon FILE] [--format csv|jsonl] [--nested] [--no-repeats] [--context N] [--min-confidence P|KIND=P,...] [--confidence-model FILE]</c>:
/// one row per formula, slogan, titled document or named policy.
/// </summary>
/// <remarks>
/// The table is <see cref="AnalysisTables.Extracted"/>: <c>doc, year, kind, canonical, surface, theme, start, end, context</c>,
/// then <c>subtype</c> (a titled document's type; <c>canonical</c>, <c>variant</c> or <c>members</c> for a lexicon formula)
/// , <c>nested</c>, <c>label</c> and <c>confidence</c> (how likely a reader is to judge the mention right). Offsets are UTF-16
/// code units into the source file, end exclusive.
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
        var lexicon = CommandLine.LexiconOption("A user lexicon (tab-separated lines or JSON) added to the built-in one; may be repeated.");
        var format = TableOutput.FormatOption();
        var nested = new Option<bool>("--nested")
        {
            Description = "Also report formulas inside longer ones (by default a count never includes a formula inside another).",
        };
        var noRepeats = new Option<bool>("--no-repeats")
        {
            Description = "Report a quoted label or named policy only where it is introduced, not again where the document repeats it bare (subtype repeat).",
        };
        var noAliases = new Option<bool>("--no-aliases")
        {
            Description = "Report a document or name only where it is given in full, not again where the text refers to it by a short form (《纲要草案》, subtype alias).",
        };
        var context = CommandLine.Ranged(new Option<int>("--context") { DefaultValueFactory = _ => 20 }, "Characters of context either side of a mention", 0, 1000);
        var minimumConfidence = CommandLine.MinimumConfidenceOption(
            "Leave out mentions whose confidence (the column of that name: how likely a reader judges the mention right) is below this, 0 to 1 (none left out by default; README, Mention confidence).");
        var confidenceModel = CommandLine.ConfidenceModelOption();
        kinds.Validators.Add(r =>
        {
            try
            {
                ParseKinds(r.GetValueOrDefault<string?>());
            }
            catch (ArgumentException e)
            {
                r.AddError(e.Message);
            }
        });

        var command = new Command("extract", "Extract formulas, slogans, titled documents and named policies, typed and located.")
        {
            paths, kinds, lexicon, format, nested, noRepeats, noAliases, context, minimumConfidence, confidenceModel,
        };
        command.SetAction(result =>
        {
            HashSet<MentionKind> selected = ParseKinds(result.GetValue(kinds));
            var extractor = new SloganExtractor(CommandLine.UserLexicon(result, lexicon) ?? Lexicon.Default, new SloganExtractorOptions
            {
                Kinds = selected,
                CountingUnit = result.GetValue(nested) ? CountingUnit.Nested : CountingUnit.Outermost,
                ContextCharacters = result.GetValue(context),
                Repeats = !result.GetValue(noRepeats),
                Aliases = !result.GetValue(noAliases),
                MinimumConfidence = CommandLine.MinimumConfidence(result, minimumConfidence),
                ConfidenceModel = CommandLine.ConfidenceModel(result, confidenceModel),
            });
            return Run(result.GetValue(paths)!, extractor, result.GetValue(format), CommandLine.Corpus(result, "extract"));
        });
        return command;
    }

    private static int Run(string[] paths, SloganExtractor extractor, ExportFormat format, CorpusOptions corpus)
    {
        int failures = 0;
        IEnumerable<SloganMention> Mentions()
        {
            foreach (string path in paths)
            {
                var reader = new CorpusReader(corpus);
                if (Open(reader, path) is not { } documents)
                {
                    failures++;
                    continue;
                }

                foreach (Document document in documents)
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

    // The reader checks the path when asked for its documents: a missing or unreadable path is one line, and the next path is read.
    private static IEnumerable<Document>? Open(CorpusReader reader, string path)
    {
        try
        {
            return reader.Read(path);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"policylens extract: {e.Message}");
            return null;
        }
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
