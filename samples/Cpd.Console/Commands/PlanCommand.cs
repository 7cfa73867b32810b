using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary><c>cpd plan</c>: the member's development plan, its objectives, links and reviews.</summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context) =>
        new("plan", "Plan your development: set objectives, link records to them, review the plan.")
        {
            PlanAddCommand.Create(context),
            PlanListCommand.Create(context),
            PlanStatusCommand.Create(context),
            PlanLinkCommand.Create(context, link: true),
            PlanLinkCommand.Create(context, link: false),
            PlanFromNextStepsCommand.Create(context),
            PlanReviewCommand.Create(context),
        };
}
