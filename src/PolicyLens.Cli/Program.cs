// The `policylens` command: parses the command line and hands each subcommand to the library.
using System.CommandLine;
using PolicyLens.Cli.Commands;

// First of all: the portable native program hands over to the x86-64-v3 one beside it where the CPU has it (NativeCpu).
PolicyLens.Cli.NativeCpu.ReplaceWithFasterProgram(args);

var root = new RootCommand("PolicyLens: measure policy themes in Chinese official speeches and reports.");
root.Options.Add(PolicyLens.Cli.Commands.CommandLine.Debug);
root.Options.Add(PolicyLens.Cli.Commands.CommandLine.MaxFileMegabytes);
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(AnalyzeCommand.CreateMerge());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(TokenizeCommand.Create());
root.Subcommands.Add(CorpusCommand.Create());
root.Subcommands.Add(SessionCommand.Create());
root.Subcommands.Add(TargetsCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(DiscoverCommand.Create());
root.Subcommands.Add(LexiconCommand.Create());
root.Subcommands.Add(ThemesCommand.Create());
root.Subcommands.Add(ConfidenceCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
PolicyLens.Cli.NativeCpu.NameInVersion(root);

// One handler for every error: one line naming the source, the documented exit code, a stack trace only with --debug.
return PolicyLens.Cli.Commands.CommandLine.Run(root, args);
