// VariantFold.Fold hands back a text with nothing to fold as it is, and folds a traditional one character by character.
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// <see cref="VariantFold.Fold(string)"/> on a simplified report (the 2019 work report: no copy) and on one printed in
/// traditional characters (1954: a folded copy of the same length).
/// </summary>
public sealed class VariantFoldCopyTests
{
    [Fact]
    public void A_simplified_report_is_returned_as_it_is()
    {
        string text = File.ReadAllText(SharedData.Require("corpus/gwr/2019.txt"));
        Assert.True(text.Length > 10_000);
        Assert.DoesNotContain(text, VariantFold.IsTraditional);
        Assert.Same(text, VariantFold.Fold(text));
    }

    [Fact]
    public void A_traditional_report_is_folded_character_by_character_into_a_copy()
    {
        string text = File.ReadAllText(SharedData.Require("corpus/gwr/1954.txt"));
        Assert.Contains(text, VariantFold.IsTraditional);
        string folded = VariantFold.Fold(text);
        Assert.NotSame(text, folded);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal(new string([.. text.Select(VariantFold.Fold)]), folded);
    }
}
