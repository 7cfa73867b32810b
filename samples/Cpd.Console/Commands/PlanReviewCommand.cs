using System.CommandLine;
using NodaTime;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan review</c>: records a review of the member's plan.</summary>
internal static class PlanReviewCommand
{
    public static Command Create(CommandContext context)
    {
        var on = new Option<LocalDate?>("--on")
        {
            Description = "The date of the review (yyyy-MM-dd; default: today).",
            CustomParser = DateArguments.ParseOptional,
        };
        var outcome = new Option<string>("--outcome") { Description = "What came of the review.", Required = true };
        var command = new Command("review", "Record a review of your plan: when, and what came of it.") { on, outcome };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var review = await session.Planner().ReviewPlanAsync(
                session.Member, parse.GetValue(on) ?? session.Today, parse.GetValue(outcome)!, cancellationToken);
            await session.Output.WriteLineAsync($"Plan reviewed on {Printer.Date(review.ReviewedOn)}.");
        });
        return command;
    }
}
