using System.Text;
using System.Text.RegularExpressions;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The procedural cues (procedural.txt) on sentences of the development reports: the ceremonial, transitional and
/// closing sentences that carry no policy are <c>none</c> by rule, and policy sentences that look like them are not.
/// </summary>
public sealed class ProceduralSentencesTests
{
    [Theory]
    [InlineData("provincial/beijing_2026.txt", "一年来，主要做了以下工作。")]
    [InlineData("provincial/guangdong_2023.txt", "重点抓好以下十个方面：")]
    [InlineData("provincial/hubei_2026.txt", "实际工作中，重点把握以下几点：")]
    [InlineData("provincial/chongqing_2026.txt", "一年来，主要抓了九个方面工作。")]
    [InlineData("provincial/henan_2026.txt", "在此，我代表省人民政府，向全省各族人民和驻豫人民解放军、武警部队官兵，向各民主党派、工商联、各人民团体及各界人士，向关心支持河南发展的港澳台同胞、海外侨胞、国际友人，表示衷心感谢！")]
    [InlineData("provincial/hubei_2026.txt", "在看到成绩的同时，我们也清醒地认识到，前进道路上老问题、新挑战仍然不少。")]
    [InlineData("provincial/gansu_2026.txt", "对这些问题，我们一定高度重视，采取有力措施加以解决。")]
    [InlineData("provincial/sichuan_2026.txt", "过去五年成绩的取得，根本在于以习近平同志为核心的党中央领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是在省委领导下全省上下团结奋斗、拼搏实干的结果！")]
    [InlineData("provincial/jiangsu_2026.txt", "“十四五”时期是江苏发展历程中极不平凡的五年。")]
    [InlineData("provincial/beijing_2026.txt", "今年是“十五五”开局之年，做好各项工作意义重大。")]
    [InlineData("provincial/jiangsu_2026.txt", "各位代表，奋斗创造历史，实干成就未来。")]
    [InlineData("provincial/henan_2026.txt", "“十五五”征程波澜壮阔，河南发展前景可期。")]
    [InlineData("provincial/xinjiang_2026.txt", "站在新的历史起点上，我们坚信，在党中央的坚强领导下，全区上下团结一心、砥砺奋进、开拓进取，“十五五”的规划蓝图一定能变成美好现实！")]
    [InlineData("provincial/jiangxi_2026.txt", "二、“十五五”时期发展的主要考虑")]
    [InlineData("municipal/zhumadian_2015.txt", "政府工作报告2015年4月20日驻马店市第三届人民代表大会第六次会议通过驻马店市人民政府市长陈星")]
    [InlineData("municipal/zhumadian_2011.txt", "让我们在省委、省政府和市委的坚强领导下，深入贯彻落实科学发展观，解放思想，坚定信心，克难攻坚，扎实工作，凝聚全市人民的智慧和力量，努力开创我市经济社会发展的新局面，以优异成绩迎接中国共产党成立90周年！")]
    [InlineData("municipal/zhumadian_2014.txt", "面对改革发展的新形势，面对全市人民的新期待，我们深感责任重大、使命光荣。")]
    [InlineData("provincial/heilongjiang_2026.txt", "时代赋予使命，奋斗铸就辉煌。")]
    [InlineData("provincial/henan_2026.txt", "雄关漫道真如铁，而今迈步从头越。")]
    [InlineData("municipal/zhumadian_2017.txt", "站在新的起点上，我们的唯一选择只有奋勇向前、永不懈怠。")]
    [InlineData("provincial/xinjiang_2026.txt", "回望辉煌历程，我们砥砺奋进、成绩斐然，展望美好未来，我们信念如磐、斗志昂扬。")]
    [InlineData("provincial/gansu_2026.txt", "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上")]
    [InlineData("provincial/guizhou_2026.txt", "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）")]
    public void ACeremonialOrTransitionalSentenceIsNoneByRule(string file, string sentence)
    {
        Assert.Contains(sentence, SharedData.ReadText(Path.Combine("corpus", file)), StringComparison.Ordinal);
        ThemePrediction p = ThemeClassifier.Default.Classify(sentence);
        Assert.Equal(ThemeClassifier.None, p.Theme);
        Assert.Equal(1, p.Probability); // by rule, not by the model
    }

