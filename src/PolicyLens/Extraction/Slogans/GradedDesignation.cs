// The canonical of a designation label written with a province's, city's or county's grade (省级全域旅游示范区, 市级乡村振兴
// 示范区): the programme's label without the grade. The grade stays in the reported surface (a level before a designation is
// part of the label: the codebook's round-22 reading 1), but the programme counted is one: the lexicon already folds its
// graded spellings so (国家级零碳园区 and 省级区域医疗中心 under 零碳园区 and 区域医疗中心), and the coders of hebei's, baoding's
// and zhumadian's reports code the grade-less label (round 39, overlap39).
namespace PolicyLens.Extraction.Slogans;

internal static class GradedDesignation
{
    // Grades a report writes before a local designation. Not 国家 or 全国, which begin the programme's own name (国家森林城市,
    // 全国文明城市), nor 全省 (a place's scope); nor 国家级, whose label the round-17 specification keeps whole as canonical
    // (国家级乡村振兴示范县, jilin 2026, coded so): the national grade names the state's programme, a lower grade the province's
    // or city's version of it.
    private static readonly string[] Grades = ["省级", "市级", "县级"];

    // The shortest label left after the grade: a designation names a field and a head (乡村振兴示范区), never one word.
    private const int MinimumLabel = 4;

    /// <summary>Gives each designation label that opens with a grade (subtype designation) the label without it as canonical.</summary>
    public static void Apply(List<MentionCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            MentionCandidate c = candidates[i];
            if (c.Kind != MentionKind.Lexicon || c.Subtype != DesignationLabel.Subtype)
            {
                continue;
            }

            foreach (string grade in Grades)
            {
                if (c.Canonical.Length - grade.Length >= MinimumLabel && c.Canonical.StartsWith(grade, StringComparison.Ordinal))
                {
                    candidates[i] = c with { Canonical = c.Canonical[grade.Length..] };
                    break;
                }
            }
        }
    }
}
