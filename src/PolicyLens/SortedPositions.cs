// Sorting rows by their positions: the one sort the start-up path uses for lists of structs, tuples and records.
namespace PolicyLens;

/// <summary>
/// The positions <c>0 … count − 1</c> of a list, sorted by a comparison of the rows they stand for; the caller then reads its
/// rows in that order. With a comparison that ends in the positions themselves (<c>… : a.CompareTo(b)</c>) the order is a
/// stable sort's; with the comparison <c>Array.Sort(rows, comparison)</c> would use, it is that sort's order, ties included
/// (the same introsort making the same comparisons). Why not sort the rows: a sort over an int array is code the
/// ReadyToRun images hold, where <c>Array.Sort</c> or LINQ's <c>OrderBy</c> over a struct, a tuple or (row, index) pairs is a
/// generic instantiation the JIT compiled at every run (issue 14, start-up code).
/// </summary>
internal static class SortedPositions
{
    /// <summary>The positions <c>0 … count − 1</c> in the order <paramref name="compare"/> gives them.</summary>
    internal static int[] Of(int count, Comparison<int> compare)
    {
        int[] order = new int[count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, compare);
        return order;
    }
}
