using Cpd.Storage;
using Cpd.Domain;
using Cpd.Storage.Json;
using Cpd.Storage.Postgres;
using Cpd.Storage.Sqlite;

namespace Cpd.Console;

/// <summary>Which store, in which data folder: the console host's only storage configuration.</summary>
internal sealed record StoreLocation(StoreKind Kind, string DataDirectory, string? ConnectionString = null)
{
    public string SqlitePath => Path.Combine(DataDirectory, SqliteStoreOptions.DefaultFileName);

    public ICpdRecordStore Open() => Kind switch
    {
        StoreKind.Json => new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = DataDirectory }),
        StoreKind.Postgres => new PostgresCpdRecordStore(new PostgresStoreOptions
        {
            ConnectionString = ConnectionString ?? throw new CpdValidationException(new ValidationError(
                "connectionString",
                ValidationRule.Required,
                "--store postgres needs --connection-string or $CPD_POSTGRES, such as Host=...;Database=...")),
        }),
        _ => new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = SqlitePath }),
    };

    /// <summary>Removes the store's files, so that the next use starts empty.</summary>
    public void Delete()
    {
        if (Kind == StoreKind.Postgres)
        {
            throw new CpdValidationException(new ValidationError(
                "store", ValidationRule.OutOfRange, "The demo keeps its own SQLite or JSON store; use --store sqlite."));
        }

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
