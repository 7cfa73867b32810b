namespace Cpd.Storage.Conformance;

/// <summary>One step of a model-based run, as FsCheck generates it.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Member">Which of the suite's members acts (0 to 2).</param>
/// <param name="Pick">Which record, among every id the run has created (any member's, deleted ones too).</param>
/// <param name="Question">Which question (0 to 6).</param>
/// <param name="Text">Which sample text.</param>
/// <param name="FromSecondSitting">Whether the write starts from what the second sitting read earlier.</param>
public sealed record StoreStep(StoreStepKind Kind, int Member, int Pick, int Question, int Text, bool FromSecondSitting);
