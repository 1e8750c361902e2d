// The document as the target rules see it: its text, year, quantities and plan names, with lookups by offset.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>The document as the rules see it: text, year, its quantities and its plan names.</summary>
internal sealed record DocumentView(string Text, int? Year, IReadOnlyList<Quantity> Quantities, IReadOnlyList<(PlanPeriod Period, int Start, int Length)> Plans)
{
    /// <summary>Whether text[start..end) holds an amount in <paramref name="unit"/> (whose subject there is its own).</summary>
    public bool HasQuantityIn(int start, int end, string unit)
    {
        for (int i = FirstAtOrAfter(start); i < Quantities.Count && Quantities[i].Start < end; i++)
        {
            if (Quantities[i].Kind == QuantityKind.Amount && Quantities[i].Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quantities starting in [start, end), found by binary search (they are in text order).</summary>
    public IEnumerable<Quantity> QuantitiesIn(int start, int end)
    {
        for (int i = FirstAtOrAfter(start); i < Quantities.Count && Quantities[i].Start < end; i++)
        {
            yield return Quantities[i];
        }
    }

    /// <summary>The plan names that start in [start, end), found by binary search (they are in text order).</summary>
    public IEnumerable<(PlanPeriod Period, int Start, int Length)> PlansIn(int start, int end)
    {
        int lo = 0;
        int hi = Plans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Plans[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < Plans.Count && Plans[i].Start < end; i++)
        {
            yield return Plans[i];
        }
    }

    private int FirstAtOrAfter(int position)
    {
        int lo = 0;
        int hi = Quantities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quantities[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
