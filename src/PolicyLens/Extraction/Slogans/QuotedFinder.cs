// Finds short formula-like strings in quote marks (“六稳”, “全面小康决胜年”, “中国之治”), leaving out reported
// speech (long, or with sentence punctuation), bare numbers (“3311”, part of a policy name) and scare quotes around
// a single ordinary word (立体“防护网”).
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static class QuotedFinder
{
    private const int MaxLength = 12;

    // A quoted single dictionary word (立体“防护网”, frequency 5) is an ordinary word in scare quotes, not a coined formula.
    private const long OrdinaryWordFrequency = 1;

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = 0; i < text.Length; i++)
        {
            char close = text[i] switch { '“' => '”', '‘' => '’', '「' => '」', '『' => '』', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            // Look for the closing mark only as far as a formula can reach: a run of opening marks with no closing one
            // (2.4 MB of “) must not make the scan quadratic.
            int end = text.IndexOf(close, i + 1, Math.Min(MaxLength + 3, text.Length - i - 1));
            if (end < 0)
            {
                continue;
            }

            string content = text[(i + 1)..end];
            if (IsFormulaLike(content, view, i + 1, lexicon))
            {
                into.Add(new MentionCandidate(MentionKind.Quoted, i + 1, end, string.Concat(content.Where(c => !char.IsWhiteSpace(c)))));
            }

            i = end;
        }
    }

    private static bool IsFormulaLike(string content, TextView view, int start, Lexicon lexicon)
    {
        if (content.Length < 2 || content.Length > MaxLength || content.Any(c => c is '。' or '！' or '？' or '；' or '：' or '\n' or '“' or '‘'))
        {
            return false;
        }

        int han = content.Count(TextView.IsHan);
        if (han < 2)
        {
            return false;
        }

        // Reported speech is a clause; a formula with a comma inside is short (只争朝夕，不负韶华).
        if (content.Contains('，') && content.Length > 10)
        {
            return false;
        }

        if (lexicon.Find(content) is not null)
        {
            return true;
        }

        // One token that is a common dictionary word: a scare quote.
        bool oneToken = view.IsSingleToken(start, content.Length);
        return !(oneToken && JiebaSegmenter.Default.GetFrequency(content) >= OrdinaryWordFrequency);
    }
}
