namespace Cpd.Reporting.Rendering;

/// <summary>What a report must hold before it is rendered.</summary>
internal static class ReportChecks
{
    /// <exception cref="ArgumentException">The report, its member, records or zone, or a record is missing.</exception>
    /// <exception cref="CpdReportException">A record belongs to another member.</exception>
    public static void ThrowIfInvalid(CpdReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Records, nameof(report) + "." + nameof(report.Records));
        ArgumentNullException.ThrowIfNull(report.TimeZone, nameof(report) + "." + nameof(report.TimeZone));
        if (report.MemberId == default)
        {
            throw new ArgumentException("The report's member id was not set.", nameof(report));
        }

        for (var index = 0; index < report.Records.Count; index++)
        {
            var record = report.Records[index]
                ?? throw new ArgumentNullException(nameof(report), $"Record {index} of the report is null.");
            if (record.MemberId != report.MemberId)
            {
                // Never name the other member: the message may reach the member who asked for the report.
                throw new CpdReportException(
                    $"Record {record.Id} belongs to another member and cannot appear in this member's report.");
            }
        }
    }
}
