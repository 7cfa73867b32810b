using Cpd.Domain.Frameworks;

namespace Cpd.Import.Csv;

/// <summary>
/// The header names of a CSV log. Names are matched without regard to case or surrounding spaces. Only
/// <see cref="Title"/> is required; the other columns may be left out.
/// </summary>
public static class CsvLogColumns
{
    /// <summary>The record's title; required.</summary>
    public const string Title = "Title";

    /// <summary>The activity date, as <c>yyyy-MM-dd</c>.</summary>
    public const string ActivityDate = "Activity date";

    /// <summary>The activity category, such as <c>Formal/educational</c>.</summary>
    public const string Category = "Category";

    /// <summary>The hours spent, with a full stop for decimals, such as <c>1.5</c>.</summary>
    public const string Hours = "Hours";

    /// <summary>The member's quick notes.</summary>
    public const string Notes = "Notes";

    /// <summary>The date by which the member means to complete the record, as <c>yyyy-MM-dd</c>.</summary>
    public const string ReminderDate = "Reminder date";

    /// <summary>Gets the full header for a framework: the detail columns, then one column per question key.</summary>
    /// <param name="framework">The framework whose questions the file answers.</param>
    /// <returns>The header names, in the order a log is written.</returns>
    public static IReadOnlyList<string> For(ReflectionFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return [.. LogColumn.For(framework).Select(column => column.Name)];
    }
}
