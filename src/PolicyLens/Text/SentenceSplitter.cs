// The one definition of a sentence and a paragraph that every stage uses (targets, slogans, themes, the report).
namespace PolicyLens.Text;

/// <summary>
/// Cuts normalised text into sentences and paragraphs, the same way for every stage. A sentence ends after
/// 。！？!? together with any closing quotes or brackets that follow (<c>……“两个维护”。”</c>), and at every line break, so
/// headings and list lines stand alone. The semicolon does not end a sentence: reports chain the clauses of one
/// statement with ；, and a target's subject is often in the clause before. A paragraph is a non-blank line (the corpus
/// writes one paragraph a line). White space is trimmed; empty units are left out.
/// </summary>
/// <example>
/// <code>
/// foreach (TextSpan s in SentenceSplitter.Split("增长5%左右。城镇新增就业1100万人以上！")) { … } // two sentences
/// </code>
/// </example>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(ReadOnlySpan<char> text) => [.. Sentences(text).Select(s => s.Span)];

    /// <summary>The paragraphs (non-blank lines) of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(ReadOnlySpan<char> text)
    {
        var paragraphs = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                Add(paragraphs, text, start, i);
                start = i + 1;
            }
        }

        return paragraphs;
    }

    /// <summary>The sentences of <paramref name="text"/> with the index of the paragraph each stands in.</summary>
    public static IReadOnlyList<Sentence> Sentences(ReadOnlySpan<char> text)
    {
        var sentences = new List<Sentence>();
        var one = new List<TextSpan>(1);
        int paragraph = -1;
        bool inParagraph = false;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            // Inside a paragraph only a sentence end or a line break does anything: skip to the next one.
            if (inParagraph && i < text.Length)
            {
                int next = text[i..].IndexOfAny(Glyphs.SentenceEndOrLineBreak);
                i = next < 0 ? text.Length : i + next;
            }

            bool lineBreak = i == text.Length || text[i] is '\n' or '\r';
            if (!lineBreak && !inParagraph && !char.IsWhiteSpace(text[i]))
            {
                inParagraph = true;
                paragraph++;
            }

            int end;
            if (lineBreak)
            {
                end = i;
            }
            else if (Glyphs.EndsSentence(text[i]))
            {
                end = i + 1;
                while (end < text.Length && Glyphs.ClosesQuote(text[end]))
                {
                    end++;
                }
            }
            else
            {
                continue;
            }

            one.Clear();
            Add(one, text, start, end);
            if (one.Count > 0)
            {
                sentences.Add(new Sentence(one[0], paragraph));
            }

            if (lineBreak)
            {
                inParagraph = false;
                start = i + 1;
            }
            else
            {
                start = end;
                i = end - 1;
            }
        }

        return sentences;
    }

    private static void Add(List<TextSpan> units, ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            units.Add(new TextSpan(start, end));
        }
    }
}
