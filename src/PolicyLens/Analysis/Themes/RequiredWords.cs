// The words a regular expression cannot match without: a cheap, exact pre-test for cue patterns that rarely match.
namespace PolicyLens.Analysis.Themes;

/// <summary>
/// What the literal words of a text must be for a .NET regular expression to have a chance to match it: a formula of
/// "contains this word", "and", "or" read from the pattern. A text for which the formula is false cannot match, so the
/// regex need not run. <see cref="ProceduralSentences"/> reads its two cue alternations this way: one pass over a
/// sentence marks which of the cues' words it holds (one table lookup per character), the formula rules out nearly
/// every sentence, and the regexes run on the rest (on the national reports they had cost more than the rest of the
/// theme stage, most of it on sentences that match nothing; the answer is the same either way, which
/// ProceduralSentencesTests checks on every sentence of the national reports). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The reading is conservative: what it does not know (inline options such as <c>(?i)</c>, conditionals, escapes that
/// stand for other characters, backreferences) makes the part that holds it unconstrained, or the whole pattern when it
/// could change what the rest means, never a wrong requirement. A run of literal characters that must each occur once
/// is one word; a sequence requires all of its mandatory parts (a group required at least once requires one of its
/// branches); optional parts, classes, <c>.</c>, anchors and lookarounds require nothing. Case-sensitive, as the cues
/// are: a pattern compiled with <c>RegexOptions.IgnoreCase</c> must not be read with this.
/// </remarks>
internal sealed class RequiredWords
{
    private readonly Formula[] _formulas; // one per pattern
    private readonly string[] _words;
    private readonly ushort[] _firstCharacter; // per UTF-16 unit: 1 + the index in _byFirst of the words it starts, 0 for none
    private readonly (string Word, int Bit)[][] _byFirst;

    private RequiredWords(Formula[] formulas, List<string> words)
    {
        _formulas = formulas;
        _words = [.. words];
        _firstCharacter = new ushort[char.MaxValue + 1];
        var groups = new List<List<(string, int)>>();
        for (int i = 0; i < _words.Length; i++)
        {
            char first = _words[i][0];
            if (_firstCharacter[first] == 0)
            {
                groups.Add([]);
                _firstCharacter[first] = checked((ushort)groups.Count);
            }

            groups[_firstCharacter[first] - 1].Add((_words[i], i));
        }

        _byFirst = [.. groups.Select(g => g.ToArray())];
    }

    /// <summary>The distinct words the patterns require.</summary>
    internal IReadOnlyList<string> Words => _words;

    /// <summary>
    /// The requirements of each of <paramref name="patterns"/> (at most 64), or null when one of them holds a construct
    /// this reader cannot prove anything about (the caller then runs its regexes on every text).
    /// </summary>
    internal static RequiredWords? Of(params string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (patterns.Length > 64)
        {
            throw new ArgumentException("At most 64 patterns.", nameof(patterns));
        }

        var formulas = new Formula[patterns.Length];
        for (int p = 0; p < patterns.Length; p++)
        {
            var reader = new Reader(patterns[p]);
            formulas[p] = reader.Alternation();
            if (!reader.AtEnd || reader.Failed)
            {
                return null;
            }
        }

        var words = new List<string>();
        foreach (Formula formula in formulas)
        {
            formula.NumberWords(words);
        }

        foreach (Formula formula in formulas)
        {
            formula.Compile(words.Count);
        }

        return new RequiredWords(formulas, words);
    }

    /// <summary>Whether <paramref name="text"/> holds the words some pattern asks for: false means no pattern can match it.</summary>
    internal bool MayMatch(ReadOnlySpan<char> text) => Candidates(text) != 0;

    /// <summary>
    /// The patterns whose required words <paramref name="text"/> holds, as bits (bit <c>p</c> for the <c>p</c>-th
    /// pattern): a pattern whose bit is clear cannot match it.
    /// </summary>
    internal ulong Candidates(ReadOnlySpan<char> text)
    {
        Span<ulong> present = _words.Length <= 1024 ? stackalloc ulong[(_words.Length + 63) / 64] : new ulong[(_words.Length + 63) / 64];
        present.Clear();
        bool any = false;
        for (int i = 0; i < text.Length; i++)
        {
            int group = _firstCharacter[text[i]];
            if (group == 0)
            {
                continue;
            }

            ReadOnlySpan<char> here = text[i..];
            foreach ((string word, int bit) in _byFirst[group - 1])
            {
                if (here.StartsWith(word.AsSpan()))
                {
                    present[bit >> 6] |= 1UL << bit;
                    any = true;
                }
            }
        }

        ulong candidates = 0;
        for (int p = 0; p < _formulas.Length; p++)
        {
            if ((any || _formulas[p].HoldsWithoutWords) && _formulas[p].Holds(present))
            {
                candidates |= 1UL << p;
            }
        }

        return candidates;
    }

