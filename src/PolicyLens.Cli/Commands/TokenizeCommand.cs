using System.CommandLine;
using System.Text;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens tokenize [FILE...|-] [--mode accurate|full|search] [--no-hmm] [--user-dict FILE] [--format text|lines] [--delimiter D] [--encoding E]</c>.
/// </summary>
/// <remarks>
/// <c>text</c> prints each input line's tokens joined by the delimiter, as <c>python -m jieba</c> does;
/// <c>lines</c> cuts the whole text (streamed) and prints one token a line, escaped like the reference files
/// (<c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>). Both stream: memory is bounded by the longest line (text) or the
/// longest run of Chinese (lines), not by the input, standard input included (see <see cref="InputFile"/>).
/// </remarks>
internal static class TokenizeCommand
{
    internal static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to cut; '-' or none reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var mode = new Option<SegmentationMode>("--mode", "-m")
        {
            Description = "accurate (jieba.cut), full (cut_all) or search (cut_for_search).",
            DefaultValueFactory = _ => SegmentationMode.Accurate,
        };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not use the HMM for unknown words." };
        var userDict = new Option<string[]>("--user-dict", "-u")
        {
            Description = "A jieba user dictionary (word [freq] [tag] a line); may be repeated.",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "text: tokens of each line joined by the delimiter; lines: one escaped token a line.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var delimiter = new Option<string>("--delimiter", "-d")
        {
            Description = "Token delimiter for --format text.",
            DefaultValueFactory = _ => " / ",
        };
        var encoding = new Option<string?>("--encoding", "-e")
        {
            Description = "Force the input encoding (utf-8, utf-16, utf-16be, gb18030); detected by default.",
        };
        encoding.Validators.Add(r =>
        {
            try
            {
                if (r.GetValueOrDefault<string?>() is { } name)
                {
                    TextEncodingDetector.FromName(name);
                }
            }
            catch (ArgumentException e)
            {
                r.AddError($"--encoding: {e.Message.Split(" (Parameter", 2)[0]}");
            }
        });

        var command = new Command("tokenize", "Cut Chinese text into words exactly as Python jieba 0.42.1 does.")
        {
            files, mode, noHmm, userDict, format, delimiter, encoding,
        };
        command.SetAction(result =>
        {
            string[] paths = result.GetValue(files) is { Length: > 0 } p ? p : [InputFile.StandardInput];
            var options = new TokenizeOptions { Mode = result.GetValue(mode), Hmm = !result.GetValue(noHmm) };
            string[] dictionaries = result.GetValue(userDict) ?? [];
            JiebaSegmenter segmenter = dictionaries.Length == 0
                ? JiebaSegmenter.Default
                : CommandLine.OptionFiles("--user-dict", dictionaries, () => JiebaSegmenter.WithUserDictionaries(dictionaries));
            long maxBytes = (long)result.GetValue(CommandLine.MaxFileMegabytes) << 20;
            return Run(paths, segmenter, options, result.GetValue(format), result.GetValue(delimiter)!, result.GetValue(encoding), maxBytes);
        });
        return command;
    }

    private static int Run(string[] paths, JiebaSegmenter segmenter, TokenizeOptions options, OutputFormat format, string delimiter, string? encoding, long maxBytes)
    {
        int failures = 0;
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (string path in paths)
        {
            using TextReader? reader = InputFile.Open(path, encoding, maxBytes, out string? error);
            if (reader is null)
            {
                Console.Error.WriteLine($"policylens tokenize: {error}");
                failures++;
                continue;
            }

            try
            {
                if (format == OutputFormat.Lines)
                {
                    WriteLines(segmenter, reader, options, output);
                }
                else
                {
                    WriteText(segmenter, reader, options, delimiter, output);
                }
            }
            catch (Exception e) when (e is IOException or DecoderFallbackException)
            {
                // Only standard input longer than its checked head is decoded as it streams, so only it can fail here.
                output.Flush();
                Console.Error.WriteLine($"policylens tokenize: {InputFile.Describe(path, encoding, e)}");
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static void WriteLines(JiebaSegmenter segmenter, TextReader reader, TokenizeOptions options, StreamWriter output)
    {
        output.Flush();
        using var lines = new EscapedLineWriter(output.BaseStream);
        segmenter.Tokenize(reader, (chunk, tokens, _) =>
        {
            foreach (Token token in tokens)
            {
                lines.WriteLine(token.GetSpan(chunk));
            }
        }, options);
    }

    private static void WriteText(JiebaSegmenter segmenter, TextReader reader, TokenizeOptions options, string delimiter, StreamWriter output)
    {
        var tokens = new List<Token>();
        while (reader.ReadLine() is { } line)
        {
            tokens.Clear();
            segmenter.Tokenize(line, tokens, options);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0)
                {
                    output.Write(delimiter);
                }

                output.Write(tokens[i].GetSpan(line));
            }

            output.Write('\n');
        }
    }

    private enum OutputFormat
    {
        Text,
        Lines,
    }
}
