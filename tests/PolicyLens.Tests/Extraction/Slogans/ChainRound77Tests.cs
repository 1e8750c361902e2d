// Specifications of round 77's chain work (chain77, issue 13): fixed chains of national discourse the readable golds code whole
// wherever a gold covers them and the build reported nothing at (tools/lexicon/curated/round77-chain77.txt), each written in two
// or more readable documents. Sentences of the readable texts (the file each comes from and the gold that codes it are named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ChainRound77Tests
{
    [Theory]
    // unseen/guangdong-gwr-2025 (coded by unseen26h-h1).
    [InlineData("坚持“三个区分开来”，为担当者担当、为干事者撑腰，让想干事、会干事的干部能干事、干成事。", "为担当者担当、为干事者撑腰")]
    // unseen/baoan-gwr-2024 (coded by unseen26k-k3; the text joins the units with ，).
    [InlineData("落实细化“三个区分开来”，为担当者担当，为负责者负责，为干事者撑腰，让干部轻装上阵，一门心思干事业。", "为担当者担当，为负责者负责，为干事者撑腰")]
    // unseen/hebei-gwr-2022 (coded by unseen26f-f1, in its own order).
    [InlineData("完善担当作为激励机制和容错纠错机制，为负责者负责，为干事者撑腰，为担当者担当。", "为负责者负责，为干事者撑腰，为担当者担当")]
    // unseen/longhua-gwr-2024 (coded by unseen26k-k2); the 20th Party Congress report writes it too.
    [InlineData("加强廉洁文化建设，积极引导公职人员明大德、守公德、严私德，做到心存敬畏、手握戒尺、慎独慎微、勤于自省。", "明大德、守公德、严私德")]
    // unseen/cpc-reform-decision-explanation-2024 (coded by unseen26i-i2); the Third Plenum decision writes it too.
    [InlineData("深化干部人事制度改革，鲜明树立选人用人正确导向，大力选拔政治过硬、敢于担当、锐意改革、实绩突出、清正廉洁的干部，着力解决干部乱作为、不作为、不敢为、不善为问题；", "政治过硬、敢于担当、锐意改革、实绩突出、清正廉洁")]
    // unseen/cpc-july1-speech-2026 (coded by unseen26-cpc-docs); the 16th Party Congress report writes it too.
    [InlineData("积极识变应变求变，锐意开拓进取，推动党的各项工作体现时代性、把握规律性、富于创造性，引领国家和民族在历史前进的逻辑中前进。", "体现时代性、把握规律性、富于创造性")]
    // unseen/cpc-livelihood-speech-2026 (coded by unseen26b-cpc-speeches); the 19th Party Congress report writes it too.
    [InlineData("保障和改善民生要抓住人民最关心最直接最现实的利益问题，既尽力而为，又量力而行，一件事情接着一件事情办，一年接着一年干。", "一件事情接着一件事情办，一年接着一年干")]
    // unseen/cpc-agricultural-power-speech-2022 (coded by unseen26i-i1); provincial/guangdong_2024 writes it too.
    [InlineData("强国必先强农，农强方能国强。", "强国必先强农，农强方能国强")]
    public void The_fixed_national_chain_is_reported_whole(string text, string chain)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == chain);
    }

    [Fact]
    // A chain of verbs on one shared object is no formula by its shape: unseen/gd-baiqianwan-decision (unseen26) leaves this
    // one uncoded, as it does 重视青年、关心青年、支持青年 and 选择广东、扎根广东、深耕广东 elsewhere; no rule reads the shape.
    public void A_chain_of_verbs_on_one_object_written_once_is_no_mention()
    {
        const string text = "贯彻落实以人民为中心的发展思想，相信群众、发动群众、依靠群众，把工作着力点放在发展城乡经济、改善环境、保障民生、富民增收上，让城乡全体居民共享改革发展成果。";
        Assert.DoesNotContain(Outermost(text), m => m.Surface.Contains("发动群众、", StringComparison.Ordinal));
    }
}
