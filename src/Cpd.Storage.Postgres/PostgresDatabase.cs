using Cpd.Storage.Postgres.Schema;
using Npgsql;
using Polly;

namespace Cpd.Storage.Postgres;

/// <summary>
/// Runs reads and transactions against the store's schema: makes sure the schema is current first, tries a
/// transaction again after a serialization failure or deadlock, and turns provider errors into typed ones.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ResiliencePipeline _retries;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _ready;

    public PostgresDatabase(PostgresStoreOptions options)
    {
        var settings = PostgresSettings.Read(options);
        _dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        _retries = TransientConflicts.RetryPipeline(options.MaxRetryAttempts);
        Errors = new PostgresErrors(
            settings.Server, settings.Database, options.SchemaName, options.MaxRetryAttempts, options.CommandTimeout);
    }

    public PostgresErrors Errors { get; }

    public string Schema => Errors.Schema;

    /// <summary>Runs reads on one connection, outside a transaction: each statement sees one snapshot.</summary>
    public Task<T> ReadAsync<T>(
        Func<NpgsqlConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                return await read(connection, token).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>
    /// Runs work in one transaction, committed at the end. When PostgreSQL aborts it as a serialization
    /// failure or deadlock, the whole transaction runs again, so an attempt never leaves half its effects.
    /// </summary>
    public Task<T> WriteAsync<T>(
        Func<NpgsqlConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
                var result = await write(connection, token).ConfigureAwait(false);
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return result;
            },
            cancellationToken);

    /// <summary>Creates or upgrades the schema up to a version, once across all processes sharing it.</summary>
    internal Task MigrateAsync(int targetVersion, CancellationToken cancellationToken) =>
        Errors.GuardAsync(async () =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction =
                await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var version =
                await SchemaVersions.LockAndReadAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
            if (version > SchemaHistory.Latest)
            {
                throw Errors.NewerSchema(version, SchemaHistory.Latest);
            }

            foreach (var step in SchemaHistory.Steps.Where(s => s.Version > version && s.Version <= targetVersion))
            {
                await SchemaVersions.ApplyAsync(connection, step, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _migration.Dispose();
    }

    private Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken) =>
        Errors.GuardAsync(async () =>
        {
            if (!_ready)
            {
                await MigrateOnceAsync(cancellationToken).ConfigureAwait(false);
            }

            return await _retries.ExecuteAsync(
                async (work, token) => await work(token).ConfigureAwait(false), attempt, cancellationToken)
                .ConfigureAwait(false);
        });

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await MigrateAsync(SchemaHistory.Latest, cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _migration.Release();
        }
    }
}
