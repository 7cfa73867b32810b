using Cpd.Storage.Conformance;

namespace Cpd.Storage.Tests.Conformance;

public sealed class InMemoryStoreConformanceTests : CpdRecordStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.InMemory();
}

public sealed class JsonFileStoreConformanceTests : CpdRecordStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.JsonFile();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}

public sealed class SqliteStoreConformanceTests : CpdRecordStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.Sqlite();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}

public sealed class InMemoryReminderStoreConformanceTests : CpdReminderStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.InMemory();
}

public sealed class JsonFileReminderStoreConformanceTests : CpdReminderStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.JsonFile();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}

public sealed class SqliteReminderStoreConformanceTests : CpdReminderStoreConformanceTests
{
    protected override Task<ICpdRecordStore> CreateStoreAsync() => StoreFactories.Sqlite();

    protected override Task DisposeStoreAsync(ICpdRecordStore store) => StoreFactories.Remove(store);
}
