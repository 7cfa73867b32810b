using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd summary</c>: totals, completed, in progress, not started, overdue and hours.</summary>
internal static class SummaryCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("summary", "Show how many records you have, completed, in progress and overdue.");
        context.SetAction(command, async (_, session, cancellationToken) =>
        {
            var summary = await session.Journal.GetSummaryAsync(session.Member, session.TimeZone, cancellationToken);
            await Printer.SummaryAsync(session.Output, summary, session.Member.Value, session.Today);
        });
        return command;
    }
}
