using System.Diagnostics;
using System.Globalization;
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
    private const string SeedVersion = "v2";
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

    /// <summary>
    /// A copy of a database of <paramref name="size"/> records over many members, with their answers unless
    /// <paramref name="withAnswers"/> is false: the answers are six rows in seven, and leaving them out where
    /// the measured queries never read them keeps seeding a million records to about a minute.
    /// </summary>
    public static PostgresBenchmarkDatabase Seeded(int size, bool withAnswers = true) =>
        SeededAsync(size, withAnswers).GetAwaiter().GetResult();

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

    private static async Task<PostgresBenchmarkDatabase> SeededAsync(int size, bool withAnswers)
    {
        var template = $"cpd_bench_seed_{size}{(withAnswers ? "" : "_records")}_{SeedVersion}";
        var name = NewName();
        await using (var admin = await PostgresAdmin.OpenAsync())
        {
            await admin.LockSeedingAsync();
            if (!await admin.IsSeededAsync(template))
            {
                await admin.RecreateAsync(template);
                await SeedAsync(template, size, withAnswers);
                await admin.MarkSeededAsync(template);
            }

            await admin.CopyAsync(template, name);
        }

        return new PostgresBenchmarkDatabase(name, drop: true);
    }

    private static async Task SeedAsync(string template, int size, bool withAnswers)
    {
        var started = Stopwatch.StartNew();
        // Disposed before the copy: PostgreSQL copies only a template nobody is connected to.
        var seeding = new PostgresBenchmarkDatabase(template, drop: false);
        try
        {
            await seeding.Store.InitializeAsync();
            await using var connection = await seeding.OpenRawAsync();
            await PostgresSeeder.SeedAsync(connection, size, withAnswers);
        }
        finally
        {
            await seeding.DisposeAsync();
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"Seeded {template}: {size:N0} records in {started.Elapsed.TotalSeconds:F0} s."));
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
