// Finds lexicon formulas in a view: every spelling (with or without quote marks, 、 or ， between its parts) whose
// ends fall on token boundaries, and every full list of a numbered formula's members. Token boundaries are what
// keep 新发展理念 from being found inside 创新发展理念 (创新/发展/理念).
using System.Collections.Frozen;

namespace PolicyLens.Extraction.Slogans;

internal sealed class LexiconMatcher
{
    private static readonly string[] MemberSeparators = ["、", "，", ",", "以及", "和", "及", "与", ""];

    // For each first character, the spellings that start with it, longest first.
    private readonly FrozenDictionary<char, (string Text, LexiconEntry Entry, bool IsCanonical)[]> _spellings;
    private readonly FrozenDictionary<char, (string Text, LexiconEntry Entry, int Member)[]> _memberSpellings;

    public LexiconMatcher(Lexicon lexicon)
    {
        var spellings = new List<(string, LexiconEntry, bool)>();
        var members = new List<(string, LexiconEntry, int)>();
        foreach (LexiconEntry entry in lexicon.Entries)
        {
            foreach (string spelling in entry.Spellings)
            {
                foreach (string form in Forms(spelling))
                {
                    spellings.Add((form, entry, spelling == entry.Canonical));
                }
            }

            for (int m = 0; m < entry.Members.Count; m++)
            {
                foreach (string spelling in entry.Members[m].Spellings)
                {
                    members.Add((spelling, entry, m));
                }
            }
        }

        _spellings = spellings.DistinctBy(s => s.Item1).GroupBy(s => s.Item1[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Item1.Length).ToArray());
        _memberSpellings = members.GroupBy(s => s.Item1[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Item1.Length).ToArray());
    }

    /// <summary>Every spelling and member chain in <paramref name="text"/>, whether or not it is a whole token.</summary>
    public void FindAll(string text, List<MentionCandidate> into) => FindRaw(text, into);

    public void Find(TextView view, List<MentionCandidate> into)
    {
        FindRaw(view.Text, into);

        // A spelling must be a whole unit: its ends on token boundaries (or on a quote mark, which is always one).
        // Inside a formula that is one, a shorter formula is kept (乡村振兴 in the one token 乡村振兴战略): only
        // CountingUnit.Nested reports it.
        List<MentionCandidate> whole = into.Where(c => c.Kind == MentionKind.Lexicon && view.IsBoundary(c.Start) && view.IsBoundary(c.End)).ToList();
        into.RemoveAll(c => c.Kind == MentionKind.Lexicon && !(view.IsBoundary(c.Start) && view.IsBoundary(c.End)) && !whole.Any(w => w.Contains(c)));
    }

    private void FindRaw(string text, List<MentionCandidate> into)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (_spellings.TryGetValue(text[i], out var candidates))
            {
                foreach ((string form, LexiconEntry entry, bool isCanonical) in candidates)
                {
                    if (string.CompareOrdinal(text, i, form, 0, form.Length) == 0)
                    {
                        into.Add(new MentionCandidate(MentionKind.Lexicon, i, i + form.Length, entry.Canonical)
                        {
                            Entry = entry,
                            Theme = entry.Theme,
                            Subtype = isCanonical ? "canonical" : "variant",
                        });
                    }
                }
            }

            if (_memberSpellings.TryGetValue(text[i], out var members))
            {
                foreach (LexiconEntry entry in members.Where(m => string.CompareOrdinal(text, i, m.Text, 0, m.Text.Length) == 0).Select(m => m.Entry).Distinct())
                {
                    int end = MatchMemberChain(text, i, entry);
                    if (end > 0)
                    {
                        end = AbsorbFollowingName(text, end, entry);
                        into.Add(new MentionCandidate(MentionKind.Lexicon, i, end, entry.Canonical)
                        {
                            Entry = entry,
                            Theme = entry.Theme,
                            Subtype = "members",
                        });
                    }
                }
            }
        }

    }

    // The spelling itself, without its quote marks, and with 、 and ， between parts swapped.
    private static IEnumerable<string> Forms(string spelling)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { spelling };
        string unquoted = spelling.Replace("“", "").Replace("”", "");
        forms.Add(unquoted);
        foreach (string form in forms.ToArray())
        {
            forms.Add(form.Replace('、', '，'));
            forms.Add(form.Replace('，', '、'));
        }

        return forms.Where(f => f.Length > 0);
    }

    // Every member once, in any order, separated by 、 ， 和 及 or nothing; returns the chain's end, or -1.
    private int MatchMemberChain(string text, int start, LexiconEntry entry)
    {
        int count = entry.Members.Count;
        var done = new bool[count];
        int position = start;
        for (int matched = 0; matched < count; matched++)
        {
            if (matched > 0)
            {
                int next = -1;
                foreach (string separator in MemberSeparators)
                {
                    if (string.CompareOrdinal(text, position, separator, 0, separator.Length) == 0 && MemberAt(text, position + separator.Length, entry, done) >= 0)
                    {
                        next = position + separator.Length;
                        break;
                    }
                }

                if (next < 0)
                {
                    return -1;
                }

                position = next;
            }

            int member = MemberAt(text, position, entry, done);
            if (member < 0)
            {
                return -1;
            }

            done[member] = true;
            position += _memberSpellings[text[position]].Where(m => m.Entry == entry && m.Member == member)
                .First(m => string.CompareOrdinal(text, position, m.Text, 0, m.Text.Length) == 0).Text.Length;
        }

        return position;
    }

    private int MemberAt(string text, int position, LexiconEntry entry, bool[] done)
    {
        if (position >= text.Length || !_memberSpellings.TryGetValue(text[position], out var spellings))
        {
            return -1;
        }

        foreach ((string spelling, LexiconEntry owner, int member) in spellings)
        {
            if (owner == entry && !done[member] && string.CompareOrdinal(text, position, spelling, 0, spelling.Length) == 0)
            {
                return member;
            }
        }

        return -1;
    }

    // "以国内大循环为主体、国内国际双循环相互促进的新发展格局" is one mention of 新发展格局, not two.
    private int AbsorbFollowingName(string text, int end, LexiconEntry entry)
    {
        int at = end < text.Length && text[end] == '的' ? end + 1 : end;
        if (at < text.Length && _spellings.TryGetValue(text[at], out var candidates))
        {
            foreach ((string form, LexiconEntry owner, _) in candidates)
            {
                if (owner == entry && string.CompareOrdinal(text, at, form, 0, form.Length) == 0)
                {
                    return at + form.Length;
                }
            }
        }

        return end;
    }
}
