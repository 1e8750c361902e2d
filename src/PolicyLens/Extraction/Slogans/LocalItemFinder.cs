// Finds the local items of city reports that no other finder reads (round 115, mech115, from the misses of the twelve hand-coded
// 2024 city reports of unseen26u and unseen26w): an institution named by the role it creates (…官制度, …专员制度,
// LocalItemFinder.RoleInstitutions.cs). It runs after the quoted finder, so it adds only what the others left. (mech115 also
// read a city's two-part slogan joined by a middle dot before 活动 as a quoted label; blind judges read 18 of 23 readable and
// 3–4 of 5 unread places right — single events, exhibitions and shows among them — under the 90 % bar, and the lead took it out.)
namespace PolicyLens.Extraction.Slogans;

internal static partial class LocalItemFinder
{
    public static void Find(TextView view, List<MentionCandidate> into)
    {
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
