// Round 114 (quotsay114): a quoted saying written before 的 and a sense of urgency, duty or a manner of working a report
// calls on its officials to hold (增强“慢进是退、不进更是退”的紧迫感, 以“撸起袖子、扑下身子”的务实态度, 练就“看得到，抓得起”
// 的本领: city work reports of 2024, the round-113 pool). The saying qualifies a state of mind, as round 54/65's stance nouns
// (QuotedFinder.NamesAnAttitude) read 以“人一之我十之”的拼搏姿态: the codebook's note on sayings; it names no policy, goal or
// formula. Writer-judged samples of the pool read such exhortations wrong (W-saying), as the blind judges of the unread 2024
// sets read quoted exhortations. Only the nouns of a felt duty; 意识 alone (“走在前、作示范”的争先意识: a province's charge the
// golds may code), 精神 and 作风 (a place's named spirit or style) are left to the tests they pass now.
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // A sense of urgency, crisis or responsibility, an attitude or a skill to be acquired.
    private static readonly string[] DutyNouns = ["紧迫感", "危机感", "责任感", "使命感", "紧迫意识", "危机意识", "忧患意识", "态度", "本领"];

    // How far after the quote's 的 the noun may end (的务实态度: four characters; 的紧迫意识).
    private const int DutyWindow = 5;

    /// <summary>
    /// True when the quote closing at <paramref name="close"/> is followed by 的 and, within <see cref="DutyWindow"/> Han
    /// characters of the same phrase, a noun of a felt duty (<see cref="DutyNouns"/>).
    /// </summary>
    internal static bool QualifiesASenseOfDuty(string text, int close)
    {
        if (close + 1 >= text.Length || text[close + 1] != '的')
        {
            return false;
        }

        int stop = close + 2;
        while (stop < text.Length && stop - close - 2 < DutyWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 2)..stop];
        return DutyNouns.Any(n => after.Contains(n, StringComparison.Ordinal));
    }
}
