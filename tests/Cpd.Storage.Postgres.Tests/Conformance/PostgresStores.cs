namespace Cpd.Storage.Postgres.Tests.Conformance;

/// <summary>Fresh, empty stores, each in a schema of its own, and their removal.</summary>
internal static class PostgresStores
{
    public static Task<ICpdRecordStore> Fresh() => Task.FromResult<ICpdRecordStore>(new PostgresCpdRecordStore(
        new PostgresStoreOptions
        {
            ConnectionString = PostgresTestServer.ConnectionString,
            SchemaName = "conformance_" + Guid.NewGuid().ToString("N"),
        }));

    public static async Task Remove(ICpdRecordStore store)
    {
        var postgres = (PostgresCpdRecordStore)store;
        await postgres.DisposeAsync();
        await PostgresTestSchema.DropAsync(postgres.SchemaName);
    }
}
