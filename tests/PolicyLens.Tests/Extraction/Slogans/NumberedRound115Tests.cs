// Specifications of round 115 (numattr115, issue 13): numbered labels the pool of 97 city work reports of 2024 (the public
// repository JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt; read, never copied into the repo) writes
// before the head or after the field that completes them (NumberedFinder.PilotsAndMethods.cs). Every place the two shapes fire
// in the pool (13: 3 pilots with their field, 10 labels with 工作法/工作方法) was read right as redrawn, each bare label they
// replace wrong (rounds 26, 27, 47 of the codebook); over every readable text neither shape fires (mention_changes.py: no change).
// A CHECK sample of the start build's numbered pool mentions (seed 11501, 100, none of rounds 113's and 114's samples;
// /work/round115/numattr115-check-judged.tsv) read 74/100 right before the rules, 77/100 after.
// Sentences of the pool are quoted with their city.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Numbered readings of round 115: a count of pilots with its field, a label with its 工作法.</summary>
public sealed class NumberedRound115Tests
{
    [Theory]
    // pool 资阳 (JiangGufan/digital-governance, 2024): the two pilots of the homestead system.
    [InlineData("重点改革扎实推进。稳慎推进农村宅基地制度“两项试点”，“房地一体”确权登记57.99万宗、完成率100%，流转盘活闲置宅基地1314宗。", "农村宅基地制度“两项试点”")]
    // pool 凉山: the same pilots, after the verb 依托.
    [InlineData("西昌依托农村宅基地“两项试点”推进土坯房大砖房改造被评为全省年度改革典型案例。", "农村宅基地“两项试点”")]
    // pool 黄石: a county-level city opening the field is the sentence's scope, not the field.
    [InlineData("稳慎推进大冶市农村宅基地“两项试点”、阳新县供销综合服务等试点，进一步激发农业农村发展活力。", "农村宅基地“两项试点”")]
    public void A_count_of_pilots_after_its_field_is_drawn_with_it(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> numbered = Numbered(sentence);
        Assert.Contains(numbered, m => m.Surface == surface);
        Assert.DoesNotContain(numbered, m => m.Surface == "两项试点");
    }

    [Fact]
    public void A_count_of_pilots_after_coordinated_fields_stays_bare()
    {
        // pool 阿坝: the count sums up both fields; 易地搬迁后续扶持 alone is not its field.
        IReadOnlyList<SloganMention> numbered = Numbered("创新推动全省特色产业发展和易地搬迁后续扶持“两大试点”，扎实推进汶川、理县省级乡村建设试点工作。");
        Assert.Contains(numbered, m => m.Surface == "两大试点");
        Assert.DoesNotContain(numbered, m => m.Surface.Contains("扶持“两大试点”", StringComparison.Ordinal));
    }

    [Theory]
    // pool 厦门: the method of managing projects.
    [InlineData("深化项目全生命周期管理，用好“两化三单”工作法和“项目之家”平台，全力促前期、促开工、促建设。", "“两化三单”工作法", "两化三单")]
    // pool 咸宁: a label of six characters (read by the compound walk, not the short quoted one).
    [InlineData("践行“深实严细久”工作标准和“五到四从四多”工作方法，深化“拼搏赶超”工作机制，扎实开展政府系统“空、蛮、懒、乱、假”专项整治。", "“五到四从四多”工作方法", "五到四从四多")]
    // pool 阜阳: the method as the subject of its sentence.
    [InlineData("“保交楼”交付率97%、位居全省第2。“四事四权”工作法全面推广，“五老法治诊所”“村嫂理事会”“红管家理事会”“邻里互助队”“板凳会”等基层首创做法不断涌现。", "“四事四权”工作法", "四事四权")]
    // pool 永州: closed by the full stop.
    [InlineData("深入落实安全生产责任制。用好“四双”工作法。推进安全生产治本攻坚三年行动。", "“四双”工作法", "四双")]
    public void A_label_before_its_working_method_is_drawn_with_it(string sentence, string surface, string label)
    {
        IReadOnlyList<SloganMention> numbered = Numbered(sentence);
        Assert.Contains(numbered, m => m.Surface == surface && m.Canonical == label && m.Label == label);
        Assert.DoesNotContain(numbered, m => m.Surface == label);
    }

    [Fact]
    public void A_formula_the_lexicon_lists_stays_itself_before_its_working_method()
    {
        // pool 广元: 四下基层 is a formula of its own; 工作方法 only repeats its kind (round 47's “单独两孩”生育政策).
        IReadOnlyList<SloganMention> mentions = Mentions("坚持一切从实际出发，深化运用“四下基层”工作方法，改进调查研究。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "四下基层");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("工作方法", StringComparison.Ordinal));
    }
}
