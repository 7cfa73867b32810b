using Cpd.Domain;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static Cpd.Storage.Conformance.ConformanceRecords;

namespace Cpd.Storage.Conformance;

/// <summary>
/// Example tests of the whole <see cref="ICpdRecordStore"/> contract. Derive from this class in a test
/// project and create a fresh, empty store in <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract partial class CpdRecordStoreConformanceTests : IAsyncLifetime
{
    private ICpdRecordStore? _store;

    /// <summary>Gets the clock the suite stamps records with: it moves one second at every reading.</summary>
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromSeconds(1));

    /// <summary>Gets the store under test.</summary>
    protected ICpdRecordStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>Gets the token that cancels when the test run is stopped.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty store for one test.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<ICpdRecordStore> CreateStoreAsync();

    /// <summary>Releases what <see cref="CreateStoreAsync"/> created; by default disposes a disposable store.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when the store is released.</returns>
    protected virtual async Task DisposeStoreAsync(ICpdRecordStore store)
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

    /// <summary>Adds records and returns them.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The same records.</returns>
    protected async Task<CpdRecord[]> AddAsync(params CpdRecord[] records)
    {
        await Store.AddAsync(records, Cancellation);
        return records;
    }
}
