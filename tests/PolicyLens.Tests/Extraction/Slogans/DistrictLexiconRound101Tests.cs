// Specifications of round 101's district entries of 南山区 (issue 13, district101; tools/lexicon/curated/round101-district101.txt):
// the district's own goal vision and party-building brand, scoped to the district by its full name, reported in its readable
// report and nowhere a text does not name the district three times. Real sentences of unseen/nanshan-gwr-2024.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class DistrictLexiconRound101Tests
{
    [Theory]
    // The full name the scope needs (nanshan 5 times).
    [InlineData("unseen/nanshan-gwr-2024.txt", "南山区")]
    public void The_district_report_names_its_district_in_full_often_enough_for_the_scope(string name, string district)
    {
        Assert.True(TimesWritten(name, district) >= Lexicon.PlaceMentionsNeeded, $"{name} names {district} {TimesWritten(name, district)} times");
    }

    [Theory]
    // Why 罗湖区 and 坪山区 get no entry: their readable reports name the full name too seldom for any scope to fire.
    [InlineData("unseen/luohu-gwr-2025.txt", "罗湖区")]
    [InlineData("unseen/pingshan-gwr-2021.txt", "坪山区")]
    public void Luohu_and_Pingshan_reports_name_their_district_in_full_too_seldom_for_a_scope(string name, string district)
    {
        Assert.True(TimesWritten(name, district) < Lexicon.PlaceMentionsNeeded, $"{name} names {district} {TimesWritten(name, district)} times");
    }

    [Theory]
    // 围绕加快建成世界级创新型滨海中心城区目标愿景 and 加快建成世界级创新型滨海中心城区 (k4 codes both); 汇聚“跟党一起创业”的澎湃动力.
    [InlineData("unseen/nanshan-gwr-2024.txt", "世界级创新型滨海中心城区", "世界级创新型滨海中心城区", 2)]
    [InlineData("unseen/nanshan-gwr-2024.txt", "跟党一起创业", "跟党一起创业", 1)]
    public void A_Nanshan_formula_is_reported_in_its_report(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // unseen/nanshan-gwr-2024, without the rest of its report: a sentence naming no district gets no district entry.
    [InlineData("继续在更高起点、更高层次、更高目标上推进改革开放、创新发展，加快建成世界级创新型滨海中心城区，坚决在中国式现代化建设深圳实践中走在最前列，为强国建设、民族复兴作出新的更大贡献！", "世界级创新型滨海中心城区")]
    [InlineData("成立全市首个医疗器械产业创新链党委，将党组织建在创新链、产业链上，汇聚“跟党一起创业”的澎湃动力。", "跟党一起创业")]
    public void A_sentence_naming_no_district_gets_no_district_entry(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }
}
