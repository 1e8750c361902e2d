using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        string path = SharedData.Require("seed/000_e6291346d70f122d.txt");
        var docs = DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = "seed", Location = path, FileName = path });
        using var w = new StreamWriter("/tmp/seed-dump.txt");
        foreach (var d in docs)
        {
            var m = d.Metadata;
            w.WriteLine($"=== {d.Id} | {m.Title} | {m.Date} | {m.Year} | {m.Session} | {m.Region} | {m.Level} | {m.Speaker} | {m.Genre} | repairs {d.Repairs.Count} | {string.Join("; ", d.Warnings)}");
            w.WriteLine(d.Text);
        }
    }
}
