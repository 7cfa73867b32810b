using Cpd.Storage;
using Cpd.Storage.Json;
using Cpd.Storage.Sqlite;

namespace Cpd.Console;

/// <summary>Which store, in which data folder: the console host's only storage configuration.</summary>
internal sealed record StoreLocation(StoreKind Kind, string DataDirectory)
{
    public string SqlitePath => Path.Combine(DataDirectory, SqliteStoreOptions.DefaultFileName);

    public ICpdRecordStore Open() => Kind switch
    {
        StoreKind.Json => new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = DataDirectory }),
        _ => new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = SqlitePath }),
    };

    /// <summary>Removes the store's files, so that the next use starts empty.</summary>
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        string[] files = Kind == StoreKind.Json
            ? [Path.Combine(DataDirectory, JsonFileStoreOptions.DefaultFileName)]
            : [SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm"];
        foreach (var file in files.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
