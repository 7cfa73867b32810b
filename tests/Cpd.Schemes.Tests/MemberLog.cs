using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Import.Csv;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Schemes.Tests;

/// <summary>The shared member log, imported once as records.</summary>
internal static class MemberLog
{
    /// <summary>The day the worked examples are evaluated on: 3 December 2026 where the member lives.</summary>
    public static LocalDate Today { get; } = new(2026, 12, 3);

    public static IReadOnlyList<CpdRecord> Records { get; } = Load();

    public static CpdRecord Titled(string start) => Records.Single(record => record.Title.StartsWith(start, StringComparison.Ordinal));

    private static IReadOnlyList<CpdRecord> Load()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 3, 9, 0));
        var importer = new CsvLogImporter(ReflectionFrameworks.Default, clock);
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "member-log.csv"));
        return importer.Read(file, MemberId.From("member-1"));
    }
}
