// Re-runs the extractor over hand-judged mentions (Gold/mentions-*.tsv): what a reader judged right stays reported with
// the same kind and boundaries, what was judged wrong and has been fixed stays out.
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Mentions of the development texts judged one by one against the codebook (right item and right boundaries): a seeded
/// random sample of 30 per kind (twice), and every pattern mention of three reports set aside before the finders' precision
/// rules were written, every pattern mention of two more set aside before the second round, every parallel and quoted mention of two set aside
/// before the third, every numbered and policy mention of one set aside before the fourth, every policy mention of two set aside
/// before the fifth (finders), every parallel, numbered and quoted mention of two more set aside before the fifth (precision), every parallel, policy
/// and quoted mention of two set aside before the seventh, every parallel, numbered, quoted and policy mention of two set aside before
/// the eighth, every parallel, numbered, quoted and policy mention of two set aside before the eleventh, and
/// development mentions that specify the second, fourth and fifth rounds' rules and the tenth policy round's boundaries. The files' comments give how they were drawn and the precision measured on them. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the open errors. Verdicts: <c>right</c> (must stay reported),
/// <c>wrong</c> (must stay out), <c>wrong-open</c> (wrong, still reported: a known error), <c>right-lost</c> (right, no longer
/// reported as this kind by a round's documented decision: a recall loss or a span now reported as another kind; counted).
/// </summary>
public sealed class JudgedMentionTests(ITestOutputHelper output)
{
    // Canonical: the form the judge saw the mention counted under (empty in the older files that have no such column).
    private sealed record Judged(string File, int Start, int End, MentionKind Kind, string Surface, string Verdict, string Reason, string Canonical = "");

    private static string GoldDirectory => Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold");

