using Npgsql;

namespace Cpd.Benchmarks.Support;

/// <summary>A statement of a raw batch with its named parameters.</summary>
public static class PostgresStatement
{
    public static NpgsqlBatchCommand Of(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
