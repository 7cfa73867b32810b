using Cpd.Storage.Conformance;

namespace Cpd.Storage.Postgres.Tests.Conformance;

public sealed class PostgresStoreConformanceTests : CpdRecordStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => PostgresStores.Fresh();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => PostgresStores.Remove(store);
}

public sealed class PostgresReminderStoreConformanceTests : CpdReminderStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => PostgresStores.Fresh();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => PostgresStores.Remove(store);
}
