using System.Globalization;
using Cpd.Domain;
using NodaTime;

namespace Cpd.Reporting;

/// <summary>
/// Which of a report's records to show, and how dates and numbers read. Pass <see cref="Default"/> to show every
/// record in the invariant culture.
/// </summary>
/// <remarks>
/// <para>
/// The culture is always the one set here, never the server's thread culture, so the same report renders the
/// same way on any server. It shapes the human-readable dates and numbers of the HTML and Markdown reports
/// (<c>18 mars 2025</c>, <c>2,5</c> in <c>fr-FR</c>); the CSV and JSON reports are for machines and always use
/// ISO 8601 dates and invariant numbers. Labels (headings, statuses) are in English whatever the culture.
/// </para>
/// <para>
/// The time zone and the member's today belong to the <see cref="CpdReport"/>, not to these options: they decide
/// which records are overdue and which day a record without an activity date was recorded on.
/// </para>
/// <para>An instance is immutable and safe to share between threads as long as the status list is not changed.</para>
/// </remarks>
public sealed record CpdReportOptions
{
    /// <summary>The most characters a report may have unless <see cref="MaxOutputCharacters"/> is set.</summary>
    public const int DefaultMaxOutputCharacters = 64 * 1024 * 1024;

    /// <summary>Gets options that show every record in the invariant culture.</summary>
    public static CpdReportOptions Default { get; } = new();

    /// <summary>Gets the first day of the date range, inclusive.</summary>
    /// <value>
    /// <see langword="null"/> (the default) for no lower bound. A record's date is its activity date or, when it
    /// has none, the day it was recorded on the member's calendar.
    /// </value>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last day of the date range, inclusive.</summary>
    /// <value><see langword="null"/> (the default) for no upper bound.</value>
    public LocalDate? To { get; init; }

    /// <summary>Gets the statuses to show; a record that matches any of them is shown.</summary>
    /// <value>Empty (the default) to show records of every status.</value>
    public IReadOnlyCollection<CpdReportStatusFilter> Statuses { get; init; } = [];

    /// <summary>Gets the culture in which dates and numbers are written for people.</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/> unless set: dates read as <c>18 March 2025</c>, hours as
    /// <c>2.5</c>.</value>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the most characters a report may have before rendering stops with an error.</summary>
    /// <value>
    /// <see cref="DefaultMaxOutputCharacters"/> (64 Mi) unless set: about six times the HTML report of 5,000 fully
    /// answered records, and low enough to stop a supplied template that writes without end.
    /// </value>
    public int MaxOutputCharacters { get; init; } = DefaultMaxOutputCharacters;

    /// <summary>Gets whether the options select only some records.</summary>
    public bool IsFiltered => From is not null || To is not null || Statuses.Count > 0;

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem found, each naming its field and rule; empty when the options can be used.</returns>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (From is { } from && To is { } to && to < from)
        {
            errors.Add(new ValidationError(
                "to", ValidationRule.OutOfRange, "The end of the date range must not be before its start."));
        }

        if (Statuses is null || Statuses.Any(status => !Enum.IsDefined(status)))
        {
            errors.Add(new ValidationError(
                "statuses",
                ValidationRule.Format,
                "The statuses must be completed, in progress, not started or overdue."));
        }

        if (Culture is null)
        {
            errors.Add(new ValidationError("culture", ValidationRule.Required, "A culture must be set."));
        }

        if (MaxOutputCharacters <= 0)
        {
            errors.Add(new ValidationError(
                "maxOutputCharacters", ValidationRule.OutOfRange, "The output limit must be at least one character."));
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    internal void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }
}
