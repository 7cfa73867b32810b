namespace Cpd.Portal.Hosting;

/// <summary>The stores the portal can be configured with (<c>Cpd:Store</c>).</summary>
public static class StoreKinds
{
    /// <summary>The embedded default: one SQLite file in the data folder.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>One JSON file in the data folder.</summary>
    public const string Json = "json";

    /// <summary>A PostgreSQL database named by <c>Cpd:ConnectionString</c>, for portals on several servers.</summary>
    public const string Postgres = "postgres";
}
