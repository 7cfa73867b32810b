namespace Cpd.Domain.Planning;

/// <summary>The documented limits on what a development plan holds. Lengths count as in <see cref="Records.CpdRecordLimits"/>.</summary>
public static class PlanLimits
{
    /// <summary>The longest objective title, in characters, after surrounding spaces are trimmed.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>The longest explanation of why, in characters.</summary>
    public const int WhyMaxLength = 20_000;

    /// <summary>The most categories or competences one objective may serve.</summary>
    public const int MaxServes = 20;

    /// <summary>The longest category or competence name, in characters.</summary>
    public const int ServesMaxLength = 100;

    /// <summary>The longest review outcome, in characters.</summary>
    public const int OutcomeMaxLength = 20_000;
}
