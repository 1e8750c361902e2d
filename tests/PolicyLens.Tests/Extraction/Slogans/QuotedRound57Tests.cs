// Specifications of round 57 (issue 13, branch quoted57): the handle of an app, account or online platform in quotation marks
// names no policy (the codebook does not code apps) — one that opens with @ (“@深圳—民意速办”) or with a small i before Han
// words, the way Shenzhen and its districts brand their apps (“i深圳”, “i南山”, “i福田”) (QuotedFinder.IsAppHandle). An i
// inside the words (“深i暖流”行动, a campaign the gold codes) is no handle. The reform a handle holds (民意速办) is no lexicon
// entry, so shenzhen-gwr-2024's gold row 民意速办 | @深圳—民意速办 loses that occurrence (round 57's report names it). Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedRound57Tests
{
    [Theory]
    // shenzhen-gwr-2024 (unseen26j): the city's service app; a judge of unseen26j read it as an app's name, no policy.
    [InlineData("全面实施民生诉求综合服务改革，“@深圳—民意速办”实现“一张工单跟到底”，诉求服务像网购一样全过程可视可溯。", "@深圳—民意速办")]
    // baoan-gwr-2024 (unseen26k): the district's platform; a judge of unseen26k read it as the name of an app or platform.
    [InlineData("“@宝安—民意速办平台”办理民生诉求35.6万件、满意率99.9%。", "@宝安—民意速办平台")]
    // shenzhen-gwr-2024 (unseen26j): the city's government app.
    [InlineData("“不见面审批”事项占比达98.6%，可通过电子证照办理事项超90%，“i深圳”上线9种外语服务版本，深圳在全国重点城市一体化政务服务能力评估中实现“五连冠”。", "i深圳")]
    // nanshan-gwr-2024 (unseen26k): the district's service platform.
    [InlineData("搭建“i南山”企业服务综合平台，推出近80项涉企服务，企业“找政策、找空间、找资金、找人才、找市场、找服务”一键直达、快速方便。", "i南山")]
    // futian-gwr-2023 (unseen26l): the district's mini programme.
    [InlineData("加强数字基础设施建设，完成 5G 政务专网全域覆盖，新建公共安全、公共交通、经济发展等领域智能应用10个以上，推动“i福田”小程序用户突破500万。", "i福田")]
    public void An_app_handle_is_no_item(string text, string handle)
    {
        Assert.Equal("app-handle", Reason(text, handle));
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Quoted && m.Surface.Contains(handle, StringComparison.Ordinal));
    }

    [Fact]
    // shenzhen-gwr-2025 (unseen26j): a campaign with an i inside its words; its gold codes 深i暖流行动 (the policy finder's mention).
    public void An_i_inside_the_words_is_no_handle()
    {
        const string text = "开展“深i暖流”行动，“暖蜂驿站”、“司机之家”、职工服务中心为新就业群体和一线劳动者暖心筑家，来了就是深圳人、幸福不落一个人。";
        Assert.False(QuotedFinder.IsAppHandle("深i暖流"));
        Assert.NotEqual("app-handle", Reason(text, "深i暖流"));
        Assert.Contains(Mentions(text), m => m.Canonical == "深i暖流行动");
    }
}
