using Cpd.Storage.Conformance;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Postgres.Tests.Conformance;

public sealed class PostgresPlanStoreConformanceTests : CpdPlanStoreConformanceTests
{
    protected override async Task<ICpdPlanStore> CreateStoreAsync() => (ICpdPlanStore)await PostgresStores.Fresh();

    protected override Task DisposeStoreAsync(ICpdPlanStore store) => PostgresStores.Remove((ICpdRecordStore)store);
}
