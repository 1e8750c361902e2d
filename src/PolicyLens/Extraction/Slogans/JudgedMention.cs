// One mention a reader judged against the codebook, as the judged-mention files record it: the training and evaluation
// data of MentionConfidence, and the format in which users judge a sample of their own.
using System.Globalization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// A mention judged by a reader: where it stands, how it was recognised, and whether it is the right item with the right
/// boundaries. Read from a judged-mention file (<see cref="ReadFile"/>): tab-separated, <c>#</c> comment lines, a header
/// row naming at least <c>file start end kind surface verdict</c> (and <c>subtype</c> and <c>canonical</c> where the judge saw
/// them), as
/// tests/PolicyLens.Tests/Extraction/Slogans/Gold/mentions-*.tsv are written.
/// </summary>
/// <param name="File">The text the mention stands in, as the file names it (a path relative to a corpus root).</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Kind">How it was recognised.</param>
/// <param name="Subtype">Its subtype as reported, or null where the file does not record subtypes.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Right">Whether the reader judged it right: <c>right</c> or <c>right-lost</c> (right, no longer reported);
/// not right for <c>wrong</c> and <c>wrong-open</c> (wrong, still reported).</param>
public sealed record JudgedMention(string File, int Start, int End, MentionKind Kind, string? Subtype, string Surface, bool Right)
{
    /// <summary>The canonical form the mention was judged under, or null where the file does not record it.</summary>
    public string? Canonical { get; init; }

    /// <summary>Reads every judged row of a judged-mention file, in file order.</summary>
    /// <exception cref="FormatException">A required column is missing, or a row has an offset, kind or verdict PolicyLens does
    /// not know; the message names the file and line.</exception>
    public static IReadOnlyList<JudgedMention> ReadFile(string path)
    {
        var rows = new List<JudgedMention>();
        foreach (GoldTableRow row in GoldTable.Read(path, "a judged-mention file", "file", "start", "end", "kind", "surface", "verdict"))
        {
            if (!int.TryParse(row["start"], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(row["end"], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start)
            {
                throw row.Error("start and end must be offsets with start ≤ end.");
            }

            if (!GoldTable.TryParseKind(row["kind"], out MentionKind kind))
            {
                throw row.Error($"unknown kind '{row["kind"]}'.");
            }

            bool right = row["verdict"] switch
            {
                "right" or "right-lost" => true,
                "wrong" or "wrong-open" => false,
                "" => throw row.Error("no verdict yet (write right or wrong)."),
                string other => throw row.Error($"unknown verdict '{other}' (right, right-lost, wrong or wrong-open)."),
            };
            rows.Add(new JudgedMention(row["file"], start, end, kind, row.Has("subtype") ? row["subtype"] : null, row["surface"], right)
            {
                Canonical = row.Has("canonical") && row["canonical"].Length > 0 ? row["canonical"] : null,
            });
        }

        return rows;
    }
}
