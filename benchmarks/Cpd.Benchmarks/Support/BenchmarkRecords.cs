using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Benchmarks.Support;

/// <summary>Realistic records for the benchmarks: a title, details and answers of a typical length.</summary>
public static class BenchmarkRecords
{
    public static readonly LocalDate Today = new(2026, 12, 3);

    public static FakeClock NewClock() => new(Instant.FromUtc(2026, 12, 3, 9, 0), Duration.FromMilliseconds(1));

    public static CpdRecord New(IClock clock, MemberId member, int index, int answers = 7) => CpdRecord.Create(
        CpdRecordId.New(clock.GetCurrentInstant()),
        member,
        ReflectionFrameworks.Default,
        new CpdRecordDetails
        {
            Title = $"Online course {index}: machine learning for experimental physicists",
            ActivityDate = Today.PlusDays(-(index % 700)),
            Category = "Formal/educational",
            Hours = 1 + (index % 20) / 4m,
            Notes = "Certificate saved in my documents folder.",
            // On records still in progress (three answers of seven), half of them due by today.
            ReminderDate = index % 3 == 1 ? Today.PlusDays((index % 60) - 30) : null,
        },
        clock,
        ReflectionFrameworks.Default.Questions.Take(index % 3 == 1 ? 3 : answers)
            .ToDictionary(q => q.Key, q => Answer(q.Key, index)));

    /// <summary>The member of the i-th record of a seeded database: a hundred records each.</summary>
    public static MemberId SeededMember(int index) => MemberId.From($"member-{index / 100:D6}");

    public static string Answer(string key, int index) =>
        $"For '{key}' ({index}): a six-week course with weekly exercises on regression, classification and " +
        "anomaly detection; I now hold back a test set and log every model choice in our notebook.";
}
