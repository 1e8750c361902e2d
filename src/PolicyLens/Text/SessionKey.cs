// A structured, sortable name for a congress session or Party meeting: what the Analysis stage groups by.
using System.Globalization;

namespace PolicyLens.Text;

/// <summary>
/// A session of a congress or a Party meeting: body, level, term (届, or the congress number 第N次), session (第N次会议,
/// or the plenum N中全会), and the year when the calendar makes it certain. <see cref="Unknown"/> when a text names
/// none or is ambiguous; never a guess.
/// </summary>
/// <remarks>
/// <see cref="Canonical"/> is the string to group by: <c>municipal/15/7</c> (a people's congress),
/// <c>national/13/standing-10</c> (its standing committee), <c>cppcc:national/13/2</c>, <c>cpc:national/19</c> (a
/// Party congress), <c>cpc:national/19/plenum-4</c>, or <c>unknown</c>. The region (衡阳市) is kept beside it, not in
/// it: <c>市十五届人大七次会议</c> and <c>衡阳市第十五届人民代表大会第七次会议</c> are the same session in one city's papers.
/// Sorting (<see cref="CompareTo"/>) is by level, body, then term and session as numbers.
/// </remarks>
public sealed record SessionKey : IComparable<SessionKey>
{
    /// <summary>No session, or an ambiguous one.</summary>
    public static SessionKey Unknown { get; } = new();

    /// <summary>The body that meets.</summary>
    public SessionBody Body { get; init; }

    /// <summary>National, provincial, municipal or county.</summary>
    public GovernmentLevel Level { get; init; }

    /// <summary>The term (届) of a congress or committee, or the number of a Party congress (第十九次 → 19).</summary>
    public int? Term { get; init; }

    /// <summary>The session (第七次会议 → 7) or plenum (四中全会 → 4); null for a Party congress.</summary>
    public int? Session { get; init; }

    /// <summary>The year the session was held, where the calendar makes it certain; otherwise null.</summary>
    public int? Year { get; init; }

    /// <summary>The place named with the session (衡阳市), when the text names it.</summary>
    public string? Region { get; init; }

    /// <summary>Whether this is <see cref="Unknown"/>.</summary>
    public bool IsUnknown => Body == SessionBody.Unknown;

    /// <summary>The grouping string: <c>municipal/15/7</c>, <c>cpc:national/19/plenum-4</c>, <c>unknown</c>.</summary>
    public string Canonical => Body switch
    {
        SessionBody.PeoplesCongress => $"{LevelName}/{Number(Term)}/{Number(Session)}",
        SessionBody.PeoplesCongressStandingCommittee => $"{LevelName}/{Number(Term)}/standing-{Number(Session)}",
        SessionBody.PoliticalConsultativeConference => $"cppcc:{LevelName}/{Number(Term)}/{Number(Session)}",
        SessionBody.PartyCongress => $"cpc:{LevelName}/{Number(Term)}",
        SessionBody.PartyPlenum => $"cpc:{LevelName}/{Number(Term)}/plenum-{Number(Session)}",
        _ => "unknown",
    };

    /// <summary>The level's lower-case English name (<c>national</c>, <c>provincial</c>, <c>municipal</c>, <c>county</c>, <c>unknown</c>).</summary>
    public string LevelName => Level.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public int CompareTo(SessionKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        int c = Level.CompareTo(other.Level);
        if (c == 0)
        {
            c = Body.CompareTo(other.Body);
        }

        if (c == 0)
        {
            c = Nullable.Compare(Term, other.Term);
        }

        if (c == 0)
        {
            c = Nullable.Compare(Session, other.Session);
        }

        return c != 0 ? c : string.CompareOrdinal(Region, other.Region);
    }

    /// <summary>The canonical string.</summary>
    public override string ToString() => Canonical;

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
