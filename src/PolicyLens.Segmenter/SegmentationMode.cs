namespace PolicyLens.Tokenization;

/// <summary>jieba's cutting modes.</summary>
public enum SegmentationMode
{
    /// <summary>jieba's accurate mode, <c>jieba.cut(text)</c>: one segmentation, the most probable route.</summary>
    Accurate = 0,

    /// <summary>jieba's full mode, <c>jieba.cut(text, cut_all=True)</c>: every dictionary word found, overlapping.</summary>
    Full = 1,

    /// <summary>jieba's search-engine mode, <c>jieba.cut_for_search(text)</c>: accurate mode plus the dictionary 2- and 3-grams inside long words.</summary>
    Search = 2,
}
