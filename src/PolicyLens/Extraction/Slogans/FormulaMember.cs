// One member of a numbered formula (六稳 → 稳就业 …). A formula is mentioned when all its members are written out
// one after another, so each member needs the spellings that occur in real text.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A member of a numbered formula, with the other spellings under which it is written.</summary>
/// <param name="Text">The usual spelling, e.g. <c>稳就业</c>.</param>
/// <param name="Variants">Other spellings, e.g. <c>铁一般的理想信念</c> for <c>铁一般理想信念</c>.</param>
public sealed record FormulaMember(string Text, IReadOnlyList<string> Variants)
{
    /// <summary>A member with no other spelling.</summary>
    public FormulaMember(string text)
        : this(text, [])
    {
    }

    /// <summary><see cref="Text"/> followed by <see cref="Variants"/>.</summary>
    public IEnumerable<string> Spellings => Variants.Prepend(Text);
}
