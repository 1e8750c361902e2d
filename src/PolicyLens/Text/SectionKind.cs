// What part of an official report a section is.
namespace PolicyLens.Text;

/// <summary>The part of a report a <see cref="Section"/> is: what its numbers and sentences mean depends on it.</summary>
public enum SectionKind
{
    /// <summary>None of the others (a speech's heading, an unrecognised part).</summary>
    Other,

    /// <summary>A review of past work and its results (2025年工作回顾): numbers here are results.</summary>
    Review,

    /// <summary>Overall requirements and expected targets (主要预期目标, “十五五”时期主要目标任务).</summary>
    Goals,

    /// <summary>The work to be done (2026年重点工作, 工作安排).</summary>
    Tasks,

    /// <summary>The government's own conduct (加强政府自身建设).</summary>
    SelfGovernment,

    /// <summary>The closing call.</summary>
    Closing,
}
