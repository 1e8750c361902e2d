// When sessions were held: the facts that let a session name give a year without guessing.
namespace PolicyLens.Text;

/// <summary>
/// Years of national sessions where they are certain. People's congress and CPPCC terms have run five years since
/// the 6th (1983), with one plenary session a year; earlier terms are listed as held. Party congresses are listed;
/// Central Committee plenums are listed for the 15th to 20th committees (and the 11th's third, December 1978), and
/// every first plenum meets the day after its congress. Local sessions get no year: local terms and calendars vary.
/// </summary>
internal static class SessionCalendar
{
    private static readonly Dictionary<int, int> PartyCongressYears = new()
    {
        [1] = 1921, [2] = 1922, [3] = 1923, [4] = 1925, [5] = 1927, [6] = 1928, [7] = 1945, [8] = 1956, [9] = 1969, [10] = 1973,
        [11] = 1977, [12] = 1982, [13] = 1987, [14] = 1992, [15] = 1997, [16] = 2002, [17] = 2007, [18] = 2012, [19] = 2017, [20] = 2022,
    };

    // Plenums 2..7 (and the 20th's 2..4) of the 15th–20th Central Committees; second and third plenums of a term
    // often fall in the same year (February and autumn).
    private static readonly Dictionary<(int Term, int Plenum), int> PlenumYears = new()
    {
        [(15, 2)] = 1998, [(15, 3)] = 1998, [(15, 4)] = 1999, [(15, 5)] = 2000, [(15, 6)] = 2001, [(15, 7)] = 2002,
        [(16, 2)] = 2003, [(16, 3)] = 2003, [(16, 4)] = 2004, [(16, 5)] = 2005, [(16, 6)] = 2006, [(16, 7)] = 2007,
        [(17, 2)] = 2008, [(17, 3)] = 2008, [(17, 4)] = 2009, [(17, 5)] = 2010, [(17, 6)] = 2011, [(17, 7)] = 2012,
        [(18, 2)] = 2013, [(18, 3)] = 2013, [(18, 4)] = 2014, [(18, 5)] = 2015, [(18, 6)] = 2016, [(18, 7)] = 2017,
        [(19, 2)] = 2018, [(19, 3)] = 2018, [(19, 4)] = 2019, [(19, 5)] = 2020, [(19, 6)] = 2021, [(19, 7)] = 2022,
        [(20, 2)] = 2023, [(20, 3)] = 2024, [(20, 4)] = 2025,
        [(11, 3)] = 1978,
    };

    // National People's Congress sessions before the five-year rhythm: term → years of sessions 1, 2, ...
    // (the 3rd NPC's only session ran from December 1964 into January 1965, so it has no single year).
    private static readonly Dictionary<int, int[]> EarlyNpcYears = new()
    {
        [1] = [1954, 1955, 1956, 1957, 1958],
        [2] = [1959, 1960, 1962, 1963],
        [4] = [1975],
        [5] = [1978, 1979, 1980, 1981, 1982],
    };

    /// <summary>The most plenary sessions a national people's congress or CPPCC term has.</summary>
    internal const int MaxNationalSessions = 5;

    /// <summary>The number of the Party congress held in <paramref name="year"/>, if one was.</summary>
    internal static int? PartyCongressIn(int year)
    {
        foreach ((int number, int y) in PartyCongressYears)
        {
            if (y == year)
            {
                return number;
            }
        }

        return null;
    }

    internal static int? YearOf(SessionBody body, GovernmentLevel level, int term, int? session)
    {
        if (level != GovernmentLevel.National)
        {
            return null;
        }

        switch (body)
        {
            case SessionBody.PartyCongress:
                return PartyCongressYears.TryGetValue(term, out int y) ? y : null;
            case SessionBody.PartyPlenum when session is int plenum:
                if (plenum == 1)
                {
                    return PartyCongressYears.TryGetValue(term, out int first) ? first : null;
                }

                return PlenumYears.TryGetValue((term, plenum), out int py) ? py : null;
            case SessionBody.PeoplesCongress when session is int s:
                if (term >= 6 && s <= MaxNationalSessions)
                {
                    return (5 * term) + 1952 + s;
                }

                return EarlyNpcYears.TryGetValue(term, out int[]? years) && s <= years.Length ? years[s - 1] : null;
            case SessionBody.PoliticalConsultativeConference when session is int s:
                // The national CPPCC has met beside the NPC since its 6th term (1983).
                return term >= 6 && s <= MaxNationalSessions ? (5 * term) + 1952 + s : null;
            default:
                return null;
        }
    }
}
