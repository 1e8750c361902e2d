// The one way normalisation steps write text: copy or replace, while the offset map and the repair log are kept.
using System.Buffers;

namespace PolicyLens.Text;

/// <summary>
/// Writes a new text from a source text left to right, recording every length-changing replacement for the
/// <see cref="OffsetMap"/> and every change as a <see cref="TextRepair"/> (in this step's coordinates).
/// </summary>
internal sealed class TextRewriter
{
    private readonly string _source;

    // Rented at the first change: most steps change nothing in most texts, and then the source is the result, with no
    // buffer of the text's length allocated and filled for nothing. Only the finished string is allocated.
    private char[]? _output;
    private int _length;
    private readonly List<(int OS, int OE, int FS, int FE)> _edits = [];
    private readonly List<TextRepair> _repairs = [];
    private int _position;

    internal TextRewriter(string source)
    {
        _source = source;
    }

    internal int Position => _position;

    internal bool Changed => _repairs.Count > 0;

    /// <summary>Copies the source up to <paramref name="index"/> unchanged.</summary>
    internal void CopyTo(int index)
    {
        if (index > _position)
        {
            Append(_source.AsSpan(_position, index - _position));
            _position = index;
        }
    }

    /// <summary>Replaces <c>source[index, index + length)</c> with <paramref name="replacement"/>.</summary>
    internal void Replace(int index, int length, string replacement, RepairKind kind) => Replace(index, length, replacement.AsSpan(), kind);

    /// <summary>Replaces the single character at <paramref name="index"/>.</summary>
    internal void Replace(int index, char replacement, RepairKind kind) => Replace(index, 1, new ReadOnlySpan<char>(in replacement), kind);

    /// <summary>Removes <c>source[index, index + length)</c>.</summary>
    internal void Remove(int index, int length, RepairKind kind) => Replace(index, length, ReadOnlySpan<char>.Empty, kind);

    private void Replace(int index, int length, ReadOnlySpan<char> replacement, RepairKind kind)
    {
        CopyTo(index);
        int os = _position, fs = _length;
        Append(replacement);
        _position += length;
        int fe = _length;

        // A one-for-one character change keeps every offset; anything else is an edit of the map.
        if (!(length == 1 && replacement.Length == 1))
        {
            if (_edits.Count > 0 && _edits[^1].OE == os && _edits[^1].FE == fs)
            {
                _edits[^1] = (_edits[^1].OS, _position, _edits[^1].FS, fe);
            }
            else
            {
                _edits.Add((os, _position, fs, fe));
            }
        }

        if (_repairs.Count > 0 && _repairs[^1] is var last && last.Kind == kind &&
            last.OriginalStart + last.OriginalLength == os && last.NormalizedStart + last.NormalizedLength == fs)
        {
            _repairs[^1] = last with { OriginalLength = last.OriginalLength + length, NormalizedLength = last.NormalizedLength + replacement.Length };
        }
        else
        {
            _repairs.Add(new TextRepair(kind, os, length, fs, replacement.Length));
        }
    }

    /// <summary>Copies the rest and returns the new text, its map from the source, and the repairs in step coordinates.</summary>
    internal (string Text, OffsetMap Map, List<TextRepair> Repairs) Finish()
    {
        if (_repairs.Count == 0)
        {
            return (_source, OffsetMap.Identity(_source.Length), _repairs);
        }

        CopyTo(_source.Length);
        char[] output = _output!;
        string text = new(output.AsSpan(0, _length));
        ArrayPool<char>.Shared.Return(output);
        _output = null;
        return (text, OffsetMap.FromRegions(_source.Length, text.Length, _edits), _repairs);
    }

    private void Append(ReadOnlySpan<char> characters)
    {
        char[] output = _output ??= ArrayPool<char>.Shared.Rent(Math.Max(16, _source.Length));
        if (_length + characters.Length > output.Length)
        {
            // Steps write at most as much as they read today; a longer replacement grows the buffer.
            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(output.Length * 2, _length + characters.Length));
            output.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(output);
            _output = output = larger;
        }

        characters.CopyTo(output.AsSpan(_length));
        _length += characters.Length;
    }
}
