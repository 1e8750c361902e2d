using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens lexicon check|first|diff|merge</c>: tools for lexicon maintainers. Each LEXICON argument is a file, or
/// <c>built-in</c> for the lexicon shipped with PolicyLens.
/// </summary>
internal static class LexiconCommand
{
    internal static Command Create()
    {
        var command = new Command("lexicon", "Check, compare and merge formula lexicons; compute first appearances in a corpus.");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(First());
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(Merge());
        return command;
    }

    private static Command Check()
    {
        var lexicons = new Argument<string[]>("lexicon") { Description = "Lexicons to check, merged in order (built-in by default).", Arity = ArgumentArity.ZeroOrMore };
        var corpus = new Option<string[]>("--corpus") { Description = "Folders whose first appearances the lexicon records (e.g. ../shared/corpus/gwr ../shared/corpus/cpc-congress); repeatable.", AllowMultipleArgumentsPerToken = true };
        var notes = new Option<bool>("--notes") { Description = "Also list notes (spellings written inside another entry's)." };
        var command = new Command("check", "Schema, duplicate spellings, overlaps, and first appearances against a corpus; exit 1 when an error is found.") { lexicons, corpus, notes };
        command.SetAction(result => Guard("check", () =>
        {
            Lexicon lexicon = LoadMerged(result.GetValue(lexicons) ?? []);
            string[] folders = result.GetValue(corpus) ?? [];
            IReadOnlyList<LexiconProblem> problems = LexiconMaintenance.Check(lexicon, folders.Length == 0 ? null : LexiconMaintenance.ReadCorpus(folders));
            using TextWriter output = Output();
            bool showNotes = result.GetValue(notes);
            foreach (LexiconProblem p in problems.Where(p => p.IsError || showNotes))
            {
                output.WriteLine($"{(p.IsError ? "error" : "note")}\t{p.Check}\t{p.Canonical}\t{p.Message}");
            }

            int errors = problems.Count(p => p.IsError);
            Console.Error.WriteLine($"policylens lexicon check: {lexicon.Entries.Count} entries, {errors} errors, {problems.Count - errors} notes");
            return errors == 0 ? 0 : 1;
        }));
        return command;
    }

    private static Command First()
    {
        var folders = new Argument<string[]>("folder") { Description = "Corpus folders (e.g. ../shared/corpus/gwr ../shared/corpus/cpc-congress).", Arity = ArgumentArity.OneOrMore };
        var lexicon = new Option<string[]>("--lexicon", "-l") { Description = "Lexicons to use, merged in order (built-in by default)." };
        var command = new Command("first", "The first appearance of every entry in a corpus, as canonical, year, document, offset, form (tab-separated).") { folders, lexicon };
        command.SetAction(result => Guard("first", () =>
        {
            Lexicon lex = LoadMerged(result.GetValue(lexicon) ?? []);
            IReadOnlyDictionary<string, CorpusAppearance> first = LexiconMaintenance.FirstAppearances(lex, LexiconMaintenance.ReadCorpus(result.GetValue(folders)!));
            using TextWriter output = Output();
            output.WriteLine("canonical\tfirst_year\tfirst_document\tfirst_offset\tfirst_form");
            foreach (LexiconEntry entry in lex.Entries)
            {
                if (first.TryGetValue(entry.Canonical, out CorpusAppearance? a))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.Canonical}\t{a.Year}\t{a.Document}\t{a.Offset}\t{a.Form}"));
                }
            }

            return 0;
        }));
        return command;
    }

    private static Command Diff()
    {
        var before = new Argument<string>("before") { Description = "The older lexicon (a file, or built-in)." };
        var after = new Argument<string>("after") { Description = "The newer lexicon (a file, or built-in)." };
        var command = new Command("diff", "Entries added, removed and changed between two lexicons.") { before, after };
        command.SetAction(result => Guard("diff", () =>
        {
            IReadOnlyList<LexiconChange> changes = LexiconMaintenance.Diff(LoadOne(result.GetValue(before)!), LoadOne(result.GetValue(after)!));
            using TextWriter output = Output();
            foreach (LexiconChange c in changes)
            {
                output.WriteLine($"{c.Change}\t{c.Canonical}\t{c.Detail}");
            }

            return changes.Count == 0 ? 0 : 1;
        }));
        return command;
    }

    private static Command Merge()
    {
        var lexicons = new Argument<string[]>("lexicon") { Description = "Lexicons to merge, in order of increasing precedence (built-in for the shipped one).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Merge lexicons (a later one's entry replaces an earlier one's of the same canonical form) and write the table format.") { lexicons };
        command.SetAction(result => Guard("merge", () =>
        {
            Lexicon merged = LoadMerged(result.GetValue(lexicons)!);
            using TextWriter output = Output();
            LexiconMaintenance.Write(merged.Entries, output, merged.Version);
            return 0;
        }));
        return command;
    }

    private static Lexicon LoadOne(string name) => name == Lexicon.BuiltInSource ? Lexicon.Default : Lexicon.Load(name);

    private static Lexicon LoadMerged(string[] names)
    {
        if (names.Length == 0)
        {
            return Lexicon.Default;
        }

        Lexicon lexicon = LoadOne(names[0]);
        foreach (string name in names.Skip(1))
        {
            lexicon = name == Lexicon.BuiltInSource ? lexicon.WithEntries(Lexicon.Default.Entries, Lexicon.BuiltInSource) : lexicon.WithFile(name);
        }

        return lexicon;
    }

    private static StreamWriter Output() => new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);

    private static int Guard(string name, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LexiconFormatException)
        {
            Console.Error.WriteLine($"policylens lexicon {name}: {e.Message}");
            return 2;
        }
    }
}
