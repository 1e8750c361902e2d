using System.Globalization;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Years and Party congress numbers come from file names alone, checked against the corpus's own index files.</summary>
public sealed class CorpusFileNameTests
{
    public static TheoryData<string, int?, string, string?> Names => new()
    {
        { "gwr/2019.txt", 2019, "unknown", null },
        { "20_2022.txt", 2022, "cpc:national/20", null },
        { "early/01_1921_beijing.txt", 1921, "cpc:national/1", null },
        { "npc_resolutions/2019_resolution.txt", 2019, "unknown", null },
        { "hengyang-2020-01-10.txt", 2020, "unknown", "2020-01-10" },
        { "21_2022.txt", 2022, "unknown", null },                 // the 21st congress was not in 2022: no key
        { "000_e6291346d70f122d.txt", null, "unknown", null },     // a hash is not a year
        { "report-1998-2003.txt", null, "unknown", null },         // two years: no year rather than a guess
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_file_name_gives_its_year_date_and_congress(string name, int? year, string session, string? date)
    {
        DocumentMetadata m = FileNameMetadata.Read(name);
        Assert.Equal(year, m.Year);
        Assert.Equal(session, m.Session.Canonical);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture), m.Date);
    }

    [Fact]
    public void Every_government_work_report_year_is_read_from_its_file_name()
    {
        string gwr = SharedData.Require("corpus/gwr");
        var rows = ReadIndex(Path.Combine(gwr, "index.tsv"));
        Assert.True(rows.Count >= 70, "gwr/index.tsv lists the reports and resolutions");
        foreach (Dictionary<string, string> row in rows)
        {
            Assert.Equal(int.Parse(row["year"], CultureInfo.InvariantCulture), FileNameMetadata.Read(row["file"]).Year);
        }

        // Reading the folder without its index gives the same years.
        var reader = new CorpusReader(new CorpusOptions { UseSidecars = false });
        var years = reader.Read(gwr).ToDictionary(d => d.Id + ".txt", d => d.Metadata.Year);
        Assert.Equal(rows.Count, years.Count);
        foreach (Dictionary<string, string> row in rows)
        {
            Assert.Equal(int.Parse(row["year"], CultureInfo.InvariantCulture), years[row["file"]]);
        }
    }

    [Fact]
    public void Every_party_congress_number_and_year_is_read_from_its_file_name()
    {
        string folder = SharedData.Require("corpus/cpc-congress");
        var rows = ReadIndex(Path.Combine(folder, "index.tsv"));
        Assert.Equal(15, rows.Count);
        var reader = new CorpusReader(new CorpusOptions { UseSidecars = false });
        var docs = reader.Read(folder).ToDictionary(d => d.Id + ".txt");
        foreach (Dictionary<string, string> row in rows)
        {
            int congress = int.Parse(row["congress"], CultureInfo.InvariantCulture);
            int year = int.Parse(row["year"], CultureInfo.InvariantCulture);
            DocumentMetadata fromName = FileNameMetadata.Read(row["file"]);
            Assert.Equal(year, fromName.Year);
            Assert.Equal((SessionBody.PartyCongress, congress, year), (fromName.Session.Body, fromName.Session.Term, fromName.Session.Year));
            Assert.Equal($"cpc:national/{congress}", docs[row["file"]].Metadata.Session.Canonical);
            Assert.Equal(year, docs[row["file"]].Metadata.Year);
        }
    }

    [Fact]
    public void A_sidecar_fills_titles_and_plain_reports_stay_whole()
    {
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(SharedData.Require("corpus/gwr"))];
        Assert.Equal(72, docs.Count);
        Assert.Equal(72, reader.Summary.SourcesRead);
        Assert.Empty(reader.Summary.Skipped);
        Assert.DoesNotContain(docs, d => d.Id.Contains('#', StringComparison.Ordinal));
        Document d2019 = docs.Single(d => d.Id == "gwr/2019" || d.Id == "2019");
        Assert.Equal("2019年中华人民共和国国务院政府工作报告", d2019.Metadata.Title);
        Assert.Equal(DocumentGenre.WorkReport, d2019.Metadata.Genre);
        Assert.Equal(GovernmentLevel.National, d2019.Metadata.Level);
        Assert.Equal("https://zh.wikisource.org/wiki/2019%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A",
            d2019.Metadata.Extra["wikisource_url"]);
        Document resolution = docs.Single(d => d.Id.EndsWith("2019_resolution", StringComparison.Ordinal));
        Assert.Equal(DocumentGenre.Resolution, resolution.Metadata.Genre);
        Assert.Equal("national/13/2", resolution.Metadata.Session.Canonical);
    }

    [Fact]
    public void Party_congress_reports_stay_whole_with_speaker_and_date_from_their_heads()
    {
        List<Document> docs = [.. new CorpusReader().Read(SharedData.Require("corpus/cpc-congress"))];
        Assert.Equal(15, docs.Count);
        Document d19 = docs.Single(d => d.Id == "19_2017");
        Assert.Equal("习近平", d19.Metadata.Speaker);
        Assert.Equal(new DateOnly(2017, 10, 18), d19.Metadata.Date);
        Assert.Equal(DocumentGenre.CongressReport, d19.Metadata.Genre);
    }

    private static List<Dictionary<string, string>> ReadIndex(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split('\t');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second))];
    }
}
