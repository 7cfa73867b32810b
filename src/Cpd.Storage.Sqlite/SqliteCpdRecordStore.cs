using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Cpd.Storage.Sqlite;

/// <summary>
/// The embedded default store: every member's records in one SQLite file. The schema is created and
/// upgraded in place on first use; commits are durable across a power cut (WAL with synchronous=FULL);
/// writers in several threads and processes queue for up to <see cref="SqliteStoreOptions.BusyTimeout"/>.
/// </summary>
/// <remarks>Safe to use from several threads and processes at once.</remarks>
public sealed partial class SqliteCpdRecordStore : ICpdRecordStore
{
    private readonly SqliteDatabase _database;
    private readonly ReflectionFrameworkCatalog _frameworks;

    /// <summary>Creates a store over a database file.</summary>
    /// <param name="options">The database path and busy timeout.</param>
    /// <param name="frameworks">The frameworks stored records may refer to; defaults to the seven questions.</param>
    public SqliteCpdRecordStore(SqliteStoreOptions options, ReflectionFrameworkCatalog? frameworks = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        _database = new SqliteDatabase(options);
        _frameworks = frameworks ?? ReflectionFrameworkCatalog.Default;
    }

    /// <summary>Gets the path of the database file.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>Creates or upgrades the schema now, rather than on the first call, and checks the file.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="CpdStoreException">The file is not a SQLite database, or its schema is newer than this library.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(_ => Task.FromResult(true), cancellationToken);

    /// <inheritdoc />
    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(
            async connection =>
            {
                foreach (var record in records)
                {
                    await RecordRows.InsertAsync(connection, record, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<CpdRecord?> FindAsync(MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            async connection => (await ReadAsync(
                connection,
                "r.id = $id AND r.member_id = $member",
                cancellationToken,
                ("$id", SqliteValues.Id(id)),
                ("$member", memberId.Value)).ConfigureAwait(false)).SingleOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            connection => ReadAsync(connection, "r.member_id = $member", cancellationToken, ("$member", memberId.Value)),
            cancellationToken);

    /// <inheritdoc />
    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(record.Version, expectedVersion, nameof(record));
        return WriteAsync(
            async connection =>
            {
                await CheckVersionAsync(connection, record.MemberId, record.Id, expectedVersion, cancellationToken)
                    .ConfigureAwait(false);
                await RecordRows.UpdateAsync(connection, record, expectedVersion, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async connection =>
            {
                await CheckVersionAsync(connection, memberId, id, expectedVersion, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    connection, "DELETE FROM records WHERE id = $id;", cancellationToken, ("$id", SqliteValues.Id(id)))
                    .ConfigureAwait(false);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(
            async connection =>
            {
                await using var command = Sql.Command(
                    connection, SqliteQueries.Summary, ("$member_id", memberId.Value), ("$today", SqliteValues.Date(memberToday)));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new CpdSummary(
                    reader.GetInt32(0),
                    reader.GetInt32(1),
                    reader.GetInt32(2),
                    reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetInt64(5) / 100m);
            },
            cancellationToken);

    private Task<IReadOnlyList<CpdRecord>> ReadAsync(
        SqliteConnection connection,
        string where,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters) =>
        Sql.InReadTransactionAsync(
            connection,
            () => RecordRows.ReadAsync(connection, where, _frameworks, cancellationToken, parameters),
            cancellationToken);

    private static async Task CheckVersionAsync(
        SqliteConnection connection, MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken)
    {
        var stored = await Sql.ScalarAsync(
            connection,
            "SELECT version FROM records WHERE id = $id AND member_id = $member_id;",
            cancellationToken,
            ("$id", SqliteValues.Id(id)),
            ("$member_id", memberId.Value)).ConfigureAwait(false);
        if (stored is not long version)
        {
            throw new CpdRecordNotFoundException(id);
        }

        if (version != expectedVersion)
        {
            throw new CpdConcurrencyException(id, expectedVersion, version);
        }
    }

    private Task<bool> WriteAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(
            connection => Sql.InWriteTransactionAsync(
                connection,
                async () =>
                {
                    await work(connection).ConfigureAwait(false);
                    return true;
                },
                cancellationToken),
            cancellationToken);

    private Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        SqliteErrors.GuardAsync(
            _database.Path,
            async () =>
            {
                await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await work(connection).ConfigureAwait(false);
            });
}
