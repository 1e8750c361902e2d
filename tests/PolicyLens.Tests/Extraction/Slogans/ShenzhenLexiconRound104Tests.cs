// Specifications of round 104's Shenzhen entries (issue 13, sz104; tools/lexicon/curated/round104-sz104.txt): the city's own
// goals, programmes and reforms that unseen26n's golds code (千园之城, 世界著名花城, 全国最干净城市, 区域文化中心城市,
// 区域性国资国企综合改革试验, 综合授权改革试点, 三名工程, 供深食品标准体系, 供深基地; @place 深圳) and two districts' positionings
// (深圳北部中心, @place 光明区; 深圳东部中心, @place 龙岗区), reported in the readable texts that name the place three times and
// nowhere else. Real sentences of the readable reports, each file named.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ShenzhenLexiconRound104Tests
{
    [Theory]
    // 新建公园117个、总数达1090个，建成“千园之城” (n4 codes it); 结合全市“打造世界著名花城”“千园之城”建设要求 (n3 codes both).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "千园之城", "千园之城", 1)]
    [InlineData("unseen/longgang-gwr-2021.txt", "千园之城", "千园之城", 1)]
    [InlineData("unseen/shenzhen-gwr-2020.txt", "世界著名花城", "世界著名花城", 1)]
    [InlineData("unseen/longgang-gwr-2021.txt", "世界著名花城", "世界著名花城", 1)]
    // 全国最干净城市和世界著名花城建设取得积极进展 (n4).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "全国最干净城市", "全国最干净城市", 1)]
    // 推动区域文化中心城市建设上水平 (n4, borderline); 打造区域文化中心城市。 (shenzhen 2022, a heading).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "区域文化中心城市", "区域文化中心城市", 1)]
    [InlineData("unseen/shenzhen-gwr-2022.txt", "区域文化中心城市", "区域文化中心城市", 1)]
    // 全面推进区域性国资国企综合改革试验 (n4 codes 2); 完成区域性国资国企综合改革试验任务 (j3 codes it).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "区域性国资国企综合改革试验", "区域性国资国企综合改革试验", 2)]
    [InlineData("unseen/shenzhen-gwr-2022.txt", "区域性国资国企综合改革试验", "区域性国资国企综合改革试验", 1)]
    // 用足用好综合授权改革试点和经济特区立法权 (n4 codes 4).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "综合授权改革试点", "综合授权改革试点", 4)]
    // 继续实施高水平医院建设计划和“三名工程” (n4); 深圳市医疗卫生“三名工程”高层次医学团队 and its annex note (j3 codes 2).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "三名工程", "三名工程", 1)]
    [InlineData("unseen/longgang-gwr-2025.txt", "三名工程", "三名工程", 2)]
    // 率先建立供深食品标准体系 … 完善供深食品标准体系 (n4 codes 2).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "供深食品标准体系", "供深食品标准体系", 2)]
    // 建成“供深基地”2处 (n1); 农产品“供深基地”3个以上 (l2).
    [InlineData("unseen/dapeng-gwr-2024.txt", "供深基地", "供深基地", 1)]
    [InlineData("unseen/futian-gwr-2023.txt", "供深基地", "供深基地", 1)]
    // 以打造世界一流科学城和深圳北部中心为目标 (n2 codes every use).
    [InlineData("unseen/guangming-gwr-2021.txt", "深圳北部中心", "深圳北部中心", 10)]
    // 城区功能品质与东部中心的定位还有差距; 加快建设创新龙岗、东部中心、产业高地、幸福家园 (n3); 加快建设深圳东部中心 (longgang 2025).
    [InlineData("unseen/longgang-gwr-2021.txt", "深圳东部中心", "东部中心", 2)]
    [InlineData("unseen/longgang-gwr-2025.txt", "深圳东部中心", "深圳东部中心", 5)]
    public void A_Shenzhen_formula_coded_in_unseen26n_is_reported_in_the_readable_texts(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // The readable sentences with no place named: no Shenzhen or district entry.
    [InlineData("全国最干净城市和世界著名花城建设取得积极进展，干净美丽、四季花开、满眼绿色的城市环境让市民更加满意。", "世界著名花城")]
    [InlineData("全国最干净城市和世界著名花城建设取得积极进展，干净美丽、四季花开、满眼绿色的城市环境让市民更加满意。", "全国最干净城市")]
    [InlineData("继续实施高水平医院建设计划和“三名工程”，先行先试国际前沿医疗技术。", "三名工程")]
    [InlineData("提出了以打造世界一流科学城和深圳北部中心为目标，加快建设综合性国家科学中心先行启动区。", "深圳北部中心")]
    [InlineData("塑造与深圳东部中心相匹配的城区形象。高水平规划建设中心区。", "深圳东部中心")]
    public void A_sentence_naming_no_place_gets_no_entry(string sentence, string canonical)
    {
        Assert.False(ReportsEntry(sentence, canonical), $"{canonical} reported in {sentence}");
    }

    [Fact]
    public void Another_district_writing_the_positioning_gets_no_district_entry()
    {
        // pingshan 2021 writes 深圳东部中心 as Pingshan's own positioning (l4 codes it inside its chain of three) but names 龙岗区
        // nowhere: the 龙岗区 entry is not reported there (left to what reported it before).
        Assert.Equal(0, Reported("unseen/pingshan-gwr-2021.txt", "深圳东部中心", "深圳东部中心"));
    }
}
