// One part of a report as the target rules see it: where it lies, what it is (review, goals, tasks…), which years it speaks of.
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
internal readonly record struct TargetSection(int Start, int End, SectionRole Role, Horizon? Years);
