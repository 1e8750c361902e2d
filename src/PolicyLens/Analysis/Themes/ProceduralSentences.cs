// The `none` class: recognises procedural, ceremonial and closing sentences by the cues in procedural.txt, and a
// report's closing by where it stands.
using System.Text.RegularExpressions;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Procedural, ceremonial and closing sentences (现在，我代表省人民政府，向大会报告工作，请予审议; 各位代表！; 谢谢大家;
/// the title, delivery and speaker lines; the closing call 让我们…而努力奋斗！): they carry no policy content, so the
/// classifier files them under <see cref="ThemeClassifier.None"/> and they add nothing to any theme's share. The cues
/// are data (<c>procedural.txt</c>), one regular expression a line, so a reader can see and extend them; they are
/// compiled into the assembly by the regex source generator (ProceduralSentences.Cues.cs). One rule is structural
/// (<see cref="ClosingStart"/>): what follows a report's last bare salutation (各位代表！) is its closing.
/// </summary>
internal static partial class ProceduralSentences
{
    // The cues in two alternations: those anchored at the start of a sentence (most of them) in \A(?:a|b|…), tried once
    // at offset 0, and the others in one the engine finds by a vectorised search for their first characters (a single
    // alternation of both kinds was tried at every offset of every sentence: seconds on the national corpus). A cue that
    // opens with a bounded loop over almost any character is rewritten so that its required words come first
    // (LeadingLoop). Both alternations are source-generated ([GeneratedRegex] in ProceduralSentences.Cues.cs, written
    // from procedural.txt by Compose; ProceduralSentencesTests checks that file is up to date), so no process pays to
    // parse and compile them at run time (0.1-0.2 s when they were built with RegexOptions.Compiled). The cues are ours
    // and bounded ({0,n}), so no match timeout is needed.

    /// <summary>
    /// The closing of a report is at most this many sentences after its last salutation. Every development report
    /// (provincial 2021–2026, Zhumadian 2007–2026) and every national report since 1979 whose last bare 各位代表！ is
    /// followed by one to four sentences closes with exhortations, couplets and the call 让我们…奋斗 there (新常态赋予新使命，
    /// 蕴含新机遇，呼唤新作为。 盛会擂战鼓，骏马踏新程。); longer passages after it (1975, 1983, 1986, 1987: foreign policy,
    /// Taiwan, party leadership, anti-corruption) carry policy and are left to the cues and the model.
    /// </summary>
    internal const int ClosingMaximumSentences = 4;

    /// <summary>
    /// The salutation opens the closing only in the last part of the text (at or after this share of its sentences), so
    /// that the opening 各位代表： of a short text does not make all of it a closing.
    /// </summary>
    internal const double ClosingEarliestShare = 0.85;

    /// <summary>
    /// The index of the first of <paramref name="units"/> (sentences of <paramref name="text"/>, in order) that belongs
    /// to the text's closing: the sentences after its last bare salutation (a sentence that is only 各位代表！ or
    /// 各位代表：), when that salutation stands in the last part of the text (<see cref="ClosingEarliestShare"/>) and at
    /// most <see cref="ClosingMaximumSentences"/> sentences follow it. <c>units.Count</c> when the text has no such
    /// closing. A closing sentence is none whatever its words: the model reads 推动经济持续健康发展，不断增进民生福祉，…，
    /// 需要众志成城、合力向前。 as social security, a reader as the closing call it is.
    /// </summary>
    internal static int ClosingStart(ReadOnlySpan<char> text, IReadOnlyList<(int Start, int Length)> units)
    {
        for (int u = units.Count - 1; u >= 0 && units.Count - 1 - u <= ClosingMaximumSentences; u--)
        {
            if (IsBareSalutation(text.Slice(units[u].Start, units[u].Length)))
            {
                return u >= ClosingEarliestShare * units.Count ? u + 1 : units.Count;
            }
        }

        return units.Count;
    }

    private static bool IsBareSalutation(ReadOnlySpan<char> sentence) =>
        sentence.Trim() is { Length: 5 } s && s.StartsWith("各位代表", StringComparison.Ordinal) && s[4] is '！' or '!' or '：' or ':';

    // What the words of a sentence must be for either alternation to match (RequiredWords): one pass over the
    // sentence rules out nearly all of them, and the regexes run on the rest (the two alternations on every sentence
    // of the national reports had cost more than the rest of the theme stage). Null, and the regexes run on every
    // sentence, if the cues ever hold a construct RequiredWords cannot read.
    private static readonly RequiredWords? CueWords = RequiredWords.Of(AnchoredPattern, AnywherePattern);

    /// <summary>Whether <paramref name="sentence"/> (folded, trimmed) is procedural.</summary>
    internal static bool IsProcedural(ReadOnlySpan<char> sentence)
    {
        // Each alternation runs only when the sentence has the words it requires.
        ulong candidates = CueWords?.Candidates(sentence) ?? 0b11;
        return ((candidates & 0b01) != 0 && AnchoredCues().IsMatch(sentence)) || ((candidates & 0b10) != 0 && AnywhereCues().IsMatch(sentence));
    }

    /// <summary>Whether a cue matches <paramref name="sentence"/>, without the required-word test (the definition <see cref="IsProcedural"/> must agree with).</summary>
    internal static bool MatchesCues(ReadOnlySpan<char> sentence) => AnchoredCues().IsMatch(sentence) || AnywhereCues().IsMatch(sentence);

    // A cue that starts with a bounded loop over any character but a few (^[^。！]{0,50} or ^.{0,16}) followed by a
    // required group of words or a run of plain characters.
    [GeneratedRegex(@"^\^(?<loop>(?:\[\^[^\]\\]+\]|\.)\{0,\d+\})(?<words>\((?:[^()\\\[\]?*+{}|]|\|)+\)|\((?:[^()\\\[\]?*+{}|]|\||\((?:[^()\\\[\]?*+{}|]|\|)+\)\?)+\)|[\p{IsCJKUnifiedIdeographs}]+)(?<rest>(?![?*{]).*)$")]
    private static partial Regex LeadingLoop();

    /// <summary>
    /// The two alternations of the cue lines (procedural.txt's lines; blank lines and # comments skipped): the
    /// patterns of <c>AnchoredCues</c> and <c>AnywhereCues</c>.
    /// </summary>
    internal static (string Anchored, string Anywhere) Compose(IEnumerable<string> lines)
    {
        var anchored = new List<string>();
        var anywhere = new List<string>();
        foreach (string line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (LeadingLoop().Match(line) is { Success: true } m)
            {
                // ^[^。！]{0,50}(极不平凡|…)REST: any first character, so the engine would walk the bounded loop and
                // backtrack through it on every sentence. The same cue with its required words first and the loop
                // checked behind them, (极不平凡|…)(?<=\A[^。！]{0,50}(极不平凡|…))REST, matches the same sentences, and the
                // engine finds those words with a vectorised search.
                string loop = m.Groups["loop"].Value, words = m.Groups["words"].Value;
                anywhere.Add($"(?:{words}(?<=\\A{loop}{words}){m.Groups["rest"].Value})");
            }
            else if (line[0] == '^')
            {
                anchored.Add("(?:" + line[1..] + ")");
            }
            else
            {
                anywhere.Add("(?:" + line + ")");
            }
        }

        // An empty list becomes a pattern that matches nothing.
        return (
            anchored.Count > 0 ? @"\A(?:" + string.Join('|', anchored) + ")" : "(?!)",
            anywhere.Count > 0 ? string.Join('|', anywhere) : "(?!)");
    }
}
