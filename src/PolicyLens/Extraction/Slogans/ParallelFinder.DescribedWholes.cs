// Round 114 (issue 13, parprec114): a chain written before 的 and a noun phrase headed by a built whole — a layout (格局), a
// system (体系), a model place (样板, 样本) or a problem (问题) — says what that whole is like or what it serves, the codebook's
// "Parallel, not a list of qualities": 构建“多园共生、交通共享、产业共融”的发展格局 (温州 2024), 打造“外引江淮、内连河库、可蓄可调”
// 的水网格局 (滁州 2024), 加快构建“点上技术研发、链上协同创新、面上示范引领”的工业创新体系 (黄山 2024), 打造“资源优配增效、空间
// 优化重塑”的常州样本 (常州 2024), 解决一批发展所需、改革所急、基层所盼、民心所向的问题 (牡丹江 2024; all from the 2024 city reports of
// JiangGufan/digital-governance, the round-113 pool), 加快形成各具特色、优势互补、分工协作、均衡协调的区域开放格局 (gwr 2013). Its
// quotation marks set the description apart, they make it no label: the blind judges of unseen26t and unseen26v read such
// chains wrong (…的发展格局), and parprec114's judged sample of the pool reads every one of them a description.
// Not dropped: a governance pattern named 工作格局/工作体系 (党委领导、人大主导、政府依托、各方参与的立法工作格局, the third plenum
// of 2024; 指挥有力、上下贯通、协同推进的工作格局): it says who does what, a method the codebook's round 18 counts as a named
// mechanism; a chain the lexicon establishes (党委领导、政府负责、…、科技支撑的社会治理体系 takes the lexicon-variant path before
// this test); 局面 and 氛围 (安定团结、生动活泼的政治局面 is the national formula of 1979–1981; 人民城市人民建… the atmosphere's content);
// 队伍 (the marks of a kind of person stay formulas) and a head with no 的 (“问题联治、平安联创、成果共享”工作格局 names the
// working pattern). 环境 and 项目 were heads in the first build and are not: the chain before them is as often a formula the
// codebook keeps (学法、懂法、守法的良好环境, gwr 2004; 强基础、增动能、利长远的优质项目, qinghai 2026, coded in the dev gold:
// ParallelModifierTests, FinderPrecisionTests) as a description (营造“办事便利、成本最低、法治优良、生态宜居”的一流营商环境, 岳阳 2024;
// 一批打基础、利长远的重大项目, 天门 2024, both left reported).
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // The heads of a built whole a chain before 的 describes.
    private static readonly string[] DescribedWholeHeads = ["格局", "体系", "样板", "样本", "问题"];

    // True when the chain ending right before `end` (or before its closing quotation mark there) is followed by 的 and a noun
    // phrase, up to punctuation or 和/与/及, headed by one of DescribedWholeHeads and naming no 工作 pattern.
    private static bool QualifiesBuiltWhole(string text, int end)
    {
        int after = end < text.Length && text[end] is '”' or '’' ? end + 1 : end;
        if (after >= text.Length || text[after] != '的')
        {
            return false;
        }

        string phrase = ClauseAfter(text, after, "，。；、：！？\n“”和与及");
        return !phrase.Contains("工作", StringComparison.Ordinal)
            && DescribedWholeHeads.Any(h => phrase.EndsWith(h, StringComparison.Ordinal));
    }
}
