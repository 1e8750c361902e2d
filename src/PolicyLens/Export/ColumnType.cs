// The column types a PolicyLens table can hold, and what each becomes in CSV, JSON and Parquet.
namespace PolicyLens.Export;

/// <summary>The type of an exported column, as CSV readers, JSON and Parquet see it.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text (Parquet <c>string</c>, JSON string).</summary>
    String,

    /// <summary>A 64-bit integer (Parquet <c>int64</c>, JSON number).</summary>
    Integer,

    /// <summary>A 64-bit float (Parquet <c>double</c>, JSON number); NaN is written as a missing value.</summary>
    Real,

    /// <summary>True or false (CSV <c>true</c>/<c>false</c>, Parquet <c>boolean</c>, JSON boolean).</summary>
    Boolean,
}
