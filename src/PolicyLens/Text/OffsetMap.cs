// The bridge between a normalised text and the original it came from: every later stage works on the normalised
// text and reports positions in the original file through this map.
namespace PolicyLens.Text;

/// <summary>
/// Maps character offsets between an original text and a normalised text derived from it, both ways.
/// </summary>
/// <remarks>
/// <para>
/// The map stores only the <em>edits</em>: regions whose length changed (a deleted zero-width space, a joined line
/// break, <c>1 9 9 8</c> → <c>1998</c>) or that were replaced as a whole. Between edits both texts advance together,
/// so one-for-one changes such as full-width <c>７</c> → <c>7</c> cost nothing. Four parallel <see cref="int"/> arrays,
/// binary-searched: no object per character or per edit.
/// </para>
/// <para>
/// A point inside an edit has no exact counterpart, so there are two readings. <see cref="ToOriginal(int)"/> reads a
/// point as the <em>start</em> of a span (a point inside a replaced region goes to the region's start; a point where
/// text was deleted goes past the deleted text); <see cref="ToOriginalEnd(int)"/> reads it as an <em>end</em>.
/// <see cref="ToOriginal(int, int)"/> uses both, so a span maps to the smallest original span that produced it.
/// </para>
/// <example>
/// <code>
/// NormalizedText n = TextNormalizer.Normalize("增长８ ％左右");     // n.Text == "增长8%左右"
/// (int start, int length) = n.Map.ToOriginal(2, 2);                 // (2, 3): "８ ％" in the original
/// </code>
/// </example>
/// </remarks>
public sealed class OffsetMap
{
    // Edit i covers [_origStart[i], _origEnd[i]) in the original and [_normStart[i], _normEnd[i]) in the normalised
    // text. Edits are sorted, and separated in both texts by equal, non-empty gaps (touching edits are merged).
    private readonly int[] _origStart;
    private readonly int[] _origEnd;
    private readonly int[] _normStart;
    private readonly int[] _normEnd;

    internal OffsetMap(int originalLength, int normalizedLength, int[] origStart, int[] origEnd, int[] normStart, int[] normEnd)
    {
        OriginalLength = originalLength;
        NormalizedLength = normalizedLength;
        _origStart = origStart;
        _origEnd = origEnd;
        _normStart = normStart;
        _normEnd = normEnd;
        Validate();
    }

    /// <summary>The length of the original text.</summary>
    public int OriginalLength { get; }

    /// <summary>The length of the normalised text.</summary>
    public int NormalizedLength { get; }

    /// <summary>The number of regions whose length changed or that were replaced as a whole.</summary>
    public int EditCount => _origStart.Length;

    /// <summary>The map of a text to itself.</summary>
    public static OffsetMap Identity(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new OffsetMap(length, length, [], [], [], []);
    }

