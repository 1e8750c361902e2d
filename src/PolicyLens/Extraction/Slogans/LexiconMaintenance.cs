// Tools for the people who curate lexicons: schema, duplicate and overlap checks, first appearances computed from a
// corpus and checked against what the lexicon records, differences between two versions, and writing the table format.
using System.Globalization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>Checks, compares and writes lexicons (the library side of <c>policylens lexicon</c>).</summary>
public static class LexiconMaintenance
{
    /// <summary>
    /// The <c>.txt</c> files under <paramref name="folders"/> (recursively) as a corpus for <see cref="FirstAppearances"/>:
    /// each named by its folder's name and its path inside it (<c>gwr/2019.txt</c>), dated by the first year in its file
    /// name (<c>20_2022.txt</c> → 2022), read as UTF-8. Files without a year in their name are left out.
    /// </summary>
    public static IEnumerable<(string Document, int Year, string Text)> ReadCorpus(params IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        foreach (string folder in folders)
        {
            string root = Path.GetFullPath(folder);
            string name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
            foreach (string file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                System.Text.RegularExpressions.Match year = System.Text.RegularExpressions.Regex.Match(Path.GetFileName(file), "(?:1[89]|20)[0-9]{2}");
                if (year.Success)
                {
                    string document = name + "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                    yield return (document, int.Parse(year.Value, CultureInfo.InvariantCulture), File.ReadAllText(file));
                }
            }
        }
    }

    /// <summary>
    /// The first occurrence of every entry of <paramref name="lexicon"/> in <paramref name="corpus"/>: the earliest year,
    /// then the first document of that year in ordinal path order, then the first offset; in any spelling, as its member
    /// list, or inside a longer formula. Entries that never occur are absent.
    /// </summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="corpus">Each document's path (as recorded, e.g. <c>gwr/2019.txt</c>), year and text as read from the file.</param>
    public static IReadOnlyDictionary<string, CorpusAppearance> FirstAppearances(Lexicon lexicon, IEnumerable<(string Document, int Year, string Text)> corpus)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(corpus);
        IEnumerable<(string Id, int Year, string Text)> ordered = corpus
            .OrderBy(d => d.Year).ThenBy(d => d.Document, StringComparer.Ordinal).Select(d => (d.Document, d.Year, d.Text));
        var first = new Dictionary<string, CorpusAppearance>(StringComparer.Ordinal);
        foreach ((string canonical, SloganMention mention) in new SloganExtractor(lexicon).FirstMentions(ordered))
        {
            first[canonical] = new CorpusAppearance(mention.Year!.Value, mention.DocumentId, mention.Start, mention.Subtype);
        }