    /// <summary>A requirement on the words present: a word, all of some, any of some, or none (true).</summary>
    private sealed class Formula
    {
        private readonly Formula[] _parts;
        private readonly bool _all;
        private int _bit = -1;
        private ulong[]? _wordMask; // after Compile: the bits of the parts that are words
        private Formula[] _inner = []; // after Compile: the parts that are not

        private Formula(string? word, Formula[] parts, bool all)
        {
            Word = word;
            _parts = parts;
            _all = all;
            HoldsWithoutWords = word is null && (all ? parts.All(p => p.HoldsWithoutWords) : parts.Any(p => p.HoldsWithoutWords));
            Strength = word?.Length ?? (parts.Length == 0 ? 0 : all ? parts.Max(p => p.Strength) : parts.Min(p => p.Strength));
        }

        internal static Formula True { get; } = new(null, [], all: true);

        /// <summary>Whether it holds for a text with none of the words (true alone, or made of true).</summary>
        internal bool HoldsWithoutWords { get; }

        /// <summary>How much it rules out, roughly: the length of the shortest word a text must have to meet it.</summary>
        internal int Strength { get; }

        internal string? Word { get; }

        internal bool IsTrue => ReferenceEquals(this, True);

        internal static Formula Of(string word) => new(word, [], all: true);

        /// <summary>
        /// All of <paramref name="parts"/>; a part that asks only for single characters is left out when another asks
        /// for a longer word (what is left is still required, and a common character would only slow the scan).
        /// </summary>
        internal static Formula AllOf(List<Formula> parts)
        {
            List<Formula> needed = [.. parts.Where(p => !p.IsTrue)];
            if (needed.Any(p => p.Strength >= 2))
            {
                needed.RemoveAll(p => p.Strength < 2);
            }

            return needed.Count switch
            {
                0 => True,
                1 => needed[0],
                _ => new Formula(null, [.. needed], all: true),
            };
        }

        /// <summary>One of <paramref name="parts"/> (none: never holds).</summary>
        internal static Formula AnyOf(List<Formula> parts) =>
            parts.Any(p => p.IsTrue) ? True
            : parts.Count == 1 ? parts[0]
            : new Formula(null, [.. parts], all: false);

        /// <summary>Numbers its words (the same word, the same bit) into <paramref name="words"/>.</summary>
        internal void NumberWords(List<string> words)
        {
            if (Word is not null)
            {
                _bit = words.IndexOf(Word);
                if (_bit < 0)
                {
                    _bit = words.Count;
                    words.Add(Word);
                }
            }

            foreach (Formula part in _parts)
            {
                part.NumberWords(words);
            }
        }

        /// <summary>
        /// Gathers the parts that are single words into one bit mask (after <see cref="NumberWords"/>), so that
        /// <see cref="Holds"/> tests them a 64-bit word at a time instead of one call per word; the other parts stay a tree.
        /// </summary>
        internal void Compile(int wordCount)
        {
            if (Word is not null || _wordMask is not null)
            {
                return;
            }

            var mask = new ulong[(wordCount + 63) / 64];
            var inner = new List<Formula>();
            foreach (Formula part in _parts)
            {
                if (part.Word is not null)
                {
                    mask[part._bit >> 6] |= 1UL << part._bit;
                }
                else
                {
                    part.Compile(wordCount);
                    inner.Add(part);
                }
            }

            _inner = [.. inner];
            _wordMask = mask;
        }

