using Cpd.Storage;
using Cpd.Storage.Json;
using Cpd.Storage.Postgres;
using Cpd.Storage.Sqlite;

namespace Cpd.Portal.Hosting;

/// <summary>Where the portal keeps its data: the resolved data folder and the configured store.</summary>
public sealed class PortalStorage
{
    private PortalStorage(string kind, string dataDirectory, ICpdRecordStore store)
    {
        Kind = kind;
        DataDirectory = dataDirectory;
        Store = store;
    }

    /// <summary>
    /// Gets the store kind: <see cref="StoreKinds.Sqlite"/>, <see cref="StoreKinds.Json"/> or
    /// <see cref="StoreKinds.Postgres"/>.
    /// </summary>
    public string Kind { get; }

    /// <summary>Gets the full path of the data folder.</summary>
    public string DataDirectory { get; }

    /// <summary>Gets the record store.</summary>
    public ICpdRecordStore Store { get; }

    /// <summary>Opens the configured store in the data folder, creating the folder when missing.</summary>
    /// <param name="options">The portal's configuration.</param>
    /// <param name="contentRoot">The folder a relative data folder is taken from.</param>
    /// <returns>The storage.</returns>
    /// <exception cref="InvalidOperationException">The store kind is not one the portal knows.</exception>
    public static PortalStorage Open(PortalOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        Directory.CreateDirectory(directory);
        var kind = (options.Store ?? StoreKinds.Sqlite).Trim().ToLowerInvariant();
        return new PortalStorage(kind, directory, OpenStore(kind, directory, options.ConnectionString));
    }

    private static ICpdRecordStore OpenStore(string kind, string directory, string? connectionString) => kind switch
    {
        StoreKinds.Postgres => new PostgresCpdRecordStore(new PostgresStoreOptions
        {
            ConnectionString = connectionString ?? throw new InvalidOperationException(
                "Cpd:Store is 'postgres', so Cpd:ConnectionString must name the database (Host=...;Database=...)."),
        }),
        StoreKinds.Sqlite => new SqliteCpdRecordStore(
            new SqliteStoreOptions { DatabasePath = Path.Combine(directory, SqliteStoreOptions.DefaultFileName) }),
        StoreKinds.Json => new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = directory }),
        _ => throw new InvalidOperationException(
            $"Cpd:Store is '{kind}'; the portal knows '{StoreKinds.Sqlite}' (the default), '{StoreKinds.Json}' and " +
            $"'{StoreKinds.Postgres}'."),
    };
}
