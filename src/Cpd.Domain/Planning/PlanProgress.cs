using System.Collections.Frozen;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Planning;

/// <summary>
/// What a member's development plan looks like on their date: the objectives by status, those overdue, the
/// records serving each, and how much of their activity was planned (see <see cref="CpdRecordDetails.IsPlanned"/>).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class PlanProgress
{
    private PlanProgress(
        LocalDate memberToday, IReadOnlyList<ObjectiveProgress> objectives, PlanTally tally, PlanReview? lastReview)
    {
        MemberToday = memberToday;
        Objectives = objectives;
        ObjectivesByStatus = Enum.GetValues<ObjectiveStatus>()
            .ToFrozenDictionary(
                status => status, status => objectives.Count(entry => entry.Objective.Status == status));
        Overdue = [.. objectives.Where(entry => entry.IsOverdue).Select(entry => entry.Objective)];
        PlannedRecords = tally.PlannedRecords;
        UnplannedRecords = tally.UnplannedRecords;
        PlannedHours = tally.PlannedHours;
        UnplannedHours = tally.UnplannedHours;
        LastReview = lastReview;
    }

    /// <summary>Gets the member's date the progress was taken on, which decides what is overdue.</summary>
    public LocalDate MemberToday { get; }

    /// <summary>Gets each objective with the records serving it, in the order the objectives were given.</summary>
    public IReadOnlyList<ObjectiveProgress> Objectives { get; }

    /// <summary>Gets how many objectives have each status; every status is present, with 0 when none has it.</summary>
    public IReadOnlyDictionary<ObjectiveStatus, int> ObjectivesByStatus { get; }

    /// <summary>Gets the open objectives whose target date is before <see cref="MemberToday"/>.</summary>
    public IReadOnlyList<DevelopmentObjective> Overdue { get; }

    /// <summary>Gets how many records were planned.</summary>
    public int PlannedRecords { get; }

    /// <summary>Gets how many records were not planned.</summary>
    public int UnplannedRecords { get; }

    /// <summary>Gets how many records there are.</summary>
    public int TotalRecords => PlannedRecords + UnplannedRecords;

    /// <summary>Gets the hours of the planned records.</summary>
    public decimal PlannedHours { get; }

    /// <summary>Gets the hours of the unplanned records.</summary>
    public decimal UnplannedHours { get; }

    /// <summary>Gets the hours of all records.</summary>
    public decimal TotalHours => PlannedHours + UnplannedHours;

    /// <summary>Gets the planned records' share of all records, 0 to 1; <see langword="null"/> with none.</summary>
    public decimal? PlannedShare => TotalRecords == 0 ? null : (decimal)PlannedRecords / TotalRecords;

    /// <summary>Gets the planned records' share of all hours, from 0 to 1; <see langword="null"/> with none.</summary>
    public decimal? PlannedHoursShare => TotalHours == 0m ? null : PlannedHours / TotalHours;

    /// <summary>Gets the latest review of the plan (by review date, then when recorded), if any.</summary>
    public PlanReview? LastReview { get; }

    /// <summary>Takes the progress of one member's plan on their date.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="objectives">The member's objectives.</param>
    /// <param name="records">The member's records.</param>
    /// <param name="reviews">The reviews of the member's plan.</param>
    /// <param name="memberToday">Today on the member's own calendar.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentException">An objective, record or review belongs to another member.</exception>
    public static PlanProgress Of(
        MemberId memberId,
        IEnumerable<DevelopmentObjective> objectives,
        IEnumerable<CpdRecord> records,
        IEnumerable<PlanReview> reviews,
        LocalDate memberToday)
    {
        var theirObjectives = Owned(objectives, objective => objective.MemberId, memberId, nameof(objectives));
        var theirRecords = Owned(records, record => record.MemberId, memberId, nameof(records));
        var theirReviews = Owned(reviews, review => review.MemberId, memberId, nameof(reviews));
        var entries = theirObjectives.Select(objective => Progress(objective, theirRecords, memberToday)).ToList();
        var lastReview = theirReviews
            .OrderBy(review => review.ReviewedOn)
            .ThenBy(review => review.RecordedAt)
            .LastOrDefault();
        return new PlanProgress(memberToday, entries, PlanTally.Of(theirRecords), lastReview);
    }

    private static ObjectiveProgress Progress(DevelopmentObjective objective, List<CpdRecord> records, LocalDate today)
    {
        var serving = records.Where(record => record.Objectives.Contains(objective.Id)).ToList();
        return new ObjectiveProgress(
            objective,
            serving.Count,
            serving.Count(record => record.Status == CpdRecordStatus.Completed),
            serving.Sum(record => record.Hours ?? 0m),
            objective.IsOverdueOn(today));
    }

    private static List<T> Owned<T>(IEnumerable<T> items, Func<T, MemberId> owner, MemberId memberId, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = items.ToList();
        return list.All(item => owner(item) == memberId)
            ? list
            : throw new ArgumentException($"Every one of the {name} must belong to member {memberId}.", name);
    }
}
