// The `none` class: recognises procedural, ceremonial and closing sentences by the cues in procedural.txt.
using System.Text.RegularExpressions;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Procedural, ceremonial and closing sentences (现在，我代表省人民政府，向大会报告工作，请予审议; 各位代表！; 谢谢大家;
/// the title, delivery and speaker lines; the closing call 让我们…而努力奋斗！): they carry no policy content, so the
/// classifier files them under <see cref="ThemeClassifier.None"/> and they add nothing to any theme's share. The cues
/// are data (<c>procedural.txt</c>, embedded), one regular expression a line, so a reader can see and extend them.
/// </summary>
internal static class ProceduralSentences
{
    private const string ResourceName = "PolicyLens.Analysis.Themes.procedural.txt";

    // All cues in one compiled alternation: one pass over a sentence instead of one per cue (every sentence of a corpus is
    // tested, so this is on the scoring path). The cues are ours and bounded ({0,n}), so no match timeout is needed.
    private static readonly Lazy<Regex> Cues = new(Load);

    /// <summary>Whether <paramref name="sentence"/> (folded, trimmed) is procedural.</summary>
    internal static bool IsProcedural(ReadOnlySpan<char> sentence)
    {
        return Cues.Value.IsMatch(sentence);
    }

    private static Regex Load()
    {
        using Stream stream = typeof(ProceduralSentences).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        using var reader = new StreamReader(stream);
        var cues = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                cues.Add("(?:" + line + ")");
            }
        }

        return new Regex(string.Join('|', cues), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
