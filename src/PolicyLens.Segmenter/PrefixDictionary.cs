using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyLens.Tokenization;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c> in Python): every word with its frequency, and every prefix of
/// every word with frequency 0, stored as a trie whose edges live in one open-addressing hash table.
/// </summary>
/// <remarks>
/// <para>
/// A node is a slot of the table, one <see cref="ulong"/>: the low 42 bits are its key (parent node + 1 above
/// the 16-bit character, or a marker bit for a first character), the high 22 bits the index of its frequency in a small table of distinct frequencies
/// (0 for a mere prefix). Walking from a start position one character at a time visits exactly the fragments
/// Python's <c>get_DAG</c> tests with <c>frag in FREQ</c>, at one multiplication and usually one cache line per
/// step, with no strings made. The first character is looked up in a flat 64K table.
/// </para>
/// <para>
/// Route weights are per frequency class: <c>log(freq)</c> while words are being added, and after
/// <see cref="Freeze"/> <c>log(freq) - log(total)</c>, the value Python's <c>calc</c> adds to a route, computed
/// with the same two IEEE operations so that routes compare exactly as they do in Python. A frozen dictionary
/// is never changed again and is safe to share across threads.
/// </para>
/// </remarks>
internal sealed class PrefixDictionary
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const double MaxLoadFactor = 0.7;
    private const int ClassShift = 42;
    private const ulong KeyMask = (1UL << ClassShift) - 1;
    private const int MaxCapacityBits = 24;
    private const int MaxClasses = 1 << (64 - ClassShift);

    private readonly ulong[] _slots;
    private readonly int[] _roots;
    private readonly int _shift;
    private readonly int _mask;
    private readonly List<long> _classFrequencies;
    private readonly Dictionary<long, int> _classOf;
    private double[] _classWeights;
    private int _nodeCount;

    // Set by Freeze: one bit per hashed child edge key (a Bloom filter with one hash). Most steps of a walk over running
    // text fail, and a clear bit answers such a step from this small table instead of a probe of the slot table, which
    // is megabytes and so mostly out of the cache. A set bit sends the step on to the slots, so every walk finds exactly
    // what the slots alone find.
    private ulong[]? _edgeBits;
    private int _edgeShift;
    private const int EdgeFilterBitsPerEdge = 8;

    // Child edges so far (every slot but the first characters'), counted as they are inserted so that the filter's size
    // needs no pass over the slots. A copy of a frozen dictionary keeps the original's filter and the edges added since:
    // when its filter has the original's size, it is the original's bits plus theirs, the same bits a pass over every
    // slot sets, without the two passes over megabytes of slots (the lexicon's segmenter is built so at every start).
    private int _edgeCount;
    private ulong[]? _baseEdgeBits;
    private readonly int _baseEdgeShift;
    private List<ulong>? _edgesSinceBase;

    private PrefixDictionary(int capacityBits)
    {
        if (capacityBits > MaxCapacityBits)
        {
            throw new InvalidOperationException("The dictionary is too large: at most about 11 million trie nodes are supported.");
        }

        int capacity = 1 << capacityBits;
        _slots = new ulong[capacity];
        _roots = new int[char.MaxValue + 1];
        _shift = 64 - capacityBits;
        _mask = capacity - 1;
        _classFrequencies = [0];
        _classOf = [];
        _classWeights = [double.NaN];
    }

    private PrefixDictionary(PrefixDictionary source)
    {
        _slots = (ulong[])source._slots.Clone();
        _roots = (int[])source._roots.Clone();
        _shift = source._shift;
        _mask = source._mask;
        _nodeCount = source._nodeCount;
        _edgeCount = source._edgeCount;
        if (source._edgeBits is { } sourceBits)
        {
            _baseEdgeBits = sourceBits;
            _baseEdgeShift = source._edgeShift;
            _edgesSinceBase = [];
        }

        _classFrequencies = [.. source._classFrequencies];
        _classOf = new Dictionary<long, int>(source._classOf);
        _classWeights = new double[_classFrequencies.Count];
        for (int i = 0; i < _classWeights.Length; i++)
        {
            _classWeights[i] = i == 0 ? double.NaN : Math.Log(_classFrequencies[i]);
        }

        Total = source.Total;
        WordCount = source.WordCount;
    }

    // A frozen dictionary from the image WriteImage writes at build time (build/JiebaImages, run by build/JiebaData.targets,
    // where its layout is documented): the tables are copied as they lie in the mapped assembly, one copy each, and
    // nothing is hashed, inserted or filtered anew.
    private PrefixDictionary(Stream image)
    {
        using var reader = new BinaryReader(image, System.Text.Encoding.UTF8, leaveOpen: true);
        int ReadInt32() => reader.ReadInt32();
        long ReadInt64() => reader.ReadInt64();

        if (ReadInt32() != 0x494A4C50 || ReadInt32() != 1)
        {
            throw new InvalidDataException("The embedded jieba dictionary image has an unknown format; rebuild the library.");
        }

        int capacityBits = ReadInt32();
        if (capacityBits is < 10 or > MaxCapacityBits)
        {
            throw new InvalidDataException("The embedded jieba dictionary image is corrupt; rebuild the library.");
        }

        int capacity = 1 << capacityBits;
        _shift = 64 - capacityBits;
        _mask = capacity - 1;
        _nodeCount = ReadInt32();
        _edgeCount = ReadInt32();
        WordCount = ReadInt32();
        Total = ReadInt64();
        int classCount = ReadInt32();
        _classFrequencies = new List<long>(classCount + 1) { 0 };
        _classOf = new Dictionary<long, int>(classCount);
        for (int i = 1; i <= classCount; i++)
        {
            long frequency = ReadInt64();
            _classFrequencies.Add(frequency);
            _classOf[frequency] = i;
        }

        _classWeights = [];
        int filterBits = ReadInt32();
        int rootCount = ReadInt32();
        byte[] roots = new byte[rootCount * 6];
        image.ReadExactly(roots);
        _roots = new int[char.MaxValue + 1];
        for (int i = 0; i < roots.Length; i += 6)
        {
            _roots[BinaryPrimitives.ReadUInt16LittleEndian(roots.AsSpan(i))] = BinaryPrimitives.ReadInt32LittleEndian(roots.AsSpan(i + 2)) + 1;
        }

        // Every slot and filter word is overwritten by the copy, so the arrays need not be zeroed first.
        _slots = GC.AllocateUninitializedArray<ulong>(capacity);
        image.ReadExactly(MemoryMarshal.AsBytes(_slots.AsSpan()));
        _edgeShift = 64 - filterBits;
        _edgeBits = GC.AllocateUninitializedArray<ulong>((1 << filterBits) / 64);
        image.ReadExactly(MemoryMarshal.AsBytes(_edgeBits.AsSpan()));
        if (image.ReadByte() != -1)
        {
            throw new InvalidDataException("The embedded jieba dictionary image is corrupt; rebuild the library.");
        }

        Freeze();
    }

    // A frozen dictionary from a frozen base and the delta WriteDelta wrote against it: the base's tables copied (the one
    // pass over megabytes that remains), the few slots, first characters and filter words that differ set, and nothing
    // hashed, inserted or filtered anew. The caller has checked that the delta was written against this base.
    private PrefixDictionary(PrefixDictionary source, BinaryReader delta)
    {
        _shift = source._shift;
        _mask = source._mask;
        _slots = GC.AllocateUninitializedArray<ulong>(source._slots.Length);
        source._slots.CopyTo(_slots, 0);
        _roots = (int[])source._roots.Clone();
        _nodeCount = delta.ReadInt32();
        _edgeCount = delta.ReadInt32();
        WordCount = delta.ReadInt32();
        Total = delta.ReadInt64();
        int classCount = delta.ReadInt32();
        _classFrequencies = new List<long>(classCount + 1);
        _classFrequencies.AddRange(source._classFrequencies);
        _classOf = new Dictionary<long, int>(source._classOf);
        for (int i = _classFrequencies.Count; i <= classCount; i++)
        {
            long frequency = delta.ReadInt64();
            _classFrequencies.Add(frequency);
            _classOf[frequency] = i;
        }

        _classWeights = [];
        for (int n = delta.ReadInt32(); n > 0; n--)
        {
            char c = (char)delta.ReadUInt16();
            _roots[c] = delta.ReadInt32();
        }

        for (int n = delta.ReadInt32(); n > 0; n--)
        {
            int i = delta.ReadInt32();
            _slots[i] = delta.ReadUInt64();
        }

        int filterBits = delta.ReadInt32();
        _edgeShift = 64 - filterBits;
        if (filterBits == 64 - source._edgeShift && source._edgeBits is { } sourceBits)
        {
            _edgeBits = (ulong[])sourceBits.Clone();
            for (int n = delta.ReadInt32(); n > 0; n--)
            {
                int i = delta.ReadInt32();
                _edgeBits[i] = delta.ReadUInt64();
            }
        }
        else
        {
            _edgeBits = new ulong[(1 << filterBits) / 64];
            for (int i = 0; i < _edgeBits.Length; i++)
            {
                _edgeBits[i] = delta.ReadUInt64();
            }
        }

        Freeze();
    }

    /// <summary>Sum of all word frequencies (Python's <c>self.total</c>).</summary>
    internal long Total { get; private set; }

    /// <summary>Number of entries added (a word added twice counts twice, as in the dictionary file).</summary>
    internal int WordCount { get; private set; }

    /// <summary>The weight of a route step through a character that is no word: <c>log(1) - log(total)</c>.</summary>
    internal double UnknownWeight { get; private set; }

    internal bool IsFrozen { get; private set; }

    /// <summary>Number of trie nodes (distinct words and prefixes).</summary>
    internal int NodeCount => _nodeCount;

    /// <summary>Bytes held by the tables, for diagnostics and the memory figures in the README.</summary>
    internal long TableBytes => ((long)_slots.Length * sizeof(ulong)) + ((long)_roots.Length * sizeof(int)) + (_classWeights.Length * 24L) + ((_edgeBits?.Length ?? 0) * (long)sizeof(ulong));

    /// <summary>Creates an empty dictionary with room for <paramref name="expectedNodes"/> trie nodes.</summary>
    internal static PrefixDictionary CreateEmpty(long expectedNodes)
    {
        int bits = 10;
        while ((1L << bits) * MaxLoadFactor < expectedNodes + 1)
        {
            bits++;
        }

        return new PrefixDictionary(bits);
    }

    /// <summary>
    /// The frozen dictionary stored in <paramref name="image"/> (written at build time by <c>build/JiebaData.targets</c>),
    /// the same tables, slot for slot, as <see cref="CreateEmpty"/>, the same words added and <see cref="Freeze"/> give.
    /// </summary>
    /// <remarks>The image is little-endian; the caller builds the dictionary word by word on a big-endian machine.</remarks>
    internal static PrefixDictionary FromImage(Stream image) => new(image);

    /// <summary>
    /// Writes this frozen dictionary as the image <see cref="FromImage"/> reads (the layout documented in
    /// <c>build/JiebaData.targets</c>, little-endian): the tables as they lie in memory.
    /// </summary>
    internal void WriteImage(Stream output)
    {
        if (!IsFrozen || !BitConverter.IsLittleEndian)
        {
            throw new InvalidOperationException("Only a frozen dictionary on a little-endian machine is written as an image.");
        }

        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(0x494A4C50);
        writer.Write(1);
        writer.Write(64 - _shift);
        writer.Write(_nodeCount);
        writer.Write(_edgeCount);
        writer.Write(WordCount);
        writer.Write(Total);
        writer.Write(_classFrequencies.Count - 1);
        for (int i = 1; i < _classFrequencies.Count; i++)
        {
            writer.Write(_classFrequencies[i]);
        }

        writer.Write(64 - _edgeShift);
        writer.Write(_roots.Count(r => r != 0));
        for (int c = 0; c < _roots.Length; c++)
        {
            if (_roots[c] != 0)
            {
                writer.Write((ushort)c);
                writer.Write(_roots[c] - 1);
            }
        }

        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_edgeBits.AsSpan()));
    }

    /// <summary>
    /// Whether this frozen dictionary is <paramref name="baseDictionary"/> (frozen) with words added to a copy of it
    /// (<see cref="CloneForAdding"/>): the same table size, so that it can be written as a delta against it.
    /// </summary>
    internal bool CanWriteDeltaAgainst(PrefixDictionary baseDictionary) =>
        IsFrozen && baseDictionary.IsFrozen && _slots.Length == baseDictionary._slots.Length
        && _classFrequencies.Count >= baseDictionary._classFrequencies.Count
        && baseDictionary._classFrequencies.SequenceEqual(_classFrequencies.Take(baseDictionary._classFrequencies.Count));

    /// <summary>
    /// Writes what this frozen dictionary adds to <paramref name="baseDictionary"/> (see <see cref="CanWriteDeltaAgainst"/>),
    /// which <see cref="FromDelta"/> applies to a copy of it: the base's identity, the counts and the added frequency
    /// classes, then the first characters, slots and edge-filter words that differ (all of the filter when its size changed).
    /// </summary>
    internal void WriteDelta(BinaryWriter writer, PrefixDictionary baseDictionary)
    {
        if (!CanWriteDeltaAgainst(baseDictionary))
        {
            throw new InvalidOperationException("The dictionary is not a frozen copy of the base with words added.");
        }

        WriteIdentity(writer, baseDictionary);
        writer.Write(_nodeCount);
        writer.Write(_edgeCount);
        writer.Write(WordCount);
        writer.Write(Total);
        writer.Write(_classFrequencies.Count - 1);
        for (int i = baseDictionary._classFrequencies.Count; i < _classFrequencies.Count; i++)
        {
            writer.Write(_classFrequencies[i]);
        }

        WriteChanges(writer, baseDictionary._roots, _roots, (w, v) => w.Write(v), (w, i) => w.Write((ushort)i));
        WriteChanges(writer, baseDictionary._slots, _slots, (w, v) => w.Write(v), (w, i) => w.Write(i));
        writer.Write(64 - _edgeShift);
        if (_edgeShift == baseDictionary._edgeShift)
        {
            WriteChanges(writer, baseDictionary._edgeBits!, _edgeBits!, (w, v) => w.Write(v), (w, i) => w.Write(i));
        }
        else
        {
            foreach (ulong word in _edgeBits!)
            {
                writer.Write(word);
            }
        }
    }

    /// <summary>
    /// The frozen dictionary <see cref="WriteDelta"/> wrote against <paramref name="baseDictionary"/>, or null (having read
    /// only the base's identity) when the delta was written against another base.
    /// </summary>
    internal static PrefixDictionary? FromDelta(BinaryReader reader, PrefixDictionary baseDictionary)
    {
        using var identity = new MemoryStream();
        using (var writer = new BinaryWriter(identity, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteIdentity(writer, baseDictionary);
        }

        byte[] expected = identity.ToArray();
        return baseDictionary.IsFrozen && reader.ReadBytes(expected.Length).AsSpan().SequenceEqual(expected) ? new PrefixDictionary(baseDictionary, reader) : null;
    }

    // What a delta must be applied to: the base's sizes, counts, total, frequency classes and a checksum of its slots
    // would be a pass over megabytes at every start, so the counts and the classes stand for it (the image tests check the
    // base itself, and a delta is only ever written against the base image of the same build).
    private static void WriteIdentity(BinaryWriter writer, PrefixDictionary baseDictionary)
    {
        writer.Write(0x584A4C50);
        writer.Write(1);
        writer.Write(baseDictionary._slots.Length);
        writer.Write(baseDictionary._nodeCount);
        writer.Write(baseDictionary._edgeCount);
        writer.Write(baseDictionary.WordCount);
        writer.Write(baseDictionary.Total);
        writer.Write(baseDictionary._classFrequencies.Count);
        writer.Write(64 - baseDictionary._edgeShift);
    }

    private static void WriteChanges<T>(BinaryWriter writer, T[] before, T[] after, Action<BinaryWriter, T> write, Action<BinaryWriter, int> writeIndex)
        where T : IEquatable<T>
    {
        int count = 0;
        for (int i = 0; i < after.Length; i++)
        {
            count += before[i].Equals(after[i]) ? 0 : 1;
        }

        writer.Write(count);
        for (int i = 0; i < after.Length; i++)
        {
            if (!before[i].Equals(after[i]))
            {
                writeIndex(writer, i);
                write(writer, after[i]);
            }
        }
    }

    /// <summary>The slot table (for the tests that compare an image with a dictionary built word by word).</summary>
    internal ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>The first-character table, slot + 1 per character (for the same tests).</summary>
    internal ReadOnlySpan<int> Roots => _roots;

    /// <summary>The class weights (for the same tests).</summary>
    internal ReadOnlySpan<double> ClassWeights => _classWeights;

    /// <summary>The frequencies by class (for the same tests).</summary>
    internal IReadOnlyList<long> ClassFrequencies => _classFrequencies;

    /// <summary>Child edges (every node but the first characters').</summary>
    internal int EdgeCount => _edgeCount;

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
        if (_edgeBits is { } bits)
        {
            ulong bit = EdgeBit(key);
            if ((bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return -1;
            }
        }

        int i = (int)((key * HashMultiplier) >> _shift);
        ulong[] slots = _slots;
        while (true)
        {
            ulong slot = slots[i];
            if ((slot & KeyMask) == key)
            {
                return i;
            }

            if (slot == 0)
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
    internal double Weight(int node) => _classWeights[(int)(_slots[node] >> ClassShift)];

    /// <summary>Python's <c>FREQ.get(word)</c>: the frequency, 0 for a mere prefix, -1 when absent.</summary>
    internal long Frequency(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node < 0 ? -1 : _classFrequencies[(int)(_slots[node] >> ClassShift)];
    }

    /// <summary>Whether <paramref name="word"/> is a word (frequency above 0): Python's <c>if FREQ.get(word)</c>.</summary>
    internal bool IsWord(ReadOnlySpan<char> word)
    {
        int node = Find(word);
        return node >= 0 && (_slots[node] >> ClassShift) != 0;
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
        if (word.IsEmpty)
        {
            throw new ArgumentException("A dictionary word cannot be empty.", nameof(word));
        }

        int node = Root(word[0]);
        if (node < 0)
        {
            node = InsertNew(-1, word[0]);
        }

        for (int i = 1; i < word.Length; i++)
        {
            int child = Child(node, word[i]);
            node = child >= 0 ? child : InsertNew(node, word[i]);
        }

        SetFrequency(node, ClassOf(frequency), frequency);
    }

    /// <summary>
    /// Creates the node for <paramref name="c"/> under <paramref name="parent"/> (-1 for a first character),
    /// which the caller knows does not exist yet.
    /// </summary>
    internal int InsertNew(int parent, char c)
    {
        ThrowIfFrozen();
        if (_nodeCount + 1 > _slots.Length * MaxLoadFactor)
        {
            throw new InvalidOperationException("The prefix dictionary is full; it should have been created larger.");
        }

        // A child's key holds parent + 1 (at most 2^24) above its character; a first character's key sets bit 41
        // instead, so no key is ever 0, the mark of an empty slot.
        ulong key = parent < 0 ? (1UL << (ClassShift - 1)) | c : ((ulong)(uint)(parent + 1) << 16) | c;
        int i = (int)((key * HashMultiplier) >> _shift);
        while (_slots[i] != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = key;
        _nodeCount++;
        if (parent < 0)
        {
            _roots[c] = i + 1;
        }
        else
        {
            _edgeCount++;
            _edgesSinceBase?.Add(key);
        }

        return i;
    }

    /// <summary>Sets a node's frequency by class (see <see cref="ClassOf"/>) and adds it to the total.</summary>
    internal void SetFrequency(int node, int frequencyClass, long frequency)
    {
        ThrowIfFrozen();
        _slots[node] = (_slots[node] & KeyMask) | ((ulong)frequencyClass << ClassShift);
        Total += frequency;
        WordCount++;
    }

    /// <summary>The class index of <paramref name="frequency"/>, registering it if new (0 for frequency 0).</summary>
    internal int ClassOf(long frequency)
    {
        if (frequency <= 0)
        {
            return 0;
        }

        if (_classOf.TryGetValue(frequency, out int index))
        {
            return index;
        }

        ThrowIfFrozen();
        index = _classFrequencies.Count;
        if (index >= MaxClasses)
        {
            throw new InvalidOperationException($"More than {MaxClasses - 1} distinct word frequencies are not supported.");
        }

        _classFrequencies.Add(frequency);
        _classOf[frequency] = index;
        if (_classWeights.Length <= index)
        {
            Array.Resize(ref _classWeights, Math.Max(16, _classWeights.Length * 2));
        }

        _classWeights[index] = Math.Log(frequency);
        return index;
    }

    /// <summary>Fixes the total and turns every class weight into <c>log(freq) - log(total)</c>.</summary>
    internal void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        double logTotal = Math.Log(Total);
        var weights = new double[_classFrequencies.Count];
        weights[0] = double.NaN;
        for (int i = 1; i < weights.Length; i++)
        {
            weights[i] = Math.Log(_classFrequencies[i]) - logTotal;
        }

        _classWeights = weights;
        UnknownWeight = 0.0 - logTotal;
        if (_edgeBits is null)
        {
            BuildEdgeFilter();
        }

        IsFrozen = true;
    }

    // The filter's bit of a child edge key: a second multiplier, so that the filter and the slots do not collide alike.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong EdgeBit(ulong key) => (key * 0xC2B2AE3D27D4EB4FUL) >> _edgeShift;

    private void BuildEdgeFilter()
    {
        int bitsLog = Math.Max(12, 64 - System.Numerics.BitOperations.LeadingZeroCount(((ulong)Math.Max(1, _edgeCount) * EdgeFilterBitsPerEdge) - 1));
        _edgeShift = 64 - bitsLog;
        if (_baseEdgeBits is { } baseBits && _baseEdgeShift == _edgeShift && _edgesSinceBase is { } added)
        {
            ulong[] bits = (ulong[])baseBits.Clone();
            foreach (ulong key in added)
            {
                ulong bit = EdgeBit(key);
                bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }

            _edgeBits = bits;
        }
        else
        {
            _edgeBits = EdgeFilterFromSlots();
        }

        _baseEdgeBits = null;
        _edgesSinceBase = null;
    }

    /// <summary>The filter's bits set from every child edge in the slots, at the current filter size (a pass over every slot).</summary>
    internal ulong[] EdgeFilterFromSlots()
    {
        const ulong RootMarker = 1UL << (ClassShift - 1);
        var bits = new ulong[(1 << (64 - _edgeShift)) / 64];
        foreach (ulong slot in _slots)
        {
            if (slot != 0 && (slot & RootMarker) == 0)
            {
                ulong bit = EdgeBit(slot & KeyMask);
                bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }

        return bits;
    }

    /// <summary>The edge filter's bits once frozen (null before): for the tests that compare it with a pass over the slots.</summary>
    internal ulong[]? EdgeFilter => _edgeBits;

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("A frozen dictionary cannot be changed.");
        }
    }
}
