using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>Normalisation: each repair on its own, on the corpus's real forms, with offsets that still point at the original.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("增长７％左右", "增长7%左右")]
    [InlineData("１９９７年", "1997年")]
    [InlineData("ＧＤＰ增长６．５％", "GDP增长6.5%")]
    [InlineData("本届政府从1 9 9 3 年3 月就职", "本届政府从1993年3月就职")]
    [InlineData("经济增长速度8 ％", "经济增长速度8%")]
    [InlineData("增长6%－6.5%", "增长6%~6.5%")]
    [InlineData("1978—1980年", "1978~1980年")]
    [InlineData("本年１——５月份", "本年1~5月份")]
    [InlineData("5.0%–5.5%", "5.0%~5.5%")]
    [InlineData("10～15%", "10~15%")]
    [InlineData("2020-01-10", "2020-01-10")]           // an ASCII hyphen is left alone
    [InlineData("通过了——这是", "通过了——这是")]        // a dash between words is not a range
    [InlineData("20，300", "20，300")]                  // Chinese punctuation stays: two numbers
    [InlineData("同志们：（一）", "同志们：（一）")]
    [InlineData("习\u3000近\u3000平", "习 近 平")]
    [InlineData("零\u200B宽\uFEFF字符", "零宽字符")]
    [InlineData("第一行\r\n\r\n第二行。", "第一行\n\n第二行。")]
    [InlineData("\n\n\n标题。\n\n\n\n正文。\n\n", "标题。\n\n正文。")]
    [InlineData("   缩进的段落。  ", "缩进的段落。")]
    public void Each_repair_gives_the_clean_form(string original, string clean)
    {
        Assert.Equal(clean, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void A_hit_in_the_clean_text_maps_back_to_its_spaced_full_width_original()
    {
        const string original = "二、关于1 9 9 8 年政府工作的建议，增长8 ％。";
        NormalizedText n = TextNormalizer.Normalize(original);
        int hit = n.Text.IndexOf("1998年", StringComparison.Ordinal);
        (int s, int l) = n.Map.ToOriginal(hit, 5);
        Assert.Equal("1 9 9 8 年", original.Substring(s, l));
        int pct = n.Text.IndexOf("8%", StringComparison.Ordinal);
        (s, l) = n.Map.ToOriginal(pct, 2);
        Assert.Equal("8 ％", original.Substring(s, l));
        Assert.Equal((5, 1), (n.Count(RepairKind.SpacedNumber), n.Count(RepairKind.FullWidth)));
    }

    [Fact]
    public void Every_repair_is_recorded_with_both_places()
    {
        const string original = "增长７％\u200B左右";
        NormalizedText n = TextNormalizer.Normalize(original);
        Assert.Equal(
        [
            new TextRepair(RepairKind.FullWidth, 2, 2, 2, 2),
            new TextRepair(RepairKind.InvisibleCharacter, 4, 1, 4, 0),
        ], n.Repairs);
    }

    [Fact]
    public void A_traditional_report_is_folded_so_simplified_terms_match_it()
    {
        string text = SharedData.ReadText("corpus/gwr/1954.txt");
        Assert.Contains("社會主義", text, StringComparison.Ordinal);
        NormalizedText n = TextNormalizer.Normalize(text);
        Assert.Contains("社会主义", n.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("社會主義", n.Text, StringComparison.Ordinal);
        Assert.Equal(text.Length - (text.Length - n.Text.Length), n.Text.Length); // folding alone changes no length
        int hit = n.Text.IndexOf("社会主义", StringComparison.Ordinal);
        (int s, int l) = n.Map.ToOriginal(hit, 4);
        Assert.Equal("社會主義", text.Substring(s, l));
        Assert.True(n.Count(RepairKind.VariantFold) > 1000);
    }

    [Fact]
    public void A_simplified_text_is_not_folded_by_default()
    {
        // 乾 is a traditional form of 干, but in a simplified text it is 乾隆's 乾.
        NormalizedText n = TextNormalizer.Normalize("乾隆年间的社会主义建设。");
        Assert.Equal("乾隆年间的社会主义建设。", n.Text);
        Assert.Equal("干隆年间", TextNormalizer.Normalize("乾隆年间", NormalizationOptions.Default with { VariantFolding = VariantFolding.Always }).Text);
        Assert.Equal("社会主义", VariantFold.Fold("社會主義"));
    }

    [Theory]
    [InlineData("结束语\n\n各位代表：我们的任务十分艰巨。")]
    [InlineData("一、2018年工作回顾\n\n过去一年是全面贯彻党的十九大精神开局之年。")]
    [InlineData("各位代表：\n\n现在，我代表国务院向大会报告政府工作。")]
    [InlineData("政府工作报告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理李克强\n\n各位代表：")]
    [InlineData("我们取得了很大成绩。\n\n二\n\n下面我首先讲一讲。")]
    [InlineData("衡阳市第十五届人民代表大会第七次会议关于政府工作报告的决议\n\n(市十五届人大七次会议通过)\n\n衡阳市第十五届人民代表大会第七次会议听取了报告。")]
    [InlineData("# Title\n\nSome text.")]
    public void Real_paragraph_breaks_headings_and_title_lines_are_kept(string text)
    {
        NormalizedText n = TextNormalizer.Normalize(text);
        Assert.Equal(text, n.Text);
        Assert.Equal(0, n.Count(RepairKind.LineJoin));
    }

    [Theory]
    [InlineData("我们要把“两个维\n\n护”作为最高的政治原则。", "我们要把“两个维护”作为最高的政治原则。")]
    [InlineData("全力以赴打好“三大攻坚战”，\n\n勠力同心推进创文。", "全力以赴打好“三大攻坚战”，勠力同心推进创文。")]
    [InlineData("财政收支矛盾较大，经\n\n济金融风险隐患不容忽视。", "财政收支矛盾较大，经济金融风险隐患不容忽视。")]
    [InlineData("光缆线路550\n\n多万公里。", "光缆线路550多万公里。")]
    [InlineData("批准2020年国民经济和社会发展计划\n\n。", "批准2020年国民经济和社会发展计划。")]
    [InlineData("Lines split by a\nscraper.", "Lines split by a scraper.")]
    public void Breaks_inside_a_sentence_or_word_are_joined(string text, string joined)
    {
        Assert.Equal(joined, TextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void Clean_reports_need_few_joins_and_stay_whole()
    {
        // The corpus was cleaned by its scraper; the joins left are its real breaks (2017: 竞\n\n争, 稳\n\n定 …).
        int joins = 0;
        foreach (string file in Directory.GetFiles(SharedData.Require("corpus/gwr"), "20*.txt"))
        {
            joins += TextNormalizer.Normalize(File.ReadAllText(file)).Count(RepairKind.LineJoin);
        }

        Assert.InRange(joins, 20, 40);
    }

    [Fact]
    public void Every_step_can_be_turned_off()
    {
        var none = new NormalizationOptions
        {
            FoldFullWidth = false, JoinSpacedNumbers = false, MarkRangeSeparators = false, RepairLineBreaks = false,
            RemoveDuplicateParagraphs = false, VariantFolding = VariantFolding.None,
        };
        const string text = "增长７％，1 9 9 8 年，6%－6.5%，两个维\n\n护";
        Assert.Equal(text, TextNormalizer.Normalize(text, none).Text);
    }

    // The character and range steps jump from one character they act on to the next (a vectorised search): each such
    // character is repaired wherever it stands, deep inside a long report as at its start.
    [Theory]
    [InlineData("\u00AD", "")]
    [InlineData("\u2060", "")]
    [InlineData("\u200C", "")]
    [InlineData("\u00A0", " ")]
    [InlineData("\u202F", " ")]
    [InlineData("\u205F", " ")]
    [InlineData("\u2005", " ")]
    [InlineData("Ｗ", "W")]
    [InlineData("6%－6.5%", "6%~6.5%")]
    public void Each_character_a_step_acts_on_is_repaired_anywhere_in_a_long_text(string written, string clean)
    {
        string paragraph = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。";
        string filler = string.Concat(Enumerable.Range(1, 400).Select(i => $"第{i}条：{paragraph}\n"));
        string original = "今年增长" + written + "左右。\n" + filler + "明年增长" + written + "左右。";
        string expected = "今年增长" + clean + "左右。\n" + filler + "明年增长" + clean + "左右。";
        Assert.Equal(expected, TextNormalizer.Normalize(original).Text);
    }

    [Fact]
    public void A_reprinted_paragraph_is_kept_once_and_a_truncated_reprint_dropped()
    {
        string first = "二、二〇二四年政府工作任务。今年发展主要预期目标是：国内生产总值增长5%左右。";
        string second = "我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。";
        string text = first + "\n\n" + second + "\n\n" + first + "\n\n" + second[..25];
        Assert.Equal(first + "\n\n" + second, TextNormalizer.Normalize(text).Text);
    }
}
