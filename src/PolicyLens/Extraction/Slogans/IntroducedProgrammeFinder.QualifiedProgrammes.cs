// Lexicon programmes narrowed by a qualifier after their introducing verb (policy round 45, issue 13): 实施 + the field or object the
// programme is run for + a programme the lexicon holds (…行动, …计划, …工程) + the clause's end (实施医疗登峰计划， fujian 2026;
// 深入实施医保全民参保计划。 hebei 2025; 实施工业领域碳达峰行动， gd-15th-fyp-proposal; 推动实施人体蛋白质组导航国际大科学计划。
// guangdong 2025). The lexicon reports the programme it holds (登峰计划, 全民参保计划), and a policy name that is a modifier plus a
// lexicon formula ending where it ends is read as that formula when overlaps are resolved; between an introducing verb and the
// clause's end, the qualifier is the name's own (the codebook's cut cores: dropping the qualifier that is part of a name is a
// boundary error), and the readable golds code the whole stretch there. A round (新一轮), an adverb, a verb of the sentence, a
// quantity or scope (一批, 全市), a place (合肥都市圈, 全市域) or a description (高原特色种业振兴行动: the gold codes 种业振兴行动)
// is no qualifier of the name; pilots (…试点) are left as they were: the golds code a place's or a level's pilot of a national
// programme under the national name (合肥都市圈要素市场化配置综合改革试点, 地方财政科学管理试点), and so do strategies.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class IntroducedProgrammeFinder
{
    // The heads of a lexicon programme that a qualifier narrows.
    private static readonly string[] QualifiedProgrammeHeads = ["行动", "计划", "工程"];

    // The fewest and the most characters of the qualifier (医疗, 人体蛋白质组导航).
    private const int MinQualifier = 2;

    private const int MaxQualifier = 8;

    // What ends the clause after the programme (not 、 or 和: the programme is then a member of a list).
    private const string QualifiedProgrammeEnds = "，。；";

    // Words that make the qualifier a description, a scope or a place, not the name's own words.
    private static readonly string[] QualifierNonNames = ["特色", "全市", "全省", "全县", "全区", "全域", "地区", "都市圈", "城市", "各地"];

    private static void FindQualifiedLexiconProgrammes(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        int count = into.Count;
        List<MentionCandidate>? names = null;
        for (int i = 0; i < count; i++)
        {
            MentionCandidate programme = into[i];
            if (programme.Kind != MentionKind.Lexicon || !EndsWithQualifiedHead(text.AsSpan(programme.Start, programme.Length))
                || (programme.End < text.Length && !QualifiedProgrammeEnds.Contains(text[programme.End], StringComparison.Ordinal))
                || !NamedAsWritten(text, programme))
            {
                continue;
            }

            if (QualifierStart(view, programme.Start) is not int start || CoveredByLexicon(into, count, start, programme.End))
            {
                continue;
            }

            // A quoted label inside (岭南文化“双创”工程, 技工教育“强基培优”计划): the item is the whole name as written, its canonical
            // without the marks, and the label recorded beside it (the codebook's round-43 decision), as PolicyFinder records it.
            // Without one (新时代兴边富民行动), the lexicon's programme is the label (the lead's review of round 45): the series of
            // 兴边富民行动 stays one when grouped by label, and a gold row coding the bare programme is answered as a quoted label's is.
            int open = text.IndexOf('“', programme.Start, programme.Length);
            int close = open < 0 ? -1 : text.IndexOf('”', open + 1, programme.End - open - 1);
            string canonical = TextView.WithoutQuotationMarks(text[start..programme.End]);
            (names ??= []).Add(new MentionCandidate(MentionKind.Policy, start, programme.End, canonical)
            {
                Label = close > open + 1 ? text[(open + 1)..close] : programme.Canonical,
            });
        }

        if (names is null)
        {
            return;
        }

        // The lexicon programmes inside a qualified name end where it ends: taken out, or the name would be read as them.
        foreach (MentionCandidate name in names)
        {
            into.RemoveAll(c => c.Kind == MentionKind.Lexicon && c.End == name.End && c.Start > name.Start);
        }

        into.AddRange(names);
    }

    // A lexicon entry that folds the written form onto an established core (党的建设新的伟大工程 → 伟大工程, whose gold rows name the
    // longer written formula through the entry) has decided how the programme is named: only an entry named as written is
    // narrowed here.
    private static bool NamedAsWritten(string text, MentionCandidate programme) =>
        TextView.WithoutQuotationMarks(text[programme.Start..programme.End])
        == TextView.WithoutQuotationMarks(programme.Canonical);

    private static bool EndsWithQualifiedHead(ReadOnlySpan<char> surface)
    {
        foreach (string head in QualifiedProgrammeHeads)
        {
            if (surface.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The start of a qualifier between an introducing verb (and a round) and the programme at `programmeStart`, or null when
    // the words before the programme are no such qualifier.
    private static int? QualifierStart(TextView view, int programmeStart)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        int j = view.TokenIndexAt(programmeStart);
        if (j <= 0 || tokens[j].Start != programmeStart)
        {
            return null;
        }

        int k = j - 1;
        while (k > 0 && programmeStart - tokens[k].Start <= MaxQualifier + 3 && !IsIntroducer(text, tokens[k]))
        {
            if (tokens[k].End != tokens[k + 1].Start || !AllHan(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                return null;
            }

            k--;
        }

        if (!IsIntroducer(text, tokens[k]) || IsFirmsVerb(view, tokens[k].End))
        {
            return null;
        }

        int start = tokens[k].End;
        System.Text.RegularExpressions.Match round = Round().Match(text, start);
        if (round.Success)
        {
            start += round.Length;
        }

        // 深化拓展“人工智能+”行动 (henan 2026): 拓展 is the second verb of a pair, not the name's first word; 启动二期学前教育三年行动
        // 计划 (zhumadian 2014): a phase is a round of the programme, no part of its name.
        if (text.AsSpan(start).StartsWith("拓展") || PhaseOfProgramme().IsMatch(text, start))
        {
            return null;
        }

        int first = view.TokenIndexAt(start);
        if (first < 0 || tokens[first].Start != start || programmeStart - start is < MinQualifier or > MaxQualifier)
        {
            return null;
        }

        string qualifier = text[start..programmeStart];
        if (NonStarts.Any(w => qualifier.StartsWith(w, StringComparison.Ordinal)) || QualifierNonNames.Any(w => qualifier.Contains(w, StringComparison.Ordinal))
            || PolicyFinder.StartsWithCity(qualifier) || OpensWithPrefecture(qualifier) || PolicyLens.Text.Regions.Official(qualifier) is not null)
        {
            return null;
        }

        for (int i = first; i < j; i++)
        {
            ReadOnlySpan<char> word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (BreaksLookup.Contains(word) || Adverbs.Contains(word.ToString()) || IsIntroducer(text, tokens[i])
                || (PolicyFinder.IsStopWord(word) && !NameOpenersLookup.Contains(word)) || (i == first && NameOpenersLookup.Contains(word) && word is not "国家"))
            {
                return null;
            }
        }

        return start;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\G[一二三四五六七八九十]+期")]
    private static partial System.Text.RegularExpressions.Regex PhaseOfProgramme();

    // Another lexicon formula already spans the qualified name (社保高质量参保行动 holds 高质量参保行动).
    private static bool CoveredByLexicon(List<MentionCandidate> candidates, int count, int start, int end)
    {
        for (int i = 0; i < count; i++)
        {
            MentionCandidate c = candidates[i];
            if (c.Kind == MentionKind.Lexicon && c.Start <= start && c.End >= end)
            {
                return true;
            }
        }

        return false;
    }
}
