using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>
/// A store in PostgreSQL, for portals that run on several servers over one database. The schema is created
/// and upgraded on first use, once across every process; each change is one transaction that locks the
/// record's row and checks its version; transactions that PostgreSQL aborts as serialization failures or
/// deadlocks run again, up to <see cref="PostgresStoreOptions.MaxRetryAttempts"/> times.
/// </summary>
/// <remarks>
/// Safe to use from several threads and processes at once. Keep one instance per database and schema for the
/// life of the application: it owns a connection pool, released by <see cref="DisposeAsync"/>.
/// </remarks>
public sealed partial class PostgresCpdRecordStore : ICpdRecordStore, IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly ReflectionFrameworkCatalog _frameworks;

    /// <summary>Creates a store over a PostgreSQL database; nothing is opened until the first call.</summary>
    /// <param name="options">The connection string, schema, command timeout and retries.</param>
    /// <param name="frameworks">The frameworks stored records may refer to; defaults to the seven questions.</param>
    /// <exception cref="ArgumentException">The schema name, command timeout or retry count breaks its rule.</exception>
    /// <exception cref="CpdStoreException">The connection string cannot be parsed or names no host.</exception>
    public PostgresCpdRecordStore(PostgresStoreOptions options, ReflectionFrameworkCatalog? frameworks = null)
    {
        _database = new PostgresDatabase(options);
        _frameworks = frameworks ?? ReflectionFrameworkCatalog.Default;
    }

    /// <summary>Gets the schema that holds the store's tables.</summary>
    public string SchemaName => _database.Schema;

    /// <summary>Creates or upgrades the schema now, rather than on the first call, and checks the connection.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="CpdStoreException">
    /// The server cannot be reached or refuses the login, or the schema is newer than this library.
    /// </exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync((_, _) => Task.FromResult(true), cancellationToken);

    /// <inheritdoc />
    public Task AddAsync(IReadOnlyCollection<CpdRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return _database.WriteAsync(
            async (connection, token) =>
            {
                await RecordRows.InsertAsync(connection, records, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CpdRecord?> FindAsync(
        MemberId memberId, CpdRecordId id, CancellationToken cancellationToken = default)
    {
        var found = await _database.ReadAsync(
            (connection, token) => RecordRows.ReadAsync(
                connection,
                "r.id = @id AND r.member_id = @member_id",
                _frameworks,
                token,
                ("id", id.Value),
                ("member_id", memberId.Value)),
            cancellationToken).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CpdRecord>> ListAsync(MemberId memberId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            (connection, token) => RecordRows.ReadAsync(
                connection, "r.member_id = @member_id", _frameworks, token, ("member_id", memberId.Value)),
            cancellationToken);

    /// <inheritdoc />
    public Task UpdateAsync(CpdRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(record.Version, expectedVersion, nameof(record));
        return _database.WriteAsync(
            async (connection, token) =>
            {
                if (!await RecordRows.UpdateAtVersionAsync(connection, record, expectedVersion, token).ConfigureAwait(false))
                {
                    // Nothing was written: find out why, to raise the right error.
                    await LockAtVersionAsync(connection, record.MemberId, record.Id, expectedVersion, token)
                        .ConfigureAwait(false);
                    throw new CpdStoreException($"Record {record.Id} could not be written; nothing changed.");
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(
        MemberId memberId, CpdRecordId id, long expectedVersion, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(
            async (connection, token) =>
            {
                await LockAtVersionAsync(connection, memberId, id, expectedVersion, token).ConfigureAwait(false);
                return await Sql.ExecuteAsync(
                    connection, "DELETE FROM records WHERE id = @id;", token, ("id", id.Value)).ConfigureAwait(false);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<CpdSummary> SummarizeAsync(
        MemberId memberId, LocalDate memberToday, CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                    connection,
                    PostgresQueries.Summary,
                    ("member_id", memberId.Value),
                    ("today", PostgresValues.Date(memberToday)));
                await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await reader.ReadAsync(token).ConfigureAwait(false);
                return new CpdSummary(
                    reader.GetInt32(0),
                    reader.GetInt32(1),
                    reader.GetInt32(2),
                    reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetInt64(5) / 100m);
            },
            cancellationToken);

    /// <summary>Closes the store's pooled connections.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>
    /// Locks the member's record until the transaction ends, so that no other writer changes it between the
    /// version check and the write, and checks that it is at the expected version.
    /// </summary>
    private static async Task LockAtVersionAsync(
        NpgsqlConnection connection,
        MemberId memberId,
        CpdRecordId id,
        long expectedVersion,
        CancellationToken cancellationToken)
    {
        var stored = await Sql.ScalarAsync(
            connection,
            "SELECT version FROM records WHERE id = @id AND member_id = @member_id FOR UPDATE;",
            cancellationToken,
            ("id", id.Value),
            ("member_id", memberId.Value)).ConfigureAwait(false);
        if (stored is not long version)
        {
            throw new CpdRecordNotFoundException(id);
        }

        if (version != expectedVersion)
        {
            throw new CpdConcurrencyException(id, expectedVersion, version);
        }
    }
}
