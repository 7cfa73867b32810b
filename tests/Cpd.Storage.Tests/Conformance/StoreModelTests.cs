using Cpd.Storage.Conformance;

namespace Cpd.Storage.Tests.Conformance;

public sealed class InMemoryStoreModelTests : CpdRecordStoreModelTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.InMemory();
}

public sealed class JsonFileStoreModelTests : CpdRecordStoreModelTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.JsonFile();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}

public sealed class SqliteStoreModelTests : CpdRecordStoreModelTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.Sqlite();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}
