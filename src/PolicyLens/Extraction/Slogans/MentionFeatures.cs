// What a mention's confidence is scored on: what a reader looks at when judging it (its kind and subtype, its length, its
// edges, the characters just outside it). One home for the trainer, which keeps the features as strings, and the
// scorer, which looks them up as spans without making a string.
namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// The features of one mention for <see cref="MentionConfidence"/>: short strings, each standing for a yes/no fact, most of
/// them conjoined with the kind (a quoted mention ending in 号 and a policy ending in 号 are different evidence). Characters
/// are read from the text the extractor was given, so a feature means the same thing at training and at scoring; digits
/// read as <c>0</c>, Latin letters as <c>a</c>, white space as <c>_</c>, the text's edges as <c>^</c> and <c>$</c>.
/// </summary>
/// <remarks>
/// Deliberately shallow: a boundary error shows at the edges (a leading verb 强化…, a word running on after the end
/// 和谐社会|环境), a non-formula in what stands around it (“山竹”|台风, 《人民日报》|刊发) and in its shape (a count with digits, a
/// list with many 、). The formula's own words are not features beyond its edges: the model is to generalise to formulas it
/// has not seen judged, not to remember the ones it has. Tried and left out, for gaining nothing in cross-validation by text
/// (session 38): the whole surface as a feature, how often the document writes it, jieba's words around and inside the
/// mention with whether its edges cut a word (which cost more than half the scoring time), and what the dictionaries know of
/// the surface (its jieba word frequency, whether the lexicon spells it: quoted AUC 0.732 → 0.738).
/// </remarks>
internal static class MentionFeatures
{
    /// <summary>The subtype feature's value where the subtype is not known (judged files written before subtypes were recorded).</summary>
    internal const string UnknownSubtype = "?";

    /// <summary>Receives each feature; the span is valid only during the call.</summary>
    internal interface ISink
    {
        void Add(ReadOnlySpan<char> feature);
    }

    // The longest feature: a prefix, a kind and a few characters (a subtype longer than that is cut, the same way everywhere).
    private const int MaximumFeatureLength = 48;

    /// <summary>Hands the features of the mention [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> to <paramref name="sink"/>.</summary>
    internal static void Add<TSink>(ref TSink sink, ReadOnlySpan<char> text, int start, int end, MentionKind kind, string subtype)
        where TSink : struct, ISink
    {
        string k = KindCode(kind);
        Span<char> buffer = stackalloc char[MaximumFeatureLength];
        var f = new Writer(buffer);
        sink.Add(f.Start("k=").Add(k).Span);
        if (subtype != UnknownSubtype)
        {
            sink.Add(f.Start("s=").Add(k).Add('/').Add(subtype).Span);
        }

        int length = end - start;
        sink.Add(f.Start("n=").Add(k).Add('/').Add(LengthBucket(length)).Span);

        // The mention's own edges: its first one and two characters, its last one and two (the head: 工程, 行动, 号, 奖).
        char first = Read(text, start), last = Read(text, end - 1);
        sink.Add(f.Start("f=").Add(k).Add('/').Add(first).Span);
        sink.Add(f.Start("e=").Add(k).Add('/').Add(last).Span);
        sink.Add(f.Start("e=").Add(last).Span);
        if (length >= 2)
        {
            char beforeLast = Read(text, end - 2);
            sink.Add(f.Start("ee=").Add(k).Add('/').Add(beforeLast).Add(last).Span);
            sink.Add(f.Start("ee=").Add(beforeLast).Add(last).Span);
            sink.Add(f.Start("ff=").Add(k).Add('/').Add(first).Add(Read(text, start + 1)).Span);
        }

        // What stands outside it: one and two characters either side, and the pair that encloses it (“…”, 《…》, a verb and 的).
        char before = Read(text, start - 1), before2 = Read(text, start - 2), after = Read(text, end), after2 = Read(text, end + 1);
        sink.Add(f.Start("l=").Add(k).Add('/').Add(before).Span);
        sink.Add(f.Start("l=").Add(before).Span);
        sink.Add(f.Start("ll=").Add(k).Add('/').Add(before2).Add(before).Span);
        sink.Add(f.Start("r=").Add(k).Add('/').Add(after).Span);
        sink.Add(f.Start("r=").Add(after).Span);
        sink.Add(f.Start("rr=").Add(k).Add('/').Add(after).Add(after2).Span);
        sink.Add(f.Start("rr=").Add(after).Add(after2).Span);
        sink.Add(f.Start("lr=").Add(k).Add('/').Add(before).Add(after).Span);
        if (IsQuoteMark(before))
        {
            // Inside quotation marks, what stands outside the marks is what tells a formula from a name (“山竹”台风).
            sink.Add(f.Start("qo=").Add(k).Add('/').Add(before2).Add('|').Add(after2).Span);
            sink.Add(f.Start("qr=").Add(k).Add('/').Add(after2).Add(Read(text, end + 2)).Span);
        }

        // Its shape: how many list marks it holds, whether it holds digits, Latin letters or quotation marks of its own.
        int listMarks = 0;
        bool digits = false, latin = false, quotes = false;
        for (int i = start; i < end && i < text.Length; i++)
        {
            char c = text[i];
            listMarks += c is '、' or '，' ? 1 : 0;
            digits |= char.IsAsciiDigit(c) || c is >= '０' and <= '９';
            latin |= char.IsAsciiLetter(c);
            quotes |= IsQuoteMark(c);
        }

        sink.Add(f.Start("c=").Add(k).Add('/').Add((char)('0' + Math.Min(listMarks, 4))).Span);
        if (digits)
        {
            sink.Add(f.Start("d=").Add(k).Span);
        }

        if (latin)
        {
            sink.Add(f.Start("a=").Add(k).Span);
        }

        if (quotes)
        {
            sink.Add(f.Start("q=").Add(k).Span);
        }
    }

