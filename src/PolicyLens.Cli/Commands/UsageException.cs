// A command line that cannot be carried out as given: exit code 2, one line, nothing done.
namespace PolicyLens.Cli.Commands;

/// <summary>
/// The command line itself is wrong: an option value out of its range, or a file an option names (a lexicon, a user
/// dictionary, a model) that cannot be used. <see cref="CommandLine.Run"/> prints the message on one line and exits 2.
/// </summary>
internal sealed class UsageException(string message, Exception? innerException = null) : Exception(message, innerException);
