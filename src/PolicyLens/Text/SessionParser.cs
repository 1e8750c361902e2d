// Finds congress sessions and Party meetings in titles and text, and turns their many spellings into one SessionKey.
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Parses session and meeting names into <see cref="SessionKey"/>s: people's congresses (<c>市十五届人大七次会议</c>,
/// <c>衡阳市第十五届人民代表大会第七次会议</c>, <c>十三届全国人大二次会议</c>), their standing committees, the CPPCC
/// (<c>全国政协十三届二次会议</c>), Party congresses (<c>党的十九大</c>, <c>中国共产党第十九次全国代表大会</c>,
/// <c>市第十二次党代会</c>) and plenums (<c>十九届四中全会</c>, <c>市委十一届八次全会</c>), with Chinese or Arabic numerals.
/// </summary>
/// <example>
/// <code>
/// SessionKey k = SessionParser.Parse("十三届全国人大二次会议");
/// // k.Canonical == "national/13/2", k.Year == 2019
/// </code>
/// </example>
public static partial class SessionParser
{
    private const int MaxTerm = 40;
    private const int MaxSession = 12;

    // The four municipalities directly under the central government are provincial-level.
    private static readonly string[] ProvincialCities = ["北京市", "上海市", "天津市", "重庆市"];

    private static readonly string[] RegionPrefixes =
    [
        "全面", "贯彻", "学习", "召开", "出席", "参加", "举行", "落实", "根据", "按照", "关于", "认真", "深入", "坚决", "胜利",
        "在", "于", "对", "和", "与", "及", "是", "为", "的", "了", "把", "向", "从", "据", "经", "由", "将",
    ];

    /// <summary>
    /// The one session <paramref name="text"/> names. <see cref="SessionKey.Unknown"/> when it names none, names
    /// several different ones (<c>党的十九大和十九届四中全会</c>), or names one in a malformed way (<c>十三届全国人大九次会议</c>:
    /// a national term has five sessions).
    /// </summary>
    public static SessionKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<SessionMention> mentions = FindAll(Prepare(text));
        SessionKey? found = null;
        for (int i = 0; i < mentions.Count; i++) // by index: foreach through the interface was generic code the JIT compiled at start-up
        {
            SessionMention m = mentions[i];
            if (found is null)
            {
                found = m.Key;
            }
            else if (found.Canonical != m.Key.Canonical)
            {
                return SessionKey.Unknown;
            }
            else if (found.Region is null && m.Key.Region is not null)
            {
                found = m.Key;
            }
        }

