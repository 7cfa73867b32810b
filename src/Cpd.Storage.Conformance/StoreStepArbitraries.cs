using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Storage.Conformance;

/// <summary>FsCheck generators for model-based runs: sequences of steps from several members and sittings.</summary>
public static class StoreStepArbitraries
{
    /// <summary>Generates sequences of store steps, weighted towards writes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StoreStep[]> Steps()
    {
        var kind = Gen.Frequency(
            (3, Gen.Constant(StoreStepKind.Add)),
            (5, Gen.Constant(StoreStepKind.SaveAnswer)),
            (2, Gen.Constant(StoreStepKind.ClearAnswer)),
            (2, Gen.Constant(StoreStepKind.ChangeNotes)),
            (1, Gen.Constant(StoreStepKind.Delete)),
            (2, Gen.Constant(StoreStepKind.OpenSecondSitting)));
        var step =
            from k in kind
            from member in Gen.Choose(0, 2)
            from pick in Gen.Choose(0, 1000)
            from question in Gen.Choose(0, 6)
            from text in Gen.Choose(0, ModelRun.Texts.Count - 1)
            from second in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new StoreStep(k, member, pick, question, text, second);
        return Arb.From(Gen.ArrayOf(step).Resize(40), Shrink);
    }

    // Shorter runs explain a failure best: try the run without each step in turn.
    private static IEnumerable<StoreStep[]> Shrink(StoreStep[] steps) =>
        Enumerable.Range(0, steps.Length).Select(skip => steps.Where((_, i) => i != skip).ToArray());
}
