// A lexicon formula written with a head that makes it a named item of its own (改革开放精神, 自我革命精神,
// 中央八项规定精神; 树立和践行正确政绩观学习教育; 高质量发展和高水平安全良性互动; 物质文明和精神文明相协调相促进;
// 宏观政策取向一致性评估; 国家安全体系和能力): the coders code the whole as the outermost unit, so the whole is proposed as one lexicon
// mention and wins the span from the formula inside it (round 31, issue 13). Heads that the coders read both ways over
// the development gold (…制度, …改革, …机制, …试点, …考核, a governing 统筹, 以X保障Y frames) are left as they are.
using static PolicyLens.Extraction.Slogans.Affixes;

namespace PolicyLens.Extraction.Slogans;

internal static class HeadedFormula
{
    // The subtype of a mention proposed here.
    public const string Subtype = "headed";

    // Words that, written right after 精神, make another noun of it (精神文明, 精神面貌): the formula is then not a spirit's name.
    private static readonly string[] SpiritCompounds =
    [
        "文明", "面貌", "家园", "生活", "状态", "力量", "支柱", "谱系", "食粮", "产品", "需求", "世界", "文化", "境界", "实质", "内涵",
        "旗帜", "风貌", "动力", "富足", "卫生", "障碍", "健康", "品格", "特质", "标识", "纽带", "气质", "血脉", "财富", "追求", "病",
    ];

    // Formulas whose 精神 is the spirit of a speech, meeting or document (讲话精神, 全会精神): the codebook does not code those.
    private static readonly string[] SpeechEndings = ["讲话", "会议", "全会", "指示", "批示", "论述", "决定", "精神", "要求", "部署"];

    /// <summary>
    /// Adds, for every lexicon candidate followed by a head that names it as an item, the candidate with its head (a lexicon
    /// mention whose canonical is the written whole); being longer, it wins the span when overlaps are resolved.
    /// </summary>
    public static void Propose(TextView view, List<MentionCandidate> candidates)
    {
        string text = view.Text;
        List<MentionCandidate>? headed = null;
        HashSet<(int, int)>? seen = null;
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind != MentionKind.Lexicon || (c.Subtype.Length > 0 && c.Subtype is not ("canonical" or "variant")) || c.Length < 2)
            {
                continue;
            }

