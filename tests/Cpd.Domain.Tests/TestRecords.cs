using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests;

/// <summary>Builders for records in tests.</summary>
internal static class TestRecords
{
    public static MemberId Member { get; } = MemberId.From("member-1");

    public static CpdRecord New(
        IClock clock,
        string title = "Institute conference",
        LocalDate? reminder = null,
        decimal? hours = null,
        IReadOnlyDictionary<string, string>? answers = null) =>
        CpdRecord.Create(
            CpdRecordId.New(clock.GetCurrentInstant()),
            Member,
            ReflectionFrameworks.Default,
            new CpdRecordDetails { Title = title, ReminderDate = reminder, Hours = hours },
            clock,
            answers);

    public static IReadOnlyDictionary<string, string> AllAnswers() =>
        ReflectionFrameworks.Default.Questions.ToDictionary(q => q.Key, q => $"Answer to {q.Key}");
}
