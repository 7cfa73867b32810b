using Cpd.Reminders.Tests.Support;
using Cpd.Storage.Json;
using Cpd.Storage.Postgres;
using Cpd.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Cpd.Storage;
using Cpd.Storage.Reminders;
using Npgsql;

namespace Cpd.Reminders.Tests.Stores;

/// <summary>
/// The stores the dispatch tests marked with a store name run on. A store kind joins by adding its name and
/// its factory here. The file stores each get a folder of their own; PostgreSQL runs on the server named by
/// <c>CPD_TEST_POSTGRES</c> (./test.sh starts one), each test in a schema of its own.
/// </summary>
internal static class ReminderStoreFactory
{
    public const string InMemory = "in-memory";

    public const string Json = "json";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    private const string PostgresVariable = "CPD_TEST_POSTGRES";

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "cpd-reminder-tests");

    public static TheoryData<string> Names => [InMemory, Json, Sqlite, Postgres];

    public static TestStore Create(string name) => name switch
    {
        InMemory => TestStore.InMemory(),
        Json => InFolder(folder => new JsonFileCpdRecordStore(new JsonFileStoreOptions { DataDirectory = folder })),
        Sqlite => InFolder(folder => new SqliteCpdRecordStore(
            new SqliteStoreOptions { DatabasePath = Path.Combine(folder, SqliteStoreOptions.DefaultFileName) })),
        Postgres => PostgresStore(),
        _ => throw new ArgumentException($"No reminder store is called '{name}'.", nameof(name)),
    };

    private static TestStore InFolder<TStore>(Func<string, TStore> open)
        where TStore : ICpdRecordStore, ICpdReminderStore
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = open(folder);
        return new TestStore(store, store, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    private static TestStore PostgresStore()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set: start a server with " +
                "`eval \"$(scripts/postgres.sh start)\"`, or run ./test.sh.");
        var store = new PostgresCpdRecordStore(new PostgresStoreOptions
        {
            ConnectionString = connectionString,
            SchemaName = "reminders_" + Guid.NewGuid().ToString("N"),
        });
        return new TestStore(store, store, async () =>
        {
            await store.DisposeAsync();
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"DROP SCHEMA IF EXISTS \"{store.SchemaName}\" CASCADE;", connection);
            await command.ExecuteNonQueryAsync();
        });
    }
}
