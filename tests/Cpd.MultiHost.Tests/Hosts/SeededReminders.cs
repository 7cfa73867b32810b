using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage;
using Cpd.Storage.Postgres;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.MultiHost.Tests.Hosts;

/// <summary>
/// Records planted through the library before the hosts start: for every member, records whose reminder fell
/// due long ago (each must be emailed once), one completed record and one whose reminder lies far ahead (neither
/// may be emailed). The dates are fixed, so they are due whatever today is.
/// </summary>
internal sealed record SeededReminders(IReadOnlyList<Guid> Due, IReadOnlyList<Guid> NotDue)
{
    public const int DuePerMember = 10;

    private static readonly LocalDate FirstDueDate = new(2024, 6, 3);
    private static readonly LocalDate FarAhead = new(2099, 6, 1);
    private static readonly Instant PlantedAt = Instant.FromUtc(2024, 5, 6, 8, 0);

    public static async Task<SeededReminders> PlantAsync(
        string connectionString, IReadOnlyList<LoadMember> members, CancellationToken cancellationToken)
    {
        await using var store = new PostgresCpdRecordStore(new PostgresStoreOptions
        {
            ConnectionString = connectionString,
        });
        var journal = new CpdJournal(store, new FakeClock(PlantedAt));
        var (due, notDue) = (new List<Guid>(), new List<Guid>());
        foreach (var member in members.Select(member => MemberId.From(member.Id)))
        {
            var planter = new Planter(member, journal.CurrentFramework);
            due.AddRange(Enumerable.Range(0, DuePerMember)
                .Select(day => planter.Plant($"Due reminder {day + 1}", FirstDueDate.PlusDays(day))));
            notDue.Add(planter.Plant("Completed before its reminder", FirstDueDate, completed: true));
            notDue.Add(planter.Plant("Reminder far ahead", FarAhead));
            await journal.ImportRecordsAsync(member, planter.Records, cancellationToken);
        }

        return new SeededReminders(due, notDue);
    }

    /// <summary>Makes one member's records as an import makes them, and keeps them for one call to the store.</summary>
    private sealed class Planter(MemberId member, ReflectionFramework framework)
    {
        private readonly FakeClock _clock = new(PlantedAt, Duration.FromSeconds(1));

        public List<CpdRecord> Records { get; } = [];

        public Guid Plant(string title, LocalDate reminder, bool completed = false)
        {
            var details = new CpdRecordDetails { Title = title, ReminderDate = reminder, Category = "Self-directed" };
            var answers = completed
                ? framework.Questions.ToDictionary(question => question.Key, question => $"Answered: {question.Key}.")
                : null;
            var record = CpdRecord.Create(
                CpdRecordId.New(_clock.GetCurrentInstant()), member, framework, details, _clock, answers);
            Records.Add(record);
            return record.Id.Value;
        }
    }
}
