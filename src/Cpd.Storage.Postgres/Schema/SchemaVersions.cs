using System.Globalization;
using Npgsql;

namespace Cpd.Storage.Postgres.Schema;

/// <summary>
/// The schema_version table: one row per applied step. Read and written under a transaction-scoped
/// advisory lock, so that processes starting at once apply each step exactly once.
/// </summary>
internal static class SchemaVersions
{
    private const string CreateTableSql = """
        CREATE TABLE schema_version (
            version     integer     NOT NULL PRIMARY KEY,
            description text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        );
        """;

    /// <summary>
    /// Waits for the schema's migration lock, creates the schema and its version table when missing, and
    /// returns the version applied so far. The lock is released when the transaction ends.
    /// </summary>
    public static async Task<int> LockAndReadAsync(
        NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            "SELECT pg_advisory_xact_lock(hashtextextended(@lock, 0));",
            cancellationToken,
            ("lock", $"Cpd.Storage.Postgres migrations of {schema}")).ConfigureAwait(false);

        // Checked before creating, so that a user without CREATE rights can use a schema an owner migrated.
        if (!await ExistsAsync(connection, "SELECT to_regnamespace(@name) IS NOT NULL;", schema, cancellationToken)
                .ConfigureAwait(false))
        {
            await Sql.ExecuteAsync(connection, $"CREATE SCHEMA \"{schema}\";", cancellationToken).ConfigureAwait(false);
        }

        if (!await ExistsAsync(
                connection, "SELECT to_regclass(@name) IS NOT NULL;", "schema_version", cancellationToken)
                .ConfigureAwait(false))
        {
            await Sql.ExecuteAsync(connection, CreateTableSql, cancellationToken).ConfigureAwait(false);
        }

        return Convert.ToInt32(
            await Sql.ScalarAsync(
                connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", cancellationToken)
                .ConfigureAwait(false),
            CultureInfo.InvariantCulture);
    }

    public static async Task ApplyAsync(
        NpgsqlConnection connection, Migration step, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, step.Sql, cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(
            connection,
            "INSERT INTO schema_version (version, description) VALUES (@version, @description);",
            cancellationToken,
            ("version", step.Version),
            ("description", step.Description)).ConfigureAwait(false);
    }

    private static async Task<bool> ExistsAsync(
        NpgsqlConnection connection, string query, string name, CancellationToken cancellationToken) =>
        await Sql.ScalarAsync(connection, query, cancellationToken, ("name", name)).ConfigureAwait(false) is true;
}
