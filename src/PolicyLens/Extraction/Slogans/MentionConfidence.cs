// How likely a reader is to judge a mention right (the right item, with the right boundaries): a logistic model over
// MentionFeatures, learned from hand-judged mentions (MentionConfidenceTrainer) and shipped as a table of weights.
using System.Globalization;
using System.Text;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// A mention's confidence: the probability, under a logistic model, that a reader applying the codebook judges it right
/// (right item, right boundaries). The built-in model (<see cref="Default"/>) was trained with
/// <c>policylens confidence train</c> on the judged mentions of the development texts (tests/PolicyLens.Tests/Extraction/
/// Slogans/Gold/mentions-*.tsv, every text in Gold/unread-texts.txt left out); the README gives how it scores on the texts
/// left out. A model is a plain table (<c>feature TAB weight</c>, a <c>(bias)</c> row), so a reader can see what it learned.
/// </summary>
/// <remarks>Immutable and thread-safe; scoring builds each feature in a stack buffer and looks it up as a span, allocating nothing.</remarks>
public sealed class MentionConfidence
{
    private const string ResourceName = "PolicyLens.Extraction.Slogans.mention-confidence.tsv";
    private const string BiasName = "(bias)";

    private static readonly Lazy<MentionConfidence> BuiltIn = new(() =>
    {
        using Stream stream = typeof(MentionConfidence).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in mention confidence model ({ResourceName}) is missing from the assembly.");
        return Read(stream, "the built-in mention confidence model");
    });

    private readonly Dictionary<string, float> _weights;

    // The weights looked up by span: a mention is scored without making a string per feature.
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal MentionConfidence(Dictionary<string, float> weights, float bias)
    {
        _weights = new Dictionary<string, float>(weights, FeatureComparer.Instance);
        _bySpan = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Bias = bias;
    }

    /// <summary>The built-in model, read from the assembly once.</summary>
    public static MentionConfidence Default => BuiltIn.Value;

    /// <summary>The model's intercept (log-odds of a mention with none of the features it has weights for).</summary>
    public float Bias { get; }

    /// <summary>The features the model has weights for, with their weights (log-odds), largest first.</summary>
    public IEnumerable<(string Feature, float Weight)> Weights =>
        _weights.OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => (w.Key, w.Value));

    /// <summary>The probability that a reader judges the mention [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> right.</summary>
    /// <param name="text">The text the mention's offsets point into (the text given to the extractor).</param>
    /// <param name="start">Offset of the mention's first character.</param>
    /// <param name="end">Offset just past its last character.</param>
    /// <param name="kind">How it was recognised.</param>
    /// <param name="subtype">Its <see cref="SloganMention.Subtype"/>.</param>
    public double Score(ReadOnlySpan<char> text, int start, int end, MentionKind kind, string subtype)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var sum = new LogitSum(this);
        MentionFeatures.Add(ref sum, text, start, end, kind, subtype);
        return sum.Probability;
    }

    /// <summary>The probability for a mention of <paramref name="text"/> as the extractor reported it.</summary>
    public double Score(string text, SloganMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        return Score(text, mention.Start, mention.End, mention.Kind, mention.Subtype);
    }

    /// <summary>The probability for a judged mention (its subtype unknown where the judged file recorded none).</summary>
    public double Score(JudgedExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return Score(MentionConfidenceTrainer.Features(example));
    }

    /// <summary>The probability of a mention whose features are given as strings (training's cross-validation).</summary>
    internal double Score(List<string> features)
    {
        double logit = Bias;
        foreach (string feature in features)
        {
            if (_weights.TryGetValue(feature, out float weight))
            {
                logit += weight;
            }
        }

        return 1 / (1 + Math.Exp(-logit));
    }

    // Adds up the weights of a mention's features as MentionFeatures hands them over.
    private struct LogitSum(MentionConfidence model) : MentionFeatures.ISink
    {
        private double _logit = model.Bias;

        public readonly double Probability => 1 / (1 + Math.Exp(-_logit));

        public void Add(ReadOnlySpan<char> feature)
        {
            if (model._bySpan.TryGetValue(feature, out float weight))
            {
                _logit += weight;
            }
        }
    }

    // Features are short and trusted (the model's own table): a plain FNV-1a hash over their characters is enough, and is
    // cheaper than the randomised string hash for the ~25 lookups a mention makes.
    private sealed class FeatureComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        internal static readonly FeatureComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

        public string Create(ReadOnlySpan<char> alternate) => new(alternate);

        private static int Hash(ReadOnlySpan<char> characters)
        {
            uint hash = 2166136261;
            foreach (char c in characters)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)hash;
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/> (or <c>policylens confidence train</c>).</summary>
    /// <exception cref="FormatException">A line is not <c>feature TAB weight</c>; the message names the file and line.</exception>
    public static MentionConfidence Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Writes the model as a table: comment lines, <c>feature TAB weight</c>, the bias as the feature <c>(bias)</c>.</summary>
    public void Save(string path, string? comment = null)
    {
        var builder = new StringBuilder();
        foreach (string line in (comment ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append("# ").Append(line.TrimEnd()).Append('\n');
        }

        builder.Append("feature\tweight\n");
        builder.Append(BiasName).Append('\t').Append(Bias.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        foreach ((string feature, float weight) in _weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            builder.Append(feature).Append('\t').Append(weight.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        // Written whole beside the target and moved over it: never a half-written model.
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, builder.ToString(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static MentionConfidence Read(Stream stream, string source)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        float? bias = null;
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line == "feature\tweight")
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0 || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float weight))
            {
                throw new FormatException($"{source}, line {number}: expected feature TAB weight, found '{line}'.");
            }

            string feature = line[..tab];
            if (feature == BiasName)
            {
                bias = weight;
            }
            else if (!weights.TryAdd(feature, weight))
            {
                throw new FormatException($"{source}, line {number}: the feature '{feature}' has a second weight.");
            }
        }

        return new MentionConfidence(weights, bias ?? throw new FormatException($"{source}: no {BiasName} row."));
    }
}