    /// <summary>The features as strings (training, and tests).</summary>
    internal static List<string> Of(ReadOnlySpan<char> text, int start, int end, MentionKind kind, string subtype)
    {
        var sink = new StringSink([]);
        Add(ref sink, text, start, end, kind, subtype);
        return sink.Features;
    }

    private static string KindCode(MentionKind kind) => kind switch
    {
        MentionKind.Lexicon => "lex",
        MentionKind.Quoted => "quo",
        MentionKind.Numbered => "num",
        MentionKind.Parallel => "par",
        MentionKind.Titled => "tit",
        MentionKind.Policy => "pol",
        _ => kind.ToString(),
    };

    // Lengths as a reader weighs them: a two-character label, a four-character formula, a long name.
    private static string LengthBucket(int length) => length switch
    {
        <= 2 => "2",
        3 => "3",
        4 => "4",
        <= 6 => "5-6",
        <= 9 => "7-9",
        <= 14 => "10-14",
        _ => "15+",
    };

    private static char Read(ReadOnlySpan<char> text, int index)
    {
        if (index < 0)
        {
            return '^';
        }

        if (index >= text.Length)
        {
            return '$';
        }

        char c = text[index];
        return c switch
        {
            _ when char.IsAsciiDigit(c) || c is >= '０' and <= '９' => '0',
            _ when char.IsAsciiLetter(c) || c is >= 'Ａ' and <= 'ｚ' => 'a',
            _ when char.IsWhiteSpace(c) => '_',
            _ => c,
        };
    }

    private static bool IsQuoteMark(char c) => c is '“' or '”' or '‘' or '’' or '「' or '」' or '"' or '《' or '》';

    // Builds one feature at a time in a caller's buffer (each call returns the writer with the characters added; the buffer is
    // shared); what does not fit is cut, the same cut at training and scoring.
    private readonly ref struct Writer(Span<char> buffer, int length = 0)
    {
        private readonly Span<char> _buffer = buffer;
        private readonly int _length = length;

        public ReadOnlySpan<char> Span => _buffer[.._length];

        public Writer Start(string prefix) => new Writer(_buffer).Add(prefix);

        public Writer Add(string value)
        {
            int n = Math.Min(value.Length, _buffer.Length - _length);
            value.AsSpan(0, n).CopyTo(_buffer[_length..]);
            return new Writer(_buffer, _length + n);
        }

        public Writer Add(char value)
        {
            if (_length == _buffer.Length)
            {
                return this;
            }

            _buffer[_length] = value;
            return new Writer(_buffer, _length + 1);
        }
    }

    private readonly struct StringSink(List<string> features) : ISink
    {
        public List<string> Features { get; } = features;

        public void Add(ReadOnlySpan<char> feature) => Features.Add(new string(feature));
    }
}
