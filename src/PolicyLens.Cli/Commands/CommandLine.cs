// What every command shares: the global options, option ranges checked at parse time, and the one error handler.
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// The command line's shared parts. Exit codes, as the README documents them: 0 everything was read and written;
/// 1 some input was skipped or failed (each named on standard error, one line each); 2 the command line is wrong
/// (an unknown option, a value out of its range, a bad file named by an option) and nothing was done; 3 an internal
/// error (a bug). No stack trace is printed unless <c>--debug</c> is given.
/// </summary>
internal static class CommandLine
{
    /// <summary>Everything read and written.</summary>
    internal const int Ok = 0;

    /// <summary>Some input was skipped or failed.</summary>
    internal const int InputFailed = 1;

    /// <summary>The command line is wrong; nothing was done.</summary>
    internal const int Usage = 2;

    /// <summary>A bug.</summary>
    internal const int InternalError = 3;

    /// <summary><c>--debug</c>: stack traces for errors.</summary>
    internal static Option<bool> Debug { get; } = new("--debug") { Description = "Print the stack trace of an error (for bug reports).", Recursive = true };

    /// <summary><c>--max-file-mb</c>: the largest input file read.</summary>
    internal static Option<int> MaxFileMegabytes { get; } = Ranged(
        new Option<int>("--max-file-mb") { Recursive = true, DefaultValueFactory = _ => (int)(TextFile.DefaultMaxBytes >> 20) },
        "The largest input file (or JSON Lines/CSV row) read, in MiB; larger ones are skipped and named", 1, 65536);

