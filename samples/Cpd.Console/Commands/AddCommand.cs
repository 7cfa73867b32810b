using System.CommandLine;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary><c>cpd add</c>: records a new activity.</summary>
internal static class AddCommand
{
    public static Command Create(CommandContext context)
    {
        var title = new Option<string>("--title") { Description = "What the activity was.", Required = true };
        var date = new Option<LocalDate?>("--date")
        {
            Description = "When it took place (yyyy-MM-dd).",
            CustomParser = DateArguments.ParseOptional,
        };
        var category = new Option<string?>("--category") { Description = "Its category, such as Formal/educational." };
        var hours = new Option<decimal?>("--hours")
        {
            Description = "Hours spent, such as 2.5.",
            CustomParser = DateArguments.ParseHours,
        };
        var notes = new Option<string?>("--notes") { Description = "Quick notes to finish later." };
        var reminder = new Option<LocalDate?>("--reminder")
        {
            Description = "Remind me to complete it by this date (yyyy-MM-dd).",
            CustomParser = DateArguments.ParseOptional,
        };

        var command = new Command("add", "Add a record for an activity.")
        {
            title, date, category, hours, notes, reminder,
        };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var details = new CpdRecordDetails
            {
                Title = parse.GetValue(title)!,
                ActivityDate = parse.GetValue(date),
                Category = parse.GetValue(category),
                Hours = parse.GetValue(hours),
                Notes = parse.GetValue(notes) ?? string.Empty,
                ReminderDate = parse.GetValue(reminder),
            };
            var record = await session.Journal.AddRecordAsync(session.Member, details, cancellationToken);
            await session.Output.WriteLineAsync($"Added {record.Id}: {record.Title}");
        });
        return command;
    }
}
