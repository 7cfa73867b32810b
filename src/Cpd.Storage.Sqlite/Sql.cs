using Microsoft.Data.Sqlite;

namespace Cpd.Storage.Sqlite;

/// <summary>Small helpers for running statements.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        SqliteConnection connection, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(
        SqliteConnection connection, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs work in a transaction that takes the write lock at once (BEGIN IMMEDIATE), so that two writers
    /// queue at the start instead of failing when one upgrades a read lock.
    /// </summary>
    public static async Task<T> InWriteTransactionAsync<T>(
        SqliteConnection connection, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "BEGIN IMMEDIATE;", cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await work().ConfigureAwait(false);
            await ExecuteAsync(connection, "COMMIT;", CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        catch
        {
            await RollBackAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs reads in one snapshot, so that records and their answers agree.</summary>
    public static async Task<T> InReadTransactionAsync<T>(
        SqliteConnection connection, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "BEGIN DEFERRED;", cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            await RollBackAsync(connection).ConfigureAwait(false);
        }
    }

    private static async Task RollBackAsync(SqliteConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled back on the error that brought us here.
        }
    }
}
