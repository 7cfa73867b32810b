using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd reminders due|send|ical</c>: the member's reminder emails and calendar files.</summary>
internal static class RemindersCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("reminders", "See due reminders, email them, or write one as a calendar file.");
        command.Add(RemindersDueCommand.Create(context));
        command.Add(RemindersSendCommand.Create(context));
        command.Add(RemindersIcalCommand.Create(context));
        return command;
    }
}
