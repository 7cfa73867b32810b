using Cpd.Domain.Planning;
using Cpd.Storage.Planning;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Cpd.Storage.Conformance;

/// <summary>
/// Tests of the whole <see cref="ICpdPlanStore"/> contract: examples of every promise, objectives changed from
/// many sittings at once, and an FsCheck model-based test. Derive from this class in a test project and create
/// a fresh, empty store in <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract partial class CpdPlanStoreConformanceTests : IAsyncLifetime
{
    private ICpdPlanStore? _store;

    /// <summary>Gets the clock the suite stamps objectives and reviews with: it moves one second at every reading.</summary>
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    /// <summary>Gets the store under test.</summary>
    protected ICpdPlanStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>Gets the token that cancels when the test run is stopped.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty store; called for every example test and for every generated run.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<ICpdPlanStore> CreateStoreAsync();

    /// <summary>Releases what <see cref="CreateStoreAsync"/> created; by default disposes a disposable store.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when the store is released.</returns>
    protected virtual async Task DisposeStoreAsync(ICpdPlanStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Adds objectives one by one and returns them.</summary>
    /// <param name="objectives">The objectives.</param>
    /// <returns>The same objectives.</returns>
    protected async Task<DevelopmentObjective[]> AddAsync(params DevelopmentObjective[] objectives)
    {
        foreach (var objective in objectives)
        {
            await Store.AddObjectiveAsync(objective, Cancellation);
        }

        return objectives;
    }

    /// <summary>Adds plan reviews one by one and returns them.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>The same reviews.</returns>
    protected async Task<PlanReview[]> AddAsync(params PlanReview[] reviews)
    {
        foreach (var review in reviews)
        {
            await Store.AddPlanReviewAsync(review, Cancellation);
        }

        return reviews;
    }
}
