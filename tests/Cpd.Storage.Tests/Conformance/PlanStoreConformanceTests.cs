using Cpd.Storage.Conformance;
using Cpd.Storage.Planning;

namespace Cpd.Storage.Tests.Conformance;

public sealed class InMemoryPlanStoreConformanceTests : CpdPlanStoreConformanceTests
{
    protected override async Task<ICpdPlanStore> CreateStoreAsync() => (ICpdPlanStore)await StoreFactories.InMemory();
}
