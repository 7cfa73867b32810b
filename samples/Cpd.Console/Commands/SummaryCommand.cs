using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd summary [--scheme ID…]</c>: totals, completed, in progress, not started, overdue and hours; the plan's
/// progress; and, for each scheme named, whether its rules are met this cycle.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CommandContext context)
    {
        var schemes = new SchemeArguments();
        var command = new Command(
            "summary", "Show how many records you have, completed, in progress and overdue, and how your plan stands.");
        schemes.AddTo(command);
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            // The schemes are checked first, so that a scheme refused prints no half of a summary.
            var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
            var results = schemes.Evaluate(parse, records, session.Today, required: false);
            var summary = await session.Journal.GetSummaryAsync(session.Member, session.TimeZone, cancellationToken);
            var progress = await session.Planner()
                .GetProgressAsync(session.Member, session.TimeZone, cancellationToken);

            await Printer.SummaryAsync(session.Output, summary, session.Member.Value, session.Today);
            await SummaryPrinter.PlanAsync(session.Output, progress);
            foreach (var result in results)
            {
                await SummaryPrinter.HeadlineAsync(session.Output, result);
            }
        });
        return command;
    }
}
