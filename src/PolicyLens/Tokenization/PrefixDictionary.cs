using System.Runtime.CompilerServices;

namespace PolicyLens.Tokenization;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c> in Python): every word with its frequency, and every prefix of
/// every word with frequency 0, stored as a trie whose edges live in one open-addressing hash table.
/// </summary>
/// <remarks>
/// <para>
/// A node is a slot of the table; its key is (parent node, character). Walking from a start position one
/// character at a time visits exactly the fragments Python's <c>get_DAG</c> tests with <c>frag in FREQ</c>,
/// at one multiplication and usually one cache line per step, with no strings made. The first character
/// is looked up in a flat 64K table.
/// </para>
/// <para>
/// While words are being added, a slot's weight holds <c>log(freq)</c>; <see cref="Freeze"/> turns it into
/// <c>log(freq) - log(total)</c>, the value Python's <c>calc</c> adds to a route, computed with the same two
/// IEEE operations so that routes compare exactly as they do in Python. A frozen dictionary is never changed
/// again and is safe to share across threads.
/// </para>
/// </remarks>
internal sealed class PrefixDictionary
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const double MaxLoadFactor = 0.7;

    private readonly Slot[] _slots;
    private readonly long[] _frequencies;
    private readonly int[] _roots;
    private readonly int _shift;
    private readonly int _mask;
    private int _nodeCount;

    private PrefixDictionary(int capacityBits)
    {
        int capacity = 1 << capacityBits;
        _slots = new Slot[capacity];
        _frequencies = new long[capacity];
        _roots = new int[char.MaxValue + 1];
        _shift = 64 - capacityBits;
        _mask = capacity - 1;
    }

    private PrefixDictionary(PrefixDictionary source)
    {
        _slots = (Slot[])source._slots.Clone();
        _frequencies = (long[])source._frequencies.Clone();
        _roots = (int[])source._roots.Clone();
        _shift = source._shift;
        _mask = source._mask;
        _nodeCount = source._nodeCount;
        Total = source.Total;
        WordCount = source.WordCount;
        if (source.IsFrozen)
        {
            // Back to log(freq) so that more words can be added and the weights recomputed with the new total.
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].Key != 0 && _frequencies[i] > 0)
                {
                    _slots[i].Weight = Math.Log(_frequencies[i]);
                }
            }
        }
    }

    /// <summary>Sum of all word frequencies (Python's <c>self.total</c>).</summary>
    internal long Total { get; private set; }

    /// <summary>Number of entries added (a word added twice counts twice, as in the dictionary file).</summary>
    internal int WordCount { get; private set; }

    /// <summary><c>log(total)</c>, set by <see cref="Freeze"/>.</summary>
    internal double LogTotal { get; private set; }

    /// <summary>The weight of a route step through a character that is no word: <c>log(1) - log(total)</c>.</summary>
    internal double UnknownWeight { get; private set; }

    internal bool IsFrozen { get; private set; }

    /// <summary>Number of trie nodes (distinct words and prefixes).</summary>
    internal int NodeCount => _nodeCount;

    /// <summary>Bytes held by the tables, for diagnostics and the memory figures in the README.</summary>
    internal long TableBytes => (long)_slots.Length * (Unsafe.SizeOf<Slot>() + sizeof(long)) + (long)_roots.Length * sizeof(int);

    /// <summary>Creates an empty dictionary with room for <paramref name="expectedNodes"/> trie nodes.</summary>
    internal static PrefixDictionary CreateEmpty(int expectedNodes)
    {
        int bits = 10;
        while ((1L << bits) * MaxLoadFactor < expectedNodes + 1)
        {
            bits++;
        }

        return new PrefixDictionary(bits);
    }

    /// <summary>Whether <paramref name="extraNodes"/> more nodes fit without passing the load factor.</summary>
    internal bool HasRoomFor(long extraNodes) => _nodeCount + extraNodes <= _slots.Length * MaxLoadFactor;

    /// <summary>An unfrozen copy to which more words can be added.</summary>
    internal PrefixDictionary CloneForAdding() => new(this);

    /// <summary>The node of the one-character fragment <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Root(char c) => _roots[c] - 1;

    /// <summary>The node of the fragment of <paramref name="node"/> followed by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Child(int node, char c)
    {
        ulong key = ((ulong)(uint)(node + 1) << 16) | c;
        int i = (int)((key * HashMultiplier) >> _shift);
        Slot[] slots = _slots;
        while (true)
        {
            ulong k = slots[i].Key;
            if (k == key)
            {
                return i;
            }

            if (k == 0)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// The route weight of a node: <c>log(freq) - log(total)</c> once frozen (<c>log(freq)</c> before),
    /// or NaN when the fragment is only a prefix (frequency 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Weight(int node) => _slots[node].Weight;

    /// <summary>Python's <c>FREQ.get(word)</c>: the frequency, 0 for a mere prefix, -1 when absent.</summary>
    internal long Frequency(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node < 0 ? -1 : _frequencies[node];
    }

    /// <summary>Whether <paramref name="word"/> is a word (frequency above 0): Python's <c>if FREQ.get(word)</c>.</summary>
    internal bool IsWord(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node >= 0 && _frequencies[node] > 0;
    }

    /// <summary>The node of <paramref name="word"/>, or -1.</summary>
    internal int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        int node = Root(word[0]);
        for (int i = 1; i < word.Length && node >= 0; i++)
        {
            node = Child(node, word[i]);
        }

        return node;
    }

    /// <summary>
    /// Python's <c>FREQ[word] = freq; total += freq</c>, with every prefix of the word entered at frequency 0
    /// unless it is there already.
    /// </summary>
    internal void Add(ReadOnlySpan<char> word, long frequency)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("A frozen dictionary cannot be changed.");
        }

        if (word.IsEmpty)
        {
            throw new ArgumentException("A dictionary word cannot be empty.", nameof(word));
        }

        int node = AddRoot(word[0]);
        for (int i = 1; i < word.Length; i++)
        {
            node = AddChild(node, word[i]);
        }

        _frequencies[node] = frequency;
        _slots[node].Weight = frequency > 0 ? Math.Log(frequency) : double.NaN;
        Total += frequency;
        WordCount++;
    }

    /// <summary>Fixes the total and turns every weight into <c>log(freq) - log(total)</c>.</summary>
    internal void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        double logTotal = Math.Log(Total);
        Slot[] slots = _slots;
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Key != 0)
            {
                slots[i].Weight -= logTotal;
            }
        }

        LogTotal = logTotal;
        UnknownWeight = 0.0 - logTotal;
        IsFrozen = true;
    }

    private int AddRoot(char c)
    {
        int node = _roots[c] - 1;
        if (node < 0)
        {
            node = Insert(0, c);
            _roots[c] = node + 1;
        }

        return node;
    }

    private int AddChild(int parent, char c)
    {
        int node = Child(parent, c);
        return node >= 0 ? node : Insert(((ulong)(uint)(parent + 1) << 16) | c, c);
    }

    private int Insert(ulong key, char c)
    {
        if (_nodeCount + 1 > _slots.Length * MaxLoadFactor)
        {
            throw new InvalidOperationException("The prefix dictionary is full; it should have been created larger.");
        }

        // Root nodes get a key of their own (parent 0, which is no node) so that a slot is never keyed 0.
        if (key == 0)
        {
            key = ((ulong)1 << 48) | c;
        }

        int i = (int)((key * HashMultiplier) >> _shift);
        while (_slots[i].Key != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i].Key = key;
        _slots[i].Weight = double.NaN;
        _nodeCount++;
        return i;
    }

    private struct Slot
    {
        public ulong Key;
        public double Weight;
    }
}
