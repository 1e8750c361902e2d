// One cell of a row on its way to the table writers: typed and unboxed (text, integer, real, true/false or missing).
using System.Globalization;

namespace PolicyLens.Export;

/// <summary>
/// One cell of a row as <see cref="TableWriter"/>'s encoders read it: the value of a text, integer, real or true/false
/// column, or missing, without boxing. A table fills a reused span of these once per row (<see cref="Table{TRow}"/>'s typed
/// accessors), and every format's encoder reads the same span, so a cell is computed once whatever the number of formats.
/// Which field holds the value follows from the column's <see cref="ColumnType"/>; the cell does not repeat it.
/// </summary>
internal readonly struct TableCell
{
    private readonly string? _text;

    // The integer, the real's bits, or 1/0 for true/false.
    private readonly long _bits;

    private TableCell(string? text, long bits, bool hasValue)
    {
        _text = text;
        _bits = bits;
        HasValue = hasValue;
    }

    /// <summary>Whether the cell holds a value (false: missing, written empty or null; a NaN real is missing).</summary>
    public bool HasValue { get; }

    /// <summary>The text of a text cell, or null when missing.</summary>
    public string? Text => _text;

    /// <summary>The value of an integer cell that <see cref="HasValue"/>.</summary>
    public long Integer => _bits;

    /// <summary>The value of a real cell that <see cref="HasValue"/> (never NaN).</summary>
    public double Real => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The value of a true/false cell that <see cref="HasValue"/>.</summary>
    public bool Boolean => _bits != 0;

    /// <summary>A text cell; null is missing.</summary>
    public static TableCell OfText(string? value) => new(value, 0, value is not null);

    /// <summary>An integer cell; null is missing.</summary>
    public static TableCell OfInteger(long? value) => new(null, value.GetValueOrDefault(), value.HasValue);

    /// <summary>A real cell; null and NaN are missing.</summary>
    public static TableCell OfReal(double? value) =>
        value is double d && !double.IsNaN(d) ? new(null, BitConverter.DoubleToInt64Bits(d), true) : default;

    /// <summary>A true/false cell; null is missing.</summary>
    public static TableCell OfBoolean(bool? value) => new(null, value == true ? 1 : 0, value.HasValue);

    /// <summary>
    /// The cell of a boxed value in a column of type <paramref name="type"/> (<see cref="TableWriter.WriteRow"/>'s untyped
    /// rows): an integer column takes <see cref="long"/> or <see cref="int"/>; a real column also <see cref="float"/> and
    /// integers; a text column any value, formatted in the invariant culture.
    /// </summary>
    /// <exception cref="ArgumentException">The value cannot stand in a column of that type.</exception>
    public static TableCell From(ColumnType type, object? value) => type switch
    {
        ColumnType.Integer => OfInteger(value switch
        {
            null => null,
            long l => l,
            int i => i,
            _ => throw new ArgumentException($"Expected an integer, got {value.GetType().Name} '{value}'."),
        }),
        ColumnType.Real => OfReal(value switch
        {
            null => null,
            double d => d,
            float f => f,
            long l => l,
            int i => i,
            _ => throw new ArgumentException($"Expected a number, got {value.GetType().Name} '{value}'."),
        }),
        ColumnType.Boolean => OfBoolean(value switch
        {
            null => null,
            bool b => b,
            _ => throw new ArgumentException($"Expected true or false, got {value.GetType().Name} '{value}'."),
        }),
        _ => OfText(value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        }),
    };
}
