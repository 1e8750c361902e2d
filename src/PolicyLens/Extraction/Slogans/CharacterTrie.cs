// The nodes and edges of a character trie, without its values: the part of SpellingTrie that does not depend on what the
// spellings carry, so that its walk (Root, Child, HasValues: at every position of every document) is ordinary non-generic
// code. Over the lexicon matcher's value tuples the walk was shared generic code, which the ReadyToRun image holds but
// does not inline into the matcher's loop: every step of the walk was two calls (Child, LookUpEdge) for the whole run.
// The walk's methods are also marked for inlining: without profile data the ReadyToRun compiler kept them as calls.
using System.Runtime.CompilerServices;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// The trie is read at every position of every document, so its layout is the segmenter's (PrefixDictionary): a flat
/// 64K table gives the node of a first character, and the other edges live in one open-addressing table keyed by
/// (parent node, character), at one multiplication and usually one cache line a step. Callers walk it with
/// <see cref="Root"/> and <see cref="Child"/> and read <see cref="SpellingTrie{T}.ValuesAt"/>, so a match allocates nothing.
/// <para>
/// Most steps of a walk over running text fail (a spelling's first character is common, its second rarely follows), so
/// the failing step is made cheap: each node says in one small record whether it has children and where its values
/// are, and a bit table of the edges (a Bloom filter with one hash: a clear bit proves the edge absent, a set bit sends
/// the lookup on to the edge table) answers most misses from a few kilobytes instead of the edge table's megabyte. Both
/// only skip lookups that would have failed, so every walk finds exactly what the edge table alone finds.
/// </para>
/// </summary>
internal abstract class CharacterTrie
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    // roots[c]: node + 1 of the one-character spelling prefix c, 0 when no spelling starts with c.
    private readonly int[] _roots = new int[char.MaxValue + 1];

    // Edge keys ((parent + 1) << 16 | character, never 0: 0 marks an empty slot) and the child node of each. Filled by
    // AddPath while the trie is built, which doubles the table when half full: a 100,000-entry user lexicon makes a trie of
    // about a million nodes, and the lexicon loads in a couple of seconds at most (issue 14).
    private ulong[] _keys;
    private int[] _children;
    private int _shift;
    private int _mask;
    private int _edges;

    // Per node: where its values start in the values array, how many there are, and whether any edge leaves it (Seal).
    private NodeInfo[] _nodes = [];

    // One bit per hashed edge key, at least 16 bits an edge, so that about one absent edge in 16 passes the filter.
    private ulong[] _edgeBits = [];
    private int _edgeShift;

    /// <summary>An empty trie: node 0 (the empty spelling) only.</summary>
    protected CharacterTrie()
    {
        const int bits = 10;
        _keys = new ulong[1 << bits];
        _children = new int[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
    }

    /// <summary>How many nodes the trie has (node 0 is the empty spelling's).</summary>
    protected int NodeCount { get; private set; } = 1;

    /// <summary>Adds the path of <paramref name="text"/> while the trie is built; returns the node where it ends (0 for the empty text).</summary>
    protected int AddPath(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        int node = Root(text[0]);
        if (node < 0)
        {
            node = NodeCount++;
            _roots[text[0]] = node + 1;
        }

        for (int k = 1; k < text.Length; k++)
        {
            int child = LookUpEdge(EdgeKey(node, text[k]));
            if (child < 0)
            {
                child = NodeCount++;
                if (++_edges * 2 > _keys.Length)
                {
                    Grow(ref _keys, ref _children, ref _shift, ref _mask);
                }

                Insert(_keys, _children, _shift, _mask, EdgeKey(node, text[k]), child);
            }

            node = child;
        }

        return node;
    }

    /// <summary>
    /// Ends the building: node <c>v</c>'s values are <paramref name="valueCount"/>[v] from <paramref name="valueStart"/>[v] of the
    /// values array; the edge filter and each node's children flag are made.
    /// </summary>
    protected void Seal(int[] valueStart, int[] valueCount)
    {
        _nodes = new NodeInfo[NodeCount];
        for (int v = 0; v < _nodes.Length; v++)
        {
            _nodes[v].ValueStart = valueStart[v];
            _nodes[v].ValueCount = valueCount[v];
        }

        int bitsLog = Math.Max(16, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, _edges) * 16 - 1));
        _edgeBits = new ulong[(1 << bitsLog) / 64];
        _edgeShift = 64 - bitsLog;
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                ulong bit = EdgeBit(_keys[i]);
                _edgeBits[bit >> 6] |= 1UL << (int)(bit & 63);
                _nodes[(int)(_keys[i] >> 16) - 1].HasChildren = true;
            }
        }
    }

    private struct NodeInfo
    {
        public int ValueStart;
        public int ValueCount;
        public bool HasChildren;
    }

    // The edge key's bit in the filter: a second multiplier, so that the filter and the table do not collide alike.
    private ulong EdgeBit(ulong key) => (key * 0xC2B2AE3D27D4EB4FUL) >> _edgeShift;

    private static void Grow(ref ulong[] keys, ref int[] children, ref int shift, ref int mask)
    {
        ulong[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new ulong[oldKeys.Length * 2];
        children = new int[oldKeys.Length * 2];
        shift--;
        mask = keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Insert(keys, children, shift, mask, oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static void Insert(ulong[] keys, int[] children, int shift, int mask, ulong key, int child)
    {
        int i = (int)((key * HashMultiplier) >> shift);
        while (keys[i] != 0)
        {
            i = (i + 1) & mask;
        }

        keys[i] = key;
        children[i] = child;
    }

    /// <summary>The node reached by <paramref name="c"/> from the root, or -1 when no spelling starts with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _roots[c] - 1;

    /// <summary>The node reached by <paramref name="c"/> from <paramref name="node"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        ulong key = EdgeKey(node, c);
        if (!_nodes[node].HasChildren)
        {
            return -1;
        }

        ulong bit = EdgeBit(key);
        return (_edgeBits[bit >> 6] & (1UL << (int)(bit & 63))) == 0 ? -1 : LookUpEdge(key);
    }

    // The child at the end of edge `key` in the open-addressing table, or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LookUpEdge(ulong key)
    {
        int i = (int)((key * HashMultiplier) >> _shift);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key)
            {
                return _children[i];
            }

            if (k == 0)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>True when a spelling ends at <paramref name="node"/> (it has values), false for a mere prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasValues(int node) => _nodes[node].ValueCount > 0;

    /// <summary>Where <paramref name="node"/>'s values are in the values array, and how many.</summary>
    protected (int Start, int Count) ValueRange(int node) => (_nodes[node].ValueStart, _nodes[node].ValueCount);

    /// <summary>True when <paramref name="spelling"/> is itself one of the trie's spellings (not a mere prefix of one).</summary>
    public bool Contains(ReadOnlySpan<char> spelling)
    {
        int node = spelling.IsEmpty ? -1 : Root(spelling[0]);
        for (int i = 1; node >= 0 && i < spelling.Length; i++)
        {
            node = Child(node, spelling[i]);
        }

        return node >= 0 && HasValues(node);
    }

    /// <summary>True when some spelling starts with <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasPrefix(char c) => _roots[c] != 0;

    private static ulong EdgeKey(int parent, char c) => ((ulong)(uint)(parent + 1) << 16) | c;
}
