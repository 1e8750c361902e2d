// Where the field of a programme named as “LABEL”DESCRIPTOR HEAD opens (round 87, field87): DescribedLabelProgramme reports
// the name from the opening mark, and the codebook's round-43 decision makes a programme built on a quoted label the whole name
// as written, its field included (交通建设“双千”工程). The field is read as the policy finder reads the field of a label right
// before its head (FieldBefore: a short run after an introducing verb or at a clause's start, never a verb, a place alone or a
// run cut from a longer phrase), with the guards QuotedProgrammeFieldStart adds for a field before a quoted whole name: a
// field that is itself a programme's name, and a field ending in a place, stay out.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    /// <summary>
    /// The start of the field written right before the quoted label opening at <paramref name="open"/> of a name
    /// “LABEL”DESCRIPTOR HEAD, or -1 where no field stands there.
    /// </summary>
    internal static int DescribedLabelFieldStart(TextView view, int open)
    {
        if (open == 0 || !TextView.IsHan(view.Text[open - 1]))
        {
            return -1;
        }

        int start = FieldBefore(view, open);
        if (start >= open)
        {
            return -1;
        }

        ReadOnlySpan<char> field = view.Text.AsSpan(start, open - start);
        foreach (string head in Suffixes)
        {
            if (field.EndsWith(head, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return EndsWithPlace(field) ? -1 : start;
    }
}
