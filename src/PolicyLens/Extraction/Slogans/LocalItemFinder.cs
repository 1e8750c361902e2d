// Finds the local items of city reports that no other finder reads (round 115, mech115, from the misses of the twelve hand-coded
// 2024 city reports of unseen26u and unseen26w): a city's campaign slogan of two parts joined by a middle dot before the
// activities it runs (LocalItemFinder.ActivitySlogans.cs), and an institution named by the role it creates (…官制度, …专员制度,
// LocalItemFinder.RoleInstitutions.cs). It runs after the quoted finder, so it adds only what the others left.
namespace PolicyLens.Extraction.Slogans;

internal static partial class LocalItemFinder
{
    public static void Find(TextView view, List<MentionCandidate> into)
    {
        FindActivitySlogans(view, into);
        FindRoleInstitutions(view, into);
    }

    // True when a candidate of the kind already overlaps start..end (the quoted finder's label; a lexicon formula).
    private static bool Overlapped(List<MentionCandidate> into, MentionKind kind, int start, int end)
    {
        foreach (MentionCandidate c in into)
        {
            if (c.Kind == kind && c.Start < end && start < c.End)
            {
                return true;
            }
        }

        return false;
    }
}
