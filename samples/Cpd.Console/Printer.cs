using System.Globalization;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Console;

/// <summary>Writes records and summaries for a person at a terminal, the same on every machine.</summary>
internal static class Printer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(LocalDate? date) => date is { } value ? LocalDatePattern.Iso.Format(value) : "-";

    public static string Hours(decimal? hours) => hours is { } value ? value.ToString("0.##", Invariant) : "-";

    public static string Status(CpdRecordStatus status) => status switch
    {
        CpdRecordStatus.NotStarted => "not started",
        CpdRecordStatus.InProgress => "in progress",
        _ => "completed",
    };

    public static string Planned(CpdRecord record) => record.IsPlanned ? "planned" : "unplanned";

    public static async Task SummaryAsync(TextWriter output, CpdSummary summary, string member, LocalDate today)
    {
        await output.WriteLineAsync($"Summary for {member} on {Date(today)}");
        await output.WriteLineAsync(string.Create(
            Invariant,
            $"  Records: {summary.Total}  Completed: {summary.Completed}  In progress: {summary.InProgress}  " +
            $"Not started: {summary.NotStarted}  Overdue: {summary.Overdue}  Hours: {Hours(summary.TotalHours)}"));
    }

    public static async Task ListAsync(TextWriter output, IReadOnlyList<CpdRecord> records, LocalDate today)
    {
        if (records.Count == 0)
        {
            await output.WriteLineAsync("No records yet: add one with 'cpd add --title \"...\"'.");
            return;
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var overdue = record.IsOverdueOn(today) ? "  OVERDUE" : string.Empty;
            await output.WriteLineAsync(string.Create(
                Invariant,
                $"#{i + 1,-3} {record.Id}  {Date(record.ActivityDate),-10}  {Status(record.Status),-11}  " +
                $"{Planned(record),-9}  {record.Title}{overdue}"));
        }
    }

    public static async Task RecordAsync(TextWriter output, CpdRecord record, LocalDate today)
    {
        await output.WriteLineAsync(record.Title);
        await output.WriteLineAsync($"  Id:            {record.Id}");
        await output.WriteLineAsync($"  Status:        {Status(record.Status)}{(record.IsOverdueOn(today) ? " (overdue)" : "")}");
        await output.WriteLineAsync($"  Activity date: {Date(record.ActivityDate)}");
        await output.WriteLineAsync($"  Category:      {record.Category ?? "-"}");
        await output.WriteLineAsync($"  Hours:         {Hours(record.Hours)}");
        await output.WriteLineAsync($"  Reminder:      {Date(record.ReminderDate)}");
        await output.WriteLineAsync($"  Notes:         {(record.Notes.Length == 0 ? "-" : record.Notes)}");
        await output.WriteLineAsync($"  Plan:          {PlanLinks(record)}");
        foreach (var question in record.Framework.Questions)
        {
            await output.WriteLineAsync($"  [{question.Key}] {question.Text}");
            await output.WriteLineAsync($"      {record.AnswerTo(question.Key)?.Text ?? "(not answered yet)"}");
        }
    }

    // Names the links that make a record planned, so the member sees why it counts as planned.
    private static string PlanLinks(CpdRecord record)
    {
        string[] links =
        [
            .. record.Objectives.Select(id => $"serves objective {id}"),
            .. record.FollowsUp is { } source ? [$"follows up record {source}"] : Array.Empty<string>(),
        ];
        return links.Length == 0 ? "unplanned" : "planned: " + string.Join("; ", links);
    }
}