        return first;
    }

    // A place an entry may be scoped to: a provincial or prefecture-level division by its short name (广东, 驻马店), which a
    // document's region also names, or a district or county by its full name (龙华区: its short name 龙华 is written in other
    // places' texts too), or a new area (大鹏新区), which the division tables leave out.
    private static bool IsScopePlace(string place) =>
        Text.Regions.ShortNameSet.Contains(place) || Text.Counties.IsFullName(place)
        || (place.Length > 2 && place.EndsWith("新区", StringComparison.Ordinal));

    /// <summary>
    /// Every problem in <paramref name="lexicon"/>: entries without a kind or theme, or scoped to a place no division is
    /// called (schema; a note), a coined date later than the recorded national first appearance (coined; a warning, unless
    /// the note says <c>earlier national use read</c>), a spelling claimed by two
    /// entries (duplicate), a spelling written inside another entry's spelling (overlap, a note), and — when
    /// <paramref name="corpus"/> is given — recorded national first appearances that differ from the computed ones.
    /// </summary>
    public static IReadOnlyList<LexiconProblem> Check(Lexicon lexicon, IEnumerable<(string Document, int Year, string Text)>? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var problems = new List<LexiconProblem>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (LexiconEntry entry in lexicon.Entries)
        {
            if (entry.Kind == FormulaKind.Unspecified)
            {
                problems.Add(new(entry.Canonical, "schema", "No kind; give one of slogan, guiding-thought, strategy, policy, campaign, plan, institution-building, numbered-formula."));
            }

            if (entry.Theme.Length == 0)
            {
                problems.Add(new(entry.Canonical, "schema", "No theme; give a short tag such as economy or party."));
            }

            if (entry.Place.Length > 0 && !IsScopePlace(entry.Place))
            {
                problems.Add(new(entry.Canonical, "schema", $"The place '{entry.Place}' is neither the short name of a provincial- or prefecture-level division (驻马店, 广东) nor the full name of a county-level one (光明区) or of a new area (大鹏新区): the entry is reported only where a text names '{entry.Place}' {Lexicon.PlaceMentionsNeeded} times, never by a document's region.", IsError: false));
            }

            foreach (string anywhere in entry.Anywhere)
            {
                if (entry.Place.Length == 0)
                {
                    problems.Add(new(entry.Canonical, "schema", $"'{anywhere}' is listed to be reported anywhere, but the entry has no place: every spelling of an entry without a place is reported anywhere; clear the anywhere column."));
                }
                else if (!entry.Spellings.Contains(anywhere, StringComparer.Ordinal))
                {
                    problems.Add(new(entry.Canonical, "schema", $"'{anywhere}' is listed to be reported anywhere but is no spelling of the entry; add it to the variants or remove it from the anywhere column."));
                }
            }

            foreach (string bare in entry.Bare)
            {
                if (!entry.Variants.Contains(bare, StringComparer.Ordinal))
                {
                    problems.Add(new(entry.Canonical, "schema", $"'{bare}' is listed to be reported only bare but is no variant of the entry; add it to the variants or remove it from the bare column."));
                }
                else if (bare.AsSpan().IndexOfAny("“”「」") >= 0)
                {
                    problems.Add(new(entry.Canonical, "schema", $"'{bare}' is listed to be reported only bare but is written with quote marks; list the spelling without them."));
                }
            }

            if (entry.NameOnly && entry.Variants.Count == 0 && entry.Members.Count == 0)
            {
                problems.Add(new(entry.Canonical, "schema", "The canonical form is marked name-only but the entry has no variants or members: nothing would ever report it; list its spellings or clear name_only."));
            }

            foreach ((string spelling, int since) in entry.Since)
            {
                if (!entry.Spellings.Contains(spelling, StringComparer.Ordinal))
                {
                    problems.Add(new(entry.Canonical, "schema", $"'{spelling}' has a since year but is no spelling of the entry; add it to the variants or remove it from the since column."));
                }

                if (since is < FirstYearOnRecord or > LastPlausibleYear)
                {
                    problems.Add(new(entry.Canonical, "schema", $"The since year {since} of '{spelling}' is not a year; write the four-digit year from which the spelling is the formula (设备更新=2024)."));
                }
                else if (CoinedYear(entry) is { } coined && since > coined)
                {
                    problems.Add(new(entry.Canonical, "schema", $"The since year {since} of '{spelling}' is later than the year the entry was coined ({coined}): a text of {coined} already uses the formula; lower the since year or correct the coined date."));
                }
            }

            // A coined date later than the national first appearance the lexicon records misleads a researcher reading the
            // coined column (经得起实践、人民、历史检验 coined 2026, in the 2007 congress report): a warning, unless the curator
            // read that place and wrote in the note that it is not the formula.
            if (CoinedYear(entry) is { } coinedYear && entry.NationalFirst is { } national && national.Year < coinedYear
                && !(entry.First?.Note?.Contains(EarlierUseRead, StringComparison.Ordinal) ?? false))
            {
                problems.Add(new(entry.Canonical, "coined",
                    string.Create(CultureInfo.InvariantCulture, $"Coined {entry.First!.Date} ({entry.First.Venue}), but the national corpus has it from {Describe(national)}: read that place; if it is the formula or its earlier wording, correct the coined date to it; if an ordinary phrase, set a since year (where the readable texts before it bear one out) or write '{EarlierUseRead}: …' in the note."),
                    IsError: false));
            }

            foreach (string spelling in entry.Spellings)
            {
                string key = Normalize(spelling);
                if (key.Length < 2)
                {
                    problems.Add(new(entry.Canonical, "schema", $"The spelling '{spelling}' is shorter than two characters and would match everywhere."));
                }

                if (owner.TryGetValue(key, out string? other) && other != entry.Canonical)
                {
                    problems.Add(new(entry.Canonical, "duplicate", $"The spelling '{spelling}' also belongs to '{other}'; keep it in one entry."));
                }
                else
                {
                    owner[key] = entry.Canonical;
                }
            }
        }

        // Overlap: a spelling inside another entry's spelling. Normal for a formula and its strategy (乡村振兴 in
        // 乡村振兴战略), so a note; an error only when both entries are written identically after normalisation.
        var trie = new SpellingTrie<string>(owner.Select(o => (o.Key, o.Value)));
        var reported = new HashSet<(string, string)>();
        foreach ((string spelling, string canonical) in owner)
        {
            for (int i = 0; i < spelling.Length; i++)
            {
                foreach ((int length, string[] values) in trie.MatchesAt(spelling, i))
                {
                    foreach (string inner in values)
                    {
                        if (inner != canonical && length < spelling.Length && reported.Add((inner, canonical)))
                        {
                            problems.Add(new(inner, "overlap", $"Written inside '{spelling}' ({canonical}); counted there only with --nested.", IsError: false));
                        }
                    }
                }
            }
        }

        if (corpus is not null)
        {
            IReadOnlyDictionary<string, CorpusAppearance> computed = FirstAppearances(lexicon, corpus);
            foreach (LexiconEntry entry in lexicon.Entries)
            {
                CorpusAppearance? found = computed.GetValueOrDefault(entry.Canonical);
                if (found != entry.NationalFirst)
                {
                    problems.Add(new(entry.Canonical, "first-appearance",
                        $"Recorded first appearance {Describe(entry.NationalFirst)}, computed {Describe(found)}; run `policylens lexicon first` and rebuild the lexicon."));
                }
            }
        }

        return problems;
    }

    /// <summary>What was added, removed and changed from <paramref name="before"/> to <paramref name="after"/>, by canonical form.</summary>
    public static IReadOnlyList<LexiconChange> Diff(Lexicon before, Lexicon after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Entries.ToDictionary(e => e.Canonical, StringComparer.Ordinal);
        var changes = new List<LexiconChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (LexiconEntry entry in after.Entries)
        {
            seen.Add(entry.Canonical);
            if (!old.TryGetValue(entry.Canonical, out LexiconEntry? earlier))
            {
                changes.Add(new("added", entry.Canonical, ""));
                continue;
            }

            var fields = new List<string>();
            Compare(fields, "kind", LexiconReader.KindName(earlier.Kind), LexiconReader.KindName(entry.Kind));
            Compare(fields, "theme", earlier.Theme, entry.Theme);
            Compare(fields, "place", earlier.Place, entry.Place);
            Compare(fields, "anywhere", string.Join('|', earlier.Anywhere), string.Join('|', entry.Anywhere));
            Compare(fields, "bare", string.Join('|', earlier.Bare), string.Join('|', entry.Bare));
            Compare(fields, "since", SinceText(earlier), SinceText(entry));
            Compare(fields, "name_only", earlier.NameOnly ? "yes" : "", entry.NameOnly ? "yes" : "");
            Compare(fields, "variants", string.Join('|', earlier.Variants), string.Join('|', entry.Variants));
            Compare(fields, "members", MembersText(earlier), MembersText(entry));
            Compare(fields, "first", Describe(earlier.NationalFirst), Describe(entry.NationalFirst));
            Compare(fields, "coined", earlier.First?.Date ?? "", entry.First?.Date ?? "");
            if (fields.Count > 0)
            {
                changes.Add(new("changed", entry.Canonical, string.Join("; ", fields)));
            }
        }

        changes.AddRange(before.Entries.Where(e => !seen.Contains(e.Canonical)).Select(e => new LexiconChange("removed", e.Canonical, "")));
        return changes;
    }

    /// <summary>Writes <paramref name="entries"/> in the lexicon table format (a header naming the columns, one entry a line), which <see cref="Lexicon.Load"/> reads back.</summary>
    public static void Write(IEnumerable<LexiconEntry> entries, TextWriter output, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        if (version is not null)
        {
            output.WriteLine($"# version: {version}");
        }

        output.WriteLine(string.Join('\t', LexiconReader.TableColumns));
        foreach (LexiconEntry e in entries)
        {
            CorpusAppearance? f = e.NationalFirst;
            string[] row =
            [
                e.Canonical, LexiconReader.KindName(e.Kind), e.Theme, string.Join('|', e.Variants), MembersText(e),
                f?.Year.ToString(CultureInfo.InvariantCulture) ?? "", f?.Document ?? "", f?.Offset.ToString(CultureInfo.InvariantCulture) ?? "", f?.Form ?? "",
                e.First?.Date ?? "", e.First?.Venue ?? "", e.First is null ? "" : LexiconReader.ConfidenceName(e.First.Confidence), e.First?.Note ?? "", e.Checked, e.Place,
                string.Join('|', e.Anywhere), string.Join('|', e.Bare), SinceText(e), e.NameOnly ? "yes" : "",
            ];
            output.WriteLine(string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' '))));
        }
    }

    // The words a curator writes in an entry's note ("earlier national use read: …") once the national first appearance
    // before the coined year has been read and is not the formula (an ordinary phrase, another formula of the name), so that
    // Check no longer warns of it. Kept out of the public API: it is a convention of the note, documented in the README.
    private const string EarlierUseRead = "earlier national use read";

    // The earliest and latest years a since year may name: 1840, before any text a user's corpus of modern official Chinese
    // is likely to hold (the national corpus opens in 1921), and 2100, which no text reaches, so that a mistyped 20245 or 24
    // is caught.
    private const int FirstYearOnRecord = 1840;
    private const int LastPlausibleYear = 2100;

    // The year the entry was coined as its first-appearance date records it (2024-03 → 2024), or null when none is recorded.
    private static int? CoinedYear(LexiconEntry entry) =>
        entry.First?.Date is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;

    // The since column as the table writes it: spelling=year pairs in the order of the entry's spellings.
    private static string SinceText(LexiconEntry e)
    {
        List<string> order = [.. e.Spellings];
        return string.Join('|', e.Since.OrderBy(s => order.IndexOf(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}={s.Value}")));
    }

    private static string MembersText(LexiconEntry e) => string.Join('|', e.Members.Select(m => string.Join('/', m.Spellings)));

    private static void Compare(List<string> fields, string name, string before, string after)
    {
        if (before != after)
        {
            fields.Add($"{name}: '{before}' → '{after}'");
        }
    }

    private static string Describe(CorpusAppearance? a) =>
        a is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{a.Year} {a.Document}@{a.Offset} ({a.Form})");

    // Two spellings the matcher treats as one: quote marks optional, 、 or ， between parts (the duplicate check's key, and
    // LexiconMatcher's comparison of a written spelling with an entry's anywhere spellings).
    internal static string Normalize(string spelling) => spelling.Replace("“", "").Replace("”", "").Replace('，', '、');
}