    [Theory]
    [InlineData("provincial/gansu_2026.txt", "单笔50万元以下拖欠企业账款全部清零。")]
    [InlineData("provincial/henan_2026.txt", "全面完成存量煤电项目优化改造，关停淘汰10万千瓦及以下燃煤机组。")]
    [InlineData("provincial/gansu_2026.txt", "我们要时刻清醒，我省生态文明建设仍处于压力叠加、负重前行的关键期，必须始终保持定力，不动摇、不松劲、不开口子，更好统筹高质量发展和高水平保护，坚决筑牢国家西部生态安全屏障。")]
    [InlineData("provincial/guangdong_2024.txt", "有力有效推进乡村全面振兴。")]
    [InlineData("municipal/zhumadian_2020.txt", "让我们的城市更显大气。")]
    [InlineData("provincial/xinjiang_2026.txt", "站在全局、着眼未来，新疆“十五五”发展必须着力推动经济实现质的有效提升和量的合理增长，推动人的全面发展、各族群众共同富裕迈出坚实步伐，更好统筹高水平安全和高质量发展。")]
    public void APolicySentenceIsNotProcedural(string file, string sentence)
    {
        Assert.Contains(sentence, SharedData.ReadText(Path.Combine("corpus", file)), StringComparison.Ordinal);
        Assert.False(ProceduralSentences.IsProcedural(sentence), sentence);
        Assert.NotEqual(ThemeClassifier.None, ThemeClassifier.Default.Classify(sentence).Theme);
    }

