using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Turns a sentence into the words the classifier and the topic model see: PolicyLens's own jieba tokens (never
/// ML.NET's whitespace tokenizer, which would see a Chinese sentence as one word), without punctuation, numbers and
/// the function words that occur in every sentence whatever its theme. Traditional characters are folded to simplified
/// ones first (<see cref="Fold"/>), so that 1954's 鋼鐵 is the 钢铁 the model learnt.
/// </summary>
internal static class ThemeTokens
{
    // Function words and report boilerplate: frequent in every theme, so they only add noise to a bag of words, and in
    // LDA they would fill every topic's top words.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "了", "和", "与", "及", "以及", "在", "是", "为", "对", "把", "被", "将", "等", "并", "而", "也", "都", "要", "从", "向",
        "由", "以", "于", "其", "之", "这", "那", "这些", "那些", "这个", "一个", "一些", "我们", "我国", "我", "他们", "它", "各",
        "有", "上", "中", "下", "个", "着", "过", "或", "或者", "还", "又", "就", "但", "但是", "同时", "并且", "而且", "如果", "因此",
        "所以", "通过", "进行", "继续", "进一步", "加强", "加快", "推进", "推动", "坚持", "实现", "提高", "发展", "建设", "工作",
        "问题", "方面", "今年", "去年", "明年", "年", "全国", "各级", "政府", "必须", "已经", "应当", "应该", "可以", "能够", "不",
        "没有", "更", "很", "比", "到", "让", "使", "给", "大力", "积极", "努力", "全面", "不断", "重要", "主要", "要求", "增长", "完善",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <paramref name="text"/> with traditional characters folded to simplified ones by the Text stage's OpenCC table
    /// (<see cref="VariantFold"/>): the same length, so offsets still point into the original. The same fold as
    /// <see cref="Document.Tokens"/>, which is what lets <see cref="ThemeClassifier.ClassifyDocument(Document, ThemeTaxonomy?)"/>
    /// read a sentence's tokens from the document's stream: a different fold here must end that.
    /// </summary>
    internal static string Fold(string text) => VariantFold.Fold(text);

    /// <summary>Whether a token is a feature word: it has a letter and is not a stop word.</summary>
    internal static bool IsFeature(ReadOnlySpan<char> token) => HasLetter(token) && !StopWordSpans.Contains(token);

    /// <summary>The feature words of <paramref name="text"/>.</summary>
    internal static List<string> Words(JiebaSegmenter segmenter, ReadOnlySpan<char> text) => Words(segmenter, text, minimumLength: 1, mask: null);

    /// <summary>
    /// The feature words of <paramref name="text"/> at least <paramref name="minimumLength"/> characters long, leaving out
    /// any token that overlaps a span in <paramref name="mask"/> (sorted (start, length) pairs; used to hide seed words).
    /// </summary>
    internal static List<string> Words(JiebaSegmenter segmenter, ReadOnlySpan<char> text, int minimumLength, IReadOnlyList<(int Start, int Length, int Theme)>? mask)
    {
        var words = new List<string>();
        int m = 0;
        foreach (Token token in segmenter.Tokenize(text))
        {
            ReadOnlySpan<char> span = token.GetSpan(text);
            if (span.Length < minimumLength || !HasLetter(span))
            {
                continue;
            }

            if (mask is not null)
            {
                while (m < mask.Count && mask[m].Start + mask[m].Length <= token.Start)
                {
                    m++;
                }

                if (m < mask.Count && mask[m].Start < token.End)
                {
                    continue;
                }
            }

            string word = span.ToString();
            if (!StopWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// First character of a character-bigram feature (<see cref="AddBigrams"/>): a control character, which no jieba word
    /// of the vocabulary holds, so bigrams and words share one vocabulary without colliding.
    /// </summary>
    internal const char BigramMarker = '\u0001';

    /// <summary>Whether a vocabulary entry is a character bigram (<see cref="AddBigrams"/>) rather than a word.</summary>
    internal static bool IsBigram(string feature) => feature.Length == 3 && feature[0] == BigramMarker;

    /// <summary>
    /// Adds to <paramref name="features"/> the character bigrams of <paramref name="text"/> (already folded): each pair
    /// of adjacent letters, as <see cref="BigramMarker"/> and the two characters, in text order. A pair that overlaps a
    /// span of <paramref name="mask"/> (sorted (start, length) pairs, as for <see cref="Words(JiebaSegmenter, ReadOnlySpan{char}, int, IReadOnlyList{ValueTuple{int, int, int}}?)"/>)
    /// is left out, so that hidden seed words stay hidden.
    /// </summary>
    internal static void AddBigrams(ReadOnlySpan<char> text, List<string> features, IReadOnlyList<(int Start, int Length, int Theme)>? mask = null)
    {
        int m = 0;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || !char.IsLetter(text[i + 1]))
            {
                continue;
            }

            if (mask is not null)
            {
                while (m < mask.Count && mask[m].Start + mask[m].Length <= i)
                {
                    m++;
                }

                if (m < mask.Count && mask[m].Start < i + 2)
                {
                    continue;
                }
            }

            features.Add(string.Create(3, (text[i], text[i + 1]), static (span, pair) =>
            {
                span[0] = BigramMarker;
                span[1] = pair.Item1;
                span[2] = pair.Item2;
            }));
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
