using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using nietras.SeparatedValues;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens extract PATH... [--kind lexicon,quoted,numbered,parallel,titled,policy] [--lexicon FILE] [--format csv|jsonl] [--nested] [--context N]</c>:
/// one row per formula, slogan, titled document or named policy.
/// </summary>
/// <remarks>
/// Columns: <c>doc, year, kind, canonical, surface, theme, start, end, context</c>, then <c>subtype</c> (a titled
/// document's type; <c>canonical</c>, <c>variant</c> or <c>members</c> for a lexicon formula) and <c>nested</c>.
/// Offsets are UTF-16 code units into the file's decoded text, end exclusive.
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
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "csv (with a header) or jsonl (one JSON object a line).",
            DefaultValueFactory = _ => OutputFormat.Csv,
        };
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

                extractor = new SloganExtractor(lex, new SloganExtractorOptions
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

    private static int Run(string[] paths, SloganExtractor extractor, OutputFormat format)
    {
        int failures = 0;
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        using MentionWriter writer = format == OutputFormat.Jsonl ? new JsonLinesWriter(output) : new CsvWriter(output);
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
                    writer.Write(mention);
                }
            }

            failures += reader.Summary.Skipped.Count;
        }

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

    private static string Name(MentionKind kind) => kind.ToString().ToLowerInvariant();

    private enum OutputFormat
    {
        Csv,
        Jsonl,
    }

    private abstract class MentionWriter : IDisposable
    {
        public abstract void Write(SloganMention mention);

        public abstract void Dispose();
    }

    private sealed class CsvWriter(TextWriter output) : MentionWriter
    {
        private readonly SepWriter _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);

        public override void Write(SloganMention m)
        {
            using SepWriter.Row row = _writer.NewRow();
            row["doc"].Set(m.DocumentId);
            row["year"].Set(m.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            row["kind"].Set(Name(m.Kind));
            row["canonical"].Set(m.Canonical);
            row["surface"].Set(m.Surface);
            row["theme"].Set(m.Theme);
            row["start"].Format(m.Source?.Start ?? m.Start);
            row["end"].Format(m.Source?.End ?? m.End);
            row["context"].Set(m.Context);
            row["subtype"].Set(m.Subtype);
            row["nested"].Set(m.Nested ? "true" : "false");
        }

        public override void Dispose()
        {
            _writer.Dispose();
            output.Flush();
        }
    }

    private sealed class JsonLinesWriter(StreamWriter output) : MentionWriter
    {
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public override void Write(SloganMention m)
        {
            output.Flush();
            using (var json = new Utf8JsonWriter(output.BaseStream, Options))
            {
                json.WriteStartObject();
                json.WriteString("doc", m.DocumentId);
                if (m.Year is int year)
                {
                    json.WriteNumber("year", year);
                }
                else
                {
                    json.WriteNull("year");
                }

                json.WriteString("kind", Name(m.Kind));
                json.WriteString("canonical", m.Canonical);
                json.WriteString("surface", m.Surface);
                json.WriteString("theme", m.Theme);
                json.WriteNumber("start", m.Source?.Start ?? m.Start);
                json.WriteNumber("end", m.Source?.End ?? m.End);
                json.WriteString("context", m.Context);
                json.WriteString("subtype", m.Subtype);
                json.WriteBoolean("nested", m.Nested);
                json.WriteEndObject();
            }

            output.BaseStream.WriteByte((byte)'\n');
        }

        public override void Dispose() => output.Flush();
    }
}
