using Cpd.Domain;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Reporting;

/// <summary>
/// What a report shows: one member's records, in the order they should appear, with the member's own date
/// and time zone so that overdue reminders and the generation time read as the member sees them.
/// </summary>
/// <remarks>
/// The report holds the records it was given; it does not copy them. Records are immutable, so an instance is
/// safe to share between threads as long as the list passed in is not changed.
/// </remarks>
public sealed record CpdReport
{
    /// <summary>Gets the member whose records the report shows. Every record must belong to this member.</summary>
    public required MemberId MemberId { get; init; }

    /// <summary>Gets the member's display name, if the portal knows one.</summary>
    /// <value>Shown in the heading instead of the member id; <see langword="null"/> or blank to show the id.</value>
    public string? MemberName { get; init; }

    /// <summary>Gets the records to show, in the order given.</summary>
    public required IReadOnlyList<CpdRecord> Records { get; init; }

    /// <summary>Gets today on the member's own calendar, which decides which records are overdue.</summary>
    public required LocalDate MemberToday { get; init; }

    /// <summary>
    /// Gets the member's time zone, in which times are shown and which decides the day a record without an
    /// activity date was recorded on, for a date range.
    /// </summary>
    public required DateTimeZone TimeZone { get; init; }

    /// <summary>Gets when the report was generated, from the host's clock.</summary>
    public required Instant GeneratedAt { get; init; }

    /// <summary>
    /// Gets the progress of the member's development plan, which holds each objective, to show the plan and which
    /// objectives each record serves.
    /// </summary>
    /// <value>
    /// <see langword="null"/> (the default) to leave the plan out. The progress is shown as taken, over all the
    /// member's records, whatever records the <see cref="CpdReportOptions"/> select.
    /// </value>
    public PlanProgress? Plan { get; init; }

    /// <summary>Gets the member's standing in each CPD scheme they follow, one verdict per scheme.</summary>
    /// <value>Empty (the default) to leave compliance out; shown in the order given.</value>
    public IReadOnlyList<ComplianceResult> Compliance { get; init; } = [];

    /// <summary>Gets the counts and hours of all <see cref="Records"/> on <see cref="MemberToday"/>.</summary>
    /// <remarks>A rendered report's summary counts only the records its <see cref="CpdReportOptions"/> select.</remarks>
    public CpdSummary Summary => CpdSummary.Of(Records, MemberToday);
}
