using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>Small helpers for building and running statements with named parameters.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(
        NpgsqlConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(text, connection);
        AddParameters(command.Parameters, parameters);
        return command;
    }

    public static NpgsqlBatchCommand BatchCommand(string text, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(text);
        AddParameters(command.Parameters, parameters);
        return command;
    }

    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection,
        string text,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(
        NpgsqlConnection connection,
        string text,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameters(NpgsqlParameterCollection collection, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            collection.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
