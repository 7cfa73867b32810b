using System.CommandLine;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Storage.Planning;

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
            var message = link
                ? await LinkAsync(planner, session, target, goal, cancellationToken)
                : await UnlinkAsync(planner, session, target, goal, cancellationToken);
            await session.Output.WriteLineAsync(message);
        });
        return command;
    }

    private static async Task<string> LinkAsync(
        CpdPlanner planner,
        ConsoleSession session,
        CpdRecord target,
        DevelopmentObjective goal,
        CancellationToken cancellationToken)
    {
        var served = target.Objectives.Contains(goal.Id);
        var changed = await planner.LinkRecordAsync(session.Member, target.Id, goal.Id, cancellationToken);
        return served
            ? $"{changed.Title} already served {goal.Title}; nothing changed."
            : $"{changed.Title} serves {goal.Title}.";
    }

    private static async Task<string> UnlinkAsync(
        CpdPlanner planner,
        ConsoleSession session,
        CpdRecord target,
        DevelopmentObjective goal,
        CancellationToken cancellationToken)
    {
        var served = target.Objectives.Contains(goal.Id);
        var changed = await planner.UnlinkRecordAsync(session.Member, target.Id, goal.Id, cancellationToken);
        return served
            ? $"{changed.Title} no longer serves {goal.Title}."
            : $"{changed.Title} did not serve {goal.Title}; nothing changed.";
    }
}
