using Cpd.Storage.InMemory;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;

namespace Cpd.Storage.Tests.Conformance;

/// <summary>Fresh, empty stores of each kind, each in a folder of its own, and their clean-up.</summary>
internal static class StoreFactories
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "cpd-conformance");

    public static Task<ICpdRecordStore> InMemory() => Task.FromResult<ICpdRecordStore>(new InMemoryCpdRecordStore());

    public static Task<ICpdRecordStore> JsonFile() =>
        Task.FromResult<ICpdRecordStore>(new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = NewFolder() }));

    public static Task<ICpdRecordStore> Sqlite() => Task.FromResult<ICpdRecordStore>(
        new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = Path.Combine(NewFolder(), "cpd.db") }));

    public static Task Remove(ICpdRecordStore store)
    {
        var folder = store switch
        {
            JsonFileCpdRecordStore json => Path.GetDirectoryName(json.FilePath),
            SqliteCpdRecordStore sqlite => Path.GetDirectoryName(sqlite.DatabasePath),
            _ => null,
        };
        if (folder is not null && Directory.Exists(folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static string NewFolder() => Path.Combine(Root, Guid.NewGuid().ToString("N"));
}
