using System.CommandLine;
using Cpd.Domain.Planning;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan add</c>: sets a new objective in the member's plan.</summary>
internal static class PlanAddCommand
{
    public static Command Create(CommandContext context)
    {
        var title = new Argument<string>("title") { Description = "What you mean to develop." };
        var why = new Option<string?>("--why") { Description = "The need or goal behind it." };
        var target = new Option<LocalDate?>("--target")
        {
            Description = "The date by which you mean to meet it (yyyy-MM-dd).",
            CustomParser = DateArguments.ParseOptional,
        };
        var serves = new Option<string[]>("--serves")
        {
            Description = "A category or competence it serves; repeat the option for several.",
        };
        var command = new Command("add", "Set a new objective in your plan.") { title, why, target, serves };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var details = new ObjectiveDetails
            {
                Title = parse.GetValue(title)!,
                Why = parse.GetValue(why) ?? string.Empty,
                TargetDate = parse.GetValue(target),
                Serves = [.. parse.GetValue(serves) ?? []],
            };
            var objective = await session.Planner().SetObjectiveAsync(session.Member, details, cancellationToken);
            await session.Output.WriteLineAsync($"Set objective {objective.Id}: {objective.Title}");
        });
        return command;
    }
}
