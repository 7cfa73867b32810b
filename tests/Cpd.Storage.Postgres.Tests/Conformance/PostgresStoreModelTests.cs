using Cpd.Storage.Conformance;

namespace Cpd.Storage.Postgres.Tests.Conformance;

public sealed class PostgresStoreModelTests : CpdRecordStoreModelTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => PostgresStores.Fresh();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => PostgresStores.Remove(store);
}
