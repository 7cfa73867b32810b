using System.CommandLine;
using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Storage.Reminders;

namespace Cpd.Console.Commands;

/// <summary><c>cpd reminders due</c>: the member's incomplete records whose reminder time has come.</summary>
internal static class RemindersDueCommand
{
    private const int MaxCandidates = 10_000;

    public static Command Create(CommandContext context)
    {
        var arguments = new ReminderArguments();
        var command = new Command("due", "List your reminders whose time has come, and whether each was emailed.")
        {
            arguments.SendAt,
        };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var schedule = arguments.Schedule(parse);
            var now = session.Clock.GetCurrentInstant();
            var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
            var due = records
                .Where(record => record.Status != CpdRecordStatus.Completed && record.ReminderDate is { } date
                    && schedule.IsDue(date, session.TimeZone, now))
                .ToList();
            var unsent = await UnsentAsync(session, now, cancellationToken);
            await PrintAsync(session, due, unsent);
        });
        return command;
    }

    // The reminder store offers only reminders not yet emailed; a store without one cannot tell.
    private static async Task<HashSet<ReminderKey>?> UnsentAsync(
        ConsoleSession session, NodaTime.Instant now, CancellationToken cancellationToken)
    {
        if (session.Store is not ICpdReminderStore reminders)
        {
            return null;
        }

        var candidates = await reminders.FindDueRemindersAsync(
            ReminderSchedule.LatestPossiblyDueDate(now), MaxCandidates, cancellationToken);
        return [.. candidates.Where(candidate => candidate.MemberId == session.Member)
            .Select(candidate => candidate.Key)];
    }

    private static async Task PrintAsync(ConsoleSession session, List<CpdRecord> due, HashSet<ReminderKey>? unsent)
    {
        if (due.Count == 0)
        {
            await session.Output.WriteLineAsync("No reminders are due.");
            return;
        }

        foreach (var record in due)
        {
            var key = new ReminderKey(record.Id, record.ReminderDate!.Value);
            var state = unsent is null ? string.Empty : unsent.Contains(key) ? "  not emailed yet" : "  emailed";
            await session.Output.WriteLineAsync(
                $"{Printer.Date(record.ReminderDate)}  {record.Id}  " +
                $"{Printer.Status(record.Status),-11}  {record.Title}{state}");
        }
    }
}
