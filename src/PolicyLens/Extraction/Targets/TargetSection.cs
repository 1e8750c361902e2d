// A top-level section of a report (from the Text stage's heading tree) as the target rules see it: where, what, which years.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>What a part of a report does, which decides what its figures are (see <see cref="KindAndHorizonResolver"/>).</summary>
internal enum SectionRole
{
    /// <summary>Not a known part, or text before the first heading: the cue words decide.</summary>
    Other,

    /// <summary>A review of past work and results (<c>一、2025年工作回顾</c>): its figures are results.</summary>
    Review,

    /// <summary>Overall requirements and expected targets, or a plan period's goals (<c>二、“十五五”时期主要目标任务</c>).</summary>
    Goals,

    /// <summary>The work to be done (<c>三、2026年重点工作</c>).</summary>
    Tasks,

    /// <summary>The government's own conduct (<c>政府自身建设</c>).</summary>
    SelfGovernment,
}

/// <summary>A section of normalised text: [<paramref name="Start"/>, <paramref name="End"/>), its role and the years it speaks about.</summary>
internal readonly record struct TargetSection(int Start, int End, SectionRole Role, Horizon? Years)
{
    /// <summary>The sections of the Text stage's heading tree that have a role, in document order (parents before children).</summary>
    /// <remarks>
    /// An array read with index loops, here and in <see cref="At"/>: a list of this struct walked through its interfaces (once
    /// a sentence) boxed an enumerator each time and ran generic code the JIT compiled at every run (issue 14, round 15).
    /// </remarks>
    public static TargetSection[] From(IReadOnlyList<Section> sections)
    {
        var found = new List<int>();
        for (int i = 0; i < sections.Count; i++)
        {
            if (RoleOf(sections[i].Kind) != SectionRole.Other)
            {
                found.Add(i);
            }
        }

        var result = new TargetSection[found.Count];
        for (int k = 0; k < result.Length; k++)
        {
            Section s = sections[found[k]];
            result[k] = new TargetSection(s.Span.Start, s.Span.End, RoleOf(s.Kind), s.YearFrom is int from && s.YearTo is int to ? new Horizon(from, to) : null);
        }

        return result;
    }

    /// <summary>
    /// The innermost of <paramref name="sections"/> holding <paramref name="position"/> (a sub-section reviewing results inside a
    /// goals part is a review), or null. Sections nest, so the last one in document order that holds it is the innermost.
    /// </summary>
    public static TargetSection? At(TargetSection[] sections, int position)
    {
        TargetSection? found = null;
        for (int i = 0; i < sections.Length; i++)
        {
            TargetSection s = sections[i];
            if (s.Start > position)
            {
                break;
            }

            if (position < s.End)
            {
                found = s;
            }
        }

        return found;
    }

    private static SectionRole RoleOf(SectionKind kind) => kind switch
    {
        SectionKind.Review => SectionRole.Review,
        SectionKind.Goals => SectionRole.Goals,
        SectionKind.Tasks => SectionRole.Tasks,
        SectionKind.SelfGovernment => SectionRole.SelfGovernment,
        _ => SectionRole.Other,
    };
}
