using System.CommandLine;
using System.CommandLine.Parsing;
using Cpd.Domain.Planning;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan status</c>: moves an objective to another status.</summary>
internal static class PlanStatusCommand
{
    private const string Words = "planned|in-progress|achieved|dropped";

    // Matched in any case, so in-progress, In-Progress, InProgress and inprogress all name the same status.
    private static readonly Dictionary<string, ObjectiveStatus> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planned"] = ObjectiveStatus.Planned,
        ["in-progress"] = ObjectiveStatus.InProgress,
        ["inprogress"] = ObjectiveStatus.InProgress,
        ["achieved"] = ObjectiveStatus.Achieved,
        ["dropped"] = ObjectiveStatus.Dropped,
    };

    public static Command Create(CommandContext context)
    {
        var reference = ObjectiveArgument.Create();
        var status = new Argument<ObjectiveStatus>("status")
        {
            Description = "Where it stands now: planned, in-progress, achieved or dropped (any case).",
            HelpName = Words,
            CustomParser = ParseStatus,
        };
        var command = new Command("status", "Say where an objective stands now.") { reference, status };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var planner = session.Planner();
            var objective = await ObjectiveReference.ResolveAsync(
                planner, session.Member, parse.GetValue(reference)!, cancellationToken);
            var changed = await planner.ChangeObjectiveStatusAsync(
                session.Member, objective.Id, parse.GetValue(status), objective.Version, cancellationToken);
            await session.Output.WriteLineAsync($"{changed.Title}: {PlanPrinter.Status(changed.Status)}.");
        });
        return command;
    }

    private static ObjectiveStatus ParseStatus(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (Names.TryGetValue(text, out var status))
        {
            return status;
        }

        result.AddError($"'{text}' is not a status: use planned, in-progress, achieved or dropped.");
        return default;
    }
}
