using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Cpd.Storage.Postgres;

/// <summary>The checked options, and the connection string the store actually uses.</summary>
/// <param name="ConnectionString">The caller's connection string with the store's search path and timeout.</param>
/// <param name="Server">The host and port, for messages.</param>
/// <param name="Database">The database name, for messages.</param>
internal sealed partial record PostgresSettings(string ConnectionString, string Server, string Database)
{
    private const int MaxIdentifierLength = 63;

    /// <exception cref="ArgumentException">An option breaks its documented rule.</exception>
    /// <exception cref="CpdStoreException">The connection string cannot be parsed or names no host.</exception>
    public static PostgresSettings Read(PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        CheckSchemaName(options);
        CheckCommandTimeout(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetryAttempts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(
            options.MaxRetryAttempts, PostgresStoreOptions.MaxRetryAttemptsLimit);

        var builder = Parse(options.ConnectionString);
        builder.SearchPath = options.SchemaName;
        builder.CommandTimeout = (int)options.CommandTimeout.TotalSeconds;
        var server = string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}");
        var database = builder.Database ?? builder.Username ?? "postgres";
        return new PostgresSettings(builder.ConnectionString, server, database);
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException)
        {
            throw new CpdStoreException(
                $"The PostgreSQL connection string is not valid ({exception.Message}): fix " +
                "PostgresStoreOptions.ConnectionString, for example " +
                "'Host=db;Database=portal;Username=cpd;Password=…'.",
                exception);
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw new CpdStoreException(
                "The PostgreSQL connection string names no Host: add one to PostgresStoreOptions.ConnectionString, " +
                "for example 'Host=db;Database=portal;Username=cpd;Password=…'.")
            : builder;
    }

    private static void CheckSchemaName(PostgresStoreOptions options)
    {
        var name = options.SchemaName;
        if (name is null || name.Length > MaxIdentifierLength || !SchemaNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                "PostgresStoreOptions.SchemaName must be 1 to 63 lower-case letters, digits or underscores, " +
                "starting with a letter or underscore.",
                nameof(options));
        }
    }

    private static void CheckCommandTimeout(PostgresStoreOptions options)
    {
        var timeout = options.CommandTimeout;
        if (timeout < TimeSpan.FromSeconds(1) || timeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                timeout,
                "PostgresStoreOptions.CommandTimeout must be a whole number of seconds, at least one.");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaNamePattern();
}
