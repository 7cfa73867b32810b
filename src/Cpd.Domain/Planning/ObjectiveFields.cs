namespace Cpd.Domain.Planning;

/// <summary>
/// The field names that <see cref="ValidationError.Field"/> uses for development objectives and plan reviews,
/// so that a host can place each error next to its input.
/// </summary>
public static class ObjectiveFields
{
    /// <summary>The objective's title.</summary>
    public const string Title = "title";

    /// <summary>Why the member set the objective.</summary>
    public const string Why = "why";

    /// <summary>The date by which the member means to meet it.</summary>
    public const string TargetDate = "targetDate";

    /// <summary>The categories or competences it serves.</summary>
    public const string Serves = "serves";

    /// <summary>The objective's status.</summary>
    public const string Status = "status";

    /// <summary>The date of a plan review.</summary>
    public const string ReviewedOn = "reviewedOn";

    /// <summary>The outcome of a plan review.</summary>
    public const string Outcome = "outcome";
}
