using Cpd.Storage.Conformance;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Tests.Conformance;

public sealed class InMemoryPlanStoreConformanceTests : CpdPlanStoreConformanceTests
{
    protected override async Task<ICpdPlanStore> CreateStoreAsync() => (ICpdPlanStore)await StoreFactories.InMemory();
}

public sealed class JsonFilePlanStoreConformanceTests : CpdPlanStoreConformanceTests
{
    protected override async Task<ICpdPlanStore> CreateStoreAsync() => (ICpdPlanStore)await StoreFactories.JsonFile();

    protected override Task DisposeStoreAsync(ICpdPlanStore store) => StoreFactories.Remove((ICpdRecordStore)store);
}

public sealed class SqlitePlanStoreConformanceTests : CpdPlanStoreConformanceTests
{
    protected override async Task<ICpdPlanStore> CreateStoreAsync() => (ICpdPlanStore)await StoreFactories.Sqlite();

    protected override Task DisposeStoreAsync(ICpdPlanStore store) => StoreFactories.Remove((ICpdRecordStore)store);
}