    // The judged files that specify the rules (development samples and the reports set aside before each round) and the
    // held-out samples, which are evidence only (their own theory below). A new judged file goes in one of the two lists.
    private static readonly string[] Specifications =
    [
        "mentions-dev-sample.tsv",
        "mentions-set-aside.tsv",
        "mentions-set-aside-from-dev.tsv",
        "mentions-set-aside-2.tsv",
        "mentions-dev-round2.tsv",
        "mentions-set-aside-3.tsv",
        "mentions-dev-round4.tsv",
        "mentions-set-aside-4.tsv",
        "mentions-dev-round5.tsv",
        "mentions-set-aside-6.tsv",
        "mentions-set-aside-5.tsv",
        "mentions-set-aside-7.tsv",
        "mentions-set-aside-8.tsv",
        "mentions-set-aside-9.tsv",
        "mentions-set-aside-11.tsv",
        "mentions-dev-recall8.tsv",
        "mentions-dev-round10.tsv",
        "mentions-dev-recall11.tsv",
        "mentions-dev-round12.tsv",
        "mentions-dev-round13-policy.tsv",
        "mentions-dev-round13-parallel.tsv",
        "mentions-dev-recall13.tsv",
        "mentions-dev-round13-lexicon.tsv",
        "mentions-dev-round13b-policy.tsv",
        "mentions-dev-lexrecall13.tsv",
        "mentions-dev-lexrecall13b.tsv",
        "mentions-dev-policy14.tsv",
        "mentions-dev-policy14b.tsv",
        "mentions-dev-policy14c.tsv",
        "mentions-dev-lexrecall14.tsv",
        "mentions-dev-recall14.tsv",
        "mentions-dev-repeat14.tsv",
        "mentions-dev-parallel14b.tsv",
        "mentions-dev-parallel15.tsv",
        "mentions-dev-parallel15b.tsv",
        "mentions-dev-policy15.tsv",
        "mentions-dev-policy15b.tsv",
        "mentions-dev-recall15.tsv",
        "mentions-dev-lexrecall15.tsv",
        "mentions-dev-parallel15c.tsv",
        "mentions-dev-parallel16.tsv",
        "mentions-dev-numbered15.tsv",
        "mentions-dev-numbered15b.tsv",
        "mentions-dev-quoted16.tsv",
        "mentions-dev-headed16.tsv",
        "mentions-dev-recall16b.tsv",
        "mentions-dev-variant16.tsv",
        "mentions-dev-local16.tsv",
        // Round 17 (designation17): a formula inside a designation label reported as the label, or nothing in a place's title.
        "mentions-dev-designation17.tsv",
        "mentions-dev-fresh17.tsv",
        "mentions-dev-parallel17-blind.tsv",
        "mentions-dev-parallel17.tsv",
        "mentions-dev-parallel18.tsv",
        "mentions-dev-fresh17b.tsv",
        "mentions-dev-fresh18b.tsv",
        // Round 17 (quoted17): counted chains, qualified principles, focus labels and sentence goals in quotation marks.
        "mentions-dev-quoted17.tsv",
        // Round 18 (fresh18): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall18.tsv.
        "mentions-dev-fresh18.tsv",
        // Round 18 (boundary18): a numeral label reported with the joining word after it (“三网”融合), a reach with its circle.
        "mentions-dev-boundary18.tsv",
        // Round 18c (fresh18c): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall18c.tsv.
        "mentions-dev-fresh18c.tsv",
        // Round 19 (quoted19): quoted labels a report runs as campaigns, service promises before 事项, labels adopted together.
        "mentions-dev-quoted19.tsv",
        // Round 19 (lexmiss19): a short variant that is a contraction of its entry's name or an acronym (低保, 新农合, RCEP) is
        // a word of its own before a noun; 服务, 体系, 教育 and 改造 are generic words after a formula (科技金融服务).
        "mentions-dev-lexmiss19.tsv",
        // Round 19 (parallel19): every parallel mention of the development and national text, read against the round's rules
        // (titles or places, qualities and landscapes, a frame noun of another clause, a repetition inside other words).
        "mentions-dev-parallel19.tsv",
        // Round 19 (headed19): policy documents named without 《》: counted nicknames (policy) and document heads (titled).
        "mentions-dev-headed19.tsv",
        // Round 19 (national19): formulas of national currency from the misses of the dev and dev-recall* splits, rejections reversed.
        "mentions-dev-national19.tsv",
        // Round 19 (fresh19): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall19-gansu.tsv.
        "mentions-dev-fresh19.tsv",
        // Round 19b (fresh19b): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall19-guizhou.tsv.
        "mentions-dev-fresh19b.tsv",
        // Round 19 (fresh19c): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall19-heilongjiang.tsv.
        "mentions-dev-fresh19c.tsv",
        // Round 20 (longer20): a formula inside a longer written form of itself: an ordinal label of the shape the entry's
        // spellings give it (“九五”普法, “八五”普法规划) is reported with the formula, neither alone.
        "mentions-dev-longer20.tsv",
        // Round 20 (quoted20): quoted labels named as practices (“…”等做法/模式), the problem a campaign targets, labels in a run.
        "mentions-dev-quoted20.tsv",
        // Round 20 (chain20): five-character frames (资源变资产…) as parallel; its mirrored pairs, taken out in review, must stay out.
        "mentions-dev-chain20.tsv",
        // Round 20 (national20): formulas of national currency from the misses of the dev and dev-recall* splits, rejections reversed.
        "mentions-dev-national20.tsv",
        // Round 20 (fresh20): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall20-shaanxi.tsv.
        "mentions-dev-fresh20.tsv",
        // Round 20 (fresh20b): lexicon entries and a spelling curated from the misses of Gold/formulas-dev-recall20-xinjiang.tsv.
        "mentions-dev-fresh20b.tsv",
        // Round 20 (fresh20c): lexicon entries and spellings curated from the misses of Gold/formulas-dev-recall20-guangdong2023.tsv.
        "mentions-dev-fresh20c.tsv",
        // Round 21 (alias21): short references (《纲要草案》, 《纲要（草案）》, 省委《建议》) to a document titled in full earlier in
        // the same report, counted as the full item (subtype alias).
        "mentions-dev-alias21.tsv",
        // Round 21 (fewer21): repeats of a quoted numbered label (bare, four or more Han characters) and of a quoted programme's
        // label written again in quotation marks (“辽宁优品”), not before the programme's head (“十百千万”工程项目).
        "mentions-dev-fewer21.tsv",
        // Round 21 (devlex21b): lexicon entries and spellings for items the development gold codes (part b of the candidates).
        "mentions-dev-devlex21b.tsv",
        // Round 21 (devlex21a): lexicon entries and spellings for items the development gold codes (candidates part a).
        "mentions-dev-devlex21a.tsv",
        // Round 21 (devlex21c): lexicon entries and spellings from part c of the development-gold items no lexicon spelling held.
        "mentions-dev-devlex21c.tsv",
        // Round 22 (place22a): Zhumadian's own recurring formulas as lexicon entries scoped to 驻马店 (@place), section 1 of the candidates.
        "mentions-dev-place22a.tsv",
        // Round 22 (place22b): Zhumadian's own recurring formulas (section 2 of the place's candidates), scoped to the place.
        "mentions-dev-place22b.tsv",
        // Round 22 (place22c): Guangdong's own recurring formulas, lexicon entries scoped to 广东 (and two cross-regional ones).
        "mentions-dev-place22c.tsv",
        // Round 22 (heldback22): the entries rounds 19-21 held back because they redraw a mention the tool reports (designation
        // labels with their level, documents and names written whole); the redrawn held-out mentions are the lead's to re-judge.
        "mentions-dev-heldback22.tsv",
        // Round 23 (designation23): designation labels and goal positions a level word or goal verb frames, proposed whole.
        "mentions-dev-designation23.tsv",
        // Round 23 (chain23): marked chains the parallel finder now admits (a lexicon chain's variant, quoted two-character units, four-character units named a principle).
        "mentions-dev-chain23.tsv",
        // Round 23 (programme23): programme names after an introducing verb in more frames (second names, campaign years X年).
        "mentions-dev-programme23.tsv",
        // Round 23 (kind23, the lead): the entries rounds 21-22 held back because they change a right mention's kind.
        "mentions-dev-kind23.tsv",
        // Round 24 (place24): place campaigns on every lexicon W中国 word and a few rebranded ones, provinces' literary names, 新 + place goals.
        "mentions-dev-place24.tsv",
        // Round 24 (numlabel24): quoted numeral labels (“14+1”, “1+3”, “51020”, “3个100”, “4050”) no longer refused as counts.
        "mentions-dev-numlabel24.tsv",
        // Round 24 (inside24): formulas reported only inside a longer mention or as a shorter one (qualified entries, a place's version of modernisation).
        "mentions-dev-inside24.tsv",
        // Round 25 (programme25): programme names kept whole over their own action before the head (…提升工程) and a bracketed alternative (规上（限上）).
        "mentions-dev-programme25.tsv",
        // Round 26 (prec26l): kinds of farm, cooperative and centre counted or listed are no entries; 住房公积金制度改革 its own entry.
        "mentions-dev-prec26l.tsv",
        // Round 26 (prec26n): a generic quoted count label (“三项制度”, “六大工程”, “两区”) reported with the field written before it.
        "mentions-dev-prec26n.tsv",
        // Round 26 (prec26q): quoted labels that name no policy (one power line being built, a rate, a version word, qualities of a service, a market) and a label before 单位 of a designation reported with it.
        "mentions-dev-prec26q.tsv",
        // Round 27 (prec27l): X建设 reported as X where 建设 is the activity word (高标准农田, 法治政府 …); 非物质文化遗产 no entry.
        "mentions-dev-prec27l.tsv",
        // Round 29 (lexicon29): 全面建成社会主义现代化强国 and 数字产业化和产业数字化 their own entries, longer written forms, 政治生态 and 传统基础设施 out, national formulas of the unseen26 misses.
        "mentions-dev-lexicon29.tsv",
        // Round 30 (lexicon30): fixed wordings cores were cut from (做强做优做大实体经济, …最广大人民根本利益), 国家级新区 and bare 敢为人先 out, national formulas of the unseen26b misses.
        "mentions-dev-lexicon30.tsv",
        // Round 27 (prec27p): a 政策 described (scale, term, nature, area) or still to be drawn up is no name; 建设 closing a quoted label's field.
        "mentions-dev-prec27p.tsv",
        // Round 27 (prec27n): a count label of a generic head of kind (农村“三个革命”) with its field; a quoted attribute label with the word it qualifies (“四好”农村公路).
        "mentions-dev-prec27n.tsv",
        // Round 28 (prec28n): an attribute label's word through a compound of service, to a word of coordination, before a predicate of upgrading; a generic place is no field.
        "mentions-dev-prec28n.tsv",
        // Round 29 (titled29): laws and named plans without 《》 after a verb of law-making or planning; measures titled …的若干措施.
        "mentions-dev-titled29.tsv",
        // Round 35 (precision35): a formula as a word of a body's, meeting's, event's or single park's proper name, removed.
        "mentions-dev-precision35.tsv",
        // Round 36 (policy36): a random sample of policy and numbered mentions of the start build over the readable texts; a 政策 closed
        // by its field's activity and the umbrella 区域发展战略 are no names, a quoted 一线/一夜 phrase no numbered formula.
        "mentions-dev-policy36.tsv",
        // Round 36 (quoted36): a random sample of quoted mentions over the readable texts, judged; a quoted 双 label with the word it qualifies.
        "mentions-dev-quoted36.tsv",
        // Round 37 (quoted37): a new random sample of quoted mentions over the least-sampled readable texts, judged; the name of one
        // site (…片区, …绿道, …风景道) and qualities of a place (“有品、有韵、有精神”的魅力之城) left out.
        "mentions-dev-quoted37.tsv",
        // Round 37 (policy37): a new random sample of policy and numbered mentions of the start build over the readable texts; a
        // measured count label of a noun of kind (一张网, 两把尺子, 十条措施) with the field written before it.
        "mentions-dev-policy37.tsv",
        // Round 44 (lead's review): a random sample of the round's additions over the readable texts, judged blind by two judges;
        // reforms named after their verb, benefit policies, quoted clause chains and count labels summing up their list.
        "mentions-dev-changes44.tsv",
        // Round 54 (lead's review): every change of label54, saying54 and field54 over the readable texts, judged blind by one
        // judge; pilots before 城市 as the designation of cities, formulas inside designation labels, number labels with their word.
        "mentions-dev-changes54.tsv",
        // Round 55 (lead's review): every change of boundary55, parallel55 and repeat55 over the readable texts, judged blind by
        // one judge; plan outlines without 《》, district and county designations, formulas quoted in part, chains that list.
        "mentions-dev-changes55.tsv",
        "mentions-dev-changes56.tsv",
        "mentions-dev-changes57.tsv",
        "mentions-dev-changes58.tsv",
        "mentions-dev-changes59.tsv",
        "mentions-dev-changes60.tsv",
        "mentions-dev-changes60b.tsv",
        "mentions-dev-changes60c.tsv",
        "mentions-dev-changes61.tsv",
        "mentions-dev-changes61b.tsv",
        "mentions-dev-changes62.tsv",
        "mentions-dev-changes62b.tsv",
        "mentions-dev-changes63.tsv",
        "mentions-dev-changes63b.tsv",
        "mentions-dev-changes64.tsv",
        "mentions-dev-changes65.tsv",
        "mentions-dev-changes66.tsv",
        "mentions-dev-changes67.tsv",
        "mentions-dev-changes68.tsv",
        "mentions-dev-changes69.tsv",
        "mentions-dev-changes70.tsv",
        "mentions-dev-changes70q.tsv",
        "mentions-dev-changes71.tsv",
        "mentions-dev-changes72.tsv",
        "mentions-dev-changes73.tsv",
        "mentions-dev-changes74.tsv",
        "mentions-dev-changes75.tsv",
        "mentions-dev-changes76.tsv",
        "mentions-dev-changes77.tsv",
        "mentions-dev-changes79.tsv",
        "mentions-dev-changes80.tsv",
        "mentions-dev-changes81.tsv",
        "mentions-dev-sample82.tsv",
        "mentions-dev-changes82.tsv",
        "mentions-dev-changes82b.tsv",
        "mentions-dev-changes83.tsv",
        "mentions-dev-changes84.tsv",
        "mentions-dev-changes85.tsv",
        "mentions-dev-changes86.tsv",
        "mentions-dev-changes87.tsv",
        "mentions-dev-changes88.tsv",
        "mentions-dev-changes89.tsv",
        "mentions-dev-changes90.tsv",
        "mentions-dev-changes91.tsv",
        "mentions-dev-changes92.tsv",
        "mentions-dev-changes94.tsv",
        "mentions-dev-changes95.tsv",
        "mentions-dev-changes96.tsv",
        // Round 98 (prov98a, prov98b, sz98): entries scoped to six more provinces, a second pass on eight, and Shenzhen's own formulas.
        "mentions-dev-changes98.tsv",
        // Round 99 (prov99): a second pass on the southern and western provinces (Xinjiang, Chongqing, Qinghai).
        "mentions-dev-changes99.tsv",
        // Round 100 (sz100, and the lead's restored prov98b entries): Shenzhen's pilot-zone positionings and goals of 2019–2021.
        "mentions-dev-changes100.tsv",
        // Round 101 (district101): 南山区's own goal and party-building brand, scoped to the district.
        "mentions-dev-changes101.tsv",
        "mentions-dev-changes102.tsv",
        "mentions-dev-changes103.tsv",
        "mentions-dev-changes104.tsv",
        "mentions-dev-changes105.tsv",
        "mentions-dev-changes106.tsv",
        "mentions-dev-changes107.tsv",
        "mentions-dev-changes108.tsv",
        "mentions-dev-changes109.tsv",
        "mentions-dev-changes110.tsv",
        "mentions-dev-changes110b.tsv",
        "mentions-dev-changes111.tsv",
        "mentions-dev-changes111c.tsv",
        "mentions-dev-changes112.tsv",
        "mentions-dev-changes113.tsv", "mentions-dev-changes114.tsv", "mentions-dev-changes115.tsv", "mentions-dev-changes115b.tsv",
    ];

