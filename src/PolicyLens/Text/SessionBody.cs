// Which body holds a session.
namespace PolicyLens.Text;

/// <summary>The body that meets in a <see cref="SessionKey"/>.</summary>
public enum SessionBody
{
    /// <summary>Not known: the text names no session, or names several.</summary>
    Unknown,

    /// <summary>A people's congress (人民代表大会, 人大) in plenary session.</summary>
    PeoplesCongress,

    /// <summary>The standing committee of a people's congress (人大常委会) in session.</summary>
    PeoplesCongressStandingCommittee,

    /// <summary>A committee of the Chinese People's Political Consultative Conference (政协) in plenary session.</summary>
    PoliticalConsultativeConference,

    /// <summary>A congress of the Communist Party of China (党的十九大, 市第十二次党代会).</summary>
    PartyCongress,

    /// <summary>A plenary session of a Party committee (十九届四中全会, 市委十一届八次全会).</summary>
    PartyPlenum,
}
