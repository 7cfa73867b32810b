namespace Cpd.Storage.Sqlite;

/// <summary>Options for <see cref="SqliteCpdRecordStore"/>.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The default database file name inside a host's data folder.</summary>
    public const string DefaultFileName = "cpd.db";

    /// <summary>Gets or sets the path of the database file; created, with its folder, when missing.</summary>
    public required string DatabasePath { get; set; }

    /// <summary>
    /// Gets or sets how long a call waits for other writers (threads or processes) before it reports the
    /// store as busy.
    /// </summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
