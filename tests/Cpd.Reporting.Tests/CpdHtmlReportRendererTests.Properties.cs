using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdHtmlReportRendererTests
{
    [Property(Arbitrary = [typeof(RecordArbitraries)])]
    public Property Render_AnyValidRecords_ShowsEachTitleExactlyOnceAsARecordHeading(RecordSpec[] specs)
    {
        var clock = TestRecords.NewClock();
        var records = specs.Select((spec, index) => spec.ToRecord(index + 1, clock)).ToList();

        var headings = ReportDocument.Parse(Renderer.Render(TestRecords.Report(records, clock))).RecordHeadings;

        var eachOnce = records.All(record =>
            headings.Count(heading => heading == record.Title) == records.Count(other => other.Title == record.Title));
        return (headings.SequenceEqual(records.Select(record => record.Title)) && eachOnce)
            .Label($"headings: [{string.Join(" | ", headings)}]");
    }
}
