using System.Globalization;
using Cpd.Domain.Planning;

namespace Cpd.Console;

/// <summary>Writes a member's development plan and its progress for a person at a terminal.</summary>
internal static class PlanPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Status(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Planned => "planned",
        ObjectiveStatus.InProgress => "in progress",
        ObjectiveStatus.Achieved => "achieved",
        _ => "dropped",
    };

    public static string Share(decimal? share) =>
        share is { } value ? (value * 100m).ToString("0", Invariant) + "%" : "-";

    public static async Task ProgressAsync(TextWriter output, PlanProgress progress, string member)
    {
        var byStatus = progress.ObjectivesByStatus;
        await output.WriteLineAsync($"Development plan for {member} on {Printer.Date(progress.MemberToday)}");
        await output.WriteLineAsync(string.Create(
            Invariant,
            $"  Objectives: {progress.Objectives.Count}  Planned: {byStatus[ObjectiveStatus.Planned]}  " +
            $"In progress: {byStatus[ObjectiveStatus.InProgress]}  Achieved: {byStatus[ObjectiveStatus.Achieved]}  " +
            $"Dropped: {byStatus[ObjectiveStatus.Dropped]}  Overdue: {progress.Overdue.Count}"));
        await output.WriteLineAsync(string.Create(
            Invariant,
            $"  Records: {progress.TotalRecords}  " +
            $"Planned: {progress.PlannedRecords} ({Share(progress.PlannedShare)})  " +
            $"Unplanned: {progress.UnplannedRecords}  Planned hours: {Printer.Hours(progress.PlannedHours)} of " +
            $"{Printer.Hours(progress.TotalHours)} ({Share(progress.PlannedHoursShare)})"));
        await output.WriteLineAsync(progress.LastReview is { } review
            ? $"  Last review: {Printer.Date(review.ReviewedOn)}: {FirstLine(review.Outcome)}"
            : "  Last review: none yet: review your plan with 'cpd plan review --outcome \"...\"'.");
        await ObjectivesAsync(output, progress.Objectives);
    }

    private static async Task ObjectivesAsync(TextWriter output, IReadOnlyList<ObjectiveProgress> objectives)
    {
        if (objectives.Count == 0)
        {
            await output.WriteLineAsync("No objectives yet: set one with 'cpd plan add \"...\"'.");
            return;
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            var (objective, records, completed, hours, overdue) = objectives[i];
            var mark = overdue ? "  OVERDUE" : string.Empty;
            await output.WriteLineAsync(string.Create(
                Invariant,
                $"#{i + 1,-3} {objective.Id}  {Status(objective.Status),-11}  " +
                $"target {Printer.Date(objective.TargetDate),-10}  " +
                $"records {records} ({completed} completed, {Printer.Hours(hours)} h)  {objective.Title}{mark}"));
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');
}
