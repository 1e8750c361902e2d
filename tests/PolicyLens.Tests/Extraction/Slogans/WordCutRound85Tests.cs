// Specifications of round 85's work on long lexicon spellings that end or start inside a word (cut85, issue 13): a spelling
// longer than four characters is not reported where its last word and the quality suffix 性 after it are one word of the
// plain segmentation (产业链供应链稳定|性), and is still reported where the text's word runs on into a head the codebook lets a
// formula take (“菜篮子”工程|建设) or into ordinary words. Sentences of the readable texts (the file each comes from is named).
// The survey of every lexicon mention of the start build that ends or starts inside a word, classed by what runs on, with the
// golds' coding and the judged verdicts there, is round85-cut85.txt beside this file.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class WordCutRound85Tests
{
    [Theory]
    // unseen/cpc-real-economy-speech-2026 (unseen26b codes the longer 产业链供应链稳定性和现代化水平, not the bare spelling).
    [InlineData("推动制造业加速向数字化、网络化、智能化发展，提高产业链供应链稳定性和现代化水平。")]
    // unseen/shenzhen-gwr-2022 (unseen26k leaves the bare spelling uncoded here; judged wrong, cut inside 稳定性).
    [InlineData("二是解决关键核心技术“卡脖子”问题还需要时间，产业链供应链稳定性和竞争力有待进一步提升。")]
    public void A_long_spelling_cut_from_a_quality_noun_is_not_reported(string text)
    {
        int at = text.IndexOf("产业链供应链稳定性", StringComparison.Ordinal);
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Start <= at + 6 && at + 6 < m.End);
    }

    [Theory]
    // gwr/2021 and unseen/hebei-gwr-2023: the goal of keeping the chains stable, the word ending at the spelling's end.
    [InlineData("完成中欧投资协定谈判。维护产业链供应链稳定，对外贸易和利用外资保持增长。")]
    [InlineData("建立督导服务机制，做好能源电力保供、产业链供应链稳定等工作，全力为企业纾难解困。")]
    public void The_same_spelling_ending_on_a_word_boundary_is_still_reported(string text)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "产业链供应链稳定" && m.Canonical == "产业链供应链");
    }

    [Theory]
    // unseen/gd-baiqianwan-mobilisation-2023 (coded): 工程建设 is one word, but 建设 is a head the codebook leaves out.
    [InlineData("抓好生猪和“菜篮子”工程建设，不断提升保供能力。", "“菜篮子”工程")]
    // unseen/shenzhen-gwr-2025 (coded): 国债资金 is one word; the bonds are the named policy, 资金 their money.
    [InlineData("统筹用好超长期特别国债资金和财政专项资金，推动1300家企业开展技术改造。", "超长期特别国债")]
    // unseen/guangdong-gwr-2025 (coded four times): 服务水平 is one word, 水平 the measure a sentence adds.
    [InlineData("新增普惠性托位超1000个，推动提升普惠托育服务水平。", "普惠托育服务")]
    public void A_long_spelling_whose_last_word_runs_on_into_another_noun_is_still_reported(string text, string surface)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
