namespace Cpd.Storage.Conformance;

/// <summary>One step of a model-based run of a plan store, as FsCheck generates it.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Member">Which of the suite's members acts (0 to 2).</param>
/// <param name="Pick">Which objective, among every id the run has created (any member's), or which review date.</param>
/// <param name="Text">Which sample text.</param>
/// <param name="Status">Which status a change sets (0 to 3).</param>
/// <param name="FromSecondSitting">Whether a change starts from what the second sitting read earlier.</param>
public sealed record PlanStep(PlanStepKind Kind, int Member, int Pick, int Text, int Status, bool FromSecondSitting);