    /// <summary>The original offset of a normalised offset read as the start of a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside 0..<see cref="NormalizedLength"/>.</exception>
    public int ToOriginal(int normalizedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedOffset, NormalizedLength);
        return MapPoint(normalizedOffset, _normStart, _normEnd, _origStart, _origEnd, end: false);
    }

    /// <summary>The original offset of a normalised offset read as the (exclusive) end of a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside 0..<see cref="NormalizedLength"/>.</exception>
    public int ToOriginalEnd(int normalizedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedOffset, NormalizedLength);
        return MapPoint(normalizedOffset, _normStart, _normEnd, _origStart, _origEnd, end: true);
    }

    /// <summary>The smallest span of the original that produced the normalised span <c>[start, start + length)</c>.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        int s = ToOriginal(start);
        if (length == 0)
        {
            return (s, 0);
        }

        int e = ToOriginalEnd(start + length);
        return (s, e - s);
    }

    /// <summary>The normalised offset of an original offset read as the start of a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside 0..<see cref="OriginalLength"/>.</exception>
    public int ToNormalized(int originalOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(originalOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalOffset, OriginalLength);
        return MapPoint(originalOffset, _origStart, _origEnd, _normStart, _normEnd, end: false);
    }

    /// <summary>The normalised offset of an original offset read as the (exclusive) end of a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside 0..<see cref="OriginalLength"/>.</exception>
    public int ToNormalizedEnd(int originalOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(originalOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(originalOffset, OriginalLength);
        return MapPoint(originalOffset, _origStart, _origEnd, _normStart, _normEnd, end: true);
    }

    /// <summary>The smallest span of the normalised text that the original span <c>[start, start + length)</c> became.</summary>
    public (int Start, int Length) ToNormalized(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        int s = ToNormalized(start);
        if (length == 0)
        {
            return (s, 0);
        }

        int e = ToNormalizedEnd(start + length);
        return (s, Math.Max(0, e - s));
    }

    /// <summary>
    /// The map of a second normalisation applied after this one: from this map's original to <paramref name="next"/>'s
    /// normalised text. <paramref name="next"/>'s original must be this map's normalised text.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths do not line up.</exception>
    public OffsetMap Then(OffsetMap next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.OriginalLength != NormalizedLength)
        {
            throw new ArgumentException(
                $"The next map starts from a text of {next.OriginalLength} characters, but this one ends in {NormalizedLength}.", nameof(next));
        }

        if (next.EditCount == 0)
        {
            return new OffsetMap(OriginalLength, next.NormalizedLength, _origStart, _origEnd, _normStart, _normEnd);
        }

        if (EditCount == 0)
        {
            return new OffsetMap(OriginalLength, next.NormalizedLength, next._origStart, next._origEnd, next._normStart, next._normEnd);
        }

        // Every edit of either map becomes a region of the composition: an edit of `next` is widened back through this
        // map, an edit of this map is widened forward through `next`. Regions that overlap or touch are merged; outside
        // them both maps are one-for-one, so the composition is too.
        var regions = new List<(int OS, int OE, int FS, int FE)>(EditCount + next.EditCount);
        for (int j = 0; j < next.EditCount; j++)
        {
            int os = WideLow(next._origStart[j], _normStart, _normEnd, _origStart, _origEnd);
            int oe = WideHigh(next._origEnd[j], _normStart, _normEnd, _origStart, _origEnd);
            regions.Add((os, oe, next._normStart[j], next._normEnd[j]));
        }

        for (int i = 0; i < EditCount; i++)
        {
            int fs = WideLow(_normStart[i], next._origStart, next._origEnd, next._normStart, next._normEnd);
            int fe = WideHigh(_normEnd[i], next._origStart, next._origEnd, next._normStart, next._normEnd);
            regions.Add((_origStart[i], _origEnd[i], fs, fe));
        }

        // Sorted as positions, in the order a sort of the tuples would give, ties included (SortedPositions: a sort over the
        // four-int tuple was compiled by the JIT at every run).
        int[] order = SortedPositions.Of(regions.Count, (a, b) => regions[a].OS != regions[b].OS ? regions[a].OS.CompareTo(regions[b].OS) : regions[a].FS.CompareTo(regions[b].FS));
        var sorted = new List<(int OS, int OE, int FS, int FE)>(order.Length);
        foreach (int i in order)
        {
            sorted.Add(regions[i]);
        }

        return FromRegions(OriginalLength, next.NormalizedLength, sorted);
    }

    /// <summary>
    /// The map of a part of the normalised text, <c>[start, end)</c>, to the part of the original it came from,
    /// <c>[ToOriginal(start), ToOriginalEnd(end))</c>; both sides are re-based to 0.
    /// </summary>
    public OffsetMap Slice(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, NormalizedLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        int origin = ToOriginal(start);
        int originEnd = start == end ? origin : ToOriginalEnd(end);
        var regions = new List<(int OS, int OE, int FS, int FE)>();
        for (int i = FirstEditEndingAfter(start); i < EditCount && _normStart[i] <= end; i++)
        {
            int ns = _normStart[i], ne = _normEnd[i];
            bool inside = ns == ne ? ns > start && ns < end : ns < end && ne > start;
            if (!inside)
            {
                continue;
            }

            regions.Add((Math.Max(_origStart[i], origin) - origin, Math.Min(_origEnd[i], originEnd) - origin,
                Math.Max(ns, start) - start, Math.Min(ne, end) - start));
        }

        return FromRegions(originEnd - origin, end - start, regions);
    }

    /// <summary>Builds a map from sorted regions, merging those that overlap or touch.</summary>
    internal static OffsetMap FromRegions(int originalLength, int normalizedLength, List<(int OS, int OE, int FS, int FE)> regions)
    {
        var os = new List<int>(regions.Count);
        var oe = new List<int>(regions.Count);
        var ns = new List<int>(regions.Count);
        var ne = new List<int>(regions.Count);
        foreach (var r in regions)
        {
            if (r.OS == r.OE && r.FS == r.FE)
            {
                continue;
            }

            int last = os.Count - 1;
            if (last >= 0 && (r.OS <= oe[last] || r.FS <= ne[last]))
            {
                oe[last] = Math.Max(oe[last], r.OE);
                ne[last] = Math.Max(ne[last], r.FE);
                os[last] = Math.Min(os[last], r.OS);
                ns[last] = Math.Min(ns[last], r.FS);
                continue;
            }

            os.Add(r.OS);
            oe.Add(r.OE);
            ns.Add(r.FS);
            ne.Add(r.FE);
        }

        // A region whose two sides have the same length and that no longer differs from its neighbours would still be
        // correct as an edit, so nothing more is simplified here.
        return new OffsetMap(originalLength, normalizedLength, [.. os], [.. oe], [.. ns], [.. ne]);
    }

    private int FirstEditEndingAfter(int normalizedOffset)
    {
        int lo = 0, hi = EditCount;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_normEnd[mid] < normalizedOffset)
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

    // Maps x on the "from" side to the "to" side. Edits start strictly increasing on both sides.
    private static int MapPoint(int x, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd, bool end)
    {
        int i = LastStartAtOrBefore(fromStart, x);
        if (i < 0)
        {
            return x;
        }

        int fs = fromStart[i], fe = fromEnd[i];
        if (x >= fe && fe > fs)
        {
            return toEnd[i] + (x - fe);
        }

        if (fs == fe)
        {
            // x is where text of the other side was dropped: a start skips it, an end stops before it. Past it, the
            // point lies in the gap after the edit.
            return x == fs ? (end ? toStart[i] : toEnd[i]) : toEnd[i] + (x - fe);
        }

        if (x == fs)
        {
            return toStart[i];
        }

        return end ? toEnd[i] : toStart[i];
    }

    // The lowest "to" offset that the point x can stand for.
    private static int WideLow(int x, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd)
    {
        int i = LastStartAtOrBefore(fromStart, x);
        if (i < 0)
        {
            return x;
        }

        return x < fromEnd[i] || fromStart[i] == fromEnd[i] && x == fromStart[i] ? toStart[i] : toEnd[i] + (x - fromEnd[i]);
    }

    // The highest "to" offset that the point x can stand for.
    private static int WideHigh(int x, int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd)
    {
        int i = LastStartAtOrBefore(fromStart, x);
        if (i < 0)
        {
            return x;
        }

        if (x == fromStart[i] && fromStart[i] < fromEnd[i])
        {
            return toStart[i];
        }

        return x <= fromEnd[i] ? toEnd[i] : toEnd[i] + (x - fromEnd[i]);
    }

    private static int LastStartAtOrBefore(int[] starts, int x)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    private void Validate()
    {
        // The invariant every lookup relies on; a violation is a bug in a normalisation step, not bad input.
        int prevO = 0, prevN = 0;
        for (int i = 0; i < _origStart.Length; i++)
        {
            int gapO = _origStart[i] - prevO, gapN = _normStart[i] - prevN;
            if (gapO != gapN || gapO < 0 || (i > 0 && gapO == 0) || _origEnd[i] < _origStart[i] || _normEnd[i] < _normStart[i])
            {
                throw new InvalidOperationException($"Offset map edit {i} is inconsistent: original [{_origStart[i]}, {_origEnd[i]}), " +
                                                    $"normalised [{_normStart[i]}, {_normEnd[i]}) after ({prevO}, {prevN}).");
            }

            prevO = _origEnd[i];
            prevN = _normEnd[i];
        }

        if (OriginalLength - prevO != NormalizedLength - prevN || OriginalLength < prevO)
        {
            throw new InvalidOperationException(
                $"Offset map tail is inconsistent: original length {OriginalLength} after {prevO}, normalised length {NormalizedLength} after {prevN}.");
        }
    }
}