    // Samples of text no mention covered when they were drawn, judged for whether it should be reported (round 16: quoted
    // spans). Their rows judged right are recall still to win, counted and printed, not required; the rows judged wrong
    // must stay unreported (wrong-open rows are the known exceptions).
    private static readonly string[] UnreportedSamples = ["mentions-dev-quoted16-unreported.tsv"];

    private static readonly string[] HeldOut = ["mentions-heldout-judged.tsv", "mentions-heldout-judged-2.tsv", "mentions-heldout-judged-3.tsv", "mentions-heldout-judged-4.tsv", "mentions-heldout-judged-5.tsv", "mentions-heldout-judged-6.tsv", "mentions-heldout-judged-7.tsv", "mentions-heldout-judged-8.tsv", "mentions-heldout-judged-9.tsv", "mentions-heldout-judged-10.tsv", "mentions-heldout-judged-11.tsv", "mentions-heldout-judged-12.tsv", "mentions-heldout-judged-13.tsv", "mentions-heldout-changes19.tsv", "mentions-set-aside-judged-14.tsv", "mentions-heldout-changes20.tsv", "mentions-set-aside-judged-15.tsv", "mentions-heldout-changes21.tsv", "mentions-heldout-changes22.tsv", "mentions-set-aside-changes22.tsv", "mentions-heldout-changes23.tsv", "mentions-set-aside-changes23.tsv", "mentions-heldout-changes24.tsv", "mentions-set-aside-changes24.tsv", "mentions-heldout-changes25.tsv", "mentions-set-aside-changes25.tsv", "mentions-heldout-changes26.tsv", "mentions-set-aside-changes26.tsv", "mentions-heldout-changes27.tsv", "mentions-set-aside-changes27.tsv", "mentions-heldout-changes28.tsv", "mentions-set-aside-changes28.tsv", "mentions-heldout-changes28p.tsv", "mentions-heldout-judged-own16.tsv", "mentions-heldout-judged-variant16.tsv", "mentions-heldout-judged-16.tsv", "mentions-set-aside-judged-17.tsv", "mentions-heldout-judged-18.tsv", "mentions-unseen26-judged.tsv", "mentions-heldout-changes29.tsv", "mentions-set-aside-changes29.tsv", "mentions-unseen26b-judged.tsv", "mentions-heldout-changes30.tsv", "mentions-set-aside-changes30.tsv", "mentions-unseen26c-judged.tsv", "mentions-unseen26d-judged.tsv", "mentions-unseen26e-judged.tsv", "mentions-heldout-changes32.tsv", "mentions-set-aside-changes32.tsv", "mentions-unseen26f-judged.tsv", "mentions-heldout-r34-start-judged.tsv", "mentions-heldout-changes34.tsv", "mentions-heldout-r35-start-judged.tsv", "mentions-heldout-changes35.tsv", "mentions-heldout-changes36.tsv", "mentions-unseen26h-start-judged.tsv", "mentions-heldout-changes37.tsv", "mentions-heldout-changes38.tsv", "mentions-heldout-changes38l.tsv", "mentions-heldout-changes38t.tsv", "mentions-heldout-r39-start-judged.tsv", "mentions-heldout-changes39.tsv", "mentions-heldout-changes39d.tsv", "mentions-heldout-changes40.tsv", "mentions-heldout-changes41.tsv", "mentions-heldout-changes42.tsv", "mentions-unseen26i-judged.tsv", "mentions-heldout-relabelled43.tsv", "mentions-heldout-changes43.tsv", "mentions-heldout-changes44.tsv", "mentions-heldout-changes45.tsv", "mentions-heldout-changes46.tsv", "mentions-heldout-r46-final-judged.tsv", "mentions-heldout-changes47.tsv", "mentions-unseen26j-judged.tsv", "mentions-heldout-changes48.tsv", "mentions-unseen26k-judged.tsv", "mentions-heldout-changes49.tsv", "mentions-heldout-changes49f.tsv", "mentions-unseen26l-judged.tsv", "mentions-unseen26l-lowconf-judged.tsv", "mentions-heldout-changes50.tsv", "mentions-heldout-changes52.tsv", "mentions-heldout-changes53.tsv", "mentions-heldout-changes54.tsv", "mentions-heldout-changes55.tsv", "mentions-unseen26m-judged.tsv", "mentions-heldout-changes56.tsv", "mentions-heldout-changes57.tsv", "mentions-heldout-changes58.tsv", "mentions-heldout-changes59.tsv", "mentions-heldout-changes60.tsv", "mentions-heldout-changes60c.tsv", "mentions-heldout-changes61.tsv", "mentions-heldout-changes61b.tsv", "mentions-heldout-changes62.tsv", "mentions-heldout-changes62b.tsv", "mentions-heldout-changes63.tsv", "mentions-heldout-changes64.tsv", "mentions-heldout-changes65.tsv", "mentions-heldout-changes66.tsv", "mentions-heldout-changes67.tsv", "mentions-heldout-changes68.tsv", "mentions-heldout-changes69.tsv", "mentions-heldout-changes70.tsv", "mentions-heldout-changes71.tsv", "mentions-heldout-changes72.tsv", "mentions-heldout-changes73.tsv", "mentions-heldout-changes74.tsv", "mentions-heldout-changes76.tsv", "mentions-heldout-changes77.tsv", "mentions-heldout-changes78.tsv", "mentions-heldout-changes79.tsv", "mentions-heldout-changes80.tsv", "mentions-heldout-r82-sample-judged.tsv", "mentions-heldout-changes82.tsv", "mentions-heldout-changes83.tsv", "mentions-heldout-r83-sample-judged.tsv", "mentions-heldout-changes84.tsv", "mentions-unseen26n-judged.tsv", "mentions-heldout-changes85.tsv", "mentions-heldout-changes86.tsv", "mentions-heldout-changes87.tsv", "mentions-heldout-changes88.tsv", "mentions-heldout-changes89.tsv", "mentions-heldout-changes91.tsv", "mentions-heldout-changes92.tsv", "mentions-heldout-changes94.tsv", "mentions-heldout-changes95.tsv", "mentions-heldout-changes96.tsv", "mentions-heldout-changes97.tsv", "mentions-heldout-changes98.tsv", "mentions-heldout-changes100.tsv", "mentions-heldout-r100-sample-judged.tsv", "mentions-unseen26o-judged.tsv", "mentions-unseen26p-judged.tsv", "mentions-unseen26q-judged.tsv", "mentions-unseen26r-judged.tsv", "mentions-unseen26s-judged.tsv", "mentions-unseen26t-judged.tsv", "mentions-unseen26v-judged.tsv", "mentions-heldout-changes101.tsv", "mentions-heldout-changes102.tsv", "mentions-heldout-changes103.tsv", "mentions-heldout-changes104.tsv", "mentions-heldout-changes105.tsv", "mentions-heldout-changes106.tsv", "mentions-heldout-changes109.tsv", "mentions-heldout-changes110.tsv", "mentions-heldout-changes110b.tsv", "mentions-heldout-changes111.tsv", "mentions-heldout-changes112.tsv", "mentions-heldout-changes113.tsv", "mentions-heldout-changes114.tsv", "mentions-heldout-changes115.tsv", "mentions-heldout-changes115b.tsv", Rejudged, Recanonical];

