// A report's own formulas: the goals and slogans one place coins and repeats without quotation marks (驻马店's
// 高质量跨越发展 six times, 全国一流地级市 four times; 湖北's 中部地区崛起的重要战略支点; 安徽's 科创引领高地). Nothing marks
// them but their shape and their repetition inside one report: a phrase ending in a formula's head (高地, 粮仓, 支点, 篇章,
// 城市, 发展 …) after a qualifier, written several times, at least once as the goal of a verb that sets one (建设, 打造,
// 实现, 争创 …). Each occurrence is proposed as a `lexicon` candidate with the subtype "own" and no entry (the kind the
// development gold gives such goals, and the one PlaceCampaignFinder gives a goal written on a lexicon template), before
// overlaps are resolved, so a curated formula or a longer name over the same words wins as usual.
namespace PolicyLens.Extraction.Slogans;

internal static class OwnFormulaFinder
{
    /// <summary>The subtype of a report's own formula (<see cref="SloganMention.Subtype"/>).</summary>
    public const string Subtype = "own";

    // The heads a goal or slogan of one place ends in: a position to reach (高地, 支点, 枢纽, 标杆, 样板), a role (粮仓),
    // a chapter the report writes (篇章), a rank of city or province (地级市, 城市, 强省, 强市) and a path of development
    // (发展, 振兴).
    private static readonly string[] Heads = ["高地", "粮仓", "支点", "篇章", "地级市", "城市", "强省", "强市", "枢纽", "标杆", "样板", "发展", "振兴"];

    // The generic paths: any domain develops (经济平稳较快发展, 社会事业发展, 转变经济发展方式 in every national report), so a
    // phrase ending in them is one place's formula only when it is a national formula with a word of the place's own
    // inserted before the head (高质量跨越发展, 高质量振兴发展: 高质量发展 with 跨越, 振兴).
    private static readonly string[] GenericHeads = ["发展", "振兴"];

    // The shortest qualifier before a head: a single word before it (现代化城市) is a description, not a coined goal.
    private const int MinimumQualifier = 4;

    // The verbs that set a goal (建设全国一流地级市, 形成科创引领高地, 实现高质量跨越发展, 建成…重要战略支点).
    private static readonly string[] GoalVerbs =
        ["建设", "建成", "形成", "打造", "打造成", "实现", "争创", "创建", "推动", "推进", "加快", "奋力", "谱写", "迈向", "争当", "当好", "成为", "构建", "塑造"];

    // A phrase does not open with a function word or a verb: those belong to the sentence (是…, 在…, 推动…, 成…支点 of 建成).
    private const string OpeningCharacters = "的和与及是在对为把将以向让使等成了着于从由被并且或而也都又就";

    // Nor with a deictic of the report's own place (我市经济社会发展, 全省高质量发展): the report's generic talk of itself.
    private static readonly string[] OpeningWords = ["我市", "我省", "我区", "我县", "全市", "全省", "全区", "全县", "本市", "本省", "我国", "经济社会"];

    private const int MinimumLength = MinimumQualifier + 2;
    private const int MaximumLength = 14;

