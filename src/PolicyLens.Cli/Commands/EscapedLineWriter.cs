using System.Buffers;
using System.Text.Unicode;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Writes one token a line as UTF-8, escaping backslash, newline, carriage return and tab as the reference files do
/// (<c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>). Encodes straight into a byte buffer: on a large file the output is
/// as much work as the cutting.
/// </summary>
internal sealed class EscapedLineWriter(Stream output) : IDisposable
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\\n\r\t");

    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public void WriteLine(ReadOnlySpan<char> token)
    {
        int special = token.IndexOfAny(Special);
        if (special < 0)
        {
            Append(token);
        }
        else
        {
            while (special >= 0)
            {
                Append(token[..special]);
                Append(token[special] switch { '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", _ => "\\t" });
                token = token[(special + 1)..];
                special = token.IndexOfAny(Special);
            }

            Append(token);
        }

        Reserve(1);
        _buffer[_used++] = (byte)'\n';
    }

    public void Dispose()
    {
        Flush();
        output.Flush();
    }

    private void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            Reserve(Math.Min(text.Length * 3, _buffer.Length));
            Utf8.FromUtf16(text, _buffer.AsSpan(_used), out int read, out int written);
            _used += written;
            text = text[read..];
        }
    }

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _used < bytes)
        {
            Flush();
        }
    }

    private void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }
}
