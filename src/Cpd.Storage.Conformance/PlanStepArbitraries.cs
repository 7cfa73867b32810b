using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Storage.Conformance;

/// <summary>FsCheck generators for model-based runs of plan stores: sequences of steps from several members and sittings.</summary>
public static class PlanStepArbitraries
{
    /// <summary>Generates sequences of plan steps, weighted towards writes that succeed.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PlanStep[]> Steps()
    {
        var kind = Gen.Frequency(
            (4, Gen.Constant(PlanStepKind.AddObjective)),
            (6, Gen.Constant(PlanStepKind.ChangeObjective)),
            (1, Gen.Constant(PlanStepKind.AddObjectiveAgain)),
            (2, Gen.Constant(PlanStepKind.OpenSecondSitting)),
            (2, Gen.Constant(PlanStepKind.AddReview)));
        var step =
            from k in kind
            from member in Gen.Frequency((4, Gen.Choose(0, 0)), (2, Gen.Choose(1, 2)))
            from pick in Gen.Choose(0, 1000)
            from text in Gen.Choose(0, PlanModelRun.Texts.Count - 1)
            from status in Gen.Choose(0, 3)
            from second in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new PlanStep(k, member, pick, text, status, second);
        return Arb.From(Gen.ArrayOf(step).Resize(40), Shrink);
    }

    // Shorter runs explain a failure best: try the run without each step in turn.
    private static IEnumerable<PlanStep[]> Shrink(PlanStep[] steps) =>
        Enumerable.Range(0, steps.Length).Select(skip => steps.Where((_, i) => i != skip).ToArray());
}
