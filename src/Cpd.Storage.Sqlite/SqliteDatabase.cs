using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cpd.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

/// <summary>Opens connections with the store's settings, after making sure the schema is current.</summary>
[SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The semaphore never creates its wait handle, so there is nothing to release.")]
internal sealed class SqliteDatabase
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteStoreOptions _options;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _ready;

    public SqliteDatabase(SqliteStoreOptions options)
    {
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(options.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public string Path => _options.DatabasePath;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await MigrateOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task MigrateAsync(int targetVersion, CancellationToken cancellationToken)
    {
        ThrowIfNotSqlite();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var version = await UserVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (version > SchemaHistory.Latest)
        {
            throw new CpdStoreException(string.Create(
                CultureInfo.InvariantCulture,
                $"The database '{Path}' has schema version {version}, newer than this library's " +
                $"{SchemaHistory.Latest}. It was left untouched: use a newer version of Cpd.Storage.Sqlite."));
        }

        await Sql.ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        foreach (var step in SchemaHistory.Steps.Where(step => step.Version > version && step.Version <= targetVersion))
        {
            await ApplyAsync(connection, step, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
                await MigrateAsync(SchemaHistory.Latest, cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _migration.Release();
        }
    }

    private static Task<bool> ApplyAsync(SqliteConnection connection, Migration step, CancellationToken cancellationToken) =>
        Sql.InWriteTransactionAsync(
            connection,
            async () =>
            {
                // Another process may have applied the step while this one waited for the write lock.
                if (await UserVersionAsync(connection, cancellationToken).ConfigureAwait(false) >= step.Version)
                {
                    return false;
                }

                await Sql.ExecuteAsync(connection, step.Sql, cancellationToken).ConfigureAwait(false);
                var version = step.Version.ToString(CultureInfo.InvariantCulture);
                await Sql.ExecuteAsync(connection, $"PRAGMA user_version = {version};", cancellationToken)
                    .ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private static async Task<int> UserVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Convert.ToInt32(
            await Sql.ScalarAsync(connection, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false),
            CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var busyMilliseconds = (long)_options.BusyTimeout.TotalMilliseconds;

            // FULL makes every commit reach the disk before it is acknowledged, also in WAL mode.
            await Sql.ExecuteAsync(
                connection,
                $"PRAGMA busy_timeout = {busyMilliseconds.ToString(CultureInfo.InvariantCulture)}; " +
                "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void ThrowIfNotSqlite()
    {
        var info = new FileInfo(Path);
        if (!info.Exists || info.Length == 0)
        {
            return;
        }

        var start = new byte[Header.Length];
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }

        if (!start.AsSpan().SequenceEqual(Header))
        {
            throw new CpdStoreException(
                $"The file '{Path}' is not a SQLite database. It was left untouched: point the store at another file.");
        }
    }
}
