using System.Text;
using Cpd.Domain.Schemes;
using Cpd.Reporting;

namespace Cpd.Console;

/// <summary>Renders the member's report and writes it to standard output or to a file, whole or not at all.</summary>
internal static class ReportFiles
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutput = "-";

    public static async Task WriteAsync(
        ConsoleSession session, ReportRequest request, string path, CancellationToken cancellationToken)
    {
        var renderer = request.CreateRenderer();
        var report = await CreateReportAsync(session, request, cancellationToken);
        if (path == StandardOutput)
        {
            // Rendered whole first, so that a failing template prints an error rather than half a report.
            var text = renderer.Render(report, request.Format, request.Options, cancellationToken);
            await session.Output.WriteAsync(text);
            return;
        }

        await WriteFileAsync(path, request.Format, writer => renderer.RenderAsync(
            report, request.Format, request.Options, writer, cancellationToken));
        await session.Output.WriteLineAsync($"Report written to {path}");
    }

    /// <summary>The member's records, plan and compliance with the request's schemes, as a report shows them.</summary>
    public static async Task<CpdReport> CreateReportAsync(
        ConsoleSession session, ReportRequest request, CancellationToken cancellationToken)
    {
        var records = await session.Journal.ListRecordsAsync(session.Member, cancellationToken);
        var plan = await session.Planner().GetProgressAsync(session.Member, session.TimeZone, cancellationToken);
        var enrolments = request.Schemes.Select(scheme => new SchemeEnrolment(scheme, request.Membership));
        return new CpdReport
        {
            MemberId = session.Member,
            MemberName = null,
            Records = records,
            MemberToday = session.Today,
            TimeZone = session.TimeZone,
            GeneratedAt = session.Clock.GetCurrentInstant(),
            Plan = plan,
            Compliance = SchemeCompliance.EvaluateAll(enrolments, records, session.Today),
        };
    }

    /// <summary>
    /// Streams the report into a file beside the target and moves it into place when complete, so that a failure
    /// leaves any earlier report as it was. CSV gets a byte-order mark, which spreadsheets need to read UTF-8.
    /// </summary>
    private static async Task WriteFileAsync(string path, CpdReportFormat format, Func<TextWriter, Task> render)
    {
        var full = Path.GetFullPath(path);
        var partial = Path.Combine(
            Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == CpdReportFormat.Csv);
        try
        {
            await using (var writer = new StreamWriter(partial, append: false, encoding))
            {
                await render(writer);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