    /// <summary>Adds a parser to <paramref name="option"/> that takes whole numbers from <paramref name="min"/> to <paramref name="max"/> only, and says so in its help.</summary>
    internal static Option<int> Ranged(Option<int> option, string description, int min, int max)
    {
        option.Description = $"{description} ({min} to {max}).";
        option.CustomParser = result =>
        {
            string token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= min && value <= max)
            {
                return (int)value;
            }

            result.AddError($"{option.Name} must be a whole number from {min} to {max}, not '{Printable(token)}'.");
            return min;
        };
        return option;
    }

    /// <summary>Corpus options with the global limits and a reporter that names the command.</summary>
    internal static CorpusOptions Corpus(ParseResult result, string command, CorpusOptions? start = null) => (start ?? CorpusOptions.Default) with
    {
        MaxFileBytes = (long)result.GetValue(MaxFileMegabytes) << 20,
        OnSkipped = s => Console.Error.WriteLine($"policylens {command}: skipped {s}"),
    };

    /// <summary>
    /// Loads <paramref name="path"/>, a file named by <paramref name="option"/>, after checking that it is a regular file
    /// of at most 256 MiB (a FIFO would block the loader); a bad one is a usage error (exit 2), named on one line.
    /// </summary>
    internal static T OptionFile<T>(string option, string path, Func<T> load) => OptionFiles(option, [path], load);

    /// <summary>Loads <paramref name="paths"/>, files named by <paramref name="option"/>, as <see cref="OptionFile"/> does.</summary>
    internal static T OptionFiles<T>(string option, IReadOnlyList<string> paths, Func<T> load)
    {
        try
        {
            foreach (string path in paths)
            {
                TextFile.Check(path);
            }

            return load();
        }
        catch (Exception e) when (e is InputException or UserDictionaryFormatException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Says that <paramref name="command"/> needs ML.NET, which does not run in the Native AOT build of the command (no code
    /// generated at run time; the library's MLNetRuntime), and what to run instead; returns the usage code (nothing was done).
    /// </summary>
    internal static int WithoutMLNet(string command)
    {
        Console.Error.WriteLine(
            $"policylens {command}: this needs ML.NET, which does not run in this Native AOT build of policylens; run it with the " +
            "framework-dependent build instead: dotnet PolicyLens.Cli.dll (the output of `dotnet build`, or of `dotnet publish -p:PublishAot=false`, " +
            "of src/PolicyLens.Cli), or dotnet run --project src/PolicyLens.Cli -c Release -- " + command + " ...");
        return Usage;
    }

    /// <summary>
    /// <c>--min-confidence</c> of extract, analyze and evaluate: one number from 0 to 1 for every kind (<c>0.5</c>), or a
    /// threshold per kind (<c>numbered=0.5,policy=0.7</c>; a kind not named keeps every mention); absent, no threshold.
    /// </summary>
    internal static Option<string?> MinimumConfidenceOption(string description)
    {
        var option = new Option<string?>("--min-confidence") { Description = description + " One number for every kind, or kind=P pairs separated by commas (numbered=0.5,policy=0.7)." };
        option.Validators.Add(r =>
        {
            try
            {
                ParseMinimumConfidence(r.GetValueOrDefault<string?>());
            }
            catch (FormatException e)
            {
                r.AddError(e.Message);
            }
        });
        return option;
    }

    /// <summary>The extractor's thresholds for <see cref="MinimumConfidenceOption"/>'s value, or none when it is absent.</summary>
    internal static IReadOnlyDictionary<MentionKind, double> MinimumConfidence(ParseResult result, Option<string?> option) =>
        ParseMinimumConfidence(result.GetValue(option));

    /// <summary>Reads <c>0.5</c> (every kind) or <c>numbered=0.5,policy=0.7</c> (those kinds); null or blank is no threshold.</summary>
    /// <exception cref="FormatException">A kind that does not exist, a kind named twice, or a number outside 0 to 1.</exception>
    internal static IReadOnlyDictionary<MentionKind, double> ParseMinimumConfidence(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SloganExtractorOptions.NoMinimumConfidence;
        }

        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return SloganExtractorOptions.EveryKind(Probability(value));
        }

        var thresholds = new Dictionary<MentionKind, double>();
        foreach (string pair in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Enum.TryParse(parts[0], ignoreCase: true, out MentionKind kind) || !Enum.IsDefined(kind) || int.TryParse(parts[0], out _))
            {
                throw new FormatException($"--min-confidence: '{pair}' is not kind=P; the kinds are lexicon, quoted, numbered, parallel, titled and policy.");
            }

            if (!thresholds.TryAdd(kind, Probability(parts[1])))
            {
                throw new FormatException($"--min-confidence: {parts[0]} is given twice.");
            }
        }

        return thresholds;

        static double Probability(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && p is >= 0 and <= 1
                ? p
                : throw new FormatException($"--min-confidence must be a number from 0 to 1, or kind=P pairs (numbered=0.5,policy=0.7); '{text}' is not.");
    }

    /// <summary><c>--lexicon FILE</c> (repeatable) of extract, analyze and evaluate: user lexicons added to the built-in one.</summary>
    internal static Option<string[]> LexiconOption(string description) => new("--lexicon", "-l") { Description = description };

    /// <summary>The built-in lexicon with every file of <see cref="LexiconOption"/> added in order, or null when none is given.</summary>
    internal static Lexicon? UserLexicon(ParseResult result, Option<string[]> option)
    {
        Lexicon? lexicon = null;
        foreach (string file in result.GetValue(option) ?? [])
        {
            lexicon = OptionFile("--lexicon", file, () => (lexicon ?? Lexicon.Default).WithFile(file));
        }

        return lexicon;
    }

    /// <summary><c>--confidence-model FILE</c> of extract and evaluate: a model written by <c>policylens confidence train</c>.</summary>
    internal static Option<string?> ConfidenceModelOption() =>
        new("--confidence-model") { Description = "A mention confidence model written by `policylens confidence train` instead of the built-in one." };

    /// <summary>The model <see cref="ConfidenceModelOption"/> names, or null for the built-in one.</summary>
    internal static MentionConfidence? ConfidenceModel(ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } path ? OptionFile("--confidence-model", path, () => MentionConfidence.Load(path)) : null;

    /// <summary>Parses and runs <paramref name="args"/>; every error ends here, as one line and an exit code.</summary>
    internal static int Run(RootCommand root, string[] args)
    {
        ParseResult parsed = root.Parse(args);
        string name = CommandName(parsed);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError error in parsed.Errors)
            {
                Console.Error.WriteLine($"{name}: {OneLine(error.Message)} (see '{name} --help')");
            }

            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            (int code, string message) = e switch
            {
                UsageException => (Usage, e.Message),
                InputException or UserDictionaryFormatException => (InputFailed, e.Message),
                IOException or UnauthorizedAccessException => (InputFailed, e.Message),
                _ => (InternalError, $"internal error ({e.GetType().Name}: {e.Message}); this is a bug: please report it with the output of --debug"),
            };
            Console.Out.Flush();
            Console.Error.WriteLine($"{name}: {OneLine(message)}");
            if (parsed.GetValue(Debug))
            {
                Console.Error.WriteLine(e.ToString());
            }

            return code;
        }
    }

    private static string CommandName(ParseResult parsed)
    {
        var names = new List<string>();
        for (SymbolResult? r = parsed.CommandResult; r is CommandResult c; r = c.Parent)
        {
            names.Insert(0, c.Command is RootCommand ? "policylens" : c.Command.Name);
        }

        return names.Count == 0 ? "policylens" : string.Join(' ', names);
    }

    private static string OneLine(string message) => Printable(message.ReplaceLineEndings(" "));

    // Control characters in a message (a NUL in a file name) would break the one-line promise or the terminal.
    private static string Printable(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (int i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) && t[i] != '\t' ? '?' : t[i];
            }
        });
}
