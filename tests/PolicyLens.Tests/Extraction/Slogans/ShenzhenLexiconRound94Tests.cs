// Specifications of round 94's Shenzhen entries (issue 13, szlex94; tools/lexicon/curated/round94-szlex94.txt): Shenzhen's own
// recurring formulas, scoped to the city (@place 深圳) as round 22 scoped Zhumadian's, reported in the readable Shenzhen city
// and district reports (the opened sets unseen26j, 26k, 26l) and nowhere a text does not name 深圳 three times.
// Real reports and sentences of those readable texts (each file named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ShenzhenLexiconRound94Tests
{
    [Theory]
    // The district report naming the city least often (dapeng 2025, 19 times) and the others of the three sets.
    [InlineData("unseen/dapeng-gwr-2025.txt")]
    [InlineData("unseen/luohu-gwr-2025.txt")]
    [InlineData("unseen/pingshan-gwr-2021.txt")]
    [InlineData("unseen/baoan-gwr-2024.txt")]
    public void A_Shenzhen_district_report_names_the_city_often_enough_for_the_scope(string name)
    {
        string text = File.ReadAllText(SharedData.CorpusFile(name));
        int named = 0;
        for (int at = text.IndexOf("深圳", StringComparison.Ordinal); at >= 0; at = text.IndexOf("深圳", at + 2, StringComparison.Ordinal))
        {
            named++;
        }

        Assert.True(named >= Lexicon.PlaceMentionsNeeded * 5, $"{name} names 深圳 {named} times");
    }

    [Theory]
    // 打造医教研产深度融合的医学综合体 and 形成“医教研产”全流程生物医药产业链 (l4 codes both).
    [InlineData("unseen/pingshan-gwr-2021.txt", "医教研产", "医教研产", 2)]
    [InlineData("unseen/pingshan-gwr-2021.txt", "民生幸福标杆", "民生幸福标杆", 1)]
    // 聚焦“民生七有”，打造民生幸福标杆 (j3 codes it); futian's district version 打造民生幸福标杆城区 is reported whole.
    [InlineData("unseen/shenzhen-gwr-2022.txt", "民生幸福标杆", "民生幸福标杆", 1)]
    [InlineData("unseen/futian-gwr-2023.txt", "民生幸福标杆", "民生幸福标杆城区", 1)]
    // 扎实推进“个转企”“小升规”“规做精”“优上市” (j3), 抓牢“个转企”、“小升规”、“规做精”、“优上市”等关键环节 (k2).
    [InlineData("unseen/shenzhen-gwr-2022.txt", "优上市", "优上市", 1)]
    [InlineData("unseen/longhua-gwr-2024.txt", "优上市", "优上市", 1)]
    public void A_Shenzhen_formula_is_reported_in_the_city_reports(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void The_pair_of_instant_services_is_not_cut_in_two()
    {
        // unseen/guangming-gwr-2025: 新增“秒报秒批”23项 (l1 codes 秒报秒批): entries 秒报 and 秒批 would cut the pair, so round 94
        // dropped them; round 98's entry 秒报秒批 (round98-sz98.txt) reports the whole pair where the quoted finder did, the same
        // item at the same span (ReportedMentions), under either kind.
        IReadOnlyList<SloganMention> mentions = InReport("unseen/guangming-gwr-2025.txt");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface is "秒报" or "秒批");
        Assert.Contains(mentions, m => m.Kind is MentionKind.Lexicon or MentionKind.Quoted && m.Canonical == "秒报秒批");
    }

    [Theory]
    // unseen/shenzhen-gwr-2024, without the rest of its report: a sentence naming no place gets no Shenzhen entry.
    [InlineData("（九）坚持在发展中保障和改善民生，打造共建共治共享共同富裕的民生幸福标杆。", "民生幸福标杆")]
    // unseen/shenzhen-gwr-2024.
    [InlineData("加快“医教研产”融合发展，打造从基础研究到临床救治一体化的世界级医疗卫生高地。", "医教研产")]
    public void A_sentence_naming_no_place_gets_no_Shenzhen_entry(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }

    [Fact]
    public void Another_city_writing_the_words_gets_no_Shenzhen_entry()
    {
        // unseen/baoding-gwr-2022: 打造京津冀最具生活成本竞争力的民生幸福标杆城市, Baoding's own goal.
        Assert.DoesNotContain(InReport("unseen/baoding-gwr-2022.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "民生幸福标杆");
    }

    [Fact]
    public void The_reform_of_public_demands_is_left_to_the_quoted_finder()
    {
        // provincial/guangdong_2024 (names 深圳 often enough for the scope): 推广“民意速办”综合服务体系. An entry 民意速办 cut it to
        // the label, and took 民意速办平台 (an app by unseen26k's coders) in three district reports: dropped.
        Assert.DoesNotContain(InReport("provincial/guangdong_2024.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "民意速办");
    }

    [Fact]
    public void The_blue_sky_label_is_left_to_the_policy_finder()
    {
        // unseen/shenzhen-gwr-2024: 深入实施“深圳蓝”可持续行动 (j2 codes 深圳蓝可持续行动); an entry 深圳蓝 cut it to the label and was
        // dropped.
        Assert.Contains(InReport("unseen/shenzhen-gwr-2024.txt"), m => m.Kind == MentionKind.Policy && m.Surface.Contains("可持续行动", StringComparison.Ordinal) && m.Surface.Contains("深圳蓝", StringComparison.Ordinal));
    }
}
