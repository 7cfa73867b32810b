namespace Cpd.Storage.Conformance;

/// <summary>What one step of a model-based run of a plan store does.</summary>
public enum PlanStepKind
{
    /// <summary>A member sets a new objective.</summary>
    AddObjective,

    /// <summary>A member changes an objective's title, why, target date or status.</summary>
    ChangeObjective,

    /// <summary>A member adds again an objective that was already added: its id is taken.</summary>
    AddObjectiveAgain,

    /// <summary>A second sitting reads an objective and keeps it, to change it later from that version.</summary>
    OpenSecondSitting,

    /// <summary>A member records a review of their plan.</summary>
    AddReview,
}