            int end = HeadEnd(view, c.Start, c.End, c.Theme);
            if (end > c.End && (seen ??= []).Add((c.Start, end)))
            {
                string canonical = string.Concat(text.AsSpan(c.Start, end - c.Start).ToString().Where(ch => !char.IsWhiteSpace(ch)));
                (headed ??= []).Add(new MentionCandidate(MentionKind.Lexicon, c.Start, end, canonical) { Theme = c.Theme, Subtype = Subtype });
            }
        }

        if (headed is not null)
        {
            candidates.AddRange(headed);
        }
    }

    // Where the item ends when a head follows the formula at [start, end), or `end` when none does.
    internal static int HeadEnd(TextView view, int start, int end, string theme)
    {
        string text = view.Text;
        ReadOnlySpan<char> formula = text.AsSpan(start, end - start);
        ReadOnlySpan<char> after = text.AsSpan(end);

        // 改革开放精神, 自我革命精神, 中央八项规定精神: the spirit named after the formula (as 企业家精神, 斗争精神 are coded);
        // not 精神文明, nor the spirit of a speech (系列重要讲话精神). 中央八项规定精神学习教育 is the lexicon's own campaign.
        // In 艰苦奋斗、求真务实精神 the 精神 is the whole coordination's: the last member with it is no item.
        if (after.StartsWith("精神", StringComparison.Ordinal) && !EndsWithAny(formula, SpeechEndings))
        {
            if (start > 0 && text[start - 1] == '、')
            {
                return end;
            }

            ReadOnlySpan<char> next = after[2..];
            if (!StartsWithAny(next, SpiritCompounds) && (next.IsEmpty || !TextView.IsHan(next[0]) || view.IsBoundary(end + 2)))
            {
                return end + 2;
            }

            return end;
        }

        // 树立和践行正确政绩观学习教育: a party education campaign named after a formula of party building (党史学习教育,
        // 党纪学习教育); the education in a value or a theory (社会主义核心价值观学习教育) leaves the formula the item.
        if (after.StartsWith("学习教育", StringComparison.Ordinal) && theme == "party")
        {
            return end + 4;
        }

        // 高质量发展和高水平安全良性互动: the interplay of a formula's two coordinated halves is the formula.
        if (after.StartsWith("良性互动", StringComparison.Ordinal) && (formula.Contains('和') || formula.Contains('与')))
        {
            return end + 4;
        }

        // 物质文明和精神文明相协调相促进: the doubled verb of the same formula.
        if (formula.EndsWith("相协调", StringComparison.Ordinal) && after.StartsWith("相促进", StringComparison.Ordinal))
        {
            return end + 3;
        }

        // 国家安全体系和能力, 应急管理体系和能力: a system and its capacity share the formula's name (as 国家治理体系和治理能力):
        // one coordinated name, kept together.
        if (formula.EndsWith("体系", StringComparison.Ordinal))
        {
            if (after.StartsWith("和能力", StringComparison.Ordinal))
            {
                return end + 3;
            }

            if (after.StartsWith("和治理能力", StringComparison.Ordinal))
            {
                return end + 5;
            }
        }

        // 全过程人民民主省域样板, 人与自然和谐共生的中国式现代化广东样板: a province's model of a national formula, the goal a
        // provincial version is built on (round 22's reading 3: the longer formula is the item, the national core inside it a
        // boundary error); the unseen coders of four Guangdong texts code it whole.
        int model = ModelEnd(text, end);
        if (model > end)
        {
            return model;
        }

        // 宏观政策取向一致性评估: the assessment that names the mechanism (2024 third plenum, gwr 2024–2025).
        if (formula.EndsWith("一致性", StringComparison.Ordinal) && after.StartsWith("评估", StringComparison.Ordinal))
        {
            return end + 2;
        }

        return end;
    }

    // The words a national formula may run on into before the province's model (人与自然和谐共生的中国式现代化广东样板,
    // 人与自然和谐共生的现代化广东样板): the rest of the national formula's own longer spelling, after 的.
    private static readonly string[] ModelInserts = ["中国式现代化", "现代化"];

    // The nouns of a model one place sets for the country (样板, 范例).
    private static readonly string[] ModelHeads = ["样板", "范例"];

    // Where a province's model of the formula ending at `end` ends: 省域(样板|范例) right after the formula or after 的, or a
    // place's short name + (样板|范例) after 的 + the rest of the formula's longer spelling (…的中国式现代化广东样板,
    // …的现代化广东样板); or `end` when none follows. A formula, 的 and a place alone (美丽中国的广东样板, guangdong 2023) is
    // coded as the formula by the development gold, and a place right after a field (生态文明建设安徽样板, anhui 2026: round
    // 27 keeps 生态文明建设 there); a quality before the place (绿美广东样板, 美丽广东样板) makes another formula of the place
    // (绿美广东); 全国样板 is a ranking, not a province's version: none of them is taken.
    private static int ModelEnd(string text, int end)
    {
        int at = end;
        bool placeAllowed = false;
        if (at < text.Length && text[at] == '的')
        {
            at++;
            foreach (string insert in ModelInserts)
            {
                if (string.CompareOrdinal(text, at, insert, 0, insert.Length) == 0)
                {
                    at += insert.Length;
                    placeAllowed = true;
                    break;
                }
            }
        }

        for (int length = 2; length <= 4 && at + length + 2 <= text.Length; length++)
        {
            string place = text.Substring(at, length);
            bool isPlace = place == "省域" || (placeAllowed && PolicyLens.Text.Regions.ShortNameSet.Contains(place));
            if (isPlace && StartsWithAny(text.AsSpan(at + length), ModelHeads))
            {
                return at + length + 2;
            }
        }

        return end;
    }
}
