using FsCheck.Xunit;

namespace Cpd.Storage.Conformance;

/// <summary>
/// A model-based test of a store: random sequences of commands from several members and from two sittings
/// of the same member run against the store and against a simple model; after every step the two agree.
/// Derive from this class in a test project and create a fresh, empty store in <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract class CpdRecordStoreModelTests
{
    /// <summary>Creates a new, empty store; called once for every generated run.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<ICpdRecordStore> CreateStoreAsync();

    /// <summary>Releases what <see cref="CreateStoreAsync"/> created; by default disposes a disposable store.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when the store is released.</returns>
    protected virtual async Task DisposeStoreAsync(ICpdRecordStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>For any sequence of steps, the store and the model agree after every step.</summary>
    /// <param name="steps">The generated steps.</param>
    [Property(Arbitrary = [typeof(StoreStepArbitraries)], MaxTest = 30)]
    public void Store_AgreesWithTheModel_AfterEveryStep(StoreStep[] steps) =>
        Task.Run(() => RunAsync(steps)).GetAwaiter().GetResult();

    private async Task RunAsync(StoreStep[] steps)
    {
        var store = await CreateStoreAsync();
        try
        {
            await new ModelRun(store).RunAsync(steps);
        }
        finally
        {
            await DisposeStoreAsync(store);
        }
    }
}
