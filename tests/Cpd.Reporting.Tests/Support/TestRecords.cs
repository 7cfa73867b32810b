using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests.Support;

/// <summary>Records and reports with fixed ids and a fixed clock, so that every render is repeatable.</summary>
internal static class TestRecords
{
    public static readonly MemberId Member = MemberId.From("member-042");

    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>09:30 on 1 July 2026 in London (BST).</summary>
    public static FakeClock NewClock() => new(Instant.FromUtc(2026, 7, 1, 8, 30));

    public static CpdRecordId Id(int number) => new(new Guid($"00000000-0000-0000-0000-{number:D12}"));

    public static CpdRecord Create(
        int number,
        CpdRecordDetails details,
        IClock clock,
        IReadOnlyDictionary<string, string>? answers = null,
        MemberId? member = null) =>
        CpdRecord.Create(Id(number), member ?? Member, ReflectionFrameworks.Default, details, clock, answers);

    public static CpdRecord Titled(int number, string title, IClock clock, int answered = 0) =>
        Create(number, new CpdRecordDetails { Title = title }, clock, Answers(answered, $"Answer {number}"));

    /// <summary>Answers to the first <paramref name="count"/> default questions, each naming its question.</summary>
    public static Dictionary<string, string> Answers(int count, string prefix) =>
        ReflectionFrameworks.Default.Questions
            .Take(count)
            .ToDictionary(question => question.Key, question => $"{prefix}: {question.Key}", StringComparer.Ordinal);

    public static CpdReport Report(
        IReadOnlyList<CpdRecord> records, IClock clock, string? memberName = "Dr Ada Example") =>
        new()
        {
            MemberId = Member,
            MemberName = memberName,
            Records = records,
            MemberToday = MemberTimeZone.Today(clock, London),
            TimeZone = London,
            GeneratedAt = clock.GetCurrentInstant(),
        };
}
