using Cpd.Domain.Planning;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Portal.Forms;

/// <summary>An objective as the member typed it: text, so that what they typed comes back to them.</summary>
public sealed class ObjectiveForm
{
    /// <summary>The library's objective fields, mapped to this form's fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ObjectiveFields.Title] = nameof(Title),
            [ObjectiveFields.Why] = nameof(Why),
            [ObjectiveFields.TargetDate] = nameof(TargetDate),
            [ObjectiveFields.Serves] = nameof(Serves),
            [ObjectiveFields.Status] = nameof(Status),
        };

    /// <summary>Gets or sets the title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets why the member set the objective.</summary>
    public string? Why { get; set; }

    /// <summary>Gets or sets the target date, <c>yyyy-MM-dd</c>.</summary>
    public string? TargetDate { get; set; }

    /// <summary>Gets or sets the categories or competences the objective serves, one a line.</summary>
    public string? Serves { get; set; }

    /// <summary>Gets or sets the status, an <see cref="ObjectiveStatus"/> name.</summary>
    public string? Status { get; set; }

    /// <summary>Fills a form with an objective's details.</summary>
    /// <param name="details">The details.</param>
    /// <returns>The form.</returns>
    public static ObjectiveForm From(ObjectiveDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new ObjectiveForm
        {
            Title = details.Title,
            Why = details.Why,
            TargetDate = RecordText.InputDate(details.TargetDate),
            Serves = string.Join('\n', details.Serves),
            Status = details.Status.ToString(),
        };
    }

    /// <summary>
    /// Reads the details, adding an error under <paramref name="prefix"/> for a date or status that cannot be
    /// read. The library checks every other rule.
    /// </summary>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="prefix">The form's field name prefix.</param>
    /// <returns>The details, or <see langword="null"/> when something could not be read.</returns>
    public ObjectiveDetails? Read(ModelStateDictionary errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var target = ReadDate(TargetDate, errors, $"{prefix}.{nameof(TargetDate)}");
        var status = PlanText.ReadStatus(Status);
        if (status is null)
        {
            errors.AddModelError($"{prefix}.{nameof(Status)}", "Choose one of the statuses.");
        }

        var details = new ObjectiveDetails
        {
            Title = Title ?? string.Empty,
            Why = Why ?? string.Empty,
            TargetDate = target,
            Serves = [.. (Serves ?? string.Empty).ReplaceLineEndings("\n").Split('\n')],
            Status = status ?? ObjectiveStatus.Planned,
        };
        // The library's rules are checked here too, so that an unreadable field does not hide the other problems.
        AddUnlessFieldHasOne(errors, prefix, details.Validate(), Fields);
        return errors.ErrorCount > 0 ? null : details;
    }

    /// <summary>
    /// Adds the library's errors under their form fields, except where a field already shows an error, such as a
    /// date that could not be read; errors for no known field go to the form as a whole.
    /// </summary>
    /// <param name="errors">The page's model state.</param>
    /// <param name="prefix">The form's field name prefix.</param>
    /// <param name="problems">The library's errors.</param>
    /// <param name="fields">The form field of each library field name.</param>
    public static void AddUnlessFieldHasOne(
        ModelStateDictionary errors,
        string prefix,
        IEnumerable<Cpd.Domain.ValidationError> problems,
        IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var problem in problems)
        {
            var key = fields.TryGetValue(problem.Field, out var field) ? $"{prefix}.{field}" : string.Empty;
            if (errors.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                errors.AddModelError(key, problem.Message);
            }
        }
    }

    /// <summary>Reads a date field, adding an error when it is not a date.</summary>
    /// <param name="text">The field as typed.</param>
    /// <param name="errors">Where the error is added.</param>
    /// <param name="key">The field's key.</param>
    /// <returns>The date, or <see langword="null"/> when blank or unreadable.</returns>
    public static LocalDate? ReadDate(string? text, ModelStateDictionary errors, string key)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            errors.AddModelError(key, "Enter a date such as 2027-03-31 (year, month, day).");
        }

        return result.Success ? result.Value : null;
    }
}
