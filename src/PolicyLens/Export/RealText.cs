// A real's shortest round-trip text in UTF-8, formatted once per thread for the CSV and JSON writers of the same row.
using System.Buffers.Text;

namespace PolicyLens.Export;

/// <summary>
/// The UTF-8 of a finite <see cref="double"/> in its shortest round-trip form, the text both the CSV writer (<c>"R"</c>,
/// invariant culture) and <see cref="System.Text.Json.Utf8JsonWriter"/> (<see cref="Utf8Formatter"/>'s default) give, from
/// a small per-thread cache of the reals formatted last: a table written in CSV and JSON hands both encoders the same
/// row, so each real is formatted once instead of once per format (68,000 reals for the national corpus's sentences
/// table, issue 15). The cache is keyed by the value's bits; a miss formats as the writers always did.
/// </summary>
internal static class RealText
{
    /// <summary>Room a formatted real needs (at most 24 bytes).</summary>
    public const int MaxLength = 32;

    private const int Slots = 64;

    [ThreadStatic]
    private static Cache? t_cache;

    /// <summary>Writes <paramref name="value"/> (finite) into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns the bytes written.</summary>
    public static int Write(double value, Span<byte> destination)
    {
        Cache cache = t_cache ??= new Cache();
        long bits = BitConverter.DoubleToInt64Bits(value);
        int slot = (int)((ulong)(bits * -7046029254386353131L) >> 58);
        if (cache.Bits[slot] == bits && cache.Lengths[slot] > 0)
        {
            int length = cache.Lengths[slot];
            cache.Text.AsSpan(slot * MaxLength, length).CopyTo(destination);
            return length;
        }

        Utf8Formatter.TryFormat(value, destination, out int written);
        destination[..written].CopyTo(cache.Text.AsSpan(slot * MaxLength));
        cache.Bits[slot] = bits;
        cache.Lengths[slot] = (byte)written;
        return written;
    }

    private sealed class Cache
    {
        public readonly long[] Bits = new long[Slots];
        public readonly byte[] Lengths = new byte[Slots];
        public readonly byte[] Text = new byte[Slots * MaxLength];
    }
}
