// What a number reader read, before its unit and bounds.
namespace PolicyLens.Extraction.Numbers;

/// <summary>What <see cref="NumberReaders"/> read: the value (or span), where it ends, and how it was written.</summary>
internal record struct NumberCore
{
    public decimal? Lo { get; init; }

    public decimal? Hi { get; init; }

    public int End { get; init; }

    public int NumberEnd { get; init; }

    public string Unit { get; init; }

    public Comparator Comparator { get; init; }

    public bool IsApproximate { get; init; }

    public bool IsArabic { get; init; }

    public bool IsPercentWords { get; init; }

    public bool IsMagnitudeClass { get; init; }

    public bool IsHedged { get; init; }

    public bool IsYearLike { get; init; }

    public bool RequiresUnit { get; init; }

    public bool IsFraction { get; init; }

    public decimal Scale { get; init; }

    public NumberCore()
    {
        Unit = string.Empty;
        Scale = 1;
    }

    /// <summary>Adds 角 and 分 read after 元 ("123元1角1分").</summary>
    public readonly NumberCore Plus(decimal extra) => extra == 0 ? this : this with { Lo = Lo + extra, Hi = Hi + extra };
}
