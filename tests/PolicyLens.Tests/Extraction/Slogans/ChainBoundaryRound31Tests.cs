// Specifications of round 31 (issue 13, branch chainunits31): a chain of the lexicon (units joined by 、) is reported even
// where jieba's model for unknown words joins its first character to the word before it (为保 / 增长, 着力保 / 健康, 永葆敢
// / 闯): such a token ends inside the chain's first unit, which no reading of the sentence can keep whole. A single spelling
// still never starts inside a word. Sentences of gwr 2010, the development report guangdong_2023 and guangdong_2026.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ChainBoundaryRound31Tests
{
    [Theory]
    // gwr 2010; provincial/guangdong_2023.
    [InlineData("广大公务员兢兢业业、勤勉尽责，为保增长、保民生、保稳定作出了积极贡献。", "保增长、保民生、保稳定")]
    [InlineData("保障好群众的就医用药，着力保健康、防重症。深入开展爱国卫生运动。", "保健康、防重症")]
    public void A_chain_glued_to_the_word_before_it_is_reported(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Fact]
    public void A_place_chain_glued_to_its_verb_is_reported_in_the_place()
    {
        // provincial/guangdong_2026 (the entry is Guangdong's own: reported where the text names 广东).
        const string text = "广东要树立更高追求更高标准，永葆敢闯敢试、敢为人先的奋进姿态，在广东新征程上当好排头兵、先行地、实验区，为广东发展作贡献。";
        Assert.Contains(Outermost(text), m => m.Surface == "敢闯敢试、敢为人先");
    }

    [Fact]
    public void A_single_spelling_still_never_starts_inside_a_word()
    {
        // gwr 2016 shape: 全面深化改革 holds 深化改革, a word of its own only where the sentence cuts it so.
        Assert.DoesNotContain(Outermost("我们要推进全面深化改革。"), m => m.Surface == "面深化改革");
    }
}
