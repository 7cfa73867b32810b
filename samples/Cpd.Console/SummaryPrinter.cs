using System.Globalization;
using Cpd.Domain.Planning;
using Cpd.Domain.Schemes;

namespace Cpd.Console;

/// <summary>Writes the short plan and compliance lines that follow the summary of a member's records.</summary>
internal static class SummaryPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task PlanAsync(TextWriter output, PlanProgress progress)
    {
        var byStatus = progress.ObjectivesByStatus;
        await output.WriteLineAsync(string.Create(
            Invariant,
            $"  Plan: {progress.Objectives.Count} objective(s)  Planned: {byStatus[ObjectiveStatus.Planned]}  " +
            $"In progress: {byStatus[ObjectiveStatus.InProgress]}  Achieved: {byStatus[ObjectiveStatus.Achieved]}  " +
            $"Dropped: {byStatus[ObjectiveStatus.Dropped]}  Overdue: {progress.Overdue.Count}"));
        foreach (var objective in progress.Overdue)
        {
            await output.WriteLineAsync(
                $"  Overdue objective: {objective.Title} (target {Printer.Date(objective.TargetDate)})");
        }

        await output.WriteLineAsync(string.Create(
            Invariant,
            $"  Planned records: {progress.PlannedRecords} ({PlanPrinter.Share(progress.PlannedShare)})  " +
            $"Unplanned: {progress.UnplannedRecords}"));
    }

    public static async Task HeadlineAsync(TextWriter output, ComplianceResult result)
    {
        var cycle = $"{result.Cycle.Start:d MMMM uuuu} to {result.Cycle.End:d MMMM uuuu}";
        var verdict = result.Shortfalls.FirstOrDefault() is { } first
            ? $"{result.Shortfalls.Count()} rule(s) still to meet; first: {first.Message}"
            : "every rule is met";
        await output.WriteLineAsync($"  {result.SchemeName} ({cycle}): {verdict}");
    }
}
