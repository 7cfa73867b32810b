using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests;

/// <summary>Builders for records in tests.</summary>
internal static class TestRecords
{
    /// <summary>The instant most examples start at: 09:00 UTC on 3 December 2026.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 12, 3, 9, 0);

    public static MemberId Member { get; } = MemberId.From("member-1");

    /// <summary>The keys of the seven default questions, in the order members answer them.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. ReflectionFrameworks.Default.Questions.Select(q => q.Key)];

    public static FakeClock Clock() => new(Start);

    public static CpdRecordDetails Details(
        string title = "Institute conference", LocalDate? reminder = null, decimal? hours = null) =>
        new() { Title = title, ReminderDate = reminder, Hours = hours };

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
            Details(title, reminder, hours),
            clock,
            answers);

    public static CpdRecord Completed(IClock clock, LocalDate? reminder = null) =>
        New(clock, reminder: reminder, answers: AllAnswers());

    public static IReadOnlyDictionary<string, string> AllAnswers() =>
        ReflectionFrameworks.Default.Questions.ToDictionary(q => q.Key, q => $"Answer to {q.Key}");

    /// <summary>Saves an answer to each of the given questions in turn, each from an up-to-date sitting.</summary>
    public static CpdRecord Answer(CpdRecord record, IClock clock, params IEnumerable<string> keys) =>
        keys.Aggregate(record, (current, key) =>
            current.SaveAnswer(key, $"Answer to {key}", current.AnswerTo(key)?.Revision ?? 0, clock));
}