        return found ?? SessionKey.Unknown;
    }

    /// <summary>
    /// Every session name in <paramref name="text"/>, in order, with where it is. The text should be normalised
    /// (half-width digits, no spaces inside names); <see cref="Parse"/> does that itself.
    /// </summary>
    public static IReadOnlyList<SessionMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<SessionMention>();
        // Every alternative of the pattern has 届, 大 or 次 (党代会): text with none of them names no session.
        if (text.AsSpan().IndexOfAny('届', '大', '次') < 0)
        {
            return mentions;
        }

        foreach (Match m in SessionPattern().Matches(text))
        {
            foreach (SessionKey key in KeysOf(m, AfterDate(text, m)))
            {
                mentions.Add(new SessionMention(key, m.Index, m.Length));
            }
        }

        return mentions;
    }

    /// <summary>Folds full-width digits and drops spaces, so that a name typed by hand parses like a normalised one.</summary>
    private static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                continue;
            }

            sb.Append(c is >= '０' and <= '９' ? (char)(c - 0xFEE0) : c);
        }

        return sb.ToString();
    }

    // A region match that starts with the 日 of a date (2026年1月26日在河南省…, 2015年4月20日驻马店市…) began a character early.
    private static bool AfterDate(string text, Match m)
    {
        Group region = m.Groups["region"];
        return region.Success && region.Length > 3 && text[region.Index] == '日' && region.Index > 0 &&
               (char.IsAsciiDigit(text[region.Index - 1]) || ChineseNumber.IsChineseNumeral(text[region.Index - 1]));
    }

    private static IEnumerable<SessionKey> KeysOf(Match m, bool afterDate)
    {
        string? region = m.Groups["region"].Success ? TrimRegion(afterDate ? m.Groups["region"].Value[1..] : m.Groups["region"].Value) : null;
        string marker = m.Groups["level"].Value;
        if (region is { Length: < 2 } or "自治区" or "自治州" or "自治县")
        {
            // Only the level word is left (市, 县): no place is named.
            marker = region;
            region = null;
        }

        GovernmentLevel level = m.Groups["national"].Success ? GovernmentLevel.National : LevelOf(region, marker);
        int? term = ChineseNumber.ParseWhole(m.Groups["term"].ValueSpan);
        if (term is null or < 1 or > MaxTerm)
        {
            yield break;
        }

        if (m.Groups["pc"].Success || m.Groups["cppcc"].Success)
        {
            SessionBody body = m.Groups["cppcc"].Success ? SessionBody.PoliticalConsultativeConference
                : m.Groups["standing"].Success ? SessionBody.PeoplesCongressStandingCommittee : SessionBody.PeoplesCongress;
            int? session = ChineseNumber.ParseWhole(m.Groups["session"].ValueSpan);
            bool plenary = body != SessionBody.PeoplesCongressStandingCommittee;
            if (level == GovernmentLevel.Unknown || session is null or < 1 ||
                session > (plenary && level == GovernmentLevel.National ? SessionCalendar.MaxNationalSessions : plenary ? MaxSession : 99))
            {
                yield break;
            }

            yield return Key(body, level, term.Value, session, region);
        }
        else if (m.Groups["congress"].Success)
        {
            if (m.Groups["abbrev"].Success && !m.Groups["party"].Success && term is < 12 or > 25)
            {
                yield break; // bare 十大 or 五大 is rarely a Party congress; 十九大 is
            }

            if (level == GovernmentLevel.Unknown && !m.Groups["local"].Success)
            {
                level = GovernmentLevel.National;
            }

            if (level != GovernmentLevel.Unknown)
            {
                yield return Key(SessionBody.PartyCongress, level, term.Value, null, region);
            }
        }
        else if (m.Groups["plenum"].Success)
        {
            if (level == GovernmentLevel.Unknown && !m.Groups["local"].Success)
            {
                level = GovernmentLevel.National;
            }

            if (level == GovernmentLevel.Unknown)
            {
                yield break;
            }

            foreach (Capture c in m.Groups["plenumNumber"].Captures)
            {
                int? plenum = ChineseNumber.ParseWhole(c.ValueSpan);
                if (plenum is >= 1 and <= MaxSession)
                {
                    yield return Key(SessionBody.PartyPlenum, level, term.Value, plenum, region);
                }
            }
        }
    }

    // Characters no Chinese place name contains: a region match holding one of them began in the words before the
    // name (大会较好地完成了市十五届…; 2022年1月在深圳市南山区…, a date with no day; 市长闫继红在保定市…, a news lead), so only
    // what follows the last of them can be the name (no division of GB/T 2260 has 在 in its name).
    private static readonly char[] NotInPlaceNames = ['了', '的', '得', '着', '们', '这', '那', '就', '也', '很', '被', '把', '在'];

    // The region pattern starts at a boundary, which may be before a verb or preposition (在衡阳市…, 贯彻湖南省…).
    private static string TrimRegion(string region)
    {
        int clause = region.LastIndexOfAny(NotInPlaceNames);
        if (clause >= 0)
        {
            region = region[(clause + 1)..];
        }

        bool trimmed;
        do
        {
            trimmed = false;
            foreach (string prefix in RegionPrefixes)
            {
                if (region.Length - prefix.Length >= 3 && region.StartsWith(prefix, StringComparison.Ordinal))
                {
                    region = region[prefix.Length..];
                    trimmed = true;
                }
            }
        }
        while (trimmed);

        return region;
    }

    private static SessionKey Key(SessionBody body, GovernmentLevel level, int term, int? session, string? region) => new()
    {
        Body = body,
        Level = level,
        Term = term,
        Session = session,
        Region = region,
        Year = SessionCalendar.YearOf(body, level, term, session),
    };

    private static GovernmentLevel LevelOf(string? region, string marker)
    {
        if (region is not null)
        {
            if (Array.IndexOf(ProvincialCities, region) >= 0 || region.EndsWith('省') || region.EndsWith("自治区", StringComparison.Ordinal))
            {
                return GovernmentLevel.Provincial;
            }

            if (region.EndsWith("自治县", StringComparison.Ordinal) || region.EndsWith('县') || region.EndsWith('区') || region.EndsWith('旗'))
            {
                return GovernmentLevel.County;
            }

            return GovernmentLevel.Municipal; // 市, 州, 盟
        }

        return marker switch
        {
            "全国" => GovernmentLevel.National,
            "省" or "自治区" => GovernmentLevel.Provincial,
            "市" or "州" => GovernmentLevel.Municipal,
            "县" or "区" or "旗" => GovernmentLevel.County,
            _ => GovernmentLevel.Unknown,
        };
    }

    // N: a term or session number. REGION: a place name, only where it starts at a boundary (or after 中共, 政协),
    // since inside running text its first character cannot be told from the word before it; up to 15 characters before its
    // level word, so a district named with its city and the verb before them fits (在呼伦贝尔市海拉尔区第十五届…).
    private const string N = @"(?:\d{1,3}|[〇零一二两三四五六七八九十百]{1,4})";
    private const string Region = @"(?<region>(?<=^|[^\u4e00-\u9fff]|中共|中国共产党|政协|[〇零一二三四五六七八九十]日)[\u4e00-\u9fff]{2,15}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗))";
    private const string Level = @"(?<level>省|自治区|市|州|县|区|旗)";

    [GeneratedRegex(
        // People's congress, abbreviated, level first: 市十五届人大七次会议, 十三届全国人大二次会议, 十三届全国人大常委会第十次会议
        @"(?<pc>(?:" + Region + "|" + Level + @")?第?(?<term>" + N + @")届(?<national>全国)?人大(?<standing>常委会)?第?(?<session>" + N + @")次(?:全体)?会议)" +
        // People's congress, body first: 全国人大十三届二次会议, 省人大常委会十三届第五次会议
        @"|(?<pc>(?:(?<national>全国)|" + Region + "|" + Level + @")人大(?<standing>常委会)?第?(?<term>" + N + @")届第?(?<session>" + N + @")次(?:全体)?会议)" +
        // People's congress, full: 衡阳市第十五届人民代表大会第七次会议, 第十三届全国人民代表大会常务委员会第十次会议
        // (第 may be missing before either number: 甘肃省十四届人民代表大会第四次会议)
        @"|(?<pc>(?:" + Region + "|" + Level + @")?第?(?<term>" + N + @")届(?<national>全国)?人民代表大会(?<standing>常务委员会)?第?(?<session>" + N + @")次(?:全体)?会议)" +
        // CPPCC: 全国政协十三届二次会议, 市政协十一届四次会议
        @"|(?<cppcc>(?:(?<national>全国)|" + Region + "|" + Level + @")政协第?(?<term>" + N + @")届第?(?<session>" + N + @")次(?:全体)?会议)" +
        // CPPCC: 十三届全国政协二次会议, 市十一届政协四次会议
        @"|(?<cppcc>(?:" + Region + "|" + Level + @")?第?(?<term>" + N + @")届(?<national>全国)?政协第?(?<session>" + N + @")次(?:全体)?会议)" +
        // CPPCC, full: 中国人民政治协商会议第十三届全国委员会第二次会议, 政协衡阳市第十二届委员会第四次会议
        @"|(?<cppcc>(?:中国人民政治协商会议|政协)" + Region + @"?第(?<term>" + N + @")届(?<national>全国)?委员会第(?<session>" + N + @")次(?:全体)?会议)" +
        // Party plenum: 十九届四中全会, 十九届二中、三中、四中全会, 中国共产党第十九届中央委员会第四次全体会议
        @"|(?<plenum>(?:中国共产党|中共|党的)?第?(?<term>" + N + @")届(?:中央委员会|中央)?(?:第(?<plenumNumber>" + N + @")次全体会议|(?:(?<plenumNumber>[一二三四五六七八九十]{1,2})中、)*(?<plenumNumber>[一二三四五六七八九十]{1,2})中全会))" +
        // Local Party plenum: 市委十一届八次全会, 中共衡阳市委十一届八次全会
        @"|(?<plenum>(?<local>)(?:中共)?(?:" + Region + "|" + Level + @")委第?(?<term>" + N + @")届第?(?<plenumNumber>" + N + @")次全(?:体)?会(?:议)?)" +
        // Party congress, full: 中国共产党第十九次全国代表大会, 党的第十九次全国代表大会
        @"|(?<congress>(?<party>中国共产党|中共|党的)第(?<term>" + N + @")次全国代表大会)" +
        // Local Party congress: 中国共产党衡阳市第十二次代表大会, 市第十二次党代会
        @"|(?<congress>(?<local>)(?:中国共产党|中共)" + Region + @"第(?<term>" + N + @")次代表大会)" +
        @"|(?<congress>(?<local>)(?:" + Region + "|" + Level + @")第?(?<term>" + N + @")次党代会)" +
        // Party congress, abbreviated: 党的十九大, 中共十九大, 十九大 (not 十大关系, 第十九大项)
        @"|(?<congress>(?<abbrev>)(?<party>党的|中共)?(?<![一二三四五六七八九十第])(?<term>[一二三四五六七八九十]{1,3})大(?![类项批型量学幅都多概约力家事片部洲关工行产领任战专板方举重城]))")]
    private static partial Regex SessionPattern();
}
