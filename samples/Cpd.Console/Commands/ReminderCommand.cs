using System.CommandLine;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary><c>cpd reminder set|clear</c>: the date by which the member means to complete a record.</summary>
internal static class ReminderCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("reminder", "Set or clear the date by which you mean to complete a record.");
        command.Add(CreateSet(context));
        command.Add(CreateClear(context));
        return command;
    }

    private static Command CreateSet(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var date = new Argument<LocalDate>("date")
        {
            Description = "The reminder date (yyyy-MM-dd).",
            CustomParser = DateArguments.ParseRequired,
        };
        var command = new Command("set", "Set a reminder date.") { reference, date };
        context.SetAction(command, (parse, session, cancellationToken) =>
            ChangeAsync(session, parse.GetValue(reference)!, parse.GetValue(date), cancellationToken));
        return command;
    }

    private static Command CreateClear(CommandContext context)
    {
        var reference = RecordArgument.Create();
        var command = new Command("clear", "Clear the reminder.") { reference };
        context.SetAction(command, (parse, session, cancellationToken) =>
            ChangeAsync(session, parse.GetValue(reference)!, null, cancellationToken));
        return command;
    }

    private static async Task ChangeAsync(
        ConsoleSession session, string reference, LocalDate? date, CancellationToken cancellationToken)
    {
        var record = await RecordReference.ResolveAsync(session, reference, cancellationToken);
        var details = record.Details with { ReminderDate = date };
        await session.Journal.ChangeDetailsAsync(session.Member, record.Id, details, record.DetailsRevision, cancellationToken);
        var what = date is null ? "cleared" : $"set for {Printer.Date(date)}";
        await session.Output.WriteLineAsync($"Reminder {what}: {record.Title}.");
    }
}
