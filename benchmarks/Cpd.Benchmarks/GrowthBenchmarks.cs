using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Reporting;
using Cpd.Storage.Sqlite;
using NodaTime;

namespace Cpd.Benchmarks;

/// <summary>How the summary, the listing and the report grow with the number of one member's records.</summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-growth");
    private readonly CpdReportRenderer _renderer = new();

    // The HTML report of 100,000 records is far longer than a member download's default limit.
    private readonly CpdReportOptions _options = new() { MaxOutputCharacters = int.MaxValue };
    private SqliteBenchmarkDatabase _database = null!;
    private CpdReport _report = null!;

    [Params(10, 1_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var size = BenchmarkSizes.Scaled(Records);
        _database = SqliteBenchmarkDatabase.Fresh();
        var clock = BenchmarkRecords.NewClock();
        var records = Enumerable.Range(0, size).Select(i => BenchmarkRecords.New(clock, Member, i)).ToList();
        _database.Store.AddAsync(records).GetAwaiter().GetResult();
        _report = new CpdReport
        {
            MemberId = Member,
            MemberName = null,
            Records = records,
            MemberToday = BenchmarkRecords.Today,
            TimeZone = DateTimeZone.Utc,
            GeneratedAt = clock.GetCurrentInstant(),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<CpdSummary> Summary() => _database.Store.SummarizeAsync(Member, BenchmarkRecords.Today);

    [Benchmark]
    public Task<IReadOnlyList<CpdRecord>> Listing() => _database.Store.ListAsync(Member);

    [Benchmark]
    public Task Report() => _renderer.RenderAsync(_report, CpdReportFormat.Html, _options, TextWriter.Null);
}
