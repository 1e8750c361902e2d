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

    // The cues are anchored and short; a sentence is a few hundred characters at most: a generous timeout only guards
    // against a pathological user cue.
    private static readonly Lazy<Regex[]> Cues = new(Load);

    /// <summary>Whether <paramref name="sentence"/> (folded, trimmed) is procedural.</summary>
    internal static bool IsProcedural(ReadOnlySpan<char> sentence)
    {
        foreach (Regex cue in Cues.Value)
        {
            if (cue.IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex[] Load()
    {
        using Stream stream = typeof(ProceduralSentences).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        using var reader = new StreamReader(stream);
        var cues = new List<Regex>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                cues.Add(new Regex(line, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
        }

        return [.. cues];
    }
}
