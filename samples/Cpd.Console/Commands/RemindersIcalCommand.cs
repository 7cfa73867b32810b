using System.CommandLine;
using System.Text;
using Cpd.Domain;
using Cpd.Reminders;

namespace Cpd.Console.Commands;

/// <summary><c>cpd reminders ical</c>: writes a record's reminder as an iCalendar to-do with an alarm.</summary>
internal static class RemindersIcalCommand
{
    public const string DefaultFileName = "cpd-reminder.ics";

    public static Command Create(CommandContext context)
    {
        var arguments = new ReminderArguments();
        var reference = RecordArgument.Create();
        var output = new Option<string>("--output", "-o")
        {
            Description = $"The file to write ('-' for standard output; default: {DefaultFileName}).",
            DefaultValueFactory = _ => DefaultFileName,
        };
        var command = new Command("ical", "Write a record's reminder as a calendar file (.ics) with an alarm.")
        {
            reference, output, arguments.SendAt, arguments.BaseAddress,
        };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var record = await RecordReference.ResolveAsync(session, parse.GetValue(reference)!, cancellationToken);
            if (record.ReminderDate is null)
            {
                throw new CpdValidationException(new ValidationError(
                    "record", ValidationRule.Required,
                    $"'{record.Title}' has no reminder date: set one with 'cpd reminder set'."));
            }

            var calendar = new ReminderCalendar(arguments.Schedule(parse), arguments.Composer(parse));
            var text = calendar.Write(record, session.TimeZone, session.Clock.GetCurrentInstant());
            await WriteAsync(session, parse.GetValue(output)!, text, cancellationToken);
        });
        return command;
    }

    private static async Task WriteAsync(
        ConsoleSession session, string path, string text, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            await session.Output.WriteAsync(text);
            return;
        }

        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        await session.Output.WriteLineAsync($"Calendar file written to {path}");
    }
}
