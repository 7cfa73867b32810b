namespace Cpd.Reporting;

/// <summary>Which records a report shows, by where they stand on the member's own calendar.</summary>
/// <remarks>
/// A record is overdue when its reminder date has passed and it is still incomplete, so an overdue record is
/// also in progress or not started: asking for <see cref="InProgress"/> and <see cref="Overdue"/> shows the
/// records that are either.
/// </remarks>
public enum CpdReportStatusFilter
{
    /// <summary>Records whose every question has an answer.</summary>
    Completed,

    /// <summary>Records with some answers but not all.</summary>
    InProgress,

    /// <summary>Records with no answer yet.</summary>
    NotStarted,

    /// <summary>Incomplete records whose reminder date is before the member's today.</summary>
    Overdue,
}
