// Round 86 research: can the mention confidence sort right from wrong better on text it never saw? Cross-validates, by text
// (the shipped trainer's five folds), the shipped logistic model against (a) boosted trees (ML.NET FastTree) on the same
// features, (b) the logistic model with context words (the segmenter's words around and at the edges of the mention, what
// stands in the rest of its sentence), (c) trees on both. Development texts only: the judged files and --exclude list are
// README "Mention confidence"'s; only aggregate AUC lines are printed, never a mention.
//
// dotnet run -c Release --project tools/confidence86/ConfidenceResearch -- ../shared/corpus tests/PolicyLens.Tests/Data
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

string[] roots = args.Length > 0 ? args : ["../shared/corpus", "tests/PolicyLens.Tests/Data"];
string gold = Path.Combine("tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold");
string[] only = Environment.GetEnvironmentVariable("MODELS")?.Split(',') ?? [];

// The built-in model's inputs (MentionConfidenceTests.JudgedFiles): every judged file but the unreported spans, the
// re-judgements last; the unread texts never loaded into training.
string[] all = [.. Directory.GetFiles(gold, "mentions-*.tsv").Where(f => !f.EndsWith("mentions-dev-quoted16-unreported.tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
string[] reJudgements = ["mentions-heldout-recanonical.tsv", "mentions-heldout-rejudged.tsv"];
string[] files = [.. all.Where(f => !reJudgements.Any(r => f.EndsWith(r, StringComparison.Ordinal))), .. reJudgements.SelectMany(r => all.Where(f => f.EndsWith(r, StringComparison.Ordinal)))];
HashSet<string> unread = [.. File.ReadLines(Path.Combine(gold, "unread-texts.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')];
var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { MinimumConfidence = SloganExtractorOptions.NoMinimumConfidence });
var watch = Stopwatch.StartNew();
List<JudgedExample> examples = [.. JudgedExample.Load(files, f => unread.Contains(f) ? null : File.ReadAllText(roots.Select(r => Path.Combine(r, f)).First(File.Exists)), extractor)
    .Where(e => !unread.Contains(e.Mention.File))];
Console.WriteLine($"# {examples.Count} judged development mentions ({examples.Count(e => e.Mention.Right)} right) of {examples.Select(e => e.Mention.File).Distinct().Count()} texts; loaded in {watch.Elapsed.TotalSeconds:F0} s");

MethodInfo featuresOf = typeof(MentionConfidenceTrainer).GetMethod("Features", BindingFlags.NonPublic | BindingFlags.Static)!;
List<List<string>> shallow = [.. examples.Select(e => (List<string>)featuresOf.Invoke(null, [e])!)];
watch.Restart();
List<List<string>> context = [.. examples.Select(Context.Features)];
Console.WriteLine($"# context features in {watch.Elapsed.TotalSeconds:F1} s ({1e6 * watch.Elapsed.TotalSeconds / examples.Count:F0} µs a mention)");
List<List<string>> both = [.. shallow.Zip(context, (a, b) => a.Concat(b).ToList())];
bool[] labels = [.. examples.Select(e => e.Mention.Right)];
int[] fold = [.. examples.Select(e => FoldOf(e.Mention.File, 5))];

Console.WriteLine("model\tseconds\tauc-all\tauc-reported\tLexicon\tQuoted\tNumbered\tParallel\tTitled\tPolicy\t| by kind over every judged mention: Lexicon\tQuoted\tNumbered\tParallel\tTitled\tPolicy");
watch.Restart();
Report("shipped (MentionConfidenceTrainer.CrossValidate)", MentionConfidenceTrainer.CrossValidate(examples), watch.Elapsed);

var trees = new Dictionary<string, FastTreeBinaryTrainer.Options>
{
    ["trees 200x20 lr0.1 min10"] = Trees(200, 20, 0.1, 10),
    ["trees 500x31 lr0.05 min20"] = Trees(500, 31, 0.05, 20),
    ["trees 1000x15 lr0.03 min20"] = Trees(1000, 15, 0.03, 20),
    ["trees 300x8 lr0.1 min30"] = Trees(300, 8, 0.1, 30),
};
var runs = new List<(string Name, List<List<string>> Features, Func<MLContext, IEstimator<ITransformer>> Trainer)>
{
    ("logistic, shallow (a re-run of the shipped)", shallow, ml => Logistic(ml)),
    ("logistic, shallow + context", both, ml => Logistic(ml)),
    ("logistic L2=2, shallow", shallow, ml => Logistic(ml, 2)),
    ("logistic L2=0.5, shallow + context", both, ml => Logistic(ml, 0.5f)),
    ("logistic L2=2, shallow + context", both, ml => Logistic(ml, 2)),
    ("logistic L2=4, shallow + context", both, ml => Logistic(ml, 4)),
};
// The context in two halves: the segmenter's words at and beside the edges, and the rest of the sentence.
string[] edgePrefixes = ["wl=", "wl2=", "wr=", "wr2=", "wf=", "we=", "nw=", "cutl=", "cutr="];
List<List<string>> edges = [.. shallow.Zip(context, (a, b) => a.Concat(b.Where(f => edgePrefixes.Any(f.StartsWith))).ToList())];
List<List<string>> sentenceRest = [.. shallow.Zip(context, (a, b) => a.Concat(b.Where(f => !edgePrefixes.Any(f.StartsWith))).ToList())];
foreach (float l2 in (Environment.GetEnvironmentVariable("L2S") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => float.Parse(x, CultureInfo.InvariantCulture)))
{
    runs.Add(($"logistic l2={l2}, shallow", shallow, ml => Logistic(ml, l2)));
    runs.Add(($"logistic l2={l2}, shallow + context", both, ml => Logistic(ml, l2)));
    runs.Add(($"logistic l2={l2}, shallow + edge words", edges, ml => Logistic(ml, l2)));
    runs.Add(($"logistic l2={l2}, shallow + sentence", sentenceRest, ml => Logistic(ml, l2)));
}

foreach ((string name, FastTreeBinaryTrainer.Options options) in trees)
{
    runs.Add(($"{name}, shallow", shallow, ml => ml.BinaryClassification.Trainers.FastTree(options)));
    runs.Add(($"{name}, shallow + context", both, ml => ml.BinaryClassification.Trainers.FastTree(options)));
}

var outOfFold = new Dictionary<string, double[]>();
foreach ((string name, List<List<string>> features, Func<MLContext, IEstimator<ITransformer>> trainer) in runs)
{
    if (only.Length > 0 && !only.Any(o => name.Contains(o, StringComparison.Ordinal)))
    {
        continue;
    }

    watch.Restart();
    outOfFold[name] = CrossValidate(features, trainer);
    Report(name, outOfFold[name], watch.Elapsed);
}

// (d) the mean of a logistic model's and the trees' ranks on the same features: whether the two err on different mentions.
foreach (string lr in outOfFold.Keys.Where(n => n.StartsWith("logistic", StringComparison.Ordinal)).ToList())
{
    foreach (string tree in outOfFold.Keys.Where(n => n.StartsWith("trees", StringComparison.Ordinal) && Features(n) == Features(lr)).ToList())
    {
        Report($"rank mean: {lr} + {tree}", [.. Rank(outOfFold[lr]).Zip(Rank(outOfFold[tree]), (x, y) => (x + y) / 2)], TimeSpan.Zero);
    }
}

static string Features(string run) => run[(run.IndexOf(", ", StringComparison.Ordinal) + 2)..].Replace(" (a re-run of the shipped)", "", StringComparison.Ordinal);

void Report(string name, double[] scores, TimeSpan time)
{
    string[] kinds = ["Lexicon", "Quoted", "Numbered", "Parallel", "Titled", "Policy"];
    string Auc(Func<JudgedExample, bool> keep)
    {
        int[] rows = [.. Enumerable.Range(0, examples.Count).Where(i => keep(examples[i]))];
        return MentionConfidenceTrainer.AreaUnderCurve([.. rows.Select(i => labels[i])], [.. rows.Select(i => scores[i])]).ToString("F3", CultureInfo.InvariantCulture);
    }

    Console.WriteLine(string.Join('\t', [name, time.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture), Auc(_ => true), Auc(e => e.Reported),
        .. kinds.Select(k => Auc(e => e.Reported && e.Mention.Kind.ToString() == k)), "|", .. kinds.Select(k => Auc(e => e.Mention.Kind.ToString() == k))]));
}

double[] CrossValidate(List<List<string>> features, Func<MLContext, IEstimator<ITransformer>> trainer)
{
    var scores = new double[features.Count];
    for (int f = 0; f < 5; f++)
    {
        int[] train = [.. Enumerable.Range(0, features.Count).Where(i => fold[i] != f)];
        int[] test = [.. Enumerable.Range(0, features.Count).Where(i => fold[i] == f)];

        // The vocabulary as the shipped trainer draws it: features of at least 3 training mentions, in first-seen order.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in train.SelectMany(i => features[i].Distinct()))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in train.SelectMany(i => features[i]))
        {
            if (counts[feature] >= 3)
            {
                index.TryAdd(feature, index.Count);
            }
        }

        var ml = new MLContext(seed: 1);
        IDataView Data(int[] rows)
        {
            SchemaDefinition schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, index.Count);
            return ml.Data.LoadFromEnumerable(rows.Select(i =>
            {
                int[] slots = [.. features[i].Where(index.ContainsKey).Select(x => index[x]).Distinct().Order()];
                return new Row { Label = labels[i], Features = new VBuffer<float>(index.Count, slots.Length, [.. slots.Select(_ => 1f)], slots) };
            }).ToList(), schema);
        }

        ITransformer model = trainer(ml).Fit(Data(train));
        float[] predicted = [.. ml.Data.CreateEnumerable<Prediction>(model.Transform(Data(test)), reuseRowObject: false).Select(p => p.Score)];
        for (int j = 0; j < test.Length; j++)
        {
            scores[test[j]] = predicted[j];
        }
    }

    return scores;
}

static IEstimator<ITransformer> Logistic(MLContext ml, float l2 = 1) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
{
    LabelColumnName = "Label",
    FeatureColumnName = "Features",
    L1Regularization = 0,
    L2Regularization = l2,
    NumberOfThreads = 1,
});

static FastTreeBinaryTrainer.Options Trees(int trees, int leaves, double rate, int minimumLeaf) => new()
{
    LabelColumnName = "Label",
    FeatureColumnName = "Features",
    NumberOfTrees = trees,
    NumberOfLeaves = leaves,
    LearningRate = rate,
    MinimumExampleCountPerLeaf = minimumLeaf,
    NumberOfThreads = 1,
    Seed = 1,
};

static double[] Rank(double[] scores)
{
    int[] order = [.. Enumerable.Range(0, scores.Length).OrderBy(i => scores[i])];
    var rank = new double[scores.Length];
    for (int i = 0; i < order.Length; i++)
    {
        rank[order[i]] = i;
    }

    return rank;
}

// The shipped trainer's folds: a fixed FNV hash of the file name.
static int FoldOf(string file, int folds)
{
    uint hash = 2166136261;
    foreach (char c in file)
    {
        hash = (hash ^ c) * 16777619;
    }

    return (int)(hash % (uint)folds);
}

internal sealed class Row
{
    public bool Label { get; set; }

    public VBuffer<float> Features { get; set; }
}

internal sealed class Prediction
{
    public float Score { get; set; }
}

// (b) Context: the segmenter's words around the mention and at its edges, and what the rest of its sentence holds.
internal static class Context
{
    private const int Reach = 80;

    private static readonly HashSet<string> CarryingOut = ["推进", "实施", "建设", "开展", "落实", "坚持", "深化", "加快", "推动", "打造", "实行", "完善", "贯彻", "深入", "扎实", "全面", "启动", "创建", "构建", "健全", "加强", "强化", "巩固", "持续", "着力", "大力", "积极", "争创", "创新", "发展"];

    internal static List<string> Features(JudgedExample e)
    {
        string text = e.Text;
        int start = e.Mention.Start, end = e.Mention.End;
        string k = e.Mention.Kind.ToString()[..3];
        int from = start;
        while (from > 0 && start - from < Reach && !IsSentenceEnd(text[from - 1]))
        {
            from--;
        }

        int to = end;
        while (to < text.Length && to - end < Reach && !IsSentenceEnd(text[to]))
        {
            to++;
        }

        string sentence = text[from..to];
        int s = start - from, t = end - from;
        Token[] tokens = JiebaSegmenter.Default.Tokenize(sentence);
        var features = new List<string>();
        var before = tokens.Where(x => x.End <= s).Select(x => Word(x.GetText(sentence))).ToList();
        var after = tokens.Where(x => x.Start >= t).Select(x => Word(x.GetText(sentence))).ToList();
        var inside = tokens.Where(x => x.Start >= s && x.End <= t).Select(x => Word(x.GetText(sentence))).ToList();
        bool cutLeft = tokens.Any(x => x.Start < s && x.End > s), cutRight = tokens.Any(x => x.Start < t && x.End > t);
        features.Add($"wl={k}/{(before.Count > 0 ? before[^1] : "^")}");
        features.Add($"wl2={k}/{(before.Count > 1 ? before[^2] : "^")}");
        features.Add($"wr={k}/{(after.Count > 0 ? after[0] : "$")}");
        features.Add($"wr2={k}/{(after.Count > 1 ? after[1] : "$")}");
        features.Add($"wf={k}/{(inside.Count > 0 ? inside[0] : "-")}");
        features.Add($"we={k}/{(inside.Count > 0 ? inside[^1] : "-")}");
        features.Add($"we={(inside.Count > 0 ? inside[^1] : "-")}");
        features.Add($"nw={k}/{Math.Min(inside.Count, 6)}");
        if (cutLeft)
        {
            features.Add($"cutl={k}");
        }

        if (cutRight)
        {
            features.Add($"cutr={k}");
        }

        // The words of the rest of the sentence, near and far, as a bag.
        foreach (string w in before.TakeLast(6).Where(IsWord).Distinct())
        {
            features.Add($"lb={k}/{w}");
        }

        foreach (string w in after.Take(6).Where(IsWord).Distinct())
        {
            features.Add($"rb={k}/{w}");
        }

        if (before.TakeLast(4).Any(CarryingOut.Contains))
        {
            features.Add($"verb={k}");
        }

        string left = sentence[..s], right = sentence[t..];
        features.Add($"sl={k}/{Bucket(left.Length)}");
        features.Add($"sr={k}/{Bucket(right.Length)}");
        features.Add($"lists={k}/{Math.Min(left.Count(c => c == '、') + right.Count(c => c == '、'), 4)}");
        if (right.Take(12).Any(c => char.IsAsciiDigit(c) || "一二三四五六七八九十百千万亿".Contains(c)))
        {
            features.Add($"count-after={k}");
        }

        if (left.TakeLast(12).Any(c => char.IsAsciiDigit(c)))
        {
            features.Add($"digits-before={k}");
        }

        return features;
    }

    private static string Bucket(int length) => length switch { 0 => "0", <= 4 => "1-4", <= 12 => "5-12", <= 30 => "13-30", _ => "31+" };

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '\n' or '\r';

    private static bool IsWord(string w) => w.Any(char.IsLetter);

    private static string Word(string w) => new([.. w.Select(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９' ? '0' : char.IsWhiteSpace(c) ? '_' : c)]);
}
