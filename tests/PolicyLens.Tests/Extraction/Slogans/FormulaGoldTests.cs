using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Recall and per-kind precision against the hand-coded formulas of whole reports (Gold/formulas.tsv, the format of
/// FORMATS.md), for every split present: <c>dev</c> rows coded by the developers, <c>heldout</c> rows added later by the
/// coordinator, and <c>check5</c>: three more reports (Gold/formulas-check5.tsv) coded blind from the codebook, before the
/// fifth round of rules, by a coder who never ran the tool on them. The issue's thresholds (recall at least 85 %, precision at
/// least 90 % for every kind) hold on dev; the held-out and check splits, which do not meet them yet, are reported and
/// guarded against regression. check5 is scored twice: every row, and without the rows its coder marked <c>borderline</c>.
/// Gold/formulas-set-aside-*.tsv (reports a round set aside unread, e.g. round 7's jiangxi_2026 and zhumadian_2026) are
/// scored as their own split, set-aside-&lt;round&gt;, held to the check floor.
/// Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public sealed class FormulaGoldTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.85;
    private const double MinPrecision = 0.90;

    // The held-out reports (never read while curating) do NOT meet the issue's goal yet. Their gold is adjudicated from two
    // independent codings (Gold/CODEBOOK-formulas.md; agreement before adjudication F1 0.69): measured on 2026-11-30, before
    // the finder and lexicon work of that afternoon, at recall 57.5 % (731/1271); after lexicon rounds 2 and 3 and the
    // finders' first precision round, 64.0 % (813/1271). Until the goal is met the held-out split is
    // guarded against regression only.
    // Round 5 (lexicon4, precision5, finders5), measured once after the merges: 68.9 % (876/1271); with the scorer reading
    // the codebook's judging rule 3 (a `lexicon` mention fits any coded item, see Fits), 73.6 % (935/1271).
    private const double HeldOutRecallFloor = 0.70;

    // check5 (hunan_2026, zhejiang_2026, zhumadian_2015; coded blind, broad scope, 1258 mentions), measured on main before
    // round 5 of the finders and lexicon (2026-11-30): recall 64.0 % (805/1258, every row), 68.9 % (777/1127, borderline rows left out).
    // After round 5's merges: 66.5 % / 71.5 %; with judging rule 3 in the scorer, 68.8 % (866/1258) / 73.6 % (829/1127).
    private const double CheckRecallFloor = 0.66;

    // Round 21 (2026-12-02): three more held-out reports coded fresh, each by two coders who never ran the tool, opened the
    // lexicon or read code, independently (first coding, then a second reading of the text; agreement F1 0.912 shandong, 0.898
    // yunnan, 0.929 zhumadian 2013, Gold/formula_agreement.py on Gold/codings-r21/), then adjudicated by a third reader under
    // the same rules (Gold/formulas-heldout-r21adj-*.tsv). The start build of the round (24c016c) found 70.1 % (shandong_2026,
    // 345/492), 71.3 % (yunnan_2026, 361/506), 57.0 % (zhumadian_2013, 143/251), pooled 68.0 % (849/1249) and 78.3 %
    // (790/1009) without the rows marked borderline: the adjudicated gold of the first rounds (the heldout split) is coded
    // more narrowly. They are guarded against regression at their start figures.
    private static readonly Dictionary<string, double> FreshHeldOutFloor = new()
    {
        ["heldout-r21adj-shandong_2026"] = 0.70,
        ["heldout-r21adj-yunnan_2026"] = 0.71,
        ["heldout-r21adj-zhumadian_2013"] = 0.57,
        ["heldout-r21adj-pooled"] = 0.68,
        ["heldout-r21adj-pooled-strict"] = 0.78,
        // Round 34 (2026-12-03): five more held-out reports no rule writer or judge-reading lead had opened, coded fresh by three
        // coders who never ran the tool, opened the lexicon or read code (Gold/formulas-heldout-r34-g1: shanxi_2026 and
        // zhumadian_2022; -g2: guangxi_2026 and neimenggu_2026; -g3: zhumadian_2019); a fourth coded neimenggu_2026 again
        // (Gold/codings-r34/, item F1 0.942 against g2). They measure round 34, whose writers read unseen26f instead. The start
        // build of the round (afeec10) found 77.7 % (628/808), 76.7 % (577/752), 74.2 % (400/539), pooled 76.5 % (1605/2099) and
        // 84.0 % (1486/1768) without the rows marked borderline.
        ["heldout-r34-g1"] = 0.77,
        ["heldout-r34-g2"] = 0.76,
        ["heldout-r34-g3"] = 0.74,
        ["heldout-r34-pooled"] = 0.76,
        ["heldout-r34-pooled-strict"] = 0.84,
        // Round 35 (2026-12-03): the last four held-out reports nobody had coded or opened since round 1, coded fresh the same
        // way (Gold/formulas-heldout-r35-g1: xizang_2026 and zhumadian_2012; -g2: shanghai_2026; -g3: zhumadian_2021); a fourth
        // coder coded xizang_2026 again (Gold/codings-r35/, item F1 0.921 against g1). They measure round 35. The start build
        // (35a6b22, the code of 3226224) found 75.1 % (371/494), 70.8 % (357/504), 76.9 % (459/597), pooled 74.4 % (1187/1595)
        // and 82.5 % (1112/1348) without the rows marked borderline.
        ["heldout-r35-g1"] = 0.75,
        ["heldout-r35-g2"] = 0.70,
        ["heldout-r35-g3"] = 0.76,
        ["heldout-r35-pooled"] = 0.74,
        ["heldout-r35-pooled-strict"] = 0.82,
    };

    // The unseen texts of 2026-12-02 (UnseenFiles below), measured once on main as it stood (fcf2a60), before any rule could be
    // written from them: Guangdong's 15th five-year plan proposal 78.8 % (564/716), three Guangdong documents 76.3 % (264/346),
    // four central ones 36.0 % (155/430; thematic opinions on energy saving and new forms of employment at 21 and 18 %),
    // pooled 65.9 % (983/1492), 72.1 % (949/1317) without the rows the coders marked borderline. Guarded against regression.
    private static readonly Dictionary<string, double> UnseenFloor = new()
    {
        ["unseen26-gd-proposal"] = 0.78,
        ["unseen26-gd-docs"] = 0.76,
        ["unseen26-cpc-docs"] = 0.35,
        ["unseen26-pooled"] = 0.65,
        ["unseen26-pooled-strict"] = 0.72,

        // unseen26b (fetched and coded while round 29 was written; never read by its rule writers): main before the round
        // (fcf2a60) 75.3 % pooled (694/922; 82.5 % strict), round 29's final build 75.2 % (693/922; 82.8 % strict):
        // Guangdong party texts 83.5 → 83.8 %, Guangdong meetings 70.9 → 71.3 %, central speeches 69.6 → 68.6 %.
        ["unseen26b-gd-party"] = 0.83,
        ["unseen26b-gd-meetings"] = 0.70,
        ["unseen26b-cpc-speeches"] = 0.68,
        ["unseen26b-pooled"] = 0.75,
        ["unseen26b-pooled-strict"] = 0.82,

        // unseen26c (fetched and coded while round 30 was written; never read by its rule writers): round 29's final build
        // 74.6 % pooled (563/755; 80.9 % strict), round 30's 75.1 % (567/755; 81.5 % strict): central texts 70.4 → 71.1 %,
        // Guangdong texts 77.6 → 78.0 %.
        ["unseen26c-cpc-texts"] = 0.70,
        ["unseen26c-gd-texts"] = 0.77,
        ["unseen26c-pooled"] = 0.74,
        ["unseen26c-pooled-strict"] = 0.80,
        // unseen26d (thirty texts, round 31): 69.0 % (76.7 % strict) on 2d78e93 before the round merged, 69.9 % (77.6 %) after.
        ["unseen26d-pooled"] = 0.69,
        ["unseen26d-pooled-strict"] = 0.76,
        // unseen26e (twelve texts, round 32): 78.9 % (84.3 % strict) on 880b2f8 (round 31's final build) before round 32 merged.
        ["unseen26e-pooled"] = 0.78,
        ["unseen26e-pooled-strict"] = 0.83,
        // unseen26f (eleven Hebei texts of 2022-2026 from another repository, round 33): 70.6 % (78.5 % strict) on 26930b4 before
        // round 33 merged.
        ["unseen26f-pooled"] = 0.70,
        ["unseen26f-pooled-strict"] = 0.78,
        // unseen26h (round 37; tests/PolicyLens.Tests/Data/unseen/: Guangdong's 2025 work report and its 15th five-year plan outline
        // from the fourth chapter on, fetched from a repository the earlier sets had not used that part of; coded by three coders
        // who never ran the tool, a fourth coded the report again, item F1 0.912): round 36's final build (f5dac2b), before round
        // 37 merged, 80.1 % (553/690), 74.6 % (296/397), 75.2 % (391/520), pooled 77.2 % (1240/1607), 84.4 % (1121/1328) strict;
        // round 37's merged build 80.3 % (554/690), 74.6, 75.2 %, pooled 77.2 % (1241/1607), 84.5 % (1122/1328) strict; with the
        // lead's goal repair 80.3, 74.6, 75.4 % (392/520), pooled 77.3 % (1242/1607), 84.6 % (1123/1328) strict.
        ["unseen26h-h1"] = 0.80,
        ["unseen26h-h2"] = 0.74,
        ["unseen26h-h3"] = 0.75,
        ["unseen26h-pooled"] = 0.77,
        ["unseen26h-pooled-strict"] = 0.84,
        // unseen26i (round 43; eleven central and Guangdong texts of 2022-2026 fetched 2026-12-04 from folders of a repository
        // the earlier sets had not used; coded by two coders who never ran the tool, a third coded i2's texts again, item F1
        // 0.918): round 43's start (333b809, round 42's final with the lead's decision on quoted labels with a programme head,
        // which leaves recall as it was) 72.4 % (501/692: two central No. 1 documents, a speech, a notice), 82.1 % (549/669:
        // Guangdong opinion, speeches and a release, and a central explanation), pooled 77.1 % (1050/1361), 87.8 % (1004/1144)
        // without the rows marked borderline.
        ["unseen26i-i1"] = 0.72,
        ["unseen26i-i2"] = 0.82,
        ["unseen26i-pooled"] = 0.77,
        ["unseen26i-pooled-strict"] = 0.87,
        // unseen26j (round 48; four Shenzhen government work reports — the city's 2022, 2024 and 2025 reports and its Longgang
        // district's 2025 report with its glossary annex — fetched 2026-12-04 from a repository no earlier set used; coded by three
        // coders who never ran the tool, a fourth coded the Longgang report again, item F1 0.885): round 48's start (5aab7130,
        // session 36's final main) 75.3 % (421/559: 2025), 72.5 % (358/494: 2024), 72.1 % (477/662: 2022 and Longgang), pooled
        // 73.2 % (1256/1715), 81.6 % (1059/1297) without the rows marked borderline.
        ["unseen26j-j1"] = 0.75,
        ["unseen26j-j2"] = 0.72,
        ["unseen26j-j3"] = 0.72,
        ["unseen26j-pooled"] = 0.73,
        ["unseen26j-pooled-strict"] = 0.81,
        // unseen26k (round 49; four Shenzhen district reports — 罗湖 2025, 龙华, 宝安 and 南山 2024 — from the same repository as
        // unseen26j, fetched 2026-12-05; one coder a text, none of whom ran the tool): round 49's start (the code of 11fd9b3a,
        // round 48's final build) 80.9 % (313/387), 74.7 % (372/498), 66.1 % (224/339), 68.0 % (215/316), pooled 73.0 %
        // (1124/1540), 79.7 % (975/1223) without the rows marked borderline.
        ["unseen26k-k1"] = 0.80,
        ["unseen26k-k2"] = 0.74,
        ["unseen26k-k3"] = 0.66,
        ["unseen26k-k4"] = 0.68,
        ["unseen26k-pooled"] = 0.72,
        ["unseen26k-pooled-strict"] = 0.79,
        // unseen26l (session 38; four more Shenzhen reports — 光明 2025, 福田 2023, 大鹏新区 2025, 坪山 2021 — from the same folder,
        // fetched 2026-12-05; one coder a text, none of whom ran the tool): the build of session 38 (round 49's final mentions)
        // 70.0 % (385/550), 65.0 % (208/320), 69.5 % (180/259), 71.4 % (197/276), pooled 69.0 % (970/1405), 80.3 % (842/1048)
        // without the rows marked borderline.
        ["unseen26l-l1"] = 0.69,
        ["unseen26l-l2"] = 0.64,
        ["unseen26l-l3"] = 0.69,
        ["unseen26l-l4"] = 0.71,
        ["unseen26l-pooled"] = 0.68,
        ["unseen26l-pooled-strict"] = 0.80,
        // unseen26m (session 42; four more Shenzhen district reports — 龙华 2023, 盐田 2020, 福田 2021, 宝安 2022 — from the same
        // folder, fetched 2026-12-05 after a search of the index found no other place's report; one coder a text, none of whom
        // ran the tool): round 56's start (a2f9786b, session 41's final build) 79.1 % (442/559), 66.9 % (214/320), 66.1 %
        // (203/307), 66.2 % (212/320), pooled 71.1 % (1071/1506), 81.0 % (912/1126) without the rows marked borderline.
        ["unseen26m-m1"] = 0.79,
        ["unseen26m-m2"] = 0.66,
        ["unseen26m-m3"] = 0.66,
        ["unseen26m-m4"] = 0.66,
        ["unseen26m-pooled"] = 0.71,
        ["unseen26m-pooled-strict"] = 0.80,
        // unseen26n (session 54; four more Shenzhen work reports — 大鹏 2024, 光明 2021, 龙岗 2021, the city's 2020 — from the same
        // folder, fetched 2026-12-06; one coder a text, none of whom ran the tool): session 54's start (95d45853, before round 85)
        // 74.3 % (202/272), 64.8 % (215/332), 70.3 % (241/343), 74.1 % (286/386), pooled 70.8 % (944/1333), 78.0 % (839/1076)
        // without the rows marked borderline.
        ["unseen26n-n1"] = 0.74,
        ["unseen26n-n2"] = 0.64,
        ["unseen26n-n3"] = 0.70,
        ["unseen26n-n4"] = 0.74,
        ["unseen26n-pooled"] = 0.70,
        ["unseen26n-pooled-strict"] = 0.77,
        // unseen26o (session 60; four more Shenzhen work reports — the city's 2021, 南山 2022, 罗湖 2023, 盐田 2023 — from the same
        // repository's folder data/processed/cleaned, fetched 2026-12-07; one coder a text, none of whom ran the tool): the build
        // after round 100 (main a53b5587's extraction) 79.6 % (327/411), 61.4 % (172/280), 70.9 % (231/326), 72.5 % (237/327), pooled
        // 71.9 % (967/1344), 82.4 % (884/1073) without the rows marked borderline.
        ["unseen26o-o1"] = 0.79,
        ["unseen26o-o2"] = 0.61,
        ["unseen26o-o3"] = 0.70,
        ["unseen26o-o4"] = 0.72,
        ["unseen26o-pooled"] = 0.71,
        ["unseen26o-pooled-strict"] = 0.82,
        // unseen26p (session 62; four work reports of 海拉尔区, a district of 呼伦贝尔市, Inner Mongolia — 2019, 2018, 2017, 2016 —
        // from another repository, fetched 2026-12-07: the first fetched fresh set from outside Guangdong and Hebei; one coder a
        // text, none of whom ran the tool): the session's start build (main 2dc7d211's extraction) 65.2 % (176/270), 70.5 %
        // (182/258), 57.1 % (105/184), 60.6 % (163/269), pooled 63.8 % (626/981), 74.0 % (586/792) without the rows marked borderline.
        ["unseen26p-p1"] = 0.65,
        ["unseen26p-p2"] = 0.70,
        ["unseen26p-p3"] = 0.57,
        ["unseen26p-p4"] = 0.60,
        ["unseen26p-pooled"] = 0.63,
        ["unseen26p-pooled-strict"] = 0.73,
        // unseen26q (session 63; four work reports of the same district, 2015, 2014, 2013, 2012, from the same repository, fetched
        // 2026-12-07 while round 109's writers, who read unseen26p, worked; one coder a text, none of whom ran the tool): the
        // session's start build (main 61fefa9a's extraction) 70.8 % (109/154), 59.8 % (67/112), 56.4 % (53/94), 50.0 % (66/132),
        // pooled 60.0 % (295/492), 74.3 % (272/366) without the rows marked borderline.
        ["unseen26q-q1"] = 0.70,
        ["unseen26q-q2"] = 0.59,
        ["unseen26q-q3"] = 0.56,
        ["unseen26q-q4"] = 0.50,
        ["unseen26q-pooled"] = 0.59,
        ["unseen26q-pooled-strict"] = 0.74,
        // unseen26r (session 64; four local texts of three provinces and an autonomous region, fetched 2026-12-07 from
        // repositories no earlier set came from, while round 111's writers worked; one coder a text, none of whom ran the tool):
        // 丽水市 2024, 六盘水市 2024, 恩施市 2024 (work reports), 包头市's 2022 notice issuing its digital-government evaluation
        // measures. The session's start build (main 0ce46e26's extraction) 62.5 % (213/341), 76.3 % (306/401), 67.0 % (236/352),
        // 46.1 % (59/128), pooled 66.6 % (814/1,222), 77.1 % (712/923) without the rows marked borderline. Since session 65 the
        // scorer reads each file as extract does (SloganExtractor.ExtractFile): r2 307, r4 58 (45.3 %; the notice's normalised
        // text, a pkulaw export), pooled the same.
        ["unseen26r-r1"] = 0.62,
        ["unseen26r-r2"] = 0.76,
        ["unseen26r-r3"] = 0.66,
        ["unseen26r-r4"] = 0.45,
        ["unseen26r-pooled"] = 0.66,
        ["unseen26r-pooled-strict"] = 0.77,
        // unseen26s (session 64; four 2024 work reports of prefecture-level cities of four more provinces — 沈阳 (Liaoning), 乌鲁木齐
        // (Xinjiang), 晋城 (Shanxi), 三亚 (Hainan) — from the repository of unseen26r's reports, fetched after round 111 and coded while
        // round 112's writer worked; one coder a text): the build after round 111 (main 42040aeb) 76.0 % (298/392), 78.3 % (364/465),
        // 71.5 % (334/467), 64.7 % (269/416), pooled 72.7 % (1,265/1,740), 80.4 % (1,136/1,413) without the rows marked borderline.
        ["unseen26s-s1"] = 0.75,
        ["unseen26s-s2"] = 0.78,
        ["unseen26s-s3"] = 0.71,
        ["unseen26s-s4"] = 0.64,
        ["unseen26s-pooled"] = 0.72,
        ["unseen26s-pooled-strict"] = 0.80,
        // unseen26t (session 65; four 2024 work reports — 梧州 (Guangxi), 甘孜州 (Sichuan), 南京 (Jiangsu), 长沙 (Hunan) — from the
        // repository of unseen26r/26s, cities drawn at random from a reserve kept out of round 113's pool, coded while round 113's
        // writers worked; one coder a text): the session's start build (main 9eb4391d) 73.1 % (283/387), 62.5 % (263/421),
        // 73.3 % (319/435), 73.6 % (335/455), pooled 70.7 % (1,200/1,698), 82.4 % (1,082/1,313) without the rows marked borderline.
        ["unseen26t-t1"] = 0.73,
        ["unseen26t-t2"] = 0.62,
        ["unseen26t-t3"] = 0.73,
        ["unseen26t-t4"] = 0.73,
        ["unseen26t-pooled"] = 0.70,
        ["unseen26t-pooled-strict"] = 0.82,
        // unseen26v (session 66; four 2024 work reports — 青岛 (Shandong), 吉林市 (Jilin), 银川 (Ningxia), 抚州 (Jiangxi) — from the
        // same repository, cities drawn at random (seed 20261303) from the reserve kept out of round 113's pool, coded while round
        // 114's writers worked; one coder a text): the session's start build (main 4271e255) 81.0 % (285/352), 68.3 % (241/353),
        // 70.9 % (273/385), 71.1 % (295/415), pooled 72.7 % (1,094/1,505), 80.8 % (954/1,181) without the rows marked borderline.
        ["unseen26v-v1"] = 0.80,
        ["unseen26v-v2"] = 0.68,
        ["unseen26v-v3"] = 0.70,
        ["unseen26v-v4"] = 0.71,
        ["unseen26v-pooled"] = 0.72,
        ["unseen26v-pooled-strict"] = 0.80,
        // unseen26u (session 66; six 2024 work reports — 来宾 (Guangxi), 南通 (Jiangsu), 成都 (Sichuan), 呼和浩特 (Inner Mongolia),
        // 北京, 铜陵 (Anhui) — drawn at random from round 113's development pool, which its writers had read; one coder a text, none
        // of whom ran the tool): development text from the start (opened), coded so that rules for fresh 2024 city text can be
        // written against a scholar's coding of it. The session's start build (main 4271e255) 73.7 % (330/448), 72.8 % (225/309),
        // 72.4 % (390/539), 69.1 % (177/256), 78.2 % (297/380), 76.1 % (280/368), pooled 73.9 % (1,699/2,300), 83.0 % (1,493/1,798)
        // without the rows marked borderline.
        ["unseen26u-u1"] = 0.73,
        ["unseen26u-u2"] = 0.72,
        ["unseen26u-u3"] = 0.72,
        ["unseen26u-u4"] = 0.69,
        ["unseen26u-u5"] = 0.78,
        ["unseen26u-u6"] = 0.76,
        ["unseen26u-pooled"] = 0.73,
        ["unseen26u-pooled-strict"] = 0.83,
        // unseen26w (session 67; six more 2024 work reports of the same pool — 厦门 (Fujian), 淄博 (Shandong), 宣城 (Anhui), 眉山 (Sichuan),
        // 咸宁 (Hubei), 安顺 (Guizhou); one coder a text, none of whom ran the tool): development text from the start, like unseen26u.
        // The session's start build (main 4470962c) 74.1 % (306/413), 71.9 % (233/324), 71.3 % (231/324), 78.9 % (262/332),
        // 69.6 % (229/329), 74.3 % (266/358), pooled 73.4 % (1,527/2,080), 82.1 % (1,361/1,658) without the rows marked borderline.
        ["unseen26w-w1"] = 0.74,
        ["unseen26w-w2"] = 0.71,
        ["unseen26w-w3"] = 0.71,
        ["unseen26w-w4"] = 0.78,
        ["unseen26w-w5"] = 0.69,
        ["unseen26w-w6"] = 0.74,
        ["unseen26w-pooled"] = 0.73,
        ["unseen26w-pooled-strict"] = 0.82,
    };

    // Three development reports coded blind from the codebook (hebei_2026, henan_2026, zhumadian_2024; the first three were
    // coded from the extractor's proposals) put the finders' kinds below the issue's 90 % on dev: measured 2026-11-30 at
    // quoted 82.7 % (43/52), parallel 42.4 % (14/33), policy 62.8 % (54/86). Two more reports coded blind in round 3 of
    // the lexicon (sichuan_2026, zhumadian_2018; Gold/formulas.tsv) lowered the dev figures to lexicon 88.4 % (1502/1700),
    // numbered 84.6 % (132/156), quoted 72.3 % (60/83), parallel 26.5 % (18/68), policy 48.7 % (76/156): on reports the
    // rules were not written from, the finders and the lexicon's generic-looking entries are not yet at the goal. Those kinds
    // are guarded against regression on dev until they reach it; titled is held to the goal. After the merges of the day
    // (the finders' four precision rounds): lexicon 88.1 %, numbered 87.9 %, quoted 76.6 %, parallel 28.1 %, policy 73.7 %.
    // Lexicon round 13 (branch lexrecall13) lowered the lexicon floor 0.88 -> 0.86: its entries (全国文明城市, 军政军民团结,
    // 国家区域医疗中心 ...) are coded by the newer dev gold (formulas-dev-recall13.tsv, read under the current codebook) and
    // 86 of 92 of their sampled mentions were judged right (mentions-dev-lexrecall13.tsv), but the eight older dev-gold
    // reports leave some 40 of their occurrences uncoded (lexicon 88.4 % -> 86.6 % on them).
    // Quoted round 20 (branch quoted20) lowered the quoted floor 0.74 -> 0.73: its labels in a run (“国之大者”“省之要事”,
    // sichuan_2026; “国之大者”“省之要者”, zhumadian_2024) and a service model (“首席服务员”“未诉先办”等服务模式, zhumadian_2024)
    // are judged right in Gold/mentions-dev-quoted20.tsv (29 of 30 added mentions right; the dev-recall gold codes 省之要事 in
    // jilin_2026), but the older dev gold leaves them uncoded (quoted 98/131 = 74.8 % -> 98/134 = 73.1 % on it).
    // Policy round 31 (branch policy31) lowered the policy floor 0.70 -> 0.69: the reform of a named institution (…制度改革,
    // …体制改革) adds two policy mentions to the eight older dev-gold reports that leave them uncoded (职教高考制度改革,
    // sichuan_2026, judged right; 资本市场机制改革, zhumadian_2018, borderline): policy 104/147 = 70.7 % -> 104/149 = 69.8 %.
    // Lexicon round 34 (branch lexicon34) lowered the lexicon floor 0.86 -> 0.85 under the lead's decision of round 34 (the codebook's
    // section on national terms the development gold leaves uncoded): its entries coded by the coders of two or more unseen sets
    // (新型储能, 具身智能, 智能经济, 服务业优质高效发展, 企业创新主体地位, 生产性服务业向专业化和价值链高端延伸 …) add 24 mentions to
    // the eight older dev-gold reports, which leave them all uncoded (jilin 6, sichuan 7, qinghai 4, hebei 3, henan 3, zhumadian
    // 2024 1): lexicon 1849/2148 = 86.1 % -> 1849/2172 = 85.1 %, measured; the round's mention diff over the readable texts (359
    // added, none removed) was read mention by mention: about 350 right.
    // Lexicon round 35 (branch lexicon35) lowered the lexicon floor 0.85 -> 0.84 under the same decision as the round's brief states
    // it (a national term of the work reports 2018-2025 or the central documents that further readable documents use or an opened
    // unseen set's coders code): its entries add 13 mentions to the eight older dev-gold reports, which leave them all uncoded
    // (社会治安防控体系 2, 超低排放改造 2, 新污染物治理 2, 普惠托育 2, 新型消费 2, 存量政策, 低效用地再开发, 房地产市场平稳健康发展:
    // qinghai 3, sichuan 5, zhumadian 2018 2, henan, jilin, zhumadian 2024 1 each): lexicon 1849/2172 = 85.1 % -> 1849/2185 = 84.6 %,
    // measured; the round's mention diff over the readable texts (216 added, 14 removed) was read mention by mention: about 213 right.
    // Lexicon round 36 (branch lexicon36) lowered the lexicon floor 0.84 -> 0.83 under the same decision as the round's brief states
    // it: its entries 高新技术企业 (12), 科技型中小企业 (7), 扩大有效投资 (5), 全国重点实验室 (4) and 拔尖创新人才 (1), national terms
    // coded by the coders of opened unseen sets, add 29 mentions to the eight older dev-gold reports, which leave them all uncoded:
    // lexicon 1848/2184 = 84.6 % -> 1848/2213 = 83.5 %, measured; the round's mention diff over the readable texts (227 lexicon
    // mentions and 1 policy mention added, about 218 right; 14 removed, cores and a cut the whole spans replace) was read mention by mention.
    // Round 38 (lead, tools/lexicon/curated/round38-lead.txt) lowered it 0.83 -> 0.82 under the same decision: 世界一流企业,
    // 国家医学中心 and 防灾减灾救灾, each coded by the coders of two opened unseen sets, add 7 mentions to the eight older dev-gold
    // reports, which leave them uncoded: lexicon 1845/2221 = 83.1 % -> 1845/2228 = 82.8 %, measured; the entries' 77 readable
    // mentions were read one by one, 75 right.
    // Policy round 44 (branch policy44) lowered the policy floor 0.69 -> 0.68: a reform named between its introducing verb and the
    // clause's end (IntroducedProgrammeFinder.Reforms.cs) adds four policy mentions to the eight older dev-gold reports, which leave
    // them uncoded (产业园区矩阵式改革, henan; 政务服务改革, jilin; 土地利用综合改革 and 行政服务体制机制改革, zhumadian 2018; the
    // writer read three right, 政务服务改革 a generic field); its benefit policies add two the gold codes (生育补贴政策, jilin;
    // 离境退税政策, qinghai): policy 105/150 = 70.0 % -> 107/156 = 68.6 %, measured; the round's diff over the readable texts (162
    // added, none removed; tools/judging/policy44-changes.tsv) was read mention by mention: 145 right, 12 borderline, 5 wrong.
    // Lexicon round 77 (branch lexicon77) lowered the lexicon floor 0.82 -> 0.81 under the same decision: 既有住宅加装电梯 (coded by
    // the coders of unseen26j, 26k and 26l) and 公立医院改革与高质量发展示范项目 (coded by unseen26f) add one mention each to jilin
    // 2026, which leaves them uncoded: lexicon 1843/2247 = 82.02 % -> 1843/2249 = 81.95 %, measured; the round's 21 added readable
    // mentions were read one by one (20 right, the uncoded 公立医院高质量发展 of guangdong_2023's pilot doubtful).
    // Lexicon round 115 (branch lex115) lowered the lexicon floor 0.81 -> 0.80 under the same decision: Sichuan's 百强中心镇 (scoped
    // to the province; coded by the coders of unseen26u and 26w, chengdu and meishan 2024) adds one mention to sichuan_2026
    // (省级百强中心镇), which leaves it uncoded: lexicon 1842/2274 = 81.00 % -> 1842/2275 = 80.97 %, measured; the round's other
    // entries add nothing to the eight reports.
    private static readonly Dictionary<MentionKind, double> DevPrecisionFloor = new()
    {
        [MentionKind.Lexicon] = 0.80,
        [MentionKind.Numbered] = 0.86,
        [MentionKind.Quoted] = 0.73,
        [MentionKind.Parallel] = 0.26,
        [MentionKind.Policy] = 0.68,
    };

    // A kind is judged only on enough mentions to say something (one wrong titled document in three is not a rate).
    private const int MinMentionsForPrecision = 5;

    // A coded row and the split it is scored in (SplitOf: a fresh held-out or unseen file is a split of its own).
    private sealed record GoldItem(string Split, CodedFormula Coded)
    {
        public string File => Coded.File;

        public bool Borderline => Coded.Borderline;
    }

    private sealed record SplitScore(string Split, int Gold, int Found, IReadOnlyDictionary<MentionKind, (int Right, int All)> Kinds, IReadOnlyList<MissedFormula> Missed, IReadOnlyList<string> Wrong, IReadOnlyList<(string File, int Gold, int Found)> Reports)
    {
        public double Recall => Found / (double)Gold;

        // Each missed formula once, with all its missed occurrences (its causes apart in Missed).
        public IEnumerable<string> MissedShown => Missed.GroupBy(m => m.Formula).Select(g => $"{FormulaRecall.Normalise(g.Key.Canonical)}×{g.Sum(m => m.Occurrences)}");
    }

    public static string GoldPath => Path.Combine(GoldFolder, "formulas.tsv");

    private static string GoldFolder => Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold");

    [Fact]
    public void The_development_split_meets_the_issue_and_the_held_out_split_does_not_regress()
    {
        List<GoldItem> gold = Load();
        Assert.Contains(gold, g => g.Split == "dev");
        var extractor = new SloganExtractor(Lexicon.Default);
        var failures = new List<string>();
        // check5 once more without the rows its coder marked borderline (a stricter reading of the codebook's scope).
        IEnumerable<IGrouping<string, GoldItem>> splits = gold.GroupBy(g => g.Split)
            .Concat(gold.Where(g => g.Split == "check5" && !g.Borderline).GroupBy(_ => "check5-strict"))
            .Concat(gold.Where(g => PooledSet(g.Split) is not null).GroupBy(g => PooledSet(g.Split) + "-pooled"))
            .Concat(gold.Where(g => PooledSet(g.Split) is not null && !g.Borderline).GroupBy(g => PooledSet(g.Split) + "-pooled-strict"));
        foreach (IGrouping<string, GoldItem> split in splits)
        {
            SplitScore score = Score(split.Key, [.. split], extractor);
            output.WriteLine($"split {score.Split}: {split.Select(g => g.File).Distinct().Count()} reports, gold {score.Gold}, found {score.Found}, recall {score.Recall:P1}");
            output.WriteLine($"  misses by what was reported instead: {Causes(score.Missed)}");
            if (score.Reports.Count > 1)
            {
                // Per report, in aggregates only (a municipal report of a place whose other years are development text may
                // fare differently from a province seen in no other year).
                output.WriteLine($"  by report: {string.Join("; ", score.Reports.Select(r => $"{r.File} {r.Found}/{r.Gold} {r.Found / (double)r.Gold:P1}"))}");
            }

            foreach ((MentionKind kind, (int right, int all)) in score.Kinds.OrderBy(k => k.Key))
            {
                output.WriteLine($"  {kind,-9} precision {(all == 0 ? 1 : right / (double)all):P1} ({right}/{all})");
                if (score.Split == "dev" && all >= MinMentionsForPrecision && right < DevPrecisionFloor.GetValueOrDefault(kind, MinPrecision) * all)
                {
                    failures.Add($"{score.Split}: {kind} precision {right}/{all}");
                }
            }

            // The held-out items are evidence for the figures, not material for rules: whoever runs this test while writing
            // rules sees only the held-out split's aggregates, unless POLICYLENS_SHOW_HELDOUT=1 (for the coordinator).
            bool showItems = score.Split == "dev" || score.Split.StartsWith("dev-recall", StringComparison.Ordinal)
                || OpenedUnseenSets.Any(set => score.Split.StartsWith(set + "-", StringComparison.Ordinal) && !score.Split.Contains("-pooled", StringComparison.Ordinal))
                || Environment.GetEnvironmentVariable("POLICYLENS_SHOW_HELDOUT") == "1";
            if (showItems)
            {
                output.WriteLine($"  missed: {string.Join(", ", score.MissedShown)}");
                output.WriteLine($"  not in gold: {string.Join(", ", score.Wrong)}");
                foreach (IGrouping<MissCause, MissedFormula> cause in score.Missed.GroupBy(m => m.Cause))
                {
                    output.WriteLine($"  missed, {FormulaRecall.Describe(cause.Key)}: {string.Join(", ", cause.Select(Shown))}");
                }
            }

            double floor = score.Split switch
            {
                "dev" => MinRecall,
                "heldout" => HeldOutRecallFloor,
                _ when score.Split.StartsWith("heldout-r", StringComparison.Ordinal) => FreshHeldOutFloor.GetValueOrDefault(score.Split, 0.5),
                _ when score.Split.StartsWith("unseen", StringComparison.Ordinal) => UnseenFloor.GetValueOrDefault(score.Split, 0.5),
                _ => CheckRecallFloor,
            };
            if (score.Recall < floor)
            {
                failures.Add($"{score.Split}: recall {score.Recall:P1}" + (showItems ? $"; missed {string.Join(", ", score.MissedShown.Take(30))}" : ""));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_gold_file_is_well_formed()
    {
        List<GoldItem> gold = Load();
        Assert.All(gold, g =>
        {
            Assert.True(g.Split is "dev" or "heldout" or "check5" || g.Split.StartsWith("set-aside-", StringComparison.Ordinal)
                || g.Split.StartsWith("heldout-r", StringComparison.Ordinal) || g.Split.StartsWith("unseen", StringComparison.Ordinal)
                || g.Split.StartsWith("dev-recall", StringComparison.Ordinal), g.Split);
            Assert.True(g.Coded.Count > 0 && g.Coded.Kinds.Count > 0, g.Coded.Canonical);
            Assert.True(File.Exists(SharedData.CorpusFile(g.File)), g.File);
        });
        // One row per item per report within a split. Two splits may code the same report independently: municipal/zhumadian_2011
        // is coded by set-aside-8 (round 8) and again, fresh, by dev-recall18b (round 18), each scored on its own.
        Assert.Equal(gold.Count, gold.Select(g => (g.Split, g.File, string.Join("|", g.Coded.Forms.Select(FormulaRecall.Normalise)))).Distinct().Count());
        Assert.Contains(gold, g => g.Split == "check5");
        Assert.Contains(gold, g => g.Split == "set-aside-7" && g.File == "provincial/jiangxi_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall17" && g.File == "provincial/jiangsu_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall18b" && g.File == "provincial/liaoning_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall19-guizhou" && g.File == "provincial/guizhou_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall20-shaanxi" && g.File == "provincial/shaanxi_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall20-xinjiang" && g.File == "provincial/xinjiang_2026.txt");
        Assert.Contains(gold, g => g.Split == "dev-recall20-guangdong2023" && g.File == "provincial/guangdong_2023.txt");
    }

    // The split's reports scored one by one by the library's scorer (FormulaRecall, also `policylens evaluate recall`), pooled.
    private static SplitScore Score(string split, List<GoldItem> gold, SloganExtractor extractor)
    {
        var kinds = new Dictionary<MentionKind, (int Right, int All)>();
        var missed = new List<MissedFormula>();
        var wrong = new List<string>();
        var reports = new List<(string File, int Gold, int Found)>();
        foreach (IGrouping<string, GoldItem> report in gold.GroupBy(g => g.File))
        {
            string text = File.ReadAllText(SharedData.CorpusFile(report.Key));
            TextRecall score = FormulaRecall.Score(report.Key, report.Select(g => g.Coded), extractor.ExtractFile(text, SharedData.CorpusFile(report.Key), report.Key));
            foreach ((MentionKind kind, KindAgreement agreement) in score.ByKind)
            {
                (int right, int all) = kinds.GetValueOrDefault(kind);
                kinds[kind] = (right + agreement.Coded, all + agreement.Reported);
            }

            missed.AddRange(score.Missed);
            wrong.AddRange(score.NotCoded.Select(m => $"{m.Kind}:{m.Canonical}"));
            reports.Add((report.Key, score.Coded, score.Found));
        }

        return new SplitScore(split, reports.Sum(r => r.Gold), reports.Sum(r => r.Found), kinds, missed, wrong, reports);
    }

    // A missed formula as the figures print it: its first form, normalised, and the occurrences missed (新发展理念×2).
    private static string Shown(MissedFormula m) => $"{FormulaRecall.Normalise(m.Formula.Canonical)}×{m.Occurrences}";

    // The misses of a split by cause, in aggregates only (so the held-out split can print it).
    private static string Causes(IReadOnlyList<MissedFormula> missed) =>
        string.Join("; ", Enum.GetValues<MissCause>().Select(c => $"{FormulaRecall.Describe(c)} {missed.Where(m => m.Cause == c).Sum(m => m.Occurrences)}"));

    private static List<GoldItem> Load() =>
        [.. new[] { GoldPath, Path.Combine(GoldFolder, "formulas-check5.tsv") }.Concat(SetAsideFiles()).Concat(DevRecallFiles()).Concat(FreshHeldOutFiles()).Concat(UnseenFiles())
            .SelectMany(path => CodedFormula.ReadFile(path).Select(row => new GoldItem(SplitOf(path, row.Split), row)))];

    // Gold/formulas-set-aside-<helper><round>.tsv: development reports a round set aside unread and coded before running the
    // tool on them (formulas-set-aside-recall7.tsv: jiangxi_2026, zhumadian_2026). Their rows are split dev as coded; they are
    // scored as a split of their own, set-aside-<round>, so the round's gain on unread text is reported apart from dev.
    private static IEnumerable<string> SetAsideFiles() =>
        Directory.EnumerateFiles(GoldFolder, "formulas-set-aside-*.tsv").Order(StringComparer.Ordinal);

    // Gold/formulas-dev-recall<round>.tsv: development reports no other gold file covers, hand-coded fresh (read in full and
    // coded before the extractor was run on them) to measure recall on text the rules were not written from (recall13:
    // zhumadian_2025, beijing_2026; recall16: hubei_2026, zhumadian_2020; recall16b: anhui_2026; recall17: jiangsu_2026,
    // zhumadian_2023; recall17b: guangdong_2026, zhumadian_2014; recall18: fujian_2026, zhumadian_2017; recall18b:
    // liaoning_2026, zhumadian_2011, the latter also coded, independently, in round 8's set-aside-recall8; recall18c:
    // chongqing_2026, zhumadian_2009; recall19-gansu, -guizhou, -heilongjiang: gansu_2026, guizhou_2026, heilongjiang_2026,
    // each coded by one fresh helper of round 19 (fresh19, fresh19b, fresh19c), the one reader of that report in the round,
    // so their splits also measure the round's other rules on text their writers never read; recall20-shaanxi, -xinjiang,
    // -guangdong2023: shaanxi_2026, xinjiang_2026, guangdong_2023, coded the same way by fresh20, fresh20b and fresh20c in
    // round 20). Their rows are
    // split dev as coded; each file is scored as a split of its own, dev-recall<round>, so its
    // start figure and the round's gain stay visible apart from the older dev gold, held to the check floor.
    private static IEnumerable<string> DevRecallFiles() =>
        Directory.EnumerateFiles(GoldFolder, "formulas-dev-recall*.tsv").Order(StringComparer.Ordinal);

    // Gold/formulas-heldout-r<round>-<report>.tsv: held-out reports coded fresh in a later round by coders who never wrote
    // rules, read the extractor's output on them or looked at the lexicon (round 21: the adjudication, r21adj, of two
    // independent codings kept in Gold/codings-r21/, which are not scored). Their
    // rows are split heldout as coded; each file is scored as a split of its own, heldout-r<round>-<report>, apart from the
    // adjudicated held-out gold of the first rounds, so that figure stays comparable. Their items are never printed.
    // heldout-r21adj-shandong_2026 → heldout-r21adj (the round's splits are pooled under it); null for any other split.
    // unseen26-gd-proposal → unseen26 likewise (the unseen texts of 2026-12-02, below).
    private static string? PooledSet(string split) =>
        PooledSplitPrefixes.FirstOrDefault(prefix => split.StartsWith(prefix, StringComparison.Ordinal)) is { } prefix
        && split.IndexOf('-', prefix.Length) is int dash and > 0 ? split[..dash] : null;

    // The splits whose files are pooled by set: a round's fresh held-out codings and an unseen set's codings.
    private static readonly string[] PooledSplitPrefixes = ["heldout-r", "unseen"];

    // Gold/formulas-unseen<n>-<texts>.tsv: official texts outside the shared corpus that no rule writer, lexicon curator or
    // judge had read (tests/PolicyLens.Tests/Data/unseen/, SOURCES.md there: a Guangdong party proposal, decisions, opinions
    // and speeches, and central opinions and a speech, 2024–2026), coded from the codebook by coders who never ran the tool,
    // opened the lexicon or read code. Rows are split unseen as coded; each file is a split of its own (unseen26-gd-proposal)
    // and the files of one set are pooled (unseen26-pooled). Their items are never printed, as the held-out ones.
    // A set measured once at its start build and then opened as development text: its items are printed, its figures after
    // that are development figures. unseen26 was measured on fcf2a60 and opened for round 29 (2026-12-02); the unseen measure
    // of round 29's final build is unseen26b, fetched and coded while the round's rules were written, never read by their writers;
    // unseen26b was opened in turn for round 30, whose final build is measured on unseen26c; unseen26c was round 31's
    // validation (its writers saw only its aggregates) and is opened after it; round 31's final build is measured on unseen26d,
    // which was round 32's validation and is opened after it; round 32's final build is measured on unseen26e, which is round
    // 33's validation; round 33's final build is measured on unseen26f, which is opened for round 34 (its writers read its
    // texts, gold and judged sample; round 34 is measured on fresh codings of five held-out reports, formulas-heldout-r34-*).
    // unseen26h measured round 37's final build and is opened for round 38 (measured on heldout-r35, withheld since round 36).
    // unseen26i measured rounds 42–43 and is opened for round 44; unseen26j (Shenzhen) measured round 48 and is opened for round 49.
    // unseen26u (session 66) and unseen26w (session 67) were coded from the development pool and are open from the start.
    private static readonly string[] OpenedUnseenSets = ["unseen26", "unseen26b", "unseen26c", "unseen26d", "unseen26f", "unseen26h", "unseen26i", "unseen26j", "unseen26u", "unseen26w"];

    private static IEnumerable<string> UnseenFiles() =>
        Directory.EnumerateFiles(GoldFolder, "formulas-unseen*.tsv").Order(StringComparer.Ordinal);

    private static IEnumerable<string> FreshHeldOutFiles() =>
        Directory.EnumerateFiles(GoldFolder, "formulas-heldout-r*.tsv").Order(StringComparer.Ordinal);

    private static string SplitOf(string path, string split)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        if (name.StartsWith("formulas-heldout-r", StringComparison.Ordinal) && split == "heldout")
        {
            return name["formulas-".Length..];
        }

        if (name.StartsWith("formulas-unseen", StringComparison.Ordinal) && split == "unseen")
        {
            return name["formulas-".Length..];
        }

        if (name.StartsWith("formulas-dev-recall", StringComparison.Ordinal) && split == "dev")
        {
            return name["formulas-".Length..];
        }

        return name.StartsWith("formulas-set-aside-", StringComparison.Ordinal) && split == "dev"
            ? "set-aside-" + string.Concat(name.Where(char.IsAsciiDigit))
            : split;
    }
}
