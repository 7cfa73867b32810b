using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Portal.Forms;

/// <summary>The My CPD page's filters: a status, a category and words in the title.</summary>
/// <param name="Status">One of the <see cref="Statuses"/> values, or blank for all.</param>
/// <param name="Category">A category, or blank for all.</param>
/// <param name="Search">Words the title must contain, or blank.</param>
public sealed record RecordFilter(string? Status, string? Category, string? Search)
{
    /// <summary>Gets the status filter values and their labels.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Statuses { get; } =
    [
        new("", "All"),
        new("not-started", "Not started"),
        new("in-progress", "In progress"),
        new("completed", "Completed"),
        new("overdue", "Overdue"),
    ];

    /// <summary>Gets whether any filter is set.</summary>
    public bool IsActive =>
        !string.IsNullOrWhiteSpace(Status)
        || !string.IsNullOrWhiteSpace(Category)
        || !string.IsNullOrWhiteSpace(Search);

    /// <summary>Tells whether a record passes the filters.</summary>
    /// <param name="record">The record.</param>
    /// <param name="memberToday">Today on the member's calendar, for the overdue filter.</param>
    /// <returns><see langword="true"/> when the record is shown.</returns>
    public bool Matches(CpdRecord record, LocalDate memberToday)
    {
        ArgumentNullException.ThrowIfNull(record);
        return MatchesStatus(record, memberToday) && MatchesCategory(record) && MatchesSearch(record);
    }

    private bool MatchesCategory(CpdRecord record) =>
        string.IsNullOrWhiteSpace(Category)
        || string.Equals(record.Category, Category.Trim(), StringComparison.Ordinal);

    private bool MatchesSearch(CpdRecord record) =>
        string.IsNullOrWhiteSpace(Search)
        || record.Title.Contains(Search.Trim(), StringComparison.CurrentCultureIgnoreCase);

    private bool MatchesStatus(CpdRecord record, LocalDate today) => Status switch
    {
        "not-started" => record.Status == CpdRecordStatus.NotStarted,
        "in-progress" => record.Status == CpdRecordStatus.InProgress,
        "completed" => record.Status == CpdRecordStatus.Completed,
        "overdue" => record.IsOverdueOn(today),
        _ => true,
    };
}
