namespace Cpd.Storage.Postgres;

/// <summary>Options for <see cref="PostgresCpdRecordStore"/>.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>The schema the store keeps its tables in unless told otherwise.</summary>
    public const string DefaultSchemaName = "cpd";

    /// <summary>By default, how often a transaction runs again after a deadlock or serialization failure.</summary>
    public const int DefaultMaxRetryAttempts = 4;

    /// <summary>The most retries <see cref="MaxRetryAttempts"/> accepts.</summary>
    public const int MaxRetryAttemptsLimit = 10;

    /// <summary>
    /// Gets or sets the Npgsql connection string, such as
    /// <c>Host=db.example.org;Database=portal;Username=cpd;Password=…</c>. Its search path is replaced by
    /// <see cref="SchemaName"/> and its command timeout by <see cref="CommandTimeout"/>.
    /// </summary>
    public required string ConnectionString { get; set; }

    /// <summary>
    /// Gets or sets the schema that holds the store's tables; created on first use when missing. Lower-case
    /// letters, digits and underscores, starting with a letter or underscore, at most 63 characters.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultSchemaName"/>.</value>
    public string SchemaName { get; set; } = DefaultSchemaName;

    /// <summary>Gets or sets how long one statement may run before the call fails as timed out.</summary>
    /// <value>Defaults to 30 seconds; whole seconds, at least one.</value>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a whole transaction is tried again when PostgreSQL reports a serialization
    /// failure or a deadlock, before the call fails with a conflict; 0 turns retries off.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultMaxRetryAttempts"/>; at most <see cref="MaxRetryAttemptsLimit"/>.</value>
    public int MaxRetryAttempts { get; set; } = DefaultMaxRetryAttempts;
}