    /// <summary>Adds a candidate for every occurrence of a phrase the report makes its own formula.</summary>
    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> candidates, int minimumCount)
    {
        string text = view.Text;
        var occurrences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (string head in Heads)
        {
            for (int at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                int end = at + head.Length;
                if (!view.IsBoundary(end))
                {
                    continue;
                }

                // Not a head after 的 or a conjunction (事业的发展, 改革和发展): the phrase is then the sentence's, not a name.
                if (at == 0 || "的和与及、".Contains(text[at - 1], StringComparison.Ordinal))
                {
                    continue;
                }

                for (int start = at - MinimumQualifier; start >= 0 && start >= end - MaximumLength; start--)
                {
                    if (!TextView.IsHan(text[start]))
                    {
                        break;
                    }

                    if (view.IsBoundary(start))
                    {
                        string phrase = text[start..end];
                        if (!occurrences.TryGetValue(phrase, out List<int>? starts))
                        {
                            occurrences[phrase] = starts = [];
                        }

                        // Each head occurrence ends a phrase at one place, and no head ends another: a start is never added twice.
                        starts.Add(start);
                    }
                }
            }
        }

        // The other finders' candidates by where they start and end, made when a phrase first qualifies: each test below reads
        // the few positions of one phrase, so the stage stays linear in the document however many candidates it has.
        Spans? spans = null;
        foreach ((string phrase, List<int> starts) in occurrences)
        {
            if (starts.Count < minimumCount || !IsFormulaShaped(phrase, lexicon) || IsModifiedOnly(phrase, starts.Count, occurrences, minimumCount)
                || !starts.Exists(s => AfterGoalVerb(text, s)))
            {
                continue;
            }

            // A qualifier before a formula found otherwise (经济社会高质量发展, 全域旅游发展 over 全域旅游) is that formula's
            // context, not a new one; judged where the phrase is first written.
            int first = starts.Min();
            spans ??= new Spans(candidates);
            if (spans.EndsInAFormula(first, first + phrase.Length) || spans.FramesAFormula(text, first, first + phrase.Length) || LexiconMatcher.CutsAWord(view, first, first + phrase.Length))
            {
                continue;
            }

            foreach (int start in starts)
            {
                int end = start + phrase.Length;
                if (!spans.Crosses(start, end) && !RunsOn(view, end))
                {
                    candidates.Add(new MentionCandidate(MentionKind.Lexicon, start, end, phrase) { Subtype = Subtype });
                }
            }
        }
    }

    private static bool IsFormulaShaped(string phrase, Lexicon lexicon)
    {
        foreach (string head in GenericHeads)
        {
            if (phrase.EndsWith(head, StringComparison.Ordinal) && !IsInsertedInto(phrase, head, lexicon))
            {
                return false;
            }
        }

        if (OpeningCharacters.Contains(phrase[0], StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string word in OpeningWords)
        {
            if (phrase.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (string verb in GoalVerbs)
        {
            if (phrase.StartsWith(verb, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // A phrase whose shorter tail the report writes more often (驻马店高质量跨越发展 ×3, 高质量跨越发展 ×6) is that tail with a
    // modifier some occurrences add: the tail is the formula.
    private static bool IsModifiedOnly(string phrase, int count, Dictionary<string, List<int>> occurrences, int minimumCount)
    {
        for (int cut = 1; phrase.Length - cut >= MinimumLength; cut++)
        {
            if (occurrences.TryGetValue(phrase[cut..], out List<int>? tail) && tail.Count > count && tail.Count >= minimumCount)
            {
                return true;
            }
        }

        return false;
    }

    // The phrase is a lexicon formula with one word of two or three characters inserted before its head.
    private static bool IsInsertedInto(string phrase, string head, Lexicon lexicon)
    {
        string qualifier = phrase[..^head.Length];
        for (int inserted = 2; inserted <= 3 && qualifier.Length - inserted >= 2; inserted++)
        {
            if (lexicon.Find(qualifier[..^inserted] + head) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // An occurrence followed by a zone's noun (绿色低碳发展示范区, …先导区) is part of the zone's name, a place, not the
    // formula; one followed by another head (打造绿色低碳发展高地) is the qualifier of a longer goal written there.
    private static bool RunsOn(TextView view, int end)
    {
        if (end >= view.Text.Length || !TextView.IsHan(view.Text[end]))
        {
            return false;
        }

        int index = view.TokenIndexAt(end);
        if (index < 0 || view.Tokens[index].Start != end)
        {
            return false;
        }

        string next = view.Text[end..view.Tokens[index].End];
        return next[^1] == '区' || Array.IndexOf(Heads, next) >= 0;
    }

    private static bool AfterGoalVerb(string text, int start)
    {
        foreach (string verb in GoalVerbs)
        {
            if (start >= verb.Length && text.AsSpan(start - verb.Length, verb.Length).SequenceEqual(verb))
            {
                return true;
            }
        }

        return false;
    }

    // The candidates of the other finders, indexed by start and by end.
    private sealed class Spans
    {
        private readonly Dictionary<int, List<MentionCandidate>> _byStart = [];
        private readonly Dictionary<int, List<MentionCandidate>> _byEnd = [];

        public Spans(List<MentionCandidate> candidates)
        {
            foreach (MentionCandidate c in candidates)
            {
                Add(_byStart, c.Start, c);
                Add(_byEnd, c.End, c);
            }
        }

        // A formula found otherwise that ends where the phrase ends, after a qualifier.
        public bool EndsInAFormula(int start, int end) => _byEnd.TryGetValue(end, out List<MentionCandidate>? list) && list.Exists(c => c.Start > start);

        // A formula found otherwise inside the phrase, not followed by 的, makes the phrase that formula with a frame around it
        // (中国式现代化湖北篇章 holds 中国式现代化, which the development gold codes there; 生态文明高地). After 的 the phrase is a
        // role within the formula's frame, a name of its own (中部地区崛起的重要战略支点).
        public bool FramesAFormula(string text, int start, int end)
        {
            for (int p = start; p < end; p++)
            {
                if (_byStart.TryGetValue(p, out List<MentionCandidate>? list) && list.Exists(c => c.End < end && text[c.End] != '的'))
                {
                    return true;
                }
            }

            return false;
        }

        // A candidate across either end (neither inside the phrase nor around it): the phrase would cut it.
        public bool Crosses(int start, int end)
        {
            for (int p = start + 1; p < end; p++)
            {
                if ((_byStart.TryGetValue(p, out List<MentionCandidate>? starting) && starting.Exists(c => c.End > end))
                    || (_byEnd.TryGetValue(p, out List<MentionCandidate>? ending) && ending.Exists(c => c.Start < start)))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Add(Dictionary<int, List<MentionCandidate>> index, int key, MentionCandidate c)
        {
            if (!index.TryGetValue(key, out List<MentionCandidate>? list))
            {
                index[key] = list = [];
            }

            list.Add(c);
        }
    }
}
