namespace Cpd.Console;

/// <summary>The kinds of store the console host can keep records in.</summary>
internal enum StoreKind
{
    /// <summary>One SQLite file, <c>cpd.db</c>: the embedded default.</summary>
    Sqlite,

    /// <summary>One JSON file, <c>cpd-records.json</c>.</summary>
    Json,

    /// <summary>A PostgreSQL database named by a connection string, for portals on several servers.</summary>
    Postgres,
}
