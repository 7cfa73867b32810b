namespace Cpd.Domain.Planning;

/// <summary>How far a member has come with one objective of their plan.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Records">The records that serve it.</param>
/// <param name="CompletedRecords">Those of them with every question answered.</param>
/// <param name="Hours">The hours of the records that serve it, added up.</param>
/// <param name="IsOverdue">Whether it is still open after its target date, on the member's date.</param>
public sealed record ObjectiveProgress(
    DevelopmentObjective Objective, int Records, int CompletedRecords, decimal Hours, bool IsOverdue);