    // Held-out mentions a later round redrew (new boundaries or kind), judged again by a fresh judge who saw the new mention
    // and the codebook only: the redrawn mention stands in for the one first judged (its verdict counts), so a boundary
    // made right is not counted as a loss, and one made wrong is counted as wrong.
    private const string Rejudged = "mentions-heldout-rejudged.tsv";

    // Held-out mentions still reported at the same offsets and kind but under another canonical than the one first judged
    // (round 43 made a quoted programme's canonical its whole name: “三北”工程攻坚战 was judged under 三北), judged again blind
    // under the canonical the build now writes (tools/judging/draw_recanonical.py draws them): a row stands in for the first
    // verdict only while the build's canonical is still the one it was judged under. Evidence, like the held-out samples.
    private const string Recanonical = "mentions-heldout-recanonical.tsv";

    // Every held-out verdict by the canonical it was given under (the HeldOut list in order, the recanonical file last: a
    // later verdict wins), so a mention first judged under an old canonical takes the verdict any later file gave it under
    // the one the build writes now.
    private static readonly Lazy<Dictionary<(string, int, int, MentionKind, string), Judged>> JudgedUnderTheirCanonical = new(() =>
    {
        var byCanonical = new Dictionary<(string, int, int, MentionKind, string), Judged>();
        foreach (string file in HeldOut.Where(f => f != Recanonical).Append(Recanonical))
        {
            foreach (Judged j in Load(Path.Combine(GoldDirectory, file)).Where(j => j.Canonical.Length > 0))
            {
                byCanonical[(j.File, j.Start, j.End, j.Kind, Normalised(j.Canonical))] = j;
            }
        }

        return byCanonical;
    });

