using System.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// <c>--jiebanet-lines FILE</c>: jieba.NET 0.42.2 doing what <c>policylens tokenize --format lines</c> does, for the
/// whole-process comparison in <c>benchmarks/cli-throughput.sh</c>.
/// </summary>
internal static class JiebaNetLines
{
    internal static void Run(string path)
    {
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        var segmenter = new JiebaNet.Segmenter.JiebaSegmenter();
        string text = File.ReadAllText(path, Encoding.UTF8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (string token in segmenter.Cut(text, cutAll: false, hmm: true))
        {
            output.Write(token.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t"));
            output.Write('\n');
        }
    }
}
