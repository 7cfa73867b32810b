using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Reporting.Tests.Support;

/// <summary>
/// A generated record for selection tests: how many default questions are answered, and its dates as days from
/// fixed points (activity date from 15 June 2026, reminder from the member's today of 1 July 2026, creation back
/// from 1 July 2026).
/// </summary>
public sealed record RecordCase(int Answered, int? ActivityOffset, int? ReminderOffset, int CreatedOffset)
{
    public static readonly LocalDate Middle = new(2026, 6, 15);

    public static readonly LocalDate Today = new(2026, 7, 1);

    /// <summary>The status the record must show, worked out here rather than by the library.</summary>
    public string StatusKey => Answered switch
    {
        0 => "not-started",
        7 => "completed",
        _ => "in-progress",
    };

    public bool IsOverdue => Answered < 7 && ReminderOffset is { } days && Today.PlusDays(days) < Today;

    /// <summary>The activity date, or the day of creation in London (08:30 UTC is the same day there).</summary>
    public LocalDate Date => ActivityOffset is { } days ? Middle.PlusDays(days) : Today.PlusDays(CreatedOffset);

    internal CpdRecord ToRecord(int number)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 1, 8, 30).Plus(Duration.FromDays(CreatedOffset)));
        var details = new CpdRecordDetails
        {
            Title = $"Record {number}",
            ActivityDate = ActivityOffset is { } activity ? Middle.PlusDays(activity) : null,
            ReminderDate = ReminderOffset is { } reminder ? Today.PlusDays(reminder) : null,
        };
        return TestRecords.Create(number, details, clock, TestRecords.Answers(Answered, $"Answer {number}"));
    }
}
