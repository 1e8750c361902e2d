// The document as the target rules see it: its text, year, quantities and plan names, with lookups by offset.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>The document as the rules see it: text, year, its quantities and its plan names.</summary>
internal sealed record DocumentView(string Text, int? Year, IReadOnlyList<Quantity> Quantities, IReadOnlyList<(PlanPeriod Period, int Start, int Length)> Plans)
{
    /// <summary>Whether text[start..end) holds an amount in <paramref name="unit"/> (whose subject there is its own).</summary>
    public bool HasQuantityIn(int start, int end, string unit)
    {
        for (int i = FirstAtOrAfter(start); i < _quantities.Length && _quantities[i].Start < end; i++)
        {
            if (_quantities[i].Kind == QuantityKind.Amount && _quantities[i].Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    // Arrays of the two lists, so that a range of them is a span (the cue rules ask for a range at every figure and every
    // sentence; an iterator was an object per call). A `with` copy would keep these arrays: make a new view instead.
    private readonly Quantity[] _quantities = [.. Quantities];
    private readonly (PlanPeriod Period, int Start, int Length)[] _plans = [.. Plans];

    /// <summary>The quantities starting in [start, end), found by binary search (they are in text order).</summary>
    public ReadOnlySpan<Quantity> QuantitiesIn(int start, int end)
    {
        int first = FirstAtOrAfter(start);
        int last = first;
        while (last < _quantities.Length && _quantities[last].Start < end)
        {
            last++;
        }

        return _quantities.AsSpan(first, last - first);
    }

    /// <summary>The plan names that start in [start, end), found by binary search (they are in text order).</summary>
    public ReadOnlySpan<(PlanPeriod Period, int Start, int Length)> PlansIn(int start, int end)
    {
        int lo = 0;
        int hi = _plans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_plans[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int last = lo;
        while (last < _plans.Length && _plans[last].Start < end)
        {
            last++;
        }

        return _plans.AsSpan(lo, last - lo);
    }

    private int FirstAtOrAfter(int position)
    {
        int lo = 0;
        int hi = _quantities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quantities[mid].Start < position)
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
