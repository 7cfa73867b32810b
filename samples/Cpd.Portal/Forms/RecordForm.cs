using System.Globalization;
using Cpd.Domain.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Forms;

/// <summary>
/// A record's details as the member typed them into a form: text, so that whatever they typed comes back to
/// them when something needs fixing.
/// </summary>
public sealed class RecordForm
{
    /// <summary>Gets or sets the title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the activity date, <c>yyyy-MM-dd</c>.</summary>
    public string? ActivityDate { get; set; }

    /// <summary>Gets or sets the category.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets the hours.</summary>
    public string? Hours { get; set; }

    /// <summary>Gets or sets the quick notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Gets or sets the reminder date, <c>yyyy-MM-dd</c>.</summary>
    public string? ReminderDate { get; set; }

    /// <summary>Fills a form with a record's details.</summary>
    /// <param name="details">The details.</param>
    /// <returns>The form.</returns>
    public static RecordForm From(CpdRecordDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new RecordForm
        {
            Title = details.Title,
            ActivityDate = RecordText.InputDate(details.ActivityDate),
            Category = details.Category,
            Hours = RecordText.InputHours(details.Hours),
            Notes = details.Notes,
            ReminderDate = RecordText.InputDate(details.ReminderDate),
        };
    }

    /// <summary>
    /// Reads the details, adding an error under <paramref name="prefix"/> for each date or number that cannot be
    /// read. The library checks every other rule.
    /// </summary>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="prefix">The form's field name prefix, such as <c>Form</c>.</param>
    /// <returns>The details, or <see langword="null"/> when something could not be read.</returns>
    public CpdRecordDetails? Read(ModelStateDictionary errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var activityDate = ReadDate(ActivityDate, errors, $"{prefix}.{nameof(ActivityDate)}");
        var hours = ReadHours(Hours, errors, $"{prefix}.{nameof(Hours)}");
        var reminderDate = ReadDate(ReminderDate, errors, $"{prefix}.{nameof(ReminderDate)}");
        if (errors.ErrorCount > 0)
        {
            return null;
        }

        return new CpdRecordDetails
        {
            Title = Title ?? string.Empty,
            ActivityDate = activityDate,
            Category = Category,
            Hours = hours,
            Notes = Notes ?? string.Empty,
            ReminderDate = reminderDate,
        };
    }

    private static LocalDate? ReadDate(string? text, ModelStateDictionary errors, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            errors.AddModelError(key, "Enter a date such as 2026-03-14 (year, month, day).");
        }

        return result.Success ? result.Value : null;
    }

    private static decimal? ReadHours(string? text, ModelStateDictionary errors, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
        {
            return hours;
        }

        errors.AddModelError(key, "Enter the hours as a number, such as 1.5.");
        return null;
    }
}
