using Cpd.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Tests.Sqlite;

/// <summary>A database file of its own for one test, and raw access to it beside the store.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    public SqliteTestDatabase() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cpd-sqlite-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "cpd.db");

    public SqliteCpdRecordStore NewStore(TimeSpan? busyTimeout = null) => new(new SqliteStoreOptions
    {
        DatabasePath = Path,
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30),
    });

    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
