using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests.Support;

/// <summary>Members, a clock and record builders for store and journal tests.</summary>
public static class TestData
{
    /// <summary>Gets 09:00 UTC on 3 December 2026.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 12, 3, 9, 0);

    public static MemberId Alice { get; } = MemberId.From("alice");

    public static MemberId Bob { get; } = MemberId.From("bob");

    public static FakeClock Clock() => new(Start, Duration.FromSeconds(1));

    public static CpdRecordDetails Details(string title = "Institute conference", LocalDate? activity = null) =>
        new() { Title = title, ActivityDate = activity };

    public static CpdRecord Record(
        MemberId member, IClock clock, string title = "Institute conference", LocalDate? activity = null) =>
        CpdRecord.Create(
            CpdRecordId.New(clock.GetCurrentInstant()),
            member,
            ReflectionFrameworks.Default,
            Details(title, activity),
            clock);

    /// <summary>The record with one more answer saved, as the next version.</summary>
    public static CpdRecord Answered(CpdRecord record, IClock clock, string key = "activity", string text = "A talk") =>
        record.SaveAnswer(key, text, record.AnswerTo(key)?.Revision ?? CpdRecord.NoRevision, clock);
}
