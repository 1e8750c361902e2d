// Quoted labels before a count of the kinds or levels they name and the noun phrase counted (round 70, quoted70): 巩固提升
// “IT+BT+低碳”三大主导产业优势 (longgang-gwr-2025), 建成“市区街社”四级长青老龄大学体系 (shenzhen-gwr-2025). The label spells out
// the members the count sums up (IT, BT, 低碳 are the three industries; 市, 区, 街, 社 the four levels), so it names nothing until
// that phrase: the codebook's round-47 reading of a label before the noun phrase it qualifies, whose walk (NounPhrase.cs) stops at
// a count. The readable golds code both places with the phrase (formulas-unseen26j-j1, -j3: IT+BT+低碳三大主导产业,
// 市区街社四级长青老龄大学体系) and the blind judge of unseen26j read the bare labels there as cut (round 56 had specified
// the bare label before a count: NounPhraseRound56Tests).

using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // A count of kinds or levels (三大, 四级) written right after the closing mark.
    [System.Text.RegularExpressions.GeneratedRegex("^[两二三四五六七八九十]+[大级]$")]
    private static partial System.Text.RegularExpressions.Regex CountOfKindsOrLevels();

    // The heads the counted phrase closes on: a system of levels, the industries counted.
    private static readonly string[] CountedPhraseHeads = ["体系", "产业"];

    // The longest phrase after the count (长青老龄大学体系 is nine characters).
    private const int CountedPhraseWindow = 10;

    /// <summary>
    /// The end of the phrase a count of kinds or levels opens right after the closing mark at <paramref name="close"/>
    /// (“IT+BT+低碳”三大主导产业, “市区街社”四级长青老龄大学体系), or -1: whole Han tokens after the count, none a verb or function
    /// word of PolicyFinder.Stops nor another count, at most CountedPhraseWindow characters, through the last that closes on a
    /// head of CountedPhraseHeads with a word before it (三大产业 alone is the generic count of sectors).
    /// </summary>
    internal static int CountedKindsPhraseEnd(TextView view, int close)
    {
        string text = view.Text;
        int t = view.TokenIndexAt(close + 1);
        if (t < 0 || t >= view.Tokens.Length || view.Tokens[t].Start != close + 1
            || !CountOfKindsOrLevels().IsMatch(text.Substring(view.Tokens[t].Start, view.Tokens[t].Length)))
        {
            return -1;
        }

        int phraseStart = view.Tokens[t].End;
        int at = phraseStart;
        int end = -1;
        for (t++; t < view.Tokens.Length; t++)
        {
            Token token = view.Tokens[t];
            string word = text.Substring(token.Start, token.Length);
            if (token.Start != at || token.End - phraseStart > CountedPhraseWindow || !word.All(TextView.IsHan)
                || PolicyFinder.Stops.Contains(word) || CountToken().IsMatch(word))
            {
                break;
            }

            at = token.End;
            if (CountedPhraseHeads.Any(h => at - phraseStart > h.Length && text.AsSpan(phraseStart, at - phraseStart).EndsWith(h, StringComparison.Ordinal)))
            {
                end = at;
            }
        }

        return end;
    }

    /// <summary>
    /// Adds the quoted label at the marks <paramref name="open"/>, <paramref name="close"/> with the count and the phrase it
    /// opens (CountedKindsPhraseEnd) as one quoted mention, the bare label its canonical and Label, and says whether it did; not a
    /// label the lexicon lists, nor one where no phrase is read after it (NounPhrase.cs: the last of a run, an X+ label …), nor a
    /// phrase holding a lexicon formula, nor a chain of clauses: “村收集、乡转运、县处理”三级环卫体系 (zhumadian_2018) and
    /// “智能车、创新药、中国芯”三大主导产业 (pingshan-gwr-2021) are ParallelFinder's chains, judged right bare (mentions-dev-
    /// parallel15c/17/19, mentions-unseen26l-judged), as round 47 left the counted level to end the phrase there.
    /// </summary>
    internal static bool AddLabelWithCountedKinds(TextView view, int open, int close, string content, Lexicon lexicon, List<MentionCandidate> into)
    {
        if (ReadsNoPhraseAfter(view.Text, close, content) || lexicon.Find(content) is not null || content.AsSpan().IndexOfAny("、，") >= 0)
        {
            return false;
        }

        int end = CountedKindsPhraseEnd(view, close);
        if (end <= 0 || HoldsLexiconFormula(view.Text[(close + 1)..end], lexicon))
        {
            return false;
        }

        into.Add(new MentionCandidate(MentionKind.Quoted, open, end, content) { Label = content });
        return true;
    }
}
