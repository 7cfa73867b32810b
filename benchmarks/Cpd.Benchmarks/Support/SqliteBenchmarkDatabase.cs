using Cpd.Domain;
using Cpd.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cpd.Benchmarks.Support;

/// <summary>
/// A SQLite database for one benchmark class, with the store over it and raw connections beside it. Large
/// databases are seeded once per size and kept in the temp folder, since seeding a million rows takes longer
/// than measuring.
/// </summary>
public sealed class SqliteBenchmarkDatabase : IDisposable
{
    private readonly bool _keep;

    private SqliteBenchmarkDatabase(string path, bool keep)
    {
        Path = path;
        _keep = keep;
        Store = new SqliteCpdRecordStore(new SqliteStoreOptions { DatabasePath = path });
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public string Path { get; }

    public SqliteCpdRecordStore Store { get; }

    public string ConnectionString { get; }

    public static SqliteBenchmarkDatabase Fresh() => new(NewPath(Guid.NewGuid().ToString("N")), keep: false);

    /// <summary>A database of <paramref name="size"/> records over many members, seeded on first use.</summary>
    public static SqliteBenchmarkDatabase Seeded(int size)
    {
        var path = NewPath($"seeded-{size}-v4");
        var database = new SqliteBenchmarkDatabase(path, keep: true);
        if (!File.Exists(path + ".done"))
        {
            database.SeedAsync(size).GetAwaiter().GetResult();
            File.WriteAllText(path + ".done", "seeded");
        }

        return database;
    }

    /// <summary>Opens a raw connection with the store's durability setting, as a direct user would.</summary>
    public async Task<SqliteConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!_keep)
        {
            foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static string NewPath(string name)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cpd-benchmarks");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name + ".db");
    }

    private async Task SeedAsync(int size)
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var clock = BenchmarkRecords.NewClock();
        const int Batch = 5_000;
        for (var start = 0; start < size; start += Batch)
        {
            var records = Enumerable.Range(start, Math.Min(Batch, size - start))
                .Select(i => BenchmarkRecords.New(clock, Member(i), i))
                .ToList();
            await Store.AddAsync(records);
        }

        await using var connection = await OpenRawAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>The member of the i-th seeded record: a hundred records each.</summary>
    public static MemberId Member(int index) => BenchmarkRecords.SeededMember(index);
}
