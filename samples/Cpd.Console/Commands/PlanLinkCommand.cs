using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan link|unlink</c>: says whether a record serves an objective.</summary>
internal static class PlanLinkCommand
{
    public static Command Create(CommandContext context, bool link)
    {
        var record = RecordArgument.Create();
        var objective = ObjectiveArgument.Create();
        var command = link
            ? new Command("link", "Say that a record serves an objective of your plan.") { record, objective }
            : new Command("unlink", "Say that a record no longer serves an objective.") { record, objective };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var planner = session.Planner();
            var target = await RecordReference.ResolveAsync(session, parse.GetValue(record)!, cancellationToken);
            var goal = await ObjectiveReference.ResolveAsync(
                planner, session.Member, parse.GetValue(objective)!, cancellationToken);
            var changed = link
                ? await planner.LinkRecordAsync(session.Member, target.Id, goal.Id, cancellationToken)
                : await planner.UnlinkRecordAsync(session.Member, target.Id, goal.Id, cancellationToken);
            var verb = link ? "serves" : "no longer serves";
            await session.Output.WriteLineAsync($"{changed.Title} {verb} {goal.Title}.");
        });
        return command;
    }
}
