using Cpd.Storage.Postgres.Tests;
using Npgsql;

namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// A database of its own on the test server, created for one test and dropped at its end (with any connections
/// the hosts still hold), with raw reads beside the store for the test's checks.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private ScratchDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Gets the connection string of this database, as the hosts are given it.</summary>
    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var name = "cpd_hosts_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\";", cancellationToken);
        }
        catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
                $"This test makes a database of its own: the user that {PostgresTestServer.Variable} names needs " +
                "the CREATEDB right (the server of scripts/postgres.sh has it).",
                refused);
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Database = name };
        return new ScratchDatabase(name, builder.ConnectionString);
    }

    /// <summary>Runs a query on a connection of its own and reads every row.</summary>
    public async Task<List<T>> QueryAsync<T>(
        string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);", CancellationToken.None);
    }

    private static async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
