using System.Text.Json;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    [Property(Arbitrary = [typeof(RecordArbitraries)])]
    public Property Render_AnyValidRecords_ShowsEachTitleExactlyOnceAsARecordHeading(RecordSpec[] specs)
    {
        var clock = TestRecords.NewClock();
        var records = specs.Select((spec, index) => spec.ToRecord(index + 1, clock)).ToList();

        var headings = ReportDocument.Parse(RenderHtml(TestRecords.Report(records, clock))).RecordHeadings;

        var eachOnce = records.All(record =>
            headings.Count(heading => heading == record.Title) == records.Count(other => other.Title == record.Title));
        return (headings.SequenceEqual(records.Select(record => record.Title)) && eachOnce)
            .Label($"headings: [{string.Join(" | ", headings)}]");
    }

    [Property(Arbitrary = [typeof(RecordArbitraries)])]
    public Property Render_AnyRecordsAndSelection_ListsEachSelectedRecordOnceWithItsStatusAndNoOther(
        SelectionCase selection)
    {
        var records = selection.Records.Select((record, index) => record.ToRecord(index + 1)).ToList();
        var report = TestRecords.Report(records, TestRecords.NewClock());
        var expected = selection.Records
            .Select((record, index) => (Id: TestRecords.Id(index + 1).ToString(), Record: record))
            .Where(pair => selection.Selects(pair.Record))
            .ToList();

        var json = JsonRecords(Render(report, CpdReportFormat.Json, selection.Options));
        var csv = CsvReport.Read(Render(report, CpdReportFormat.Csv, selection.Options)).Rows;
        var html = ReportDocument.Parse(Render(report, CpdReportFormat.Html, selection.Options));

        var jsonRight = json.SequenceEqual(
            expected.Select(pair => (pair.Id, pair.Record.StatusKey, pair.Record.IsOverdue)));
        var csvRight = csv.Select(row => row["Id"]).SequenceEqual(expected.Select(pair => pair.Id));
        var htmlRight = html.RecordArticles.Select(article => article.Id)
            .SequenceEqual(expected.Select(pair => $"record-{pair.Id}"));
        return (jsonRight && csvRight && htmlRight)
            .Label($"expected [{string.Join(", ", expected.Select(pair => pair.Id[^2..]))}], "
                + $"json [{string.Join(", ", json.Select(record => record.Id[^2..]))}]");
    }

    private static List<(string Id, string Status, bool Overdue)> JsonRecords(string json) =>
    [
        .. JsonDocument.Parse(json).RootElement.GetProperty("records").EnumerateArray().Select(record => (
            record.GetProperty("id").GetString()!,
            record.GetProperty("status").GetString()!,
            record.GetProperty("overdue").GetBoolean())),
    ];
}
