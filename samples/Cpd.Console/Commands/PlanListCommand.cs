using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan list</c>: the member's objectives, numbered, with the plan's progress.</summary>
internal static class PlanListCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("list", "List your objectives with the progress of your plan.");
        context.SetAction(command, async (_, session, cancellationToken) =>
        {
            var progress = await session.Planner()
                .GetProgressAsync(session.Member, session.TimeZone, cancellationToken);
            await PlanPrinter.ProgressAsync(session.Output, progress, session.Member.Value);
        });
        return command;
    }
}