    // Changes files whose removed mentions were judged blind under a codebook decision made after the earlier samples were
    // judged (round 27: a quoted attribute label is one item with the word it qualifies, a generic count label with its
    // field, X建设 is X where 建设 is the sentence's word). Where such a judge read wrong the very span (file, offsets, kind) an
    // earlier judge read right, the earlier verdict is re-read as wrong: the sample's precision is then measured under the
    // codebook as it stands, on both sides (the mention first judged and the redrawn one standing in for it).
    private static readonly string[] ReadUnderLaterDecision = ["mentions-heldout-changes27.tsv", "mentions-set-aside-changes27.tsv"];

    public static TheoryData<string> SpecificationFiles { get; } = new(Specifications);

    public static TheoryData<string> HeldOutFiles { get; } = new(HeldOut);

    public static TheoryData<string> UnreportedSampleFiles { get; } = new(UnreportedSamples);

    public static TheoryData<string> AllFiles { get; } = new(Specifications.Concat(HeldOut).Concat(UnreportedSamples));

    [Fact]
    public void Every_judged_file_in_the_gold_folder_is_read()
    {
        string[] listed = [.. Specifications.Concat(HeldOut).Concat(UnreportedSamples).Order(StringComparer.Ordinal)];
        string[] present = [.. Directory.GetFiles(GoldDirectory, "mentions-*.tsv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        Assert.Equal(present, listed);
    }

    // Every row of the specification files with the index of its file in the list, read once for the three sets below.
    private static readonly Lazy<List<(int FileIndex, Judged Row)>> SpecificationRows = new(() =>
        [.. Specifications.SelectMany((f, index) => Load(Path.Combine(GoldDirectory, f)).Select(j => (index, j)))]);

    // The spans a specification file judges under a canonical (file, start, end, kind, canonical): where a lexicon split gives
    // a judged span another canonical (round 110: 政务公开 was counted as 阳光政务), a verdict given under the canonical the
    // build now writes stands for the span, as draw_recanonical.py's re-judgements do for the held-out files.
    private static readonly Lazy<HashSet<(string File, int Start, int End, MentionKind Kind, string Canonical)>> JudgedUnderCanonical = new(() =>
        [.. SpecificationRows.Value.Select(r => r.Row).Where(j => j.Canonical.Length > 0).Select(j => (j.File, j.Start, j.End, j.Kind, Normalised(j.Canonical)))]);

    // The last specification file (in the list's order, which is the order judged) that judges each span (file, start, end,
    // kind): a span judged again later — a bare count label read right before the codebook's rounds 26/27 made field + label the
    // item, read wrong by round 112's blind judge — is held to its latest verdict only.
    private static readonly Lazy<Dictionary<(string File, int Start, int End, MentionKind Kind), int>> LastJudgedIn = new(() =>
        SpecificationRows.Value.GroupBy(r => (r.Row.File, r.Row.Start, r.Row.End, r.Row.Kind)).ToDictionary(g => g.Key, g => g.Max(r => r.FileIndex)));

    // The spans a specification file judges as lexicon mentions (file, start, end).
    private static readonly Lazy<HashSet<(string File, int Start, int End)>> JudgedAsLexicon = new(() =>
        [.. SpecificationRows.Value.Select(r => r.Row).Where(j => j.Kind == MentionKind.Lexicon).Select(j => (j.File, j.Start, j.End))]);

    [Theory]
    [MemberData(nameof(SpecificationFiles))]
    public void Mentions_judged_right_stay_in_and_those_judged_wrong_stay_out(string name)
    {
        List<Judged> judged = Load(Path.Combine(GoldDirectory, name));
        Assert.NotEmpty(judged);
        var extractor = new SloganExtractor(Lexicon.Default);
        var failures = new List<string>();
        int open = 0, lost = 0, recanonicalised = 0, judgedAgain = 0;
        int index = Array.IndexOf(Specifications, name);
        foreach (IGrouping<string, Judged> report in judged.GroupBy(j => j.File))
        {
            string text = File.ReadAllText(SharedData.CorpusFile(report.Key));
            var reported = new ReportedMentions(extractor.ExtractFile(text, SharedData.CorpusFile(report.Key), report.Key));
            foreach (Judged j in report)
            {
                if (LastJudgedIn.Value[(j.File, j.Start, j.End, j.Kind)] > index)
                {
                    judgedAgain++;
                    continue;
                }

                // At its span with its kind, or another finder's mention (quoted, parallel, policy …) a curated entry now reports
                // as lexicon at the same span and canonical: the verdict is on the item and its boundaries, which the kind does not change. Where
                // a judge read that lexicon mention itself, its own verdict (checked with its own file) stands, not this one.
                SloganMention? now = reported.CarryingVerdict(j.Start, j.End, j.Kind, j.Canonical, JudgedAsLexicon.Value.Contains((j.File, j.Start, j.End)), out bool superseded);
                if (superseded)
                {
                    continue;
                }

                bool isReported = now is not null;
                if (now is not null && j.Canonical.Length > 0 && !ReportedMentions.SameCanonical(j.Canonical, now.Canonical))
                {
                    // Reported under another canonical than judged: the verdict was on the item the old canonical named. A verdict
                    // given under the present one (a later specification file) stands instead; without one the span waits to be
                    // judged again, and a wrong verdict still fails.
                    if (JudgedUnderCanonical.Value.Contains((j.File, j.Start, j.End, j.Kind, Normalised(now.Canonical))))
                    {
                        recanonicalised++;
                        continue;
                    }
                }

                switch (j.Verdict)
                {
                    case "right" when !isReported:
                        failures.Add($"right but no longer reported: {j.File} {j.Start} {j.Kind} {j.Surface}");
                        break;
                    case "wrong" when isReported:
                        failures.Add($"wrong and reported again: {j.File} {j.Start} {j.Kind} {j.Surface} ({j.Reason})");
                        break;
                    case "wrong-open" when isReported:
                        open++;
                        output.WriteLine($"open: {j.Kind} {j.Surface} — {j.Reason}");
                        break;
                    case "right-lost" when !isReported:
                        lost++;
                        break;
                    default:
                        break;
                }
            }
        }

        output.WriteLine($"{name}: {judged.Count} judged, {judged.Count(j => j.Verdict == "right")} right, {open} wrong still reported, {lost} right and knowingly lost, {recanonicalised} judged again under the canonical now written, {judgedAgain} judged again in a later file");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(UnreportedSampleFiles))]
    public void Unreported_spans_judged_not_formulas_stay_unreported_and_those_judged_formulas_are_counted(string name)
    {
        List<Judged> judged = Load(Path.Combine(GoldDirectory, name));
        Assert.NotEmpty(judged);
        var extractor = new SloganExtractor(Lexicon.Default);
        var failures = new List<string>();
        int found = 0;
        foreach (IGrouping<string, Judged> report in judged.GroupBy(j => j.File))
        {
            string text = File.ReadAllText(SharedData.CorpusFile(report.Key));
            List<SloganMention> mentions = [.. extractor.ExtractFile(text, SharedData.CorpusFile(report.Key), report.Key)];
            foreach (Judged j in report)
            {
                // The span between the marks, less a space the typesetter left inside them, as the finders read it.
                int start = j.Start, end = j.End;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                bool covered = mentions.Any(m => m.Start <= start && m.End >= end);
                if (j.Verdict == "right" && covered)
                {
                    found++;
                }
                else if (j.Verdict == "wrong" && covered)
                {
                    failures.Add($"judged no formula and now reported: {j.File} {j.Start} {j.Surface} ({j.Reason})");
                }
            }
        }

        output.WriteLine($"{name}: {judged.Count} spans, {judged.Count(j => j.Verdict == "right")} judged formulas, {found} of them now reported");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The held-out sample (Gold/mentions-heldout-judged.tsv: 100 random mentions per kind from the twelve held-out reports
    /// nobody coded for formulas, judged blind) is evidence, not a specification: its precision is printed as the rules
    /// change, and the test fails only when the extractor loses mentions judged right (more than one in twenty) or when a
    /// kind's precision on the mentions still reported falls more than two points below what was judged (a rule that drops a
    /// right mention or two is recall's business, which the first check watches).
    /// </summary>
    private const double PrecisionSlack = 0.02;

    /// <summary>
    /// The share of a held-out sample's right mentions of a kind that must still be reported: 95 %, but 75 % for
    /// <c>parallel</c> since round 18. The codebook's decision on task chains written once in prose made the finder report a
    /// chain only when the text marks it (or repeats it); the round's build kept 31 of the 37–40 chains the re-judged
    /// samples call right (78–84 %) (the others established chains the text does not mark and the lexicon does not list yet: recall
    /// given up, knowingly, for precision 62 → 89 % on the same mentions). Any further loss still fails.
    /// </summary>
    private static double RetentionFloor(MentionKind kind) => kind == MentionKind.Parallel ? 0.75 : 0.95;

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void The_held_out_judged_sample_keeps_its_precision(string name)
    {
        List<Judged> asJudged = Load(Path.Combine(GoldDirectory, name));
        Dictionary<(string, int, int, MentionKind), Judged> reRead = ReadUnderLaterDecision
            .Where(later => later != name)
            .SelectMany(later => Load(Path.Combine(GoldDirectory, later)))
            .Where(j => j.Verdict == "wrong")
            .ToDictionary(j => (j.File, j.Start, j.End, j.Kind));
        List<Judged> judged = [.. asJudged.Select(j => j.Verdict == "right" && reRead.TryGetValue((j.File, j.Start, j.End, j.Kind), out Judged? later)
            ? j with { Verdict = "wrong", Reason = "re-read under a later codebook decision: " + later.Reason }
            : j)];
        Dictionary<(string, int, int, MentionKind), Judged> again = name == Rejudged
            ? []
            : Load(Path.Combine(GoldDirectory, Rejudged)).ToDictionary(j => (j.File, j.Start, j.End, j.Kind));
        Dictionary<(string, int, int, MentionKind, string), Judged> underNewCanonical = JudgedUnderTheirCanonical.Value;
        var reJudgedNow = new Dictionary<Judged, string>(ReferenceEqualityComparer.Instance);
        var extractor = new SloganExtractor(Lexicon.Default);
        var still = new List<Judged>();
        int redrawn = 0, recanonicalised = 0, waiting = 0, curated = 0;
        foreach (IGrouping<string, Judged> report in judged.GroupBy(j => j.File))
        {
            string text = File.ReadAllText(SharedData.CorpusFile(report.Key));
            List<SloganMention> mentions = [.. extractor.ExtractFile(text, SharedData.CorpusFile(report.Key), report.Key)];
            var reported = new ReportedMentions(mentions);
            foreach (Judged j in report)
            {
                if (reported.At(j.Start, j.End, j.Kind)?.Canonical is { } canonical)
                {
                    if (j.Canonical.Length == 0 || ReportedMentions.SameCanonical(j.Canonical, canonical))
                    {
                        still.Add(j);
                    }
                    else if (underNewCanonical.TryGetValue((report.Key, j.Start, j.End, j.Kind, Normalised(canonical)), out Judged? reJudged))
                    {
                        recanonicalised++;
                        string verdict = reJudged.Verdict == "right" ? "right" : "wrong";
                        reJudgedNow[j] = verdict;
                        still.Add(j with { Verdict = verdict, Reason = reJudged.Reason, Canonical = canonical });
                    }
                    else
                    {
                        // Counted with the first verdict until judged again (draw_recanonical.py), and said.
                        waiting++;
                        still.Add(j);
                    }

                    continue;
                }

                // A curated entry that now reports another finder's judged mention at the same span takes it as lexicon:
                // the same item with the same boundaries under a kind the codebook allows too (lexicon: "any item of rule 1,
                // found from a curated list"), so the verdict stands (round 96: provinces' formulas their reports quote).
                if (reported.TakenAsLexicon(j.Start, j.End, j.Kind, j.Canonical) is not null)
                {
                    curated++;
                    still.Add(j);
                    continue;
                }

                // Redrawn: a mention now reported over the same text that was judged again stands in, with its new verdict.
                Judged? judgedAgain = mentions
                    .Where(m => m.Start < j.End && m.End > j.Start)
                    .Select(m => again.GetValueOrDefault((report.Key, m.Start, m.End, m.Kind)))
                    .FirstOrDefault(r => r is not null);
                if (judgedAgain is not null)
                {
                    redrawn++;
                    still.Add(j with { Verdict = judgedAgain.Verdict == "right" ? "right" : "wrong", Reason = judgedAgain.Reason });
                }
            }
        }

        output.WriteLine($"{name}: {redrawn} mentions redrawn since judged, counted with the verdict of {Rejudged}");
        if (curated > 0)
        {
            output.WriteLine($"{name}: {curated} mentions of other finders reported as lexicon at the same span now (a curated entry's), counted with their verdict");
        }

        if (recanonicalised + waiting > 0)
        {
            output.WriteLine($"{name}: {recanonicalised + waiting} still reported under another canonical than judged: {recanonicalised} counted with the verdict given under the canonical now written ({Recanonical} or a later judged file), {waiting} with the first verdict (not judged again yet)");
        }

        foreach (IGrouping<MentionKind, Judged> kind in asJudged.GroupBy(j => j.Kind).OrderBy(k => k.Key))
        {
            int reReadWrong = kind.Count(j => j.Verdict == "right") - judged.Count(j => j.Kind == kind.Key && j.Verdict == "right");
            if (reReadWrong > 0)
            {
                output.WriteLine($"{kind.Key,-9} as first judged {kind.Count(j => j.Verdict == "right")}/{kind.Count()}; {reReadWrong} re-read wrong under a later codebook decision");
            }
        }


        // The guards compare with the sample as judged, a mention judged again under the canonical the build now writes taking
        // its new verdict (the item read is another one: the first verdict no longer says whether this build is right there).
        var failures = new List<string>();
        foreach (IGrouping<MentionKind, Judged> kind in judged.GroupBy(j => j.Kind).OrderBy(k => k.Key))
        {
            int firstRight = kind.Count(j => j.Verdict == "right");
            int right = kind.Count(j => reJudgedNow.TryGetValue(j, out string? now) ? now == "right" : j.Verdict == "right");
            List<Judged> kept = still.Where(j => j.Kind == kind.Key).ToList();
            int keptRight = kept.Count(j => j.Verdict == "right");
            double judgedPrecision = right / (double)kind.Count();
            double precision = kept.Count == 0 ? 1 : keptRight / (double)kept.Count;
            string firstNote = right == firstRight ? "" : $" ({firstRight} as first judged, before the verdicts under the canonical now written)";
            output.WriteLine($"{kind.Key,-9} judged {right}/{kind.Count()} = {judgedPrecision:P1}{firstNote}; still reported {kept.Count}, right {keptRight} = {precision:P1}");
            if (keptRight < RetentionFloor(kind.Key) * right)
            {
                failures.Add($"{kind.Key}: only {keptRight} of the {right} mentions judged right are still reported");
            }

            if (precision < judgedPrecision - PrecisionSlack)
            {
                failures.Add($"{kind.Key}: precision {precision:P1} on the judged mentions, below the {judgedPrecision:P1} judged");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void The_judged_files_are_well_formed_and_their_surfaces_are_the_text(string name)
    {
        List<Judged> judged = Load(Path.Combine(GoldDirectory, name));
        Assert.All(judged, j =>
        {
            Assert.True(j.Verdict is "right" or "wrong" or "wrong-open" or "right-lost", j.Verdict);
            Assert.True(j.Verdict == "right" || j.Reason.Length > 0, $"a wrong mention needs its reason: {j.Surface}");
            string text = File.ReadAllText(SharedData.CorpusFile(j.File));
            // A surface is the text as the Text stage gives it (full-width ＋ read as +), less the layout line breaks the
            // extractor bridges (两个维\n\n护).
            string written = string.Concat(text[j.Start..j.End].Where(c => c is not ('\n' or '\r')).Select(HalfWidth)).Trim();
            Assert.Equal(string.Concat(j.Surface.Select(HalfWidth)), written);
        });
        Assert.Equal(judged.Count, judged.Select(j => (j.File, j.Start, j.End, j.Kind)).Distinct().Count());
    }

    private static char HalfWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    // The judged canonical came from the CLI, which extracts from the normalised text (＋ → +, the dash of a year range); this
    // test extracts from the file's own characters: the two are the same item when they normalise alike.
    private static string Normalised(string canonical) => TextNormalizer.Normalize(canonical).Text;

    private static List<Judged> Load(string path)
    {
        bool hasCanonical = GoldTsv.Columns(path).Contains("canonical");
        return [.. GoldTsv.Rows(path).Select(field => new Judged(
            field("file"), int.Parse(field("start"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(field("end"), System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<MentionKind>(field("kind"), ignoreCase: true),
            field("surface"), field("verdict"), field("reason"), hasCanonical ? field("canonical") : ""))];
    }
}
