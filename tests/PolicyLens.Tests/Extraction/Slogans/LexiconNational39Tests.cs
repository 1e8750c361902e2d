// Specifications of tools/lexicon/curated/round39-national39.txt (issue 13, round 39): established national vocabulary the lexicon
// lacked, found by reading gwr 2023 part II, 2017 and 2016 and by checking the coders' unmatched items against the national texts —
// the 新型政商关系 of gwr 2016/2017 (written 亲清统一的新型政商关系 in the provinces), 巨灾保险 (gwr 2014-2016), and the 19th
// congress's 人人尽责、人人享有 used alone. Sentences of the national corpus, the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconNational39Tests
{
    [Theory]
    // gwr 2017.
    [InlineData("积极构建新型政商关系。", "新型政商关系", "新型政商关系")]
    // provincial/xinjiang_2026: the provincial wording is one item, reported whole under the national term.
    [InlineData("加快构建亲清统一的新型政商关系，以实实在在的成效赢得广大人民群众和企业的支持和信赖。", "亲清统一的新型政商关系", "新型政商关系")]
    // gwr 2016.
    [InlineData("建立巨灾保险制度。", "巨灾保险制度", "巨灾保险")]
    // unseen/guangdong-gwr-2025.
    [InlineData("丰富巨灾保险保障形式，探索建立多渠道多层次的巨灾保险保障机制。", "巨灾保险", "巨灾保险")]
    // unseen/cpc-livelihood-speech-2026 (the 19th Party Congress report writes the same sentence).
    [InlineData("坚持人人尽责、人人享有，坚守底线、突出重点、完善制度、引导预期，完善公共服务体系，保障群众基本生活。", "人人尽责、人人享有", "人人尽责、人人享有")]
    public void National_terms_the_lexicon_lacked_are_reported_whole(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Fact]
    // the 19th Party Congress report: 亲清新型政商关系 stays the older entry 亲清政商关系.
    public void The_older_qinqing_wording_keeps_its_entry()
    {
        Assert.Contains(Outermost("构建亲清新型政商关系，促进非公有制经济健康发展和非公有制经济人士健康成长。"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "亲清新型政商关系" && m.Canonical == "亲清政商关系");
    }

    [Theory]
    // provincial/guangdong_2023: inside the longer established chain the chain stays the item, and the unit is not reported alone.
    [InlineData("建设人人有责、人人尽责、人人享有的社会治理共同体。", "人人有责、人人尽责、人人享有", "人人尽责、人人享有")]
    public void Inside_the_longer_chain_the_chain_is_reported(string text, string chain, string unit)
    {
        var outermost = Outermost(text);
        Assert.Contains(outermost, m => m.Surface.StartsWith(chain));
        Assert.DoesNotContain(outermost, m => m.Surface == unit);
    }
}
