// Which …工程 names one construction works project (or a firm, or a word inside another noun) rather than a programme run as
// a policy instrument (codebook: "a single construction project (…水电站, …二期工程) is not"). Round 62 (works62, from the
// readable judged samples' wrong verdicts on the Shenzhen district reports): a name the text says is started or finished as
// building works (开工建设轨道交通五期工程; …工程正式开工; …工程建成运行), wherever in the text that is said; a 工程 written
// right before 技术 or 企业, where it is the noun "engineering" of a longer name (智慧低碳建筑工程技术创新中心; 对外承包工程
// 企业); and a name opening with the verb that brings in a firm or builds as aid (引进中广核工程; 援建梅州安居工程).
using static PolicyLens.Extraction.Slogans.Affixes;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Words after which 工程 is the first part of a longer noun, not a name's head (工程技术创新中心, 承包工程企业).
    private static readonly string[] EngineeringNounsAfter = ["技术", "企业"];

    // Verbs that open a clause about one firm or one aided project, never a programme's name.
    private static readonly string[] WorksVerbsOpening = ["引进", "援建"];

    // Said right before a works name: building starts on it (开工建设轨道交通五期工程, 开工建设深汕气象灾害监测预警工程).
    private const string BuildingStarted = "开工建设";

    // Said of a works name after it, with at most a few words of its parts between (宝龙水质净化厂工程工业废水及生活污水处理
    // 设施建成投用): building started, finished or the works in service. Programmes are run, not opened or completed.
    [System.Text.RegularExpressions.GeneratedRegex("\\G[\u4E00-\u9FFF]{0,14}?(正式开工|开工建设|建成投用|建成运行|建成投运|全面竣工|竣工验收)")]
    private static partial System.Text.RegularExpressions.Regex WorksBuiltAfter();

    /// <summary>Removes the unquoted …工程 names from <paramref name="first"/> on that are one works project, a firm or
    /// engineering inside a longer noun (round 62).</summary>
    internal static void DropWorksProjects(TextView view, List<MentionCandidate> into, int first)
    {
        string text = view.Text;
        Dictionary<string, bool>? built = null;
        for (int i = into.Count - 1; i >= first; i--)
        {
            MentionCandidate candidate = into[i];
            if (candidate.Kind != MentionKind.Policy || !text.AsSpan(candidate.Start, candidate.End - candidate.Start).EndsWith("工程"))
            {
                continue;
            }

            string name = text[candidate.Start..candidate.End];
            if (name.Contains('“', StringComparison.Ordinal) || name.EndsWith("山水工程", StringComparison.Ordinal))
            {
                continue; // a quoted label names a programme (“大电网建设+微电网改造”工程); …山水工程 are the national programme's
            }

            built ??= [];
            if (!built.TryGetValue(name, out bool isBuilt))
            {
                built[name] = isBuilt = IsBuiltInText(text, name);
            }

            if (isBuilt || StartsWithAny(text.AsSpan(candidate.End), EngineeringNounsAfter) || StartsWithAny(name, WorksVerbsOpening))
            {
                into.RemoveAt(i);
            }
        }
    }

    // Whether the text says anywhere that building of the works named starts or ends (the name is one project wherever written).
    private static bool IsBuiltInText(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (text.AsSpan(0, at).EndsWith(BuildingStarted, StringComparison.Ordinal) || WorksBuiltAfter().IsMatch(text, at + name.Length))
            {
                return true;
            }
        }

        return false;
    }
}
