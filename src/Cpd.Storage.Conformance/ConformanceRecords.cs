using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Storage.Conformance;

/// <summary>Builds the records the suites store.</summary>
internal static class ConformanceRecords
{
    public static MemberId Alice { get; } = MemberId.From("alice@example.org");

    public static MemberId Bob { get; } = MemberId.From("bob@example.org");

    public static CpdRecord New(
        IClock clock,
        MemberId member,
        string title = "Institute conference",
        LocalDate? activityDate = null,
        LocalDate? reminder = null,
        decimal? hours = null,
        IReadOnlyDictionary<string, string>? answers = null) =>
        CpdRecord.Create(
            CpdRecordId.New(clock.GetCurrentInstant()),
            member,
            ReflectionFrameworks.Default,
            new CpdRecordDetails
            {
                Title = title,
                ActivityDate = activityDate,
                ReminderDate = reminder,
                Hours = hours,
                Category = "Professional",
                Notes = "Quick notes\nto finish later",
            },
            clock,
            answers);

    public static IReadOnlyDictionary<string, string> Answers(int count) =>
        ReflectionFrameworks.Default.Questions.Take(count).ToDictionary(q => q.Key, q => $"Answer to {q.Key}");
}
