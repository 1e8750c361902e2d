// One formula a scholar coded in one text, as a hand-coded formula list records it: the gold that FormulaRecall measures the
// finders against, and the format in which users code texts of their own to measure PolicyLens on them.
using System.Globalization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// A formula coded in one text: its forms, how many times it occurs there, and which finders could report it. Read from a
/// coded-formula file (<see cref="ReadFile"/>): tab-separated, <c>#</c> comment lines, a header row naming at least
/// <c>file canonical count kinds</c> (and <c>split</c>, <c>note</c> where the coders wrote them), as
/// tests/PolicyLens.Tests/Extraction/Slogans/Gold/formulas-*.tsv are written and Gold/CODEBOOK-formulas.md describes.
/// </summary>
/// <param name="File">The text it is coded in, as the file names it (a path relative to a corpus root).</param>
/// <param name="Split">The file's <c>split</c> column (dev, heldout, unseen …), or empty where it has none.</param>
/// <param name="Forms">Its accepted boundaries, canonical first: the <c>canonical</c> cell split at <c>|</c>
/// (<c>新发展理念 | 完整、准确、全面贯彻新发展理念</c>); a mention of any of them finds it.</param>
/// <param name="Count">How many times it occurs in the text.</param>
/// <param name="Kinds">The kinds of mention that may report it (<c>lexicon</c> fits every coded formula: see <see cref="Fits"/>).</param>
/// <param name="Note">The coder's note; a note containing <c>borderline</c> marks a row the codebook leaves in doubt.</param>
public sealed record CodedFormula(string File, string Split, IReadOnlyList<string> Forms, int Count, IReadOnlySet<MentionKind> Kinds, string Note)
{
    /// <summary>The form the coders list first.</summary>
    public string Canonical => Forms[0];

    /// <summary>Whether the coder marked the row borderline (its note says so): the strict figures leave it out.</summary>
    public bool Borderline => Note.Contains("borderline", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a mention of <paramref name="kind"/> may answer this formula: the codebook's judging rule 3 — a lexicon mention
    /// fits any coded formula (a curated entry matched), the other kinds only those the coders listed. An item the coders did
    /// not expect a curated list to hold (a named programme coded <c>policy</c>) is still found right when the lexicon holds it.
    /// </summary>
    public bool Fits(MentionKind kind) => kind == MentionKind.Lexicon || Kinds.Contains(kind);

    /// <summary>Reads every row of a coded-formula file, in file order.</summary>
    /// <exception cref="FormatException">A required column is missing, or a row has no form, a count that is not a positive
    /// whole number, or a kind PolicyLens does not know; the message names the file and line.</exception>
    public static IReadOnlyList<CodedFormula> ReadFile(string path)
    {
        var rows = new List<CodedFormula>();
        foreach (GoldTableRow row in GoldTable.Read(path, "a coded-formula file", "file", "canonical", "count", "kinds"))
        {
            string[] forms = row["canonical"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (forms.Length == 0)
            {
                throw row.Error("the canonical cell is empty.");
            }

            if (!int.TryParse(row["count"], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count == 0)
            {
                throw row.Error($"the count '{row["count"]}' of {forms[0]} is not a positive whole number.");
            }

            var kinds = new HashSet<MentionKind>();
            foreach (string name in row["kinds"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                kinds.Add(GoldTable.TryParseKind(name, out MentionKind kind) ? kind : throw row.Error($"unknown kind '{name}' of {forms[0]}."));
            }

            if (kinds.Count == 0)
            {
                throw row.Error($"{forms[0]} lists no kind.");
            }

            rows.Add(new CodedFormula(row["file"], row["split"], forms, count, kinds, row["note"]));
        }

        return rows;
    }
}