        internal bool Holds(ReadOnlySpan<ulong> present)
        {
            if (Word is not null)
            {
                return (present[_bit >> 6] & (1UL << _bit)) != 0;
            }

            // All of the parts: every word's bit set and every other part holding; one of them: any word's bit set or
            // any other part holding (the same answer as asking each part in turn).
            ulong[] mask = _wordMask!;
            if (_all)
            {
                for (int k = 0; k < mask.Length; k++)
                {
                    if ((present[k] & mask[k]) != mask[k])
                    {
                        return false;
                    }
                }

                foreach (Formula part in _inner)
                {
                    if (!part.Holds(present))
                    {
                        return false;
                    }
                }

                return true;
            }

            for (int k = 0; k < mask.Length; k++)
            {
                if ((present[k] & mask[k]) != 0)
                {
                    return true;
                }
            }

            foreach (Formula part in _inner)
            {
                if (part.Holds(present))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Reads a pattern into a formula.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        internal bool AtEnd => _at == pattern.Length;

        /// <summary>The pattern holds a construct this reader does not know: it proves nothing.</summary>
        internal bool Failed { get; private set; }

        // branch ('|' branch)*: one of the branches.
        internal Formula Alternation()
        {
            var branches = new List<Formula> { Sequence() };
            while (_at < pattern.Length && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Sequence());
            }

            return Formula.AnyOf(branches);
        }

        // Every mandatory part of the sequence.
        private Formula Sequence()
        {
            var parts = new List<Formula>();
            var run = new System.Text.StringBuilder();
            void EndRun()
            {
                if (run.Length > 0)
                {
                    parts.Add(Formula.Of(run.ToString()));
                    run.Clear();
                }
            }

            while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
            {
                (Part part, char literal, Formula group) = Atom();
                (int min, int max) = Quantifier();
                if (part == Part.Literal && min == 1 && max == 1)
                {
                    run.Append(literal);
                    continue;
                }

                EndRun();
                if (min >= 1 && part == Part.Literal)
                {
                    parts.Add(Formula.Of(literal.ToString()));
                }
                else if (min >= 1 && part == Part.Group)
                {
                    parts.Add(group);
                }
            }

            EndRun();
            return Formula.AllOf(parts);
        }

        private (Part Part, char Literal, Formula Group) Atom()
        {
            char c = pattern[_at++];
            return c switch
            {
                '\\' => Escape(),
                '[' => SkipClass(),
                '.' or '^' or '$' => (Part.Unconstrained, default, Formula.True),
                '(' => Group(),
                _ => (Part.Literal, c, Formula.True),
            };
        }

        private (Part, char, Formula) Escape()
        {
            if (_at == pattern.Length)
            {
                Failed = true;
                return (Part.Unconstrained, default, Formula.True);
            }

            char e = pattern[_at++];
            if (e is 'p' or 'P' && _at < pattern.Length && pattern[_at] == '{')
            {
                // \p{Name}: a class.
                int close = pattern.IndexOf('}', _at);
                _at = close < 0 ? pattern.Length : close + 1;
            }

            // \d, \s, \A, \b, \n, \u0041, \1 …: a class, an anchor, another character or a backreference; only an
            // escaped symbol (\- \. \( …) is itself.
            return char.IsAsciiLetterOrDigit(e) ? (Part.Unconstrained, default, Formula.True) : (Part.Literal, e, Formula.True);
        }

        private (Part, char, Formula) SkipClass()
        {
            int depth = 1;
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                _at++;
            }

            // A ']' right after '[' or '[^' is a member.
            if (_at < pattern.Length && pattern[_at] == ']')
            {
                _at++;
            }

            while (_at < pattern.Length && depth > 0)
            {
                char c = pattern[_at++];
                if (c == '\\')
                {
                    _at++;
                }
                else if (c == '[')
                {
                    depth++; // a subtraction, [a-z-[aeiou]]
                }
                else if (c == ']')
                {
                    depth--;
                }
            }

            Failed |= depth > 0;
            return (Part.Unconstrained, default, Formula.True);
        }

        private (Part, char, Formula) Group()
        {
            bool lookaround = false;
            if (_at < pattern.Length && pattern[_at] == '?')
            {
                ReadOnlySpan<char> rest = pattern.AsSpan(_at + 1);
                if (rest.StartsWith(":") || rest.StartsWith(">"))
                {
                    _at += 2;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    _at += 3;
                    lookaround = true;
                }
                else if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    _at += 2;
                    lookaround = true;
                }
                else if (rest.StartsWith("<") || rest.StartsWith("'"))
                {
                    // A named group.
                    int end = pattern.IndexOf(rest[0] == '<' ? '>' : '\'', _at + 2);
                    _at = end < 0 ? pattern.Length : end + 1;
                }
                else
                {
                    // Inline options, conditionals and the like may change what the rest of the pattern means.
                    Failed = true;
                    _at = pattern.Length;
                    return (Part.Unconstrained, default, Formula.True);
                }
            }

            Formula inside = Alternation();
            if (_at < pattern.Length && pattern[_at] == ')')
            {
                _at++;
            }
            else
            {
                Failed = true;
            }

            return lookaround ? (Part.Unconstrained, default, Formula.True) : (Part.Group, default, inside);
        }

        private (int Min, int Max) Quantifier()
        {
            if (_at == pattern.Length)
            {
                return (1, 1);
            }

            (int, int) q;
            switch (pattern[_at])
            {
                case '?':
                    q = (0, 1);
                    _at++;
                    break;
                case '*':
                    q = (0, int.MaxValue);
                    _at++;
                    break;
                case '+':
                    q = (1, int.MaxValue);
                    _at++;
                    break;
                case '{' when Braces() is { } braces:
                    q = braces;
                    break;
                default:
                    return (1, 1);
            }

            // Lazy or possessive: the same counts.
            if (_at < pattern.Length && pattern[_at] is '?' or '+')
            {
                _at++;
            }

            return q;
        }

        // {n}, {n,} or {n,m} at _at (moved past it), or null when the brace is a literal.
        private (int, int)? Braces()
        {
            int i = _at + 1;
            int min = Digits(ref i);
            if (min < 0)
            {
                return null;
            }

            int max = min;
            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                max = Digits(ref i);
                max = max < 0 ? int.MaxValue : max;
            }

            if (i >= pattern.Length || pattern[i] != '}')
            {
                return null;
            }

            _at = i + 1;
            return (min, max);
        }

        private int Digits(ref int i)
        {
            int start = i;
            long value = 0;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                value = Math.Min(int.MaxValue, (value * 10) + (pattern[i++] - '0'));
            }

            return i == start ? -1 : (int)value;
        }
    }

    private enum Part
    {
        Literal,
        Group,
        Unconstrained,
    }
}
