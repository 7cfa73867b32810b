using Cpd.Storage.Postgres;
using Npgsql;

namespace Cpd.Benchmarks.Support;

/// <summary>
/// A database of its own for one benchmark class on the server <see cref="PostgresBenchmarkServer"/> names,
/// with the store over it and raw connections beside it, dropped at cleanup. Seeded databases are copied
/// from a template seeded once per size and kept on the server (<c>cpd_bench_seed_*</c>), since seeding a
/// million records takes longer than measuring and BenchmarkDotNet sets up each benchmark in a new process.
/// </summary>
public sealed class PostgresBenchmarkDatabase : IDisposable
{
    private const string SeedVersion = "v1";
    private readonly NpgsqlDataSource _raw;
    private readonly bool _drop;

    private PostgresBenchmarkDatabase(string name, bool drop)
    {
        Name = name;
        _drop = drop;
        var options = new PostgresStoreOptions { ConnectionString = WithDatabase(name).ConnectionString };
        Store = new PostgresCpdRecordStore(options);

        // What a direct user would open: the same server, database, schema and command timeout as the store.
        var raw = WithDatabase(name);
        raw.SearchPath = Store.SchemaName;
        raw.CommandTimeout = (int)options.CommandTimeout.TotalSeconds;
        _raw = NpgsqlDataSource.Create(raw.ConnectionString);
    }

    public string Name { get; }

    public PostgresCpdRecordStore Store { get; }

    /// <summary>An empty database whose schema the store has created.</summary>
    public static PostgresBenchmarkDatabase Fresh() => FreshAsync().GetAwaiter().GetResult();

    /// <summary>A copy of a database of <paramref name="size"/> records over many members.</summary>
    public static PostgresBenchmarkDatabase Seeded(int size) => SeededAsync(size).GetAwaiter().GetResult();

    /// <summary>Opens a pooled raw connection to the store's schema, as a direct user would.</summary>
    public ValueTask<NpgsqlConnection> OpenRawAsync() => _raw.OpenConnectionAsync();

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    private static async Task<PostgresBenchmarkDatabase> FreshAsync()
    {
        var name = NewName();
        await using (var admin = await PostgresAdmin.OpenAsync())
        {
            await admin.RecreateAsync(name);
        }

        var database = new PostgresBenchmarkDatabase(name, drop: true);
        await database.Store.InitializeAsync();
        return database;
    }

    private static async Task<PostgresBenchmarkDatabase> SeededAsync(int size)
    {
        var template = $"cpd_bench_seed_{size}_{SeedVersion}";
        var name = NewName();
        await using (var admin = await PostgresAdmin.OpenAsync())
        {
            await admin.LockSeedingAsync();
            if (!await admin.IsSeededAsync(template))
            {
                await admin.RecreateAsync(template);
                await SeedAsync(template, size);
                await admin.MarkSeededAsync(template);
            }

            await admin.CopyAsync(template, name);
        }

        return new PostgresBenchmarkDatabase(name, drop: true);
    }

    private static async Task SeedAsync(string template, int size)
    {
        // Disposed before the copy: PostgreSQL copies only a template nobody is connected to.
        var seeding = new PostgresBenchmarkDatabase(template, drop: false);
        try
        {
            await seeding.Store.InitializeAsync();
            await using var connection = await seeding.OpenRawAsync();
            await PostgresSeeder.SeedAsync(connection, size);
        }
        finally
        {
            await seeding.DisposeAsync();
        }
    }

    private static NpgsqlConnectionStringBuilder WithDatabase(string name) =>
        new(PostgresBenchmarkServer.ConnectionString) { Database = name };

    private static string NewName() => "cpd_bench_" + Guid.NewGuid().ToString("N");

    private async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await _raw.DisposeAsync();
        if (_drop)
        {
            await using var admin = await PostgresAdmin.OpenAsync();
            await admin.DropAsync(Name);
        }
    }
}
