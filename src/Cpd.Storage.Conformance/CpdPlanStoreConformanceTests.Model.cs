using FsCheck.Xunit;

namespace Cpd.Storage.Conformance;

public abstract partial class CpdPlanStoreConformanceTests
{
    /// <summary>
    /// For any sequence of steps from several members and two sittings (objectives set, changed, added twice, plan
    /// reviews recorded), the store and a simple model agree after every step, errors included.
    /// </summary>
    /// <param name="steps">The generated steps.</param>
    [Property(Arbitrary = [typeof(PlanStepArbitraries)], MaxTest = 30)]
    public void Store_AgreesWithThePlanModel_AfterEveryStep(PlanStep[] steps) =>
        Task.Run(() => RunModelAsync(steps)).GetAwaiter().GetResult();

    private async Task RunModelAsync(PlanStep[] steps)
    {
        var store = await CreateStoreAsync();
        try
        {
            await new PlanModelRun(store).RunAsync(steps);
        }
        finally
        {
            await DisposeStoreAsync(store);
        }
    }
}
