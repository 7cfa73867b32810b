namespace Cpd.Reporting.Rendering;

/// <summary>What a report must hold before it is rendered.</summary>
internal static class ReportChecks
{
    /// <exception cref="ArgumentException">The report, its member, records or zone, a record, or a compliance
    /// verdict is missing.</exception>
    /// <exception cref="CpdReportException">A record or an objective belongs to another member.</exception>
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

        ThrowIfPlanInvalid(report);
    }

    private static void ThrowIfPlanInvalid(CpdReport report)
    {
        ArgumentNullException.ThrowIfNull(report.Compliance, nameof(report) + "." + nameof(report.Compliance));
        if (report.Compliance.Any(result => result is null))
        {
            throw new ArgumentNullException(nameof(report), "A compliance verdict of the report is null.");
        }

        var stranger = report.Plan?.Objectives.FirstOrDefault(entry => entry.Objective.MemberId != report.MemberId);
        if (stranger is not null)
        {
            throw new CpdReportException(
                $"Objective {stranger.Objective.Id} belongs to another member and cannot appear in this member's "
                + "report.");
        }
    }
}
