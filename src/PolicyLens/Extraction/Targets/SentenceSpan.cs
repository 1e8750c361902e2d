// Sentences of a document's text, as the target rules cut them.
namespace PolicyLens.Extraction.Targets;

/// <summary>One sentence: [<paramref name="Start"/>, <paramref name="End"/>) in the text, its ordinal and its paragraph (line).</summary>
internal readonly record struct SentenceSpan(int Start, int End, int Paragraph, int Index = 0)
{
    /// <summary>Sentences: ended by 。！？!? or a line break, whitespace trimmed, numbered from 0 in text order.</summary>
    public static IEnumerable<SentenceSpan> Split(string text)
    {
        int paragraph = 0;
        int start = 0;
        int index = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool lineBreak = i < text.Length && text[i] is '\n' or '\r';
            bool end = i == text.Length || lineBreak || text[i] is '。' or '！' or '？' or '!' or '?';
            if (!end)
            {
                continue;
            }

            int stop = lineBreak || i == text.Length ? i : i + 1;
            int s = start;
            while (s < stop && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            int e = stop;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                yield return new SentenceSpan(s, e, paragraph, index++);
            }

            if (lineBreak)
            {
                paragraph++;
            }

            start = i + 1;
        }
    }
}
