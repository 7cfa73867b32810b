using System.Collections.Concurrent;
using Npgsql;

namespace Cpd.Storage.Postgres.Tests;

/// <summary>
/// A schema of its own for one test on the shared test server, stores over it, raw access beside them, and
/// the schema's removal at the end, so that tests never see each other's data.
/// </summary>
internal sealed class PostgresTestSchema : IAsyncDisposable
{
    private readonly ConcurrentBag<PostgresCpdRecordStore> _stores = [];

    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N");

    public PostgresStoreOptions Options(Action<PostgresStoreOptions>? configure = null)
    {
        var options = new PostgresStoreOptions
        {
            ConnectionString = PostgresTestServer.ConnectionString,
            SchemaName = Name,
        };
        configure?.Invoke(options);
        return options;
    }

    public PostgresCpdRecordStore NewStore(Action<PostgresStoreOptions>? configure = null)
    {
        var store = new PostgresCpdRecordStore(Options(configure));
        _stores.Add(store);
        return store;
    }

    /// <summary>Opens a connection whose search path is this schema, outside any store.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString)
        {
            SearchPath = Name,
            Pooling = false,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await DropAsync(Name);
    }

    public static async Task DropAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(PostgresTestServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