    [Theory]
    [InlineData("municipal/zhumadian_2015.txt", "推动经济持续健康发展，不断增进民生福祉，实现社会和谐安定,需要众志成城、合力向前。")]
    [InlineData("municipal/zhumadian_2025.txt", "推进中国式现代化建设驻马店实践的壮阔征程，我们每一个人都是主角，每一次拼搏都值得喝彩，每一束光芒都将照亮奋进之路。")]
    [InlineData("provincial/liaoning_2026.txt", "习近平总书记亲自为辽宁振兴发展擘画宏伟蓝图，让我们一起为梦想奋斗、为幸福打拼。")]
    [InlineData("gwr/2007.txt", "我们的使命崇高而神圣，我们的责任重大而光荣。")]
    [InlineData("gwr/2008.txt", "伟大的祖国已迈上新的历史征程，前景无限美好。")]
    public void ASentenceAfterTheLastSalutationOfAReportIsNoneWhereItStands(string file, string sentence)
    {
        // No cue knows these exhortations; they follow the report's last bare 各位代表！, with at most four sentences.
        string text = SharedData.ReadText(Path.Combine("corpus", file));
        int at = text.LastIndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at > text.LastIndexOf("各位代表！", StringComparison.Ordinal), sentence);
        Assert.False(ProceduralSentences.IsProcedural(sentence), sentence);
        ClassifiedSentence c = Assert.Single(ThemeClassifier.Default.ClassifyText(text), c => c.Start == at);
        Assert.Equal(ThemeClassifier.None, c.Theme);
        Assert.Equal(1, c.Probability);
    }

    [Fact]
    public void ALongPassageOfPolicyAfterTheLastSalutationKeepsItsThemes()
    {
        // The 1986 report follows its last 各位代表！ with 42 sentences on the plan, ideology, discipline, the army and
        // Taiwan: more than a closing (ProceduralSentences.ClosingMaximumSentences), so the model reads them.
        string text = SharedData.ReadText(Path.Combine("corpus", "gwr", "1986.txt"));
        int at = text.IndexOf("台湾是祖国不可分割的神圣领土。", StringComparison.Ordinal);
        Assert.True(at > text.LastIndexOf("各位代表！", StringComparison.Ordinal));
        ClassifiedSentence c = Assert.Single(ThemeClassifier.Default.ClassifyText(text), c => c.Start == at);
        Assert.NotEqual(ThemeClassifier.None, c.Theme);
    }

    [Fact]
    public void TheOpeningSalutationOfAShortTextOpensNoClosing()
    {
        // 各位代表： then two sentences: the salutation is at the start, not in the last part of the text.
        IReadOnlyList<ClassifiedSentence> c = ThemeClassifier.Default.ClassifyText("各位代表：\n大力发展职业教育，办好人民满意的学校。\n加快建设高标准农田，稳定粮食播种面积。");
        Assert.Equal(["none", "education", "agriculture"], c.Select(s => s.Theme));
    }

    private static readonly string CuesFile = Path.Combine(SharedData.RepositoryRoot, "src", "PolicyLens", "Analysis", "Themes", "procedural.txt");

    private static readonly string GeneratedFile = Path.Combine(SharedData.RepositoryRoot, "src", "PolicyLens", "Analysis", "Themes", "ProceduralSentences.Cues.cs");

    [Fact]
    public void TheGeneratedCuesAreProceduralTxt()
    {
        // The source-generated alternations are procedural.txt's cues as Compose joins them. After editing the cues,
        // this test writes the regenerated file and prints the command that puts it in place.
        (string anchored, string anywhere) = ProceduralSentences.Compose(File.ReadLines(CuesFile));
        string expected = GeneratedSource(anchored, anywhere);
        bool same = File.ReadAllText(GeneratedFile).ReplaceLineEndings("\n") == expected;
        string received = Path.Combine(Path.GetTempPath(), "ProceduralSentences.Cues.cs");
        if (!same)
        {
            File.WriteAllText(received, expected);
        }

        Assert.True(same, $"procedural.txt changed: mv {received} {GeneratedFile}");
    }

    [Fact]
    public void TheGeneratedCuesMarkTheSameSentencesAsTheCuesCompiledAtRunTime()
    {
        // Every sentence of every development report (national, provincial and municipal; never a held-out one): the
        // source-generated regular expressions mark the same ones procedural as the same patterns built with
        // RegexOptions.Compiled, as the cues were before they were source-generated.
        (string anchored, string anywhere) = ProceduralSentences.Compose(File.ReadLines(CuesFile));
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        Regex[] runtime = [new Regex(anchored, Options), new Regex(anywhere, Options)];
        int sentences = 0, procedural = 0;
        foreach (string folder in new[] { "gwr", "provincial", "municipal" })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(SharedData.Require("corpus"), folder), "*.txt").Where(f => !ThemeTrainingCorpus.IsHeldOut(f)))
            {
                string text = File.ReadAllText(file);
                foreach ((int start, int length) in ThemeSentences.Split(text))
                {
                    string sentence = text.AsSpan(start, length).Trim().ToString();
                    bool before = runtime.Any(r => r.IsMatch(sentence));
                    Assert.True(before == ProceduralSentences.IsProcedural(sentence), $"{Path.GetFileName(file)}: {sentence}");
                    sentences++;
                    procedural += before ? 1 : 0;
                }
            }
        }

        Assert.InRange(procedural, 100, sentences / 5);
    }

    private static string GeneratedSource(string anchored, string anywhere) => new StringBuilder()
        .Append("// Generated from procedural.txt by ProceduralSentencesTests.TheGeneratedCuesAreProceduralTxt: do not edit by hand.\n")
        .Append("using System.Text.RegularExpressions;\n\nnamespace PolicyLens.Analysis.Themes;\n\n")
        .Append("internal static partial class ProceduralSentences\n{\n")
        .Append("    internal const string AnchoredPattern = @\"").Append(anchored.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\";\n\n")
        .Append("    internal const string AnywherePattern = @\"").Append(anywhere.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\";\n\n")
        .Append("    [GeneratedRegex(AnchoredPattern, RegexOptions.CultureInvariant)]\n    private static partial Regex AnchoredCues();\n\n")
        .Append("    [GeneratedRegex(AnywherePattern, RegexOptions.CultureInvariant)]\n    private static partial Regex AnywhereCues();\n}\n")
        .ToString();
}
