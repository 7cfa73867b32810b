using Npgsql;

namespace Cpd.Benchmarks.Support;

/// <summary>
/// A connection of its own to the benchmark server's default database, for creating, copying and dropping
/// the benchmarks' databases. It is not pooled, so that the seeding lock it may hold ends when it closes.
/// </summary>
internal sealed class PostgresAdmin : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private PostgresAdmin(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresAdmin> OpenAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresBenchmarkServer.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return new PostgresAdmin(connection);
    }

    /// <summary>Waits until no other process seeds or copies a seeded database; held until disposed.</summary>
    public Task LockSeedingAsync() => ExecuteAsync("SELECT pg_advisory_lock(hashtext('cpd benchmark seeding'));");

    /// <summary>Whether the database exists and its seeding ran to the end.</summary>
    public async Task<bool> IsSeededAsync(string database)
    {
        await using var command = new NpgsqlCommand(
            "SELECT 1 FROM pg_database WHERE datname = @name AND shobj_description(oid, 'pg_database') = 'seeded';",
            _connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync() is not null;
    }

    public async Task RecreateAsync(string database)
    {
        await DropAsync(database);
        await ExecuteAsync($"CREATE DATABASE \"{database}\";");
    }

    public Task MarkSeededAsync(string database) => ExecuteAsync($"COMMENT ON DATABASE \"{database}\" IS 'seeded';");

    /// <summary>Copies a database file by file: far quicker than seeding it again.</summary>
    public Task CopyAsync(string template, string database) =>
        ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY;");

    public Task DropAsync(string database) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE);");

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
